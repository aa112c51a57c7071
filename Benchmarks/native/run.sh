#!/usr/bin/env bash
# Issue 17: the native .ngraph file against NewsGraph JSON, on the generated 1M-triple graph and on
# the whole BBC corpus graph (beside networkx loading its GraphML export). One run prints every figure.
#   bash Benchmarks/native/run.sh [--no-build]
# TRIPLES/ACTORS size the generated graph; WORK holds the files (kept, so a rerun skips the slow builds;
# delete it to start over); SHARED is ../shared; SKIP_JSON_BUILD=1 skips the slow `build -o .json`.
set -euo pipefail
cd "$(dirname "$0")/../.."
TRIPLES=${TRIPLES:-1000000}
ACTORS=${ACTORS:-100000}
WORK=${WORK:-/tmp/newsgraph-native-bench}
SHARED=${SHARED:-../shared}
BIN=.build/release/newsgraph
mkdir -p "$WORK"
[ "${1:-}" = "--no-build" ] || swift build -c release --product newsgraph >/dev/null

# measure LABEL CMD...: runs CMD, prints wall seconds, CPU seconds (user + system: what a shared,
# loaded machine does not inflate) and peak resident memory; fails loudly if CMD fails.
measure() {
    local label=$1; shift
    if ! /usr/bin/time -f "%e %M %U %S" -o "$WORK/time" "$@" >"$WORK/out" 2>"$WORK/err"; then
        echo "FAILED: $label: $(tail -n 3 "$WORK/err")" >&2
        return 1
    fi
    read -r seconds kb user system <"$WORK/time"
    printf '%-52s %8.2f s wall %8.2f s cpu %7d MB peak\n' "$label" "$seconds" "$(echo "$user + $system" | bc)" $((kb / 1024))
}
size() { printf '%-52s %8.1f MB\n' "file size: $1" "$(echo "scale=1; $(stat -c %s "$2") / 1048576" | bc)"; }

TSV="$WORK/t-$TRIPLES.tsv"
[ -s "$TSV" ] || python3 Benchmarks/native/generate.py "$TRIPLES" "$ACTORS" >"$TSV"
echo "== generated: $TRIPLES triples over $ACTORS actors ($(( $(stat -c %s "$TSV") / 1048576 )) MB TSV)"
measure "build --triples -o big.ngraph" $BIN build --triples "$TSV" -o "$WORK/big.ngraph"
size big.ngraph "$WORK/big.ngraph"
if [ "${SKIP_JSON_BUILD:-0}" != 1 ]; then
    measure "build --triples -o big.json" $BIN build --triples "$TSV" -o "$WORK/big.json"
else
    measure "export big.ngraph -o big.json" $BIN export --graph "$WORK/big.ngraph" -o "$WORK/big.json"
fi
size big.json "$WORK/big.json"
measure "export big.ngraph -o back.json" $BIN export --graph "$WORK/big.ngraph" -o "$WORK/back.json"
cmp -s "$WORK/big.json" "$WORK/back.json" && echo "round trip: big.ngraph -> JSON is byte-identical to big.json" \
    || { echo "round trip: big.ngraph -> JSON DIFFERS from big.json"; exit 1; }
measure "import big.json -o again.ngraph" $BIN export --graph "$WORK/big.json" -o "$WORK/again.ngraph"
cmp -s "$WORK/big.ngraph" "$WORK/again.ngraph" && echo "round trip: big.json -> .ngraph is byte-identical to big.ngraph" \
    || { echo "round trip: big.json -> .ngraph DIFFERS"; exit 1; }

# Appends: one new statement, and a day's news (1,000 statements in 25 new documents), each onto a copy of
# big.ngraph; the version-2 file keeps the earlier evidence byte for byte. The rewrite of the last version
# (NEWSGRAPH_APPEND_REWRITE=1: load everything, re-resolve, rewrite every section) is measured beside it.
printf 'subject\trelation\tobject\tdocument\tsentence\tevidence\nActor 5\tmet\tActor 77\tnew-0.txt\t0\tActor 5 met Actor 77.\n' >"$WORK/one.tsv"
python3 - "$ACTORS" >"$WORK/day.tsv" <<'PY'
import random, sys
actors = int(sys.argv[1]); rng = random.Random(7)
print("subject\trelation\tobject\tdocument\tsentence\tevidence")
for i in range(1000):
    a, b = rng.randrange(actors), rng.randrange(actors)
    print(f"Actor {a}\tvisit\tActor {b}\tday-{i // 40}.txt\t{i % 40}\tActor {a} visited Actor {b}.")
PY
for input in one day; do
    cp "$WORK/big.ngraph" "$WORK/appended.ngraph"
    measure "build --append --triples $input.tsv (native append)" $BIN build --append --triples "$WORK/$input.tsv" -o "$WORK/appended.ngraph"
    size "appended.ngraph ($input)" "$WORK/appended.ngraph"
done
cp "$WORK/big.ngraph" "$WORK/rewritten.ngraph"
measure "build --append --triples one.tsv (rewrite, last version)" env NEWSGRAPH_APPEND_REWRITE=1 $BIN build --append --triples "$WORK/one.tsv" -o "$WORK/rewritten.ngraph"

queries() { # queries NAME FILE FROM TO
    local name=$1 file=$2
    $BIN stats --graph "$file" --top 1 >"$WORK/stats.txt"
    local hub; hub=$(sed -n '/top actors by degree:/{n;p;q}' "$WORK/stats.txt" | sed -E 's/^ +//; s/ {2,}.*//')
    for ext in ngraph json; do
        measure "$name.$ext: stats" $BIN stats --graph "${file%.*}.$ext"
        measure "$name.$ext: path '$3' '$4' (with evidence)" $BIN path "$3" "$4" --graph "${file%.*}.$ext"
        measure "$name.$ext: neighbors of hub '$hub'" $BIN neighbors "$hub" --graph "${file%.*}.$ext"
        measure "$name.$ext: rank --by pagerank" $BIN rank --by pagerank --graph "${file%.*}.$ext"
        measure "$name.$ext: components" $BIN components --graph "${file%.*}.$ext"
        measure "$name.$ext: render --focus '$hub' (svg)" $BIN render --focus "$hub" --layout sfdp --graph "${file%.*}.$ext" -o "$WORK/focus.svg"
        measure "$name.$ext: export --focus '$3' (json)" $BIN export --focus "$3" --graph "${file%.*}.$ext" -o "$WORK/focus.json"
    done
    echo "   (the last neighbors query printed $(wc -l <"$WORK/out") lines)"
}
queries big "$WORK/big.ngraph" "Actor 1" "Actor 2"

BBC="$SHARED/data/news/bbc"
if [ -d "$BBC" ]; then
    echo "== the whole BBC corpus graph ($BBC)"
    # The corpus build takes minutes: its figures are kept with the graph and shown again on reruns.
    if [ ! -s "$WORK/bbc.ngraph" ] || [ ! -s "$WORK/bbc-build.line" ]; then
        measure "build BBC corpus -o bbc.ngraph" $BIN build "$BBC" -o "$WORK/bbc.ngraph" | tee "$WORK/bbc-build.line"
    else
        echo "$(cat "$WORK/bbc-build.line")  (kept from an earlier run)"
    fi
    # An append of one section's articles onto a file of the other four, against one build of all five.
    measure "build 4 sections -o four.ngraph" $BIN build "$BBC/business" "$BBC/entertainment" "$BBC/politics" "$BBC/sport" -o "$WORK/four.ngraph"
    measure "build --append tech -o four.ngraph (native append)" $BIN build --append "$BBC/tech" -o "$WORK/four.ngraph"
    $BIN build "$BBC/business" "$BBC/entertainment" "$BBC/politics" "$BBC/sport" "$BBC/tech" -o "$WORK/five.json" 2>/dev/null
    $BIN export --graph "$WORK/four.ngraph" -o "$WORK/four.json"
    cmp -s "$WORK/four.json" "$WORK/five.json" && echo "append: four sections + tech is byte-identical (as JSON) to one build of the five" \
        || { echo "append: four sections + tech DIFFERS from one build of the five"; exit 1; }
    measure "export bbc.ngraph -o bbc.json" $BIN export --graph "$WORK/bbc.ngraph" -o "$WORK/bbc.json"
    measure "export bbc.ngraph -o bbc.graphml" $BIN export --graph "$WORK/bbc.ngraph" -o "$WORK/bbc.graphml"
    size bbc.ngraph "$WORK/bbc.ngraph"
    size bbc.json "$WORK/bbc.json"
    size bbc.graphml "$WORK/bbc.graphml"
    measure "build bbc.json -o bbc2.ngraph (import)" $BIN export --graph "$WORK/bbc.json" -o "$WORK/bbc2.ngraph"
    cmp -s "$WORK/bbc.ngraph" "$WORK/bbc2.ngraph" && echo "round trip: bbc.json -> .ngraph is byte-identical"
    hub=$($BIN stats --graph "$WORK/bbc.ngraph" --top 2 | sed -n '/top actors by degree:/{n;n;p;q}' | sed -E 's/^ +//; s/ {2,}.*//')
    first=$($BIN stats --graph "$WORK/bbc.ngraph" --top 1 | sed -n '/top actors by degree:/{n;p;q}' | sed -E 's/^ +//; s/ {2,}.*//')
    queries bbc "$WORK/bbc.ngraph" "$first" "$hub"
    if python3 -c "import networkx" 2>/dev/null; then
        measure "networkx: read_graphml(bbc.graphml)" python3 -c "import networkx, sys; g = networkx.read_graphml(sys.argv[1]); print(g.number_of_nodes(), g.number_of_edges())" "$WORK/bbc.graphml"
        measure "networkx: read_graphml + path between top 2" python3 -c "
import networkx, sys
g = networkx.read_graphml(sys.argv[1]).to_undirected()
a, b = [n for n, _ in sorted(g.degree, key=lambda d: -d[1])[:2]]
print(networkx.shortest_path(g, a, b))" "$WORK/bbc.graphml"
        measure "networkx: read_graphml + stats (components, top degree)" python3 -c "
import networkx, sys
g = networkx.read_graphml(sys.argv[1])
print(g.number_of_nodes(), g.number_of_edges(), networkx.number_weakly_connected_components(g), sorted(g.degree, key=lambda d: -d[1])[:10])" "$WORK/bbc.graphml"
    else
        echo "(networkx not installed: pip install networkx)"
    fi
else
    echo "(no $BBC: the BBC corpus figures need ../shared)"
fi
