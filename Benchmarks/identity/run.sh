#!/usr/bin/env bash
# Actor identity on the whole BBC corpus: builds the corpus graph, extracts the same articles, and
# checks that every triple lands on its own article's actors (see check.py). Needs ../shared.
set -euo pipefail
cd "$(dirname "$0")/../.."
BBC=${SHARED:-../shared}/data/news/bbc
if [ ! -d "$BBC" ]; then echo "skipped: $BBC is absent (the identity check reads the BBC corpus)"; exit 0; fi
swift build -c release --product newsgraph >/dev/null
OUT=$(mktemp -d)
trap 'rm -rf "$OUT"' EXIT
.build/release/newsgraph build "$BBC" -o "$OUT/bbc.json" 2>/dev/null
.build/release/newsgraph extract "$BBC" > "$OUT/bbc.tsv" 2>/dev/null
python3 Benchmarks/identity/check.py "$OUT/bbc.json" "$OUT/bbc.tsv" "$@"
