/// The viewer's stylesheet and script, inlined into every page.
///
/// The script reads the embedded JSON, builds an undirected adjacency list and offers search,
/// neighbourhood highlighting (click an actor), shortest paths (breadth-first, edge order
/// breaks ties, so the path shown is deterministic) and an evidence panel (click a relation).
/// URL parameters drive it without a mouse, for tests and links: `?select=NAME` selects an
/// actor, `?click=NAME` dispatches a real click on its node (or on the node or edge with that
/// SVG id, e.g. `e0`), `?search=TEXT` types into the search box, `?from=A&to=B` shows a path.
/// All text from the graph reaches the page through `textContent`, never as markup.
extension HTMLViewer {
    static let stylesheet = #"""
        body { margin: 0; font: 14px/1.4 Helvetica, Arial, sans-serif; color: #222; }
        #ng-header { padding: 8px 12px; border-bottom: 1px solid #ddd; display: flex; flex-wrap: wrap; gap: 8px 16px; align-items: center; }
        #ng-header h1 { font-size: 17px; margin: 0; }
        #ng-search-box { position: relative; }
        #ng-search, #ng-from, #ng-to { font-size: 14px; padding: 3px 6px; width: 14em; }
        #ng-matches { position: absolute; z-index: 2; margin: 0; padding: 0; list-style: none; background: #fff; border: 1px solid #ccc; max-height: 320px; overflow: auto; width: 100%; }
        #ng-matches:empty { display: none; }
        #ng-matches button { display: block; width: 100%; text-align: left; border: 0; background: none; padding: 4px 8px; font-size: 14px; cursor: pointer; }
        #ng-matches button:hover { background: #eef; }
        #ng-status { margin: 0; color: #555; }
        #ng-main { display: flex; align-items: flex-start; }
        #ng-diagram { flex: 1; overflow: auto; padding: 8px; }
        #ng-diagram svg { max-width: 100%; height: auto; }
        #ng-diagram svg.ng-actual { max-width: none; }
        #ng-diagram g.node, #ng-diagram g.edge { cursor: pointer; }
        #ng-panel { width: 340px; flex: none; border-left: 1px solid #ddd; padding: 8px 12px; min-height: 60vh; overflow-wrap: anywhere; }
        #ng-panel h2 { font-size: 15px; margin: 4px 0 8px; }
        #ng-panel blockquote { margin: 6px 0 2px; padding-left: 8px; border-left: 3px solid #ccc; }
        #ng-panel .ng-source { color: #666; font-size: 12px; }
        svg.ng-focus g.node:not(.ng-on):not(#legend), svg.ng-focus g.edge:not(.ng-on) { opacity: 0.15; }
        g.node.ng-on polygon, g.node.ng-on ellipse { stroke-width: 2.5px; }
        g.node.ng-selected polygon, g.node.ng-selected ellipse { stroke: #CC0066; stroke-width: 4px; }
        g.edge.ng-on path { stroke-width: 3px; }
        """#

    static let script = #"""
        (function () {
          'use strict';
          var data = JSON.parse(document.getElementById('ng-data').textContent);
          var svg = document.querySelector('#ng-diagram svg');
          var nodes = new Map(), edges = new Map(), adjacency = new Map();
          data.nodes.forEach(function (n) { nodes.set(n.id, n); adjacency.set(n.id, []); });
          data.edges.forEach(function (e) {
            edges.set(e.id, e);
            adjacency.get(e.source).push({ node: e.target, edge: e.id });
            if (e.source !== e.target) adjacency.get(e.target).push({ node: e.source, edge: e.id });
          });
          var status = document.getElementById('ng-status');
          var details = document.getElementById('ng-details');

          function svgElement(id) { return svg ? svg.querySelector('g[id="' + id + '"]') : null; }
          function clear() {
            if (svg) svg.classList.remove('ng-focus');
            document.querySelectorAll('.ng-on, .ng-selected').forEach(function (g) { g.classList.remove('ng-on', 'ng-selected'); });
            document.body.removeAttribute('data-ng-highlight');
          }
          function highlight(nodeIds, edgeIds, selected, message) {
            clear();
            if (svg) svg.classList.add('ng-focus');
            nodeIds.forEach(function (id) { var g = svgElement(id); if (g) g.classList.add('ng-on'); });
            edgeIds.forEach(function (id) { var g = svgElement(id); if (g) g.classList.add('ng-on'); });
            if (selected) { var g = svgElement(selected); if (g) g.classList.add('ng-selected'); }
            document.body.setAttribute('data-ng-highlight', Array.from(nodeIds).map(function (id) { return nodes.get(id).name; }).sort().join('|'));
            status.textContent = message;
          }
          function add(parent, tag, text, className) {
            var element = document.createElement(tag);
            if (text !== undefined) element.textContent = text;
            if (className) element.className = className;
            parent.appendChild(element);
            return element;
          }
          function describeEdge(e) {
            return nodes.get(e.source).name + ' \u2192 ' + (e.negated ? 'not ' : '') + e.relation + ' \u2192 ' + nodes.get(e.target).name;
          }
          function edgeLink(parent, e) {
            var item = add(parent, 'li');
            var link = add(item, 'a', describeEdge(e));
            link.href = '#';
            link.addEventListener('click', function (event) { event.preventDefault(); selectEdge(e.id); });
          }
          function selectNode(id) {
            var n = nodes.get(id);
            var near = new Set([id]), via = new Set();
            adjacency.get(id).forEach(function (a) { near.add(a.node); via.add(a.edge); });
            highlight(near, via, id, n.name + ': ' + (near.size - 1) + ' neighbour' + (near.size === 2 ? '' : 's'));
            details.textContent = '';
            add(details, 'h3', n.name);
            add(details, 'p', 'Type: ' + n.type);
            if (n.aliases.length) add(details, 'p', 'Also called: ' + n.aliases.join(', '));
            var list = add(details, 'ul');
            Array.from(via).forEach(function (edgeId) { edgeLink(list, edges.get(edgeId)); });
          }
          function selectEdge(id) {
            var e = edges.get(id);
            highlight(new Set([e.source, e.target]), new Set([id]), null, describeEdge(e));
            details.textContent = '';
            add(details, 'h3', describeEdge(e));
            add(details, 'p', e.relationClass + (e.quadClass ? ' (' + e.quadClass + ')' : '') + '; stated ' + (e.count === 1 ? 'once' : e.count + ' times')
              + (e.firstSeen ? '; seen ' + e.firstSeen + (e.lastSeen !== e.firstSeen ? '..' + e.lastSeen : '') : ''));
            e.evidence.forEach(function (s) {
              add(details, 'blockquote', s.text);
              add(details, 'div', s.document + ', sentence ' + s.sentence + (s.date ? ', ' + s.date : ''), 'ng-source');
            });
            if (!e.evidence.length) add(details, 'p', 'No evidence recorded.');
          }
          function findActor(text) {
            var query = text.trim().toLowerCase();
            if (!query) return null;
            var prefixed = [];
            for (var n of nodes.values()) {
              var names = [n.name].concat(n.aliases).map(function (s) { return s.toLowerCase(); });
              if (names.indexOf(query) >= 0) return n.id;
              if (names.some(function (s) { return s.startsWith(query); })) prefixed.push(n.id);
            }
            return prefixed.length === 1 ? prefixed[0] : null;
          }
          function shortestPath(from, to) {
            var previous = new Map([[from, null]]), queue = [from];
            for (var head = 0; head < queue.length; head++) {
              var current = queue[head];
              if (current === to) break;
              adjacency.get(current).forEach(function (a) {
                if (!previous.has(a.node)) { previous.set(a.node, { node: current, edge: a.edge }); queue.push(a.node); }
              });
            }
            if (!previous.has(to)) return null;
            var pathNodes = [to], pathEdges = [];
            for (var step = previous.get(to); step; step = previous.get(step.node)) { pathEdges.unshift(step.edge); pathNodes.unshift(step.node); }
            return { nodes: pathNodes, edges: pathEdges };
          }
          function showPath(fromText, toText) {
            var from = findActor(fromText), to = findActor(toText);
            if (!from || !to) { clear(); status.textContent = 'Unknown actor: ' + (from ? toText : fromText); return; }
            var path = shortestPath(from, to);
            if (!path) { clear(); status.textContent = 'No path between ' + nodes.get(from).name + ' and ' + nodes.get(to).name; return; }
            highlight(new Set(path.nodes), new Set(path.edges), null,
              'Path of ' + path.edges.length + ' hop' + (path.edges.length === 1 ? '' : 's') + ': ' + path.nodes.map(function (id) { return nodes.get(id).name; }).join(' \u2014 '));
            details.textContent = '';
            add(details, 'h3', 'Shortest path');
            var list = add(details, 'ol');
            path.edges.forEach(function (edgeId) { edgeLink(list, edges.get(edgeId)); });
          }

          var names = document.getElementById('ng-names');
          Array.from(nodes.values()).map(function (n) { return n.name; }).sort().forEach(function (name) { add(names, 'option').value = name; });
          var search = document.getElementById('ng-search'), matches = document.getElementById('ng-matches');
          search.addEventListener('input', function () {
            matches.textContent = '';
            var query = search.value.trim().toLowerCase();
            if (!query) return;
            var found = Array.from(nodes.values()).filter(function (n) {
              return [n.name].concat(n.aliases).some(function (s) { return s.toLowerCase().indexOf(query) >= 0; });
            }).sort(function (a, b) { return a.name < b.name ? -1 : a.name > b.name ? 1 : 0; }).slice(0, 20);
            found.forEach(function (n) {
              var button = add(add(matches, 'li'), 'button', n.name + ' (' + n.type + ')');
              button.type = 'button';
              button.addEventListener('click', function () {
                matches.textContent = '';
                selectNode(n.id);
                var g = svgElement(n.id);
                if (g && g.scrollIntoView) g.scrollIntoView({ block: 'center', inline: 'center' });
              });
            });
            if (!found.length) add(matches, 'li', 'No actor matches');
          });
          if (svg) svg.addEventListener('click', function (event) {
            var g = event.target.closest('g.node, g.edge');
            if (g && nodes.has(g.id)) selectNode(g.id);
            else if (g && edges.has(g.id)) selectEdge(g.id);
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

          // Zoom and pan by rewriting the SVG's viewBox: the wheel zooms about the pointer, a drag
          // on the picture pans, "Fit" shows everything, "Fit selection" the highlighted actors.
          var base = svg && svg.viewBox && svg.viewBox.baseVal ? { x: svg.viewBox.baseVal.x, y: svg.viewBox.baseVal.y,
            w: svg.viewBox.baseVal.width, h: svg.viewBox.baseVal.height } : null;
          var view = base ? { x: base.x, y: base.y, w: base.w, h: base.h } : null;
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
          var graphGroup = svg ? svg.querySelector('g.graph') : null;
          var consolidated = graphGroup && graphGroup.transform.baseVal.consolidate();
          var graphMatrix = consolidated ? consolidated.matrix : null;
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
          var dragged = false;
          if (svg && base) {
            svg.addEventListener('wheel', function (event) {
              event.preventDefault();
              var rect = svg.getBoundingClientRect();
              zoomBy(event.deltaY < 0 ? 1 / 1.2 : 1.2, (event.clientX - rect.left) / rect.width, (event.clientY - rect.top) / rect.height);
            }, { passive: false });
            var start = null;
            svg.addEventListener('pointerdown', function (event) { start = { cx: event.clientX, cy: event.clientY, view: view }; dragged = false; });
            window.addEventListener('pointermove', function (event) {
              if (!start) return;
              var rect = svg.getBoundingClientRect(), dx = event.clientX - start.cx, dy = event.clientY - start.cy;
              if (Math.abs(dx) + Math.abs(dy) > 3) dragged = true;
              if (dragged) setView({ x: start.view.x - dx * start.view.w / rect.width, y: start.view.y - dy * start.view.h / rect.height, w: start.view.w, h: start.view.h });
            });
            window.addEventListener('pointerup', function () { start = null; });
            // A drag ends in a click on whatever is under the pointer; it must not select it.
            svg.addEventListener('click', function (event) { if (dragged) { event.stopImmediatePropagation(); dragged = false; } }, true);
          }
          document.getElementById('ng-fit').addEventListener('click', function () { fitSelection(); });

          var params = new URLSearchParams(window.location.search);
          if (params.has('select')) { var chosen = findActor(params.get('select')); if (chosen) selectNode(chosen); }
          if (params.has('click')) {
            var target = svgElement(findActor(params.get('click')) || params.get('click'));
            var shape = target && target.querySelector('polygon, ellipse, path, text');
            if (shape) shape.dispatchEvent(new MouseEvent('click', { bubbles: true, cancelable: true, view: window }));
          }
          if (params.has('search')) { search.value = params.get('search'); search.dispatchEvent(new Event('input')); }
          if (params.has('from') && params.has('to')) {
            document.getElementById('ng-from').value = params.get('from');
            document.getElementById('ng-to').value = params.get('to');
            showPath(params.get('from'), params.get('to'));
          }
          if (params.has('zoom')) zoomBy(1 / Number(params.get('zoom')), 0.5, 0.5);
          if (params.has('fit')) fitSelection();
        })();
        """#
}
