/// The viewer's filters: relation class, minimum statements, actor type and a range of months.
///
/// A relation is shown when its class and both actors' types are ticked and enough of its
/// statements fall in the months chosen (all of them, undated ones included, while the range is
/// the whole span; only dated statements that overlap it otherwise). Actors of an unticked type
/// are hidden, actors left without a shown relation are faded; in a summary a community edge is
/// shown while any relation it stands for is. The months are those of the statements' days, so
/// the two sliders step over months that occur.
extension HTMLViewer {
    /// The filter controls; the script fills in the choices present in the graph.
    static let filterForm = #"""
        <form id="ng-filters"><fieldset id="ng-classes"><legend>Relations</legend></fieldset><label>at least <input id="ng-min" type="number" min="1" value="1" aria-label="Minimum statements"> statements</label><fieldset id="ng-types"><legend>Actors</legend></fieldset><span id="ng-dates"><label>From <input id="ng-since" type="range" min="0" max="0" value="0" aria-label="First month"></label><label>to <input id="ng-until" type="range" min="0" max="0" value="0" aria-label="Last month"></label><output id="ng-date-range"></output></span></form>
        """#

    static let filterScript = #"""
          var months = (function () {
            var found = new Set();
            raw.statements.forEach(function (row, k) { var d = days(k); if (d) { found.add(d[0].slice(0, 7)); found.add(d[1].slice(0, 7)); } });
            return Array.from(found).sort();
          })();
          var classOn = raw.classes.map(function () { return true; }), typeOn = new Set(), minCount = 1;
          var sinceInput = document.getElementById('ng-since'), untilInput = document.getElementById('ng-until');
          var dateRange = document.getElementById('ng-date-range');
          function checkbox(parent, label, checked, onChange) {
            var wrap = add(parent, 'label'), box = document.createElement('input');
            box.type = 'checkbox';
            box.checked = checked;
            box.addEventListener('change', function () { onChange(box.checked); applyFilters(); });
            wrap.appendChild(box);
            wrap.appendChild(document.createTextNode(' ' + label));
            return box;
          }
          var classBoxes = [], typeBoxes = new Map();
          var classesPresent = new Set(), typesPresent = new Set();
          edges.forEach(function (e) { classesPresent.add(e.classIndex); });
          nodes.forEach(function (n) { typesPresent.add(n.type); typeOn.add(n.type); });
          raw.classes.forEach(function (kind, index) {
            if (!classesPresent.has(index)) return;
            var box = checkbox(document.getElementById('ng-classes'), kind[0], true, function (on) { classOn[index] = on; });
            box.style.accentColor = kind[2];
            classBoxes[index] = box;
          });
          Array.from(typesPresent).sort().forEach(function (type) {
            typeBoxes.set(type, checkbox(document.getElementById('ng-types'), type, true, function (on) { if (on) typeOn.add(type); else typeOn.delete(type); }));
          });
          document.getElementById('ng-min').addEventListener('input', function (event) {
            minCount = Math.max(1, Number(event.target.value) || 1);
            applyFilters();
          });
          if (months.length) {
            sinceInput.max = untilInput.max = String(months.length - 1);
            untilInput.value = String(months.length - 1);
          } else {
            document.getElementById('ng-dates').hidden = true;
          }
          function dateBounds() {
            var first = Number(sinceInput.value), last = Number(untilInput.value);
            if (first > last) { var swap = first; first = last; last = swap; }
            return { first: first, last: last, active: months.length > 0 && (first > 0 || last < months.length - 1) };
          }
          function showDateRange() {
            var bounds = dateBounds();
            dateRange.textContent = months.length ? months[bounds.first] + ' \u2013 ' + months[bounds.last] : '';
          }
          [sinceInput, untilInput].forEach(function (input) { input.addEventListener('input', function () { showDateRange(); applyFilters(); }); });
          showDateRange();

          function statedCount(e, bounds) {
            if (!bounds.active) return e.count;
            var since = months[bounds.first] + '-01', until = months[bounds.last] + '-31', count = 0;
            e.statements.forEach(function (k) { var d = days(k); if (d && d[0] <= until && d[1] >= since) count++; });
            return count;
          }
          function filtering() {
            return minCount > 1 || dateBounds().active || classOn.some(function (on) { return !on; }) || typeOn.size < typesPresent.size;
          }
          // Which relations pass, by edge id; null while nothing is filtered.
          function passingEdges() {
            if (!filtering()) return null;
            var bounds = dateBounds(), passing = new Set();
            edges.forEach(function (e) {
              if (classOn[e.classIndex] && typeOn.has(nodes.get(e.source).type) && typeOn.has(nodes.get(e.target).type)
                  && statedCount(e, bounds) >= minCount) passing.add(e.id);
            });
            return passing;
          }
          function applyFilters() {
            if (!svg) return;
            var passing = passingEdges(), shownNodes = new Set(), shown = 0, total = 0;
            if (passing) passing.forEach(function (id) { var e = edges.get(id); shownNodes.add(e.source); shownNodes.add(e.target); });
            svg.querySelectorAll('g.edge').forEach(function (g) {
              var visible = true;
              if (edges.has(g.id)) visible = !passing || passing.has(g.id);
              else if (g.id.charAt(0) === 'p') visible = !passing || summaryPairPasses(Number(g.id.slice(1)), passing);
              else return;
              total++;
              if (visible) shown++;
              g.classList.toggle('ng-hidden', !visible);
            });
            svg.querySelectorAll('g.node').forEach(function (g) {
              if (nodes.has(g.id)) {
                g.classList.toggle('ng-hidden', !!passing && !typeOn.has(nodes.get(g.id).type));
                g.classList.toggle('ng-dim', !!passing && !shownNodes.has(g.id));
              } else if (isCommunity(g.id)) {
                g.classList.toggle('ng-dim', !!passing && !communityPasses(Number(g.id.slice(1)), shownNodes));
              }
            });
            document.body.setAttribute('data-ng-shown', shown + '/' + total);
            if (passing) status.textContent = 'Showing ' + shown + ' of ' + total + ' drawn relations (' + passing.size + ' of ' + edges.size + ' in the graph pass the filters).';
          }
          function applyFilterParameters(params) {
            var classes = params.getAll('class'), types = params.getAll('type');
            if (classes.length) raw.classes.forEach(function (kind, index) {
              classOn[index] = classes.indexOf(kind[0]) >= 0;
              if (classBoxes[index]) classBoxes[index].checked = classOn[index];
            });
            if (types.length) typeBoxes.forEach(function (box, type) {
              box.checked = types.indexOf(type) >= 0;
              if (box.checked) typeOn.add(type); else typeOn.delete(type);
            });
            if (params.has('min')) { minCount = Math.max(1, Number(params.get('min')) || 1); document.getElementById('ng-min').value = String(minCount); }
            function month(name, input) {
              if (!params.has(name)) return;
              var wanted = params.get(name), index = months.findIndex(function (m) { return m >= wanted; });
              if (name === 'until') { index = -1; months.forEach(function (m, i) { if (m <= wanted) index = i; }); }
              if (index >= 0) input.value = String(index);
            }
            month('since', sinceInput);
            month('until', untilInput);
            showDateRange();
            applyFilters();
          }
        """#
}
