#!/usr/bin/env python3
"""The issue-17 graph: TRIPLES random pairs of `Actor N` over ACTORS actors, ten verbs,
document doc{i/40}.txt, sentence i%40, evidence "Actor a did something to Actor b." (seeded)."""
import random
import sys

triples = int(sys.argv[1]) if len(sys.argv) > 1 else 1_000_000
actors = int(sys.argv[2]) if len(sys.argv) > 2 else 100_000
verbs = ["meet", "attack", "support", "criticise", "visit", "sanction", "praise", "accuse", "sign with", "call"]
rng = random.Random(17)
out = sys.stdout
out.write("subject\trelation\tobject\tdocument\tsentence\tevidence\n")
for i in range(triples):
    a = rng.randrange(actors)
    b = rng.randrange(actors - 1)
    b += b >= a
    out.write(f"Actor {a}\t{rng.choice(verbs)}\tActor {b}\tdoc{i // 40}.txt\t{i % 40}\tActor {a} did something to Actor {b}.\n")
