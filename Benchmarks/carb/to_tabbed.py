#!/usr/bin/env python3
"""Convert `newsgraph extract --open --sentences --format tsv` output to CaRB's tabbed format.

Usage:
    python3 to_tabbed.py --sentences SENTENCES.txt [--output PRED.tsv] EXTRACTIONS.tsv

EXTRACTIONS.tsv: a header row naming at least the columns subject, relation, object,
confidence and sentence (any order; other columns are ignored, except arg3, arg4, ...
which are appended as further arguments when non-empty). `sentence` is the 0-based index
of the line of SENTENCES.txt the tuple was extracted from. Fields hold no tabs or newlines.

Output, one line per tuple, in input order:
    sentence text TAB confidence TAB relation TAB subject TAB object [TAB arg3 ...]
"""

import argparse
import re
import sys

REQUIRED = ("subject", "relation", "object", "confidence", "sentence")
_EXTRA_ARG = re.compile(r"^arg([3-9]|[1-9][0-9]+)$")


class ConversionError(Exception):
    """Bad input: the message names the file, line and problem."""


def read_sentences(path):
    """Lines of the sentence file, without line ends (index = line number - 1)."""
    try:
        with open(path, encoding="utf-8") as handle:
            return [line.rstrip("\r\n") for line in handle]
    except (OSError, UnicodeDecodeError) as err:
        raise ConversionError("cannot read %s: %s" % (path, err)) from err


def _columns(header, source):
    names = [name.strip().lower() for name in header.split("\t")]
    missing = [name for name in REQUIRED if name not in names]
    if missing:
        raise ConversionError("%s:1: header lacks column(s) %s (has: %s)"
                              % (source, ", ".join(missing), ", ".join(names)))
    extra = sorted((name for name in names if _EXTRA_ARG.match(name)),
                   key=lambda name: int(name[3:]))
    return {name: names.index(name) for name in REQUIRED}, [names.index(n) for n in extra]


def convert(lines, sentences, source="<input>"):
    """Tabbed lines (no line ends) for the TSV lines `lines` (header first).

    - Complexity: O(total characters).
    """
    rows = [line.rstrip("\r\n") for line in lines]
    while rows and not rows[-1].strip():
        rows.pop()
    if not rows:
        raise ConversionError("%s: empty, expected a header row" % source)
    where, extra = _columns(rows[0], source)
    width = len(rows[0].split("\t"))
    out = []
    for number, row in enumerate(rows[1:], 2):
        fields = row.split("\t")
        if len(fields) != width:
            raise ConversionError("%s:%d: %d fields, header has %d"
                                  % (source, number, len(fields), width))
        index_text = fields[where["sentence"]].strip()
        if not index_text.isdigit() or int(index_text) >= len(sentences):
            raise ConversionError("%s:%d: sentence index %r is not a line of the sentence file "
                                  "(0..%d)" % (source, number, index_text, len(sentences) - 1))
        confidence = fields[where["confidence"]].strip()
        try:
            float(confidence)
        except ValueError:
            raise ConversionError("%s:%d: confidence %r is not a number"
                                  % (source, number, confidence)) from None
        args = [fields[where["subject"]], fields[where["object"]]]
        args += [fields[i] for i in extra if fields[i].strip()]
        out.append("\t".join([sentences[int(index_text)], confidence,
                              fields[where["relation"]]] + args))
    return out


def main(argv=None):
    parser = argparse.ArgumentParser(description="newsgraph open-extraction TSV -> CaRB tabbed.")
    parser.add_argument("--sentences", required=True, help="the sentence file given to newsgraph")
    parser.add_argument("--output", help="write here instead of standard output")
    parser.add_argument("extractions", help="newsgraph TSV output ('-' for standard input)")
    options = parser.parse_args(argv)
    try:
        sentences = read_sentences(options.sentences)
        if options.extractions == "-":
            lines = sys.stdin.read().split("\n")
        else:
            try:
                with open(options.extractions, encoding="utf-8") as handle:
                    lines = handle.read().split("\n")
            except (OSError, UnicodeDecodeError) as err:
                raise ConversionError("cannot read %s: %s" % (options.extractions, err)) from err
        tabbed = convert(lines, sentences, options.extractions)
    except ConversionError as err:
        print("to_tabbed: %s" % err, file=sys.stderr)
        return 1
    text = "".join(line + "\n" for line in tabbed)
    if options.output:
        try:
            with open(options.output, "w", encoding="utf-8") as out:
                out.write(text)
        except OSError as err:
            print("to_tabbed: cannot write %s: %s" % (options.output, err), file=sys.stderr)
            return 1
    else:
        sys.stdout.write(text)
    return 0


if __name__ == "__main__":
    sys.exit(main())
