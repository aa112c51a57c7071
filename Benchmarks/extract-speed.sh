#!/usr/bin/env bash
# End-to-end actor extraction speed: `newsgraph extract --format tsv` (actor mode, release build) on one
# core over a fixed BBC subset, best of N runs, in tokens per second.
#
#   bash Benchmarks/extract-speed.sh [--all] [--runs N] [--binary PATH]
#
# Subset: ../shared/data/news/bbc/politics (417 articles), or with --all the five category folders
# (2,225 articles). Tokens: the number NewsGraph's own tokenizer makes of the subset, i.e. every *.txt file
# decoded by TextDecoder and split by Tokenizer, as Benchmarks/tokenizer counts them (politics: 217,425
# tokens, the figure in the README). Time: wall clock of the whole command (model load, reading, analysis,
# TSV to /dev/null), pinned to one CPU with taskset when it exists; the best of N runs (default 3) counts,
# because the build machine is shared. CPU time (user + system) is printed too: on a busy machine it is
# the steadier figure, the wall clock the one the target is stated in. --binary times a given newsgraph instead of building one.
# Environment: SHARED (default <repo>/../shared) locates the corpus; SCRATCH (default .build) is the
# release build's --scratch-path; CPU (default 0) the core to pin to.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/.." && pwd)"
shared="${SHARED:-$root/../shared}"
scratch="${SCRATCH:-.build}"
runs=3
all=0
binary=""
while [ $# -gt 0 ]; do
    case "$1" in
        --all) all=1 ;;
        --runs) runs="${2:?--runs needs a number}"; shift ;;
        --binary) binary="${2:?--binary needs a path}"; shift ;;
        *) sed -n '5,5s/^# \{0,1\}//p' "${BASH_SOURCE[0]}" >&2; exit 2 ;;
    esac
    shift
done

corpus="$shared/data/news/bbc"
if [ ! -d "$corpus/politics" ]; then
    echo "extract speed skipped: $corpus/politics not found"
    exit 0
fi
if [ "$all" = 1 ]; then
    folders=("$corpus/business" "$corpus/entertainment" "$corpus/politics" "$corpus/sport" "$corpus/tech")
    count_root="$corpus"
    label="BBC, all 2,225 articles"
else
    folders=("$corpus/politics")
    count_root="$corpus/politics"
    label="BBC politics"
fi

if [ -z "$binary" ]; then
    (cd "$root" && swift build -c release --scratch-path "$scratch" --product newsgraph 2>&1 | tail -1)
    binary="$(cd "$root" && swift build -c release --scratch-path "$scratch" --show-bin-path)/newsgraph"
fi
(cd "$here/tokenizer" && swift build -c release --scratch-path "$root/$scratch/tokenizer-bench" 2>&1 | tail -1)
counter="$(cd "$here/tokenizer" && swift build -c release --scratch-path "$root/$scratch/tokenizer-bench" --show-bin-path)/tokenizer-bench"
tokens="$("$counter" "$count_root" | sed -n 's/^\([0-9][0-9]*\) tokens,.*/\1/p')"
[ -n "$tokens" ] || { echo "could not count the tokens of $count_root" >&2; exit 1; }

pin=()
if command -v taskset >/dev/null 2>&1; then pin=(taskset -c "${CPU:-0}"); fi
best=""
best_cpu=""
TIMEFORMAT='%R %U %S'
for run in $(seq 1 "$runs"); do
    # bash's time keyword: wall, user and system seconds of the command, on stderr after its own.
    read -r wall user system < <( { time "${pin[@]}" "$binary" extract --format tsv "${folders[@]}" > /dev/null 2>&1; } 2>&1 )
    cpu=$(echo "$user + $system" | bc -l)
    printf 'run %d: %.2f s wall, %.2f s CPU\n' "$run" "$wall" "$cpu"
    if [ -z "$best" ] || [ "$(echo "$wall < $best" | bc -l)" = 1 ]; then best="$wall"; fi
    if [ -z "$best_cpu" ] || [ "$(echo "$cpu < $best_cpu" | bc -l)" = 1 ]; then best_cpu="$cpu"; fi
done
printf 'extract (%s, %d tokens, one core): best of %d %.2f s wall, %.0f tokens/s (CPU %.2f s, %.0f tokens/s)\n' \
    "$label" "$tokens" "$runs" "$best" "$(echo "$tokens / $best" | bc -l)" "$best_cpu" "$(echo "$tokens / $best_cpu" | bc -l)"
