#!/usr/bin/env bash
# Required recall and precision of `newsgraph extract` against the hand-made BBC dev gold.
#
#   bash Benchmarks/recall/run.sh [--show] [--no-build] [--gold DIR]
#
# For every ../shared/gold/bbc-dev/<section>-<nnn>.gold.tsv, extracts ../shared/data/news/bbc/<section>/<nnn>.txt
# with the release build, scores it with ../shared/tools/score-triples and prints one line per article and
# the totals (required recall, optional hits, precision = predictions matching some gold row / predictions).
# --show also prints the scorer's FOUND/MISSED/EXTRA lines per article. Predictions are kept in
# .build/recall/. Environment: SHARED (default <repo>/../shared); NEWSGRAPH names a binary (implies --no-build).
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/../.." && pwd)"
shared="${SHARED:-$root/../shared}"
show=0
build=1
gold_dir=""
while [ $# -gt 0 ]; do
    case "$1" in
        --show) show=1 ;;
        --no-build) build=0 ;;
        --gold) gold_dir="${2:?--gold needs a directory}"; shift ;;
        -h|--help) sed -n '2,10s/^# \{0,1\}//p' "${BASH_SOURCE[0]}"; exit 0 ;;
        *) echo "run.sh: unknown argument '$1' (try --help)" >&2; exit 2 ;;
    esac
    shift
done
gold_dir="${gold_dir:-$shared/gold/bbc-dev}"
scorer="$shared/tools/score-triples"
news="$shared/data/news/bbc"
if [ ! -d "$gold_dir" ] || [ ! -f "$scorer" ] || [ ! -d "$news" ]; then
    echo "recall skipped: $gold_dir, $scorer or $news not found"
    exit 0
fi

if [ -n "${NEWSGRAPH:-}" ]; then
    binary="$NEWSGRAPH"
else
    if [ "$build" = 1 ]; then
        (cd "$root" && swift build -c release --product newsgraph 2>&1 | tail -1)
    fi
    binary="$(cd "$root" && swift build -c release --show-bin-path)/newsgraph"
fi
out="$root/.build/recall"
mkdir -p "$out"

# ratio A B DIGITS: A/B rounded, or - when B is 0
ratio() { awk -v a="$1" -v b="$2" -v d="$3" 'BEGIN { if (b == 0) print "-"; else printf "%.*f\n", d, a / b }'; }

total_req=0; total_req_n=0; total_opt=0; total_opt_n=0; total_match=0; total_pred=0
printf '%-20s %9s %9s %12s\n' article required optional precision
for gold in "$gold_dir"/*.gold.tsv; do
    name="$(basename "$gold" .gold.tsv)"
    section="${name%-*}"
    number="${name##*-}"
    text="$news/$section/$number.txt"
    if [ ! -f "$text" ]; then echo "$name: $text not found" >&2; exit 1; fi
    pred="$out/$name.pred.tsv"
    "$binary" extract --format tsv "$text" > "$pred"
    report="$(python3 "$scorer" "$gold" "$pred" --show)"
    if [ "$show" = 1 ]; then
        echo "== $name"
        echo "$report" | sed '$d'
    fi
    summary="$(echo "$report" | tail -1)"
    # summary: required R/N  optional O/M  precision P (K/L predictions match gold)
    read -r req req_n opt opt_n match pred_n < <(echo "$summary" | sed -E \
        's#^required ([0-9]+)/([0-9]+) +optional ([0-9]+)/([0-9]+) +precision [0-9.]+ \(([0-9]+)/([0-9]+) .*#\1 \2 \3 \4 \5 \6#')
    total_req=$((total_req + req)); total_req_n=$((total_req_n + req_n))
    total_opt=$((total_opt + opt)); total_opt_n=$((total_opt_n + opt_n))
    total_match=$((total_match + match)); total_pred=$((total_pred + pred_n))
    printf '%-20s %4d/%-4d %4d/%-4d %5s (%d/%d)\n' "$name" "$req" "$req_n" "$opt" "$opt_n" \
        "$(ratio "$match" "$pred_n" 2)" "$match" "$pred_n"
done
recall="$(ratio "$total_req" "$total_req_n" 3)"
precision="$(ratio "$total_match" "$total_pred" 3)"
printf 'total: required %d/%d = %s, optional %d/%d, precision %d/%d = %s\n' \
    "$total_req" "$total_req_n" "$recall" "$total_opt" "$total_opt_n" "$total_match" "$total_pred" "$precision"
