#!/usr/bin/env python3
"""Readability figures of NewsGraph diagram SVGs, as issue 16 measures them.

    python3 Scripts/diagram-figures.py view.svg [more.svg ...]

Per file: nodes and edges drawn (from the `<!-- a&#45;&gt;b -->` comments Graphviz writes
before each group; the legend is not a node), text elements, pairs of text boxes that overlap
(boxes estimated as in Tests/GraphvizTests/SVGFigures.swift: 0.55 em a character, 0.8 em above
the baseline to 0.2 em below; legend texts skipped), nodes no edge touches, the most edges
between one pair of nodes, and the drawing size in points.
"""
import html
import re
import sys
from collections import Counter

TEXT = re.compile(r'<text text-anchor="(start|middle|end)" x="([-0-9.]+)" y="([-0-9.]+)"'
                  r'[^>]*font-size="([0-9.]+)"[^>]*>([^<]*)</text>')
GROUP = re.compile(r'<!-- ([^ ]+?) -->\n<g id="[^"]*" class="(node|edge)"')


def figures(path):
    svg = open(path, encoding="utf-8").read()
    legend = svg.find('<g id="legend"')
    legend_end = svg.find("\n<!-- ", legend + 1) if legend >= 0 else -1
    boxes = []
    for match in TEXT.finditer(svg):
        if legend >= 0 and legend < match.start() < legend_end:
            continue
        anchor, x, y, size = match.group(1), float(match.group(2)), float(match.group(3)), float(match.group(4))
        text = html.unescape(match.group(5))
        width = len(text) * size * 0.55
        left = {"start": x, "end": x - width}.get(anchor, x - width / 2)
        boxes.append((text, left, left + width, y - 0.8 * size, y + 0.2 * size))
    overlaps = [(a[0], b[0]) for i, a in enumerate(boxes) for b in boxes[i + 1:]
                if a[1] < b[2] and b[1] < a[2] and a[3] < b[4] and b[3] < a[4]]
    nodes, edges = [], []
    for match in GROUP.finditer(svg):
        name = html.unescape(match.group(1))
        if match.group(2) == "node":
            if name != "legend":
                nodes.append(name)
        else:
            edges.append(tuple(sorted(name.split("->"))))
    touched = {end for edge in edges for end in edge}
    size = re.search(r'<svg width="([0-9.]+)pt" height="([0-9.]+)pt"', svg)
    return {
        "nodes": len(nodes), "edges": len(edges), "texts": len(boxes), "overlapping_texts": len(overlaps),
        "isolated_nodes": sum(1 for node in nodes if node not in touched),
        "max_edges_per_pair": max(Counter(edges).values(), default=0),
        "size_pt": f"{size.group(1)}x{size.group(2)}" if size else "?", "examples": overlaps[:3],
    }


if __name__ == "__main__":
    for path in sys.argv[1:]:
        found = figures(path)
        examples = found.pop("examples")
        print(path + ": " + ", ".join(f"{key} {value}" for key, value in found.items()))
        for pair in examples:
            print(f"    overlap: {pair[0]!r} / {pair[1]!r}")
