/// The viewer's navigation: clicks on the picture, zoom and pan, and the URL parameters.
///
/// Zoom and pan rewrite the shown SVG's viewBox: the wheel zooms about the pointer, a drag on the
/// picture pans, "Fit selection" shows the highlighted actors. The listeners sit on the diagram's
/// container, so they keep working when the summary swaps in an expanded community's SVG
/// (`attachView` then reads the new picture's box).
/// URL parameters drive the page without a mouse, for tests and links: `?select=NAME` selects an
/// actor, `?click=NAME` dispatches a real click on its node (or on the node or edge with that SVG
/// id, e.g. `e0`, or on community `c0` of a summary; repeat it to click in turn), `?search=TEXT`
/// types into the search box, `?from=A&to=B` shows a path, `?zoom=F` zooms in F times, `?fit` fits
/// the selection; the filters take `?class=LABEL` (repeatable), `?min=N`, `?type=TYPE`
/// (repeatable), `?since=YYYY-MM` and `?until=YYYY-MM`.
extension HTMLViewer {
    static let navigationScript = #"""
          diagram.addEventListener('click', function (event) {
            var g = event.target.closest('g.node, g.edge');
            if (g && nodes.has(g.id)) selectNode(g.id);
            else if (g && edges.has(g.id)) selectEdge(g.id);
            else if (g && isCommunity(g.id)) expandCommunity(Number(g.id.slice(1)));
            else if (g && communities.length && /^p[0-9]+$/.test(g.id)) showSummaryPair(Number(g.id.slice(1)));
            else { clear(); status.textContent = 'Click an actor or a relation.'; }
          });
          document.getElementById('ng-path-form').addEventListener('submit', function (event) {
            event.preventDefault();
            showPath(document.getElementById('ng-from').value, document.getElementById('ng-to').value);
          });
          document.getElementById('ng-clear').addEventListener('click', function () { clear(); status.textContent = 'Click an actor or a relation.'; });
          var zoom = document.getElementById('ng-zoom');
          zoom.addEventListener('click', function () {
            if (!svg) return;
            var actual = svg.classList.toggle('ng-actual');
            zoom.textContent = actual ? 'Fit to width' : 'Actual size';
            zoom.setAttribute('aria-pressed', actual ? 'true' : 'false');
          });

          var base = null, view = null, graphMatrix = null;
          function attachView() {
            base = svg && svg.viewBox && svg.viewBox.baseVal && svg.viewBox.baseVal.width > 0 ? { x: svg.viewBox.baseVal.x, y: svg.viewBox.baseVal.y,
              w: svg.viewBox.baseVal.width, h: svg.viewBox.baseVal.height } : null;
            view = base ? { x: base.x, y: base.y, w: base.w, h: base.h } : null;
            var graphGroup = svg ? svg.querySelector('g.graph') : null;
            var consolidated = graphGroup && graphGroup.transform.baseVal.consolidate();
            graphMatrix = consolidated ? consolidated.matrix : null;
          }
          attachView();
          function setView(next) {
            if (!base || !(next.w > 0) || !(next.h > 0)) return;
            view = next;
            var text = [next.x, next.y, next.w, next.h].map(function (v) { return v.toFixed(2); }).join(' ');
            svg.setAttribute('viewBox', text);
            document.body.setAttribute('data-ng-view', text);
          }
          function zoomBy(factor, fx, fy) {
            if (!view) return;
            var w = Math.min(base.w * 4, Math.max(base.w / 50, view.w * factor)), h = view.h * (w / view.w);
            setView({ x: view.x + (view.w - w) * fx, y: view.y + (view.h - h) * fy, w: w, h: h });
          }
          function fitSelection() {
            var on = svg ? svg.querySelectorAll('g.node.ng-on') : [];
            if (!on.length) { if (base) setView({ x: base.x, y: base.y, w: base.w, h: base.h }); return; }
            var box = null;
            on.forEach(function (g) {
              // getBBox is in the node group's coordinates; Graphviz nests every group under one
              // transformed graph group, whose matrix maps them into viewBox coordinates.
              var b = g.getBBox(), p = svg.createSVGPoint();
              p.x = b.x; p.y = b.y;
              var q = graphMatrix ? p.matrixTransform(graphMatrix) : p;
              box = box ? { x0: Math.min(box.x0, q.x), y0: Math.min(box.y0, q.y), x1: Math.max(box.x1, q.x + b.width), y1: Math.max(box.y1, q.y + b.height) }
                        : { x0: q.x, y0: q.y, x1: q.x + b.width, y1: q.y + b.height };
            });
            var pad = 40, w = box.x1 - box.x0 + 2 * pad, h = box.y1 - box.y0 + 2 * pad;
            var scale = Math.max(w / base.w, h / base.h);
            setView({ x: box.x0 - pad - (base.w * scale - w) / 2, y: box.y0 - pad - (base.h * scale - h) / 2, w: base.w * scale, h: base.h * scale });
          }
          var dragged = false, start = null;
          diagram.addEventListener('wheel', function (event) {
            if (!svg || !view) return;
            event.preventDefault();
            var rect = svg.getBoundingClientRect();
            zoomBy(event.deltaY < 0 ? 1 / 1.2 : 1.2, (event.clientX - rect.left) / rect.width, (event.clientY - rect.top) / rect.height);
          }, { passive: false });
          diagram.addEventListener('pointerdown', function (event) { start = view ? { cx: event.clientX, cy: event.clientY, view: view } : null; dragged = false; });
          window.addEventListener('pointermove', function (event) {
            if (!start) return;
            var rect = svg.getBoundingClientRect(), dx = event.clientX - start.cx, dy = event.clientY - start.cy;
            if (Math.abs(dx) + Math.abs(dy) > 3) dragged = true;
            if (dragged) setView({ x: start.view.x - dx * start.view.w / rect.width, y: start.view.y - dy * start.view.h / rect.height, w: start.view.w, h: start.view.h });
          });
          window.addEventListener('pointerup', function () { start = null; });
          // A drag ends in a click on whatever is under the pointer; it must not select it.
          diagram.addEventListener('click', function (event) { if (dragged) { event.stopImmediatePropagation(); dragged = false; } }, true);
          document.getElementById('ng-fit').addEventListener('click', function () { fitSelection(); });

          var params = new URLSearchParams(window.location.search);
          applyFilterParameters(params);
          if (params.has('select')) { var chosen = findActor(params.get('select')); if (chosen) selectNode(chosen); }
          params.getAll('click').forEach(function (name) {
            var actor = findActor(name);
            if (actor) ensureShown(actor);
            var target = svgElement(actor || name);
            var shape = target && target.querySelector('polygon, ellipse, path, text');
            if (shape) shape.dispatchEvent(new MouseEvent('click', { bubbles: true, cancelable: true, view: window }));
          });
          if (params.has('search')) { search.value = params.get('search'); search.dispatchEvent(new Event('input')); }
          if (params.has('from') && params.has('to')) {
            document.getElementById('ng-from').value = params.get('from');
            document.getElementById('ng-to').value = params.get('to');
            showPath(params.get('from'), params.get('to'));
          }
          if (params.has('zoom')) zoomBy(1 / Number(params.get('zoom')), 0.5, 0.5);
          if (params.has('fit')) fitSelection();
          // For the load benchmark (Benchmarks/viewer): when the script finished and when the page had loaded, in ms since navigation started.
          document.body.setAttribute('data-ng-ready', String(Math.round(performance.now())));
          window.addEventListener('load', function () { document.body.setAttribute('data-ng-loaded', String(Math.round(performance.now()))); });
        """#
}
