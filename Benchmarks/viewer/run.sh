#!/usr/bin/env bash
# HTML viewer load benchmark (`make viewer-bench`); prints figures, not a pass/fail test.
#
#   bash Benchmarks/viewer/run.sh [GRAPH.json] [RUNS]
#
# Renders the viewer of GRAPH (default: the whole BBC corpus graph, built once into
# .build/bench/bbc.json from ../shared/data/news/bbc) with the release binary, prints the page's
# size, then opens it RUNS times (default 5) in headless Chromium (--dump-dom, a fresh profile each
# time) and prints, per run and as the median: `ready`, ms from navigation start until the page's
# script has finished (data-ng-ready), `loaded`, ms until the load event (data-ng-loaded), and the
# wall time of the whole Chromium process, beside a blank page's wall time (browser start-up).
# Environment: SHARED (default <repo>/../shared), CHROMIUM (default chromium).
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/../.." && pwd)"
shared="${SHARED:-$root/../shared}"
graph="${1:-}"
runs="${2:-5}"
browser="${CHROMIUM:-chromium}"
command -v "$browser" >/dev/null || { echo "needs headless Chromium (apt-get install chromium, or make test-deps)" >&2; exit 1; }

(cd "$root" && swift build -c release --product newsgraph 2>&1 | tail -1)
binary="$root/.build/release/newsgraph"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
if [ -z "$graph" ]; then
    graph="$root/.build/bench/bbc.json"
    if [ ! -f "$graph" ]; then
        [ -d "$shared/data/news/bbc" ] || { echo "needs $shared/data/news/bbc or a GRAPH argument" >&2; exit 1; }
        mkdir -p "$(dirname "$graph")"
        echo "== building the BBC corpus graph into $graph"
        "$binary" build "$shared/data/news/bbc" -o "$graph" >/dev/null
    fi
fi

page="$work/viewer.html"
start=$(date +%s.%N)
"$binary" render -g "$graph" -o "$page"
end=$(date +%s.%N)
printf '== viewer of %s: %s bytes, rendered in %.1f s\n' "$graph" "$(wc -c < "$page")" "$(echo "$end - $start" | bc)"

# One Chromium run: prints "wall_seconds ready_ms loaded_ms".
load() {
    local url="$1" profile
    profile="$(mktemp -d "$work/profile.XXXX")"
    local t0 t1 dom
    t0=$(date +%s.%N)
    dom="$("$browser" --headless --no-sandbox --disable-gpu --hide-scrollbars --no-first-run \
        --user-data-dir="$profile" --dump-dom "$url" 2>/dev/null)"
    t1=$(date +%s.%N)
    local ready loaded
    ready="$(printf '%s' "$dom" | grep -o 'data-ng-ready="[0-9]*"' | head -1 | tr -dc 0-9)"
    loaded="$(printf '%s' "$dom" | grep -o 'data-ng-loaded="[0-9]*"' | head -1 | tr -dc 0-9)"
    echo "$(echo "$t1 - $t0" | bc) ${ready:--} ${loaded:--}"
}

median() { sort -n | awk '{ v[NR] = $1 } END { if (NR) print v[int((NR + 1) / 2)]; else print "-" }'; }

echo '<!DOCTYPE html><title>blank</title>' > "$work/blank.html"
blank=()
for _ in $(seq "$runs"); do blank+=("$(load "file://$work/blank.html" | cut -d' ' -f1)"); done
results=()
for run in $(seq "$runs"); do
    line="$(load "file://$page")"
    results+=("$line")
    echo "run $run: wall $(echo "$line" | cut -d' ' -f1) s, ready $(echo "$line" | cut -d' ' -f2) ms, loaded $(echo "$line" | cut -d' ' -f3) ms"
done
printf '== median over %s runs: ready %s ms, loaded %s ms, wall %s s (blank page %s s)\n' "$runs" \
    "$(printf '%s\n' "${results[@]}" | cut -d' ' -f2 | median)" \
    "$(printf '%s\n' "${results[@]}" | cut -d' ' -f3 | median)" \
    "$(printf '%s\n' "${results[@]}" | cut -d' ' -f1 | median)" \
    "$(printf '%s\n' "${blank[@]}" | median)"
