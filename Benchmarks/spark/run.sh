#!/usr/bin/env bash
# The whole BBC corpus (../shared/data/news/bbc, 2,225 articles) through the Spark job in local mode
# versus `newsgraph build` on the same machine: both wall times, their ratio, whether the graphs are
# byte-identical, and the core-hours 1M articles would take, from the measured per-article CPU time.
#
#   bash Benchmarks/spark/run.sh [--binary PATH]
#
# Environment: SHARED (default <repo>/../shared) locates the corpus; CORES (default: nproc) is both the
# build's --jobs and Spark's local[N]. Says so and exits 0 when the corpus or pyspark is missing.
# CPU times are user + system of the command and every process it waited for (bash's `time`): for
# `newsgraph build` that is the whole cost, and on a shared machine the steadier figure. For Spark the
# figure misses processes nobody waits for (the JVM, its Python daemon), so the Spark projection uses
# the allocation instead: wall time × cores, what a cluster bills.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/../.." && pwd)"
shared="${SHARED:-$root/../shared}"
cores="${CORES:-$(nproc)}"
binary="$root/.build/release/newsgraph"
if [ "${1:-}" = "--binary" ]; then binary="${2:?--binary needs a path}"; fi

corpus="$shared/data/news/bbc"
if [ ! -d "$corpus" ]; then
    echo "spark benchmark skipped: $corpus not found"
    exit 0
fi
if ! python3 -c "import pyspark" 2>/dev/null; then
    echo "spark benchmark skipped: pyspark is not installed (python3 -m pip install pyspark)"
    exit 0
fi
if [ ! -x "$binary" ]; then
    echo "building $binary"
    (cd "$root" && swift build -c release --product newsgraph >/dev/null)
fi

work="$(mktemp -d "${TMPDIR:-/tmp}/newsgraph-spark-bench.XXXXXX")"
trap 'rm -rf "$work"' EXIT
# Counted from inside the corpus, so a ".." in its path is not taken for a hidden directory.
articles=$(cd "$corpus" && find . -type f -iname '*.txt' ! -path '*/.*' | wc -l)
echo "corpus: $corpus ($articles .txt files), $cores cores ($(nproc) online), binary: $binary"

# Seconds (wall, user+sys) of a command, via bash's `time` into a file.
timed() {
    local out="$1"; shift
    local TIMEFORMAT="%R %U %S"
    { time "$@" >"$work/$out.log" 2>&1; } 2>"$work/$out.time" || true
    awk '{ printf "%.1f %.1f\n", $1, $2 + $3 }' "$work/$out.time"
}

read -r local_wall local_cpu < <(timed local "$binary" build "$corpus" --jobs "$cores" -o "$work/local.json")
echo "newsgraph build:        wall ${local_wall} s, cpu ${local_cpu} s"

export PYSPARK_PYTHON=python3 PYSPARK_DRIVER_PYTHON=python3
export PYSPARK_SUBMIT_ARGS="--master local[$cores] --driver-memory 2g --conf spark.ui.enabled=false --conf spark.ui.showConsoleProgress=false pyspark-shell"
read -r spark_wall spark_cpu < <(timed spark python3 "$root/Scripts/spark/extract.py" "$corpus" \
    --output "$work/shards" --binary "$binary")
if [ ! -d "$work/shards" ]; then echo "the Spark job failed:"; tail -n 20 "$work/spark.log"; exit 1; fi
echo "spark extract.py:       wall ${spark_wall} s, cpu ${spark_cpu} s (local[$cores], JVM start included)"
read -r merge_wall merge_cpu < <(timed merge "$binary" build --triples "$work/shards" -o "$work/spark.json")
echo "build --triples merge:  wall ${merge_wall} s, cpu ${merge_cpu} s"
task_cpu=$(sed -n 's/.*newsgraph-spark: [0-9]* articles, \([0-9.]*\) s of newsgraph CPU time.*/\1/p' "$work/spark.log")
echo "newsgraph extract inside Spark tasks: cpu ${task_cpu:-?} s"

if cmp -s "$work/local.json" "$work/spark.json"; then same="byte-identical"; else same="DIFFERENT"; fi
echo "graphs: $same ($(stat -c %s "$work/local.json") bytes)"
awk -v tc="${task_cpu:-0}" -v c="$cores" -v lw="$local_wall" -v lc="$local_cpu" -v sw="$spark_wall" -v sc="$spark_cpu" -v mw="$merge_wall" -v n="$articles" 'BEGIN {
    printf "ratio (spark + merge) / local wall: %.2f\n", (sw + mw) / lw
    printf "per article: %.1f ms cpu (newsgraph build), %.1f ms of allocated core time (Spark wall x %d cores)\n",
        1000 * lc / n, 1000 * sw * c / n, c
    printf "per article inside Spark tasks: %.1f ms cpu of newsgraph extract\n", 1000 * tc / n
    printf "projected for 1M articles: %.1f core-hours from the build cpu time, %.1f from the Spark tasks cpu time, %.1f allocated at this Spark wall rate\n",
        lc / n * 1e6 / 3600, tc / n * 1e6 / 3600, sw * c / n * 1e6 / 3600
}'
[ "$same" = "byte-identical" ]
