#!/usr/bin/env python3
"""Identity checks on a corpus graph (issue: one actor, one node).

Usage: check.py GRAPH.json EXTRACT.tsv [--list]

EXTRACT.tsv is `newsgraph extract` of the same articles. For every extracted triple the script
finds the graph edge that holds its evidence (document, sentence, relation) and compares the
edge's endpoint names with the article's own names. A difference is a 'variant' when the
article's name is one of the records the graph joined into that node (a curated variant, a
middle initial, a gazetteer name), and 'wrong' otherwise. It also prints the corpus checks:
countries aliased to other countries, full person names aliased to other full names, the types
of a few known non-persons, party-variant nodes, and the share of actors typed 'other'.
"""
import csv, json, sys
from collections import Counter, defaultdict

def main():
    graph_path, tsv_path = sys.argv[1], sys.argv[2]
    listing = "--list" in sys.argv
    graph = json.load(open(graph_path))
    nodes = graph["nodes"]
    by_statement = defaultdict(list)
    for edge in graph["edges"]:
        for ev in edge["evidence"]:
            by_statement[(ev["document"], ev["sentence"], edge["relation"])].append(edge)
    csv.field_size_limit(10**8)
    rows = list(csv.DictReader(open(tsv_path, newline=""), delimiter="\t", quoting=csv.QUOTE_NONE))
    counts = Counter()
    wrong, variants = [], Counter()
    for row in rows:
        candidates = by_statement.get((row["document"], int(row["sentence"]), row["relation"]), [])
        if not candidates:
            counts["missing"] += 1
            continue
        def record_names(node):
            return {r["name"] for r in node["records"] if r["document"] == row["document"]}
        match = None
        for edge in candidates:
            s, o = nodes[edge["source"]], nodes[edge["target"]]
            if row["subject"] in record_names(s) and row["object"] in record_names(o):
                match = (s, o)
                break
        if match is None:
            counts["wrong"] += 1
            edge = candidates[0]
            wrong.append((row["subject"], row["object"], nodes[edge["source"]]["name"], nodes[edge["target"]]["name"], row["document"]))
            continue
        s, o = match
        if s["name"] == row["subject"] and o["name"] == row["object"]:
            counts["same"] += 1
        else:
            counts["variant"] += 1
            for article, node in ((row["subject"], s), (row["object"], o)):
                if article != node["name"]:
                    variants[(article, node["name"])] += 1
    total = len(rows)
    print(f"triples {total}: same names {counts['same']}, joined variants {counts['variant']}, "
          f"different actor {counts['wrong']} ({100 * counts['wrong'] / max(1, total):.2f}%), no edge {counts['missing']}")
    if listing:
        for item in wrong:
            print("  wrong:", " | ".join(item))
        for (article, name), n in variants.most_common():
            print(f"  variant: {article} -> {name} ×{n}")
    countries = {n["name"].lower(): n for n in nodes if n["type"] == "country"}
    bad_alias = [(n["name"], a) for n in nodes if n["type"] == "country" for a in n["aliases"]
                 if a.lower() in countries and a.lower() != n["name"].lower()]
    people = {n["name"].lower() for n in nodes if n["type"] == "person" and len(n["name"].split()) >= 2}
    bad_people = [(n["name"], a) for n in nodes if n["type"] == "person" for a in n["aliases"]
                  if a.lower() in people and a.lower() != n["name"].lower()]
    print(f"countries aliased to another country: {len(bad_alias)} {bad_alias[:5]}")
    print(f"full person names aliased to another full name: {len(bad_people)} {bad_people[:5]}")
    for name in ["England", "Wales", "Chelsea", "Yukos"]:
        print(f"  {name}: {sorted({n['type'] for n in nodes if n['name'] == name})}")
    for group in [["Conservative Party", "Conservatives", "Tories", "Tory"], ["Labour Party", "Labour"],
                  ["Liberal Democrats", "Lib Dems"], ["George W Bush", "George Bush"]]:
        print(f"  nodes named {group}: {sum(1 for n in nodes if n['name'] in group)}")
    types = Counter(n["type"] for n in nodes)
    print(f"actors {len(nodes)}, typed other {types['other']} ({100 * types['other'] / max(1, len(nodes)):.1f}%); {dict(types)}")

if __name__ == "__main__":
    main()
