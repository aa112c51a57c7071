#!/usr/bin/env bash
# CaRB Open IE evaluation of `newsgraph extract --open` (see Benchmarks/carb/README.md).
#
#   bash Benchmarks/carb/run.sh [--split dev|test] [--no-build] [--out-dir DIR]
#
# Environment: SHARED (default <repo>/../shared) locates the data; NEWSGRAPH names a
# newsgraph binary to use instead of building one (implies --no-build).
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/../.." && pwd)"
split=dev
build=1
out_dir=""

usage() { sed -n '2,7s/^# \{0,1\}//p' "${BASH_SOURCE[0]}"; }

while [ $# -gt 0 ]; do
    case "$1" in
        --split) [ $# -ge 2 ] || { echo "run.sh: --split needs dev or test" >&2; exit 2; }
                 split="$2"; shift 2 ;;
        --split=*) split="${1#--split=}"; shift ;;
        --no-build) build=0; shift ;;
        --out-dir) [ $# -ge 2 ] || { echo "run.sh: --out-dir needs a directory" >&2; exit 2; }
                   out_dir="$2"; shift 2 ;;
        -h|--help) usage; exit 0 ;;
        *) echo "run.sh: unknown argument '$1' (try --help)" >&2; exit 2 ;;
    esac
done
case "$split" in
    dev|test) ;;
    *) echo "run.sh: --split must be dev or test, not '$split'" >&2; exit 2 ;;
esac

shared="${SHARED:-../shared}"
case "$shared" in /*) ;; *) shared="$root/$shared" ;; esac
data="$shared/data/carb"
if [ ! -f "$data/$split.txt" ] || [ ! -f "$data/gold/$split.tsv" ]; then
    echo "CaRB data not found under $data (needs $split.txt and gold/$split.tsv); skipping the CaRB evaluation."
    exit 0
fi
command -v python3 >/dev/null 2>&1 || { echo "run.sh: python3 is needed for the scorer" >&2; exit 1; }

if [ -n "${NEWSGRAPH:-}" ]; then
    binary="$NEWSGRAPH"
else
    if [ "$build" = 1 ]; then
        (cd "$root" && swift build -c release --product newsgraph)
    fi
    binary="$(cd "$root" && swift build -c release --show-bin-path)/newsgraph"
fi
[ -x "$binary" ] || { echo "run.sh: no newsgraph binary at $binary" >&2; exit 1; }

out_dir="${out_dir:-$root/.build/carb}"
mkdir -p "$out_dir"
extractions="$out_dir/$split-extractions.tsv"
tabbed="$out_dir/$split-tabbed.tsv"
curve="$out_dir/$split-curve.dat"

echo "Extracting from $data/$split.txt"
if ! "$binary" extract --open --sentences --format tsv "$data/$split.txt" > "$extractions.part"; then
    rm -f "$extractions.part"
    echo "run.sh: '$binary extract --open --sentences --format tsv' failed" >&2
    exit 1
fi
mv "$extractions.part" "$extractions"

python3 "$here/to_tabbed.py" --sentences "$data/$split.txt" --output "$tabbed" "$extractions"
echo "CaRB ($split, $(($(wc -l < "$tabbed"))) extractions; curve in $curve)"
python3 "$here/carb.py" --gold "$data/gold/$split.tsv" --pred "$tabbed" --out "$curve"
