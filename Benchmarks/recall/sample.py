#!/usr/bin/env python3
"""A random sample of extracted triples from BBC articles outside the dev and held-out gold, for judging by hand.

    python3 Benchmarks/recall/sample.py [--n 40] [--seed 2026] [--binary PATH] [--shared DIR]

Extracts every article of ../shared/data/news/bbc that has no ../shared/gold/bbc-dev/<section>-<nnn>.gold.tsv
and no Benchmarks/recall/heldout/<section>-<nnn>.gold.tsv (nor a byte-identical copy of such an article) with the release build (unless --binary names another),
draws --n triples with --seed, and prints each as "subject | relation | object" with its article and evidence
sentence. The same build, seed and corpus give the same sample. Needs ../shared; says so and exits 0 when it is
absent.
"""
import argparse
import hashlib
import os
import random
import subprocess
import sys

root = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
parser.add_argument("--n", type=int, default=40)
parser.add_argument("--seed", type=int, default=2026)
parser.add_argument("--binary", default=os.path.join(root, ".build/release/newsgraph"))
parser.add_argument("--shared", default=os.environ.get("SHARED", os.path.join(root, "..", "shared")))
args = parser.parse_args()

news = os.path.join(args.shared, "data/news/bbc")
gold = os.path.join(args.shared, "gold/bbc-dev")
if not os.path.isdir(news) or not os.path.isdir(gold):
    print(f"sample skipped: {news} or {gold} not found")
    sys.exit(0)
if not os.access(args.binary, os.X_OK):
    sys.exit(f"sample: no binary at {args.binary} (run `swift build -c release --product newsgraph`)")

held = {name[: -len(".gold.tsv")] for name in os.listdir(gold) if name.endswith(".gold.tsv")}
# The held-out gold's articles stay unread too, so a sample never shows their output.
heldout = os.path.join(root, "Benchmarks/recall/heldout")
if os.path.isdir(heldout):
    held |= {name[: -len(".gold.tsv")] for name in os.listdir(heldout) if name.endswith(".gold.tsv")}
def content(path):
    with open(path, "rb") as handle:
        return hashlib.sha256(handle.read()).hexdigest()


# The corpus holds byte-identical copies of some articles under other numbers (tech/171 is tech/126):
# a copy of a gold article is no unseen article either.
held_texts = {content(os.path.join(news, *key.split("-", 1)) + ".txt") for key in held
              if os.path.exists(os.path.join(news, *key.split("-", 1)) + ".txt")}
articles = []
for section in sorted(os.listdir(news)):
    folder = os.path.join(news, section)
    if not os.path.isdir(folder):
        continue
    for name in sorted(os.listdir(folder)):
        path = os.path.join(folder, name)
        if name.endswith(".txt") and f"{section}-{name[:-4]}" not in held and content(path) not in held_texts:
            articles.append(path)

rows = []
for start in range(0, len(articles), 200):
    out = subprocess.run([args.binary, "extract", *articles[start:start + 200]], capture_output=True, text=True, check=True)
    lines = out.stdout.splitlines()
    header = lines[0].split("\t")
    for line in lines[1:]:
        rows.append(dict(zip(header, line.split("\t"))))

print(f"{len(rows)} triples from {len(articles)} articles outside the dev and held-out gold (and their copies); sample of {args.n} (seed {args.seed})")
for number, row in enumerate(random.Random(args.seed).sample(rows, min(args.n, len(rows))), 1):
    document = os.path.relpath(row["document"], news)
    print(f"{number:2}. {row['subject']} | {row['relation']} | {row['object']}    [{document}]")
    print(f"    {row['evidence']}")
