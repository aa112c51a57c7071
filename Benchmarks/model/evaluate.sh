#!/usr/bin/env bash
# Accuracy and speed of the shipped tagger/lemmatizer/parser on UD English EWT (gold tokens).
# Needs ../shared/data/ud/en_ewt; prints `NAME VALUE` lines per split and beam width.
# tokens_per_second is tagging + lemmatizing + parsing per CPU-second of one thread.
set -euo pipefail
cd "$(dirname "$0")/../.."
SHARED="${SHARED:-../shared}"
EWT="$SHARED/data/ud/en_ewt"
if [ ! -d "$EWT" ]; then echo "skipped: $EWT not found"; exit 0; fi
swift build -c release --product newsgraph >/dev/null
BIN=.build/release/newsgraph
for split in dev test; do
  for beam in "" 1; do
    echo "# $split${beam:+ (beam $beam)}"
    "$BIN" model evaluate "$EWT/en_ewt-ud-$split.conllu" ${beam:+--beam $beam}
  done
done
