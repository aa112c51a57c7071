#!/usr/bin/env bash
# Accuracy and speed of the shipped tagger/lemmatizer/parser on UD English EWT (gold tokens).
# Needs ../shared/data/ud/en_ewt; prints `NAME VALUE` lines per split and decoding setting:
# the default (the model's beam width, 8, with the default beam margin), the full beam
# (no margin), and greedy decoding. tokens_per_second is tagging + lemmatizing + parsing per
# CPU-second of one thread; the machine's load moves it by 10–20%, so compare runs back to back
# and take the best of several (RUNS, default 3).
set -euo pipefail
cd "$(dirname "$0")/../.."
SHARED="${SHARED:-../shared}"
RUNS="${RUNS:-3}"
EWT="$SHARED/data/ud/en_ewt"
if [ ! -d "$EWT" ]; then echo "skipped: $EWT not found"; exit 0; fi
swift build -c release --product newsgraph >/dev/null
BIN=.build/release/newsgraph
for split in dev test; do
  for setting in "" "--beam-margin inf" "--beam 1"; do
    echo "# $split${setting:+ ($setting)}"
    best=0
    for _ in $(seq "$RUNS"); do
      # shellcheck disable=SC2086
      out=$("$BIN" model evaluate "$EWT/en_ewt-ud-$split.conllu" $setting)
      speed=$(echo "$out" | awk '$1 == "tokens_per_second" { print $2 }')
      if [ "$speed" -gt "$best" ]; then best=$speed; fi
    done
    echo "$out" | grep -v '^tokens_per_second '
    echo "tokens_per_second_best_of_$RUNS $best"
  done
done
