#!/usr/bin/env bash
# Speed benchmarks (`make bench`). Each prints its own figures; none is a pass/fail test.
#
#   bash Benchmarks/run.sh [--skip-bbc] [--skip-tokenizer]
#
# Graph (Benchmarks/graph): 1M synthetic triples over 100k actors merged into a graph, the same
# triples imported from extract-format TSV, and 1,000 random shortest-path queries on random
# graphs of 100k nodes / 300k edges and 1M nodes / 3M edges. Corpus: `newsgraph build` over the
# BBC corpus (../shared/data/news/bbc, not part of the repository) with a release binary, when it
# exists, and actor extraction in tokens per second on one core (Benchmarks/extract-speed.sh).
# Tokenizer (Benchmarks/tokenizer): tokens per second, when that package is present.
# Environment: SHARED (default <repo>/../shared) locates the corpus.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/.." && pwd)"
shared="${SHARED:-$root/../shared}"
skip_bbc=0
skip_tokenizer=0
for argument in "$@"; do
    case "$argument" in
        --skip-bbc) skip_bbc=1 ;;
        --skip-tokenizer) skip_tokenizer=1 ;;
        *) sed -n '2,4s/^# \{0,1\}//p' "${BASH_SOURCE[0]}" >&2; exit 2 ;;
    esac
done

echo "== graph benchmarks (release build of Benchmarks/graph)"
(cd "$here/graph" && swift build -c release --product graph-bench 2>&1 | tail -1)
bench="$(cd "$here/graph" && swift build -c release --show-bin-path)/graph-bench"
"$bench" build 1000000 100000
"$bench" tsv 1000000 100000
"$bench" paths 100000 300000 1000
"$bench" paths 1000000 3000000 1000

if [ "$skip_bbc" = 0 ]; then
    corpus="$shared/data/news/bbc"
    if [ -d "$corpus" ]; then
        echo "== BBC corpus build (release newsgraph, all cores)"
        (cd "$root" && swift build -c release --product newsgraph 2>&1 | tail -1)
        newsgraph="$(cd "$root" && swift build -c release --show-bin-path)/newsgraph"
        out="$(mktemp -d)"
        trap 'rm -rf "$out"' EXIT
        /usr/bin/time -f "bbc: %e s wall, %U s user + %S s system CPU, peak RSS %M KB" \
            "$newsgraph" build "$corpus" -o "$out/bbc.json" 2>&1 | grep -v '^warning:'
        "$newsgraph" stats --graph "$out/bbc.json" --top 0
    else
        echo "== BBC corpus build skipped: $corpus does not exist"
    fi
fi

if [ "$skip_bbc" = 0 ]; then
    echo "== actor extraction speed, one core (Benchmarks/extract-speed.sh)"
    bash "$here/extract-speed.sh"
fi

if [ "$skip_tokenizer" = 0 ] && [ -f "$here/tokenizer/Package.swift" ]; then
    echo "== tokenizer (Benchmarks/tokenizer)"
    (cd "$here/tokenizer" && swift run -c release tokenizer-bench "$shared/data/news/bbc")
fi
