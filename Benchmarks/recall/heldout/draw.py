#!/usr/bin/env python3
"""Prints the held-out draw: two BBC articles of 200-500 words per section, outside the dev gold.

usage: python3 Benchmarks/recall/heldout/draw.py [SHARED]   (SHARED defaults to ../shared)
"""
import os
import random
import sys

shared = sys.argv[1] if len(sys.argv) > 1 else os.path.join(os.path.dirname(__file__), "../../../../shared")
news = os.path.join(shared, "data/news/bbc")
dev_dir = os.path.join(shared, "gold/bbc-dev")
if not os.path.isdir(news) or not os.path.isdir(dev_dir):
    sys.exit(f"draw.py: {news} or {dev_dir} not found")
dev = {name[: -len(".gold.tsv")] for name in os.listdir(dev_dir) if name.endswith(".gold.tsv")}
random.seed(20261207)
for section in ["business", "entertainment", "politics", "sport", "tech"]:
    files = sorted(f for f in os.listdir(os.path.join(news, section)) if f.endswith(".txt"))
    random.shuffle(files)
    picked = 0
    for name in files:
        key = f"{section}-{name[:-4]}"
        if key in dev:
            continue
        with open(os.path.join(news, section, name), encoding="utf-8", errors="replace") as handle:
            words = len(handle.read().split())
        if 200 <= words <= 500:
            print(key, words)
            picked += 1
            if picked == 2:
                break
