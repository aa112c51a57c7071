/// The viewer's summary of a large graph (see `ViewerSummary`): Graphviz drew one node `c<k>` per
/// community; a click on one swaps in an SVG of its actors and their relations, laid out here by a
/// fixed number of force-directed steps from a fixed start, so the same page always draws the same
/// picture. Only the best-connected `memberLimit` actors of a community are drawn (plus an actor
/// asked for by search or a path), which keeps every expansion quick. "Back to summary" returns;
/// a click on a summary edge lists the relations between the two communities.
extension HTMLViewer {
    static let summaryScript = #"""
          var summarySvg = svg, communities = raw.communities, communityOf = new Map(), expanded = -1, memberLimit = 120;
          var typeColor = new Map(raw.typeColors.map(function (pair) { return [pair[0], pair[1]]; }));
          communities.forEach(function (members, k) { members.forEach(function (i) { communityOf.set('n' + i, k); }); });
          var backButton = document.createElement('button');
          backButton.type = 'button';
          backButton.id = 'ng-summary';
          backButton.textContent = 'Back to summary';
          backButton.hidden = true;
          backButton.addEventListener('click', function () { showSummary(); });
          document.getElementById('ng-path-form').appendChild(backButton);

          function isCommunity(id) { return communities.length > 0 && /^c[0-9]+$/.test(id) && Number(id.slice(1)) < communities.length; }
          var pairEdgeIds = null;
          // The relations each summary edge stands for, found once on first use.
          function summaryPairEdges(j) {
            if (!pairEdgeIds) {
              var byPair = new Map();
              edges.forEach(function (e) {
                var a = communityOf.get(e.source), b = communityOf.get(e.target);
                if (a === b) return;
                var key = Math.min(a, b) + ',' + Math.max(a, b);
                if (!byPair.has(key)) byPair.set(key, []);
                byPair.get(key).push(e.id);
              });
              pairEdgeIds = raw.summaryPairs.map(function (pair) { return byPair.get(Math.min(pair[0], pair[1]) + ',' + Math.max(pair[0], pair[1])) || []; });
            }
            return pairEdgeIds[j] || [];
          }
          function summaryPairPasses(j, passing) { return summaryPairEdges(j).some(function (id) { return passing.has(id); }); }
          function communityPasses(k, shownNodes) { return communities[k].some(function (i) { return shownNodes.has('n' + i); }); }
          function communityName(k) { return nodes.get('n' + communities[k][0]).name + ' +' + (communities[k].length - 1); }
          // A summary edge lists the relations it stands for; each link expands its subject's community.
          function showSummaryPair(j) {
            var ids = summaryPairEdges(j), pair = raw.summaryPairs[j], title = communityName(pair[0]) + ' \u2014 ' + communityName(pair[1]);
            highlight(new Set(['c' + pair[0], 'c' + pair[1]]), new Set(['p' + j]), null, title + ': ' + ids.length + ' relation' + (ids.length === 1 ? '' : 's'));
            details.textContent = '';
            add(details, 'h3', title);
            var list = add(details, 'ul');
            ids.forEach(function (id) { edgeLink(list, edges.get(id)); });
          }
          function ensureShown(id) {
            if (!communities.length || svgElement(id)) return;
            var k = communityOf.get(id);
            if (k !== undefined) expandCommunity(k, id);
          }

          // Force-directed: every pair repels, relations attract, and a pull towards the middle keeps
          // actors whose relations lead outside the drawn members from drifting off. Starts from a
          // sunflower spiral, best-connected actors in the middle.
          function layout(ids, links) {
            var n = ids.length, k = 120, heat = k;
            var pos = ids.map(function (id, i) { var a = 2.39996 * i, r = k * Math.sqrt(i); return { x: r * Math.cos(a), y: r * Math.sin(a) }; });
            for (var step = 0; step < 150 && n > 1; step++) {
              var moves = pos.map(function (p) { var d = Math.sqrt(p.x * p.x + p.y * p.y), f = 0.3 * d / k; return { x: -p.x * f, y: -p.y * f }; });
              for (var i = 0; i < n; i++) for (var j = i + 1; j < n; j++) {
                var dx = pos[i].x - pos[j].x, dy = pos[i].y - pos[j].y, d2 = Math.max(1, dx * dx + dy * dy), f = k * k / d2;
                moves[i].x += dx * f; moves[i].y += dy * f; moves[j].x -= dx * f; moves[j].y -= dy * f;
              }
              links.forEach(function (l) {
                var dx = pos[l[0]].x - pos[l[1]].x, dy = pos[l[0]].y - pos[l[1]].y, f = Math.sqrt(dx * dx + dy * dy) / k;
                moves[l[0]].x -= dx * f; moves[l[0]].y -= dy * f; moves[l[1]].x += dx * f; moves[l[1]].y += dy * f;
              });
              pos.forEach(function (p, i) {
                var m = moves[i], length = Math.sqrt(m.x * m.x + m.y * m.y);
                if (length > 0) { var s = Math.min(length, heat) / length; p.x += m.x * s; p.y += m.y * s; }
              });
              heat *= 0.97;
            }
            return pos;
          }
          function element(parent, tag, attributes, text) {
            var made = document.createElementNS('http://www.w3.org/2000/svg', tag);
            Object.keys(attributes).forEach(function (name) { made.setAttribute(name, attributes[name]); });
            if (text !== undefined) made.textContent = text;
            parent.appendChild(made);
            return made;
          }
          function expandCommunity(k, mustShow) {
            var members = communities[k].slice(0, memberLimit).map(function (i) { return 'n' + i; });
            if (mustShow && members.indexOf(mustShow) < 0) members.push(mustShow);
            var slot = new Map(members.map(function (id, i) { return [id, i]; })), inner = [], links = [], seenPairs = new Map();
            members.forEach(function (id) {
              adjacency.get(id).forEach(function (a) {
                var e = edges.get(a.edge);
                if (e.source !== id || !slot.has(e.target)) return;
                inner.push(e);
                if (e.source !== e.target) links.push([slot.get(e.source), slot.get(e.target)]);
              });
            });
            var pos = layout(members, links), pad = 80;
            var xs = pos.map(function (p) { return p.x; }), ys = pos.map(function (p) { return p.y; });
            var x0 = Math.min.apply(null, xs) - pad, y0 = Math.min.apply(null, ys) - pad;
            var w = Math.max.apply(null, xs) + pad - x0, h = Math.max.apply(null, ys) + pad - y0;
            var picture = document.createElementNS('http://www.w3.org/2000/svg', 'svg');
            picture.setAttribute('viewBox', [x0, y0, w, h].map(function (v) { return v.toFixed(2); }).join(' '));
            picture.setAttribute('width', String(Math.round(w)));
            picture.setAttribute('height', String(Math.round(h)));
            picture.setAttribute('data-ng-community', String(k));
            var group = element(picture, 'g', { class: 'graph' });
            inner.forEach(function (e) {
              // Parallel relations between one pair bow apart so that each can be clicked.
              var a = pos[slot.get(e.source)], b = pos[slot.get(e.target)], key = [e.source, e.target].sort().join(' ');
              var nth = seenPairs.get(key) || 0;
              seenPairs.set(key, nth + 1);
              var bow = (nth % 2 ? -1 : 1) * Math.ceil(nth / 2) * 14, mx = (a.x + b.x) / 2, my = (a.y + b.y) / 2;
              var dx = b.x - a.x, dy = b.y - a.y, d = Math.max(1, Math.sqrt(dx * dx + dy * dy));
              var cx = mx - dy / d * bow, cy = my + dx / d * bow;
              var g = element(group, 'g', { id: e.id, class: 'edge' });
              element(g, 'title', {}, describeEdge(e));
              element(g, 'path', { d: 'M' + a.x.toFixed(1) + ',' + a.y.toFixed(1) + 'Q' + cx.toFixed(1) + ',' + cy.toFixed(1) + ' ' + b.x.toFixed(1) + ',' + b.y.toFixed(1),
                fill: 'none', stroke: e.color, 'stroke-width': String(Math.min(6, 1 + Math.log2(e.count))), 'stroke-dasharray': e.negated ? '5,3' : 'none' });
            });
            members.forEach(function (id, i) {
              var n = nodes.get(id), p = pos[i], rx = Math.max(28, n.name.length * 3.6 + 10);
              var g = element(group, 'g', { id: id, class: 'node' });
              element(g, 'title', {}, n.name + ' (' + n.type + ')' + (n.aliases.length ? '\naliases: ' + n.aliases.join(', ') : ''));
              element(g, 'ellipse', { cx: p.x.toFixed(1), cy: p.y.toFixed(1), rx: rx.toFixed(1), ry: '15', fill: typeColor.get(n.type) || '#DDDDDD', stroke: '#444444' });
              element(g, 'text', { x: p.x.toFixed(1), y: (p.y + 4).toFixed(1), 'text-anchor': 'middle', 'font-size': '12', 'font-family': 'Helvetica,Arial,sans-serif' }, n.name);
            });
            show(picture);
            expanded = k;
            backButton.hidden = false;
            document.body.setAttribute('data-ng-expanded', String(k));
            status.textContent = 'Community ' + k + ': ' + (members.length < communities[k].length ? members.length + ' of ' : '') + communities[k].length
              + ' actors, ' + inner.length + ' relations among them. Click an actor or a relation.';
          }
          function show(picture) {
            clear();
            if (svg && svg.parentNode) svg.parentNode.replaceChild(picture, svg); else diagram.appendChild(picture);
            svg = picture;
            attachView();
            applyFilters();
          }
          function showSummary() {
            if (!summarySvg || svg === summarySvg) return;
            show(summarySvg);
            expanded = -1;
            backButton.hidden = true;
            document.body.removeAttribute('data-ng-expanded');
            status.textContent = 'Click a community to expand it.';
          }
        """#
}
