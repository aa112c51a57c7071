/// The viewer's stylesheet and core script, inlined into every page.
///
/// The script decodes the compact embedded JSON (`ViewerData`), builds an undirected adjacency
/// list and offers search, neighbourhood highlighting (click an actor), shortest paths
/// (breadth-first, edge order breaks ties, so the path shown is deterministic) and an evidence
/// panel (click a relation), whose statements are decoded only when shown. Filters, the summary
/// and navigation are the other parts of the one script (`filterScript`, `summaryScript`,
/// `navigationScript`), which share its scope. All text from the graph reaches the page through
/// `textContent`, never as markup.
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
        #ng-filters { display: flex; flex-wrap: wrap; gap: 4px 14px; align-items: center; font-size: 13px; }
        #ng-filters fieldset { border: 0; margin: 0; padding: 0; display: inline; }
        #ng-filters legend { float: left; margin-right: 6px; font-weight: bold; }
        #ng-filters label { margin-right: 6px; white-space: nowrap; }
        #ng-min { width: 4em; }
        #ng-diagram .ng-hidden { display: none; }
        #ng-diagram g.ng-dim { opacity: 0.25; }
        """#

    static let script = #"""
          var raw = JSON.parse(document.getElementById('ng-data').textContent);
          var strings = raw.strings;
          var svg = document.querySelector('#ng-diagram svg');
          var diagram = document.getElementById('ng-diagram');
          var nodes = new Map(), edges = new Map(), adjacency = new Map();
          raw.nodes.forEach(function (row, i) {
            var id = 'n' + i;
            nodes.set(id, { id: id, name: row[0], type: strings[row[1]], aliases: row[2] });
            adjacency.set(id, []);
          });
          raw.edges.forEach(function (row, i) {
            var kind = raw.classes[row[3]];
            var e = { id: 'e' + i, source: 'n' + row[0], target: 'n' + row[1], relation: strings[row[2]], classIndex: row[3],
              relationClass: kind[0], quadClass: kind[1], color: kind[2], count: row[4], negated: row[5] === 1, statements: row[6] };
            edges.set(e.id, e);
            adjacency.get(e.source).push({ node: e.target, edge: e.id });
            if (e.source !== e.target) adjacency.get(e.target).push({ node: e.source, edge: e.id });
          });
          var status = document.getElementById('ng-status');
          var details = document.getElementById('ng-details');

          // Statements stay compact rows, and their texts unparsed, until an edge's evidence is shown.
          var texts = null;
          function statement(k) {
            var row = raw.statements[k];
            if (!texts) texts = JSON.parse(document.getElementById('ng-texts').textContent);
            return { document: strings[row[0]], sentence: row[1], text: texts[k], date: row[2] >= 0 ? strings[row[2]] : null };
          }
          var dayCache = new Map();
          function days(k) {
            if (dayCache.has(k)) return dayCache.get(k);
            var row = raw.statements[k], range = null;
            if (row[2] >= 0) { var parts = strings[row[2]].split('..'); range = [parts[0], parts[parts.length - 1]]; }
            dayCache.set(k, range);
            return range;
          }
          function seen(e) {
            var first = null, last = null;
            e.statements.forEach(function (k) {
              var d = days(k);
              if (!d) return;
              if (first === null || d[0] < first) first = d[0];
              if (last === null || d[1] > last) last = d[1];
            });
            return first === null ? null : { first: first, last: last };
          }

          function svgElement(id) { return svg && id ? svg.querySelector('g[id="' + id + '"]') : null; }
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
            document.body.setAttribute('data-ng-highlight', Array.from(nodeIds).map(function (id) { return nodes.has(id) ? nodes.get(id).name : id; }).sort().join('|'));
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
            ensureShown(id);
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
            var e = edges.get(id), when = seen(e);
            ensureShown(e.source);
            highlight(new Set([e.source, e.target]), new Set([id]), null, describeEdge(e));
            details.textContent = '';
            add(details, 'h3', describeEdge(e));
            add(details, 'p', e.relationClass + (e.quadClass ? ' (' + e.quadClass + ')' : '') + '; stated ' + (e.count === 1 ? 'once' : e.count + ' times')
              + (when ? '; seen ' + when.first + (when.last !== when.first ? '..' + when.last : '') : ''));
            e.statements.map(statement).forEach(function (s) {
              add(details, 'blockquote', s.text);
              add(details, 'div', s.document + ', sentence ' + s.sentence + (s.date ? ', ' + s.date : ''), 'ng-source');
            });
            if (!e.statements.length) add(details, 'p', 'No evidence recorded.');
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

          // The path form's suggestions are thousands of elements on a corpus graph: made on first focus.
          var names = document.getElementById('ng-names');
          function suggestNames() {
            if (names.firstChild) return;
            Array.from(nodes.values()).map(function (n) { return n.name; }).sort().forEach(function (name) { add(names, 'option').value = name; });
          }
          ['ng-from', 'ng-to'].forEach(function (id) { document.getElementById(id).addEventListener('focus', suggestNames); });
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
        """#
}
