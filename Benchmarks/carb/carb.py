#!/usr/bin/env python3
"""CaRB Open IE scorer, re-implemented in plain Python 3 (standard library only).

Follows the default scorer of CaRB (Bhardwaj, Aggarwal, Mausam, EMNLP 2019;
github.com/dair-iitd/CaRB, MIT licence): its "binary lenient tuple match" and its
"optimised global match" over all distinct confidence thresholds.

Usage:
    python3 carb.py --gold GOLD.tsv --pred PRED.tsv [--out CURVE.dat] [--digits N]

GOLD.tsv: sentence TAB relation TAB arg1 TAB arg2 [TAB arg ...]; arguments that contain
"C: " (context) are dropped, the "T: " / "L: " prefixes are kept as tokens (as in CaRB).
PRED.tsv: sentence TAB confidence TAB relation TAB arg1 TAB arg2 ...
"""

import argparse
import string
import sys
from collections import Counter

BE_FORMS = ("be", "is", "am", "are", "was", "were", "been", "being")
# Substrings of a gold relation that make CaRB also try the predicted arguments swapped.
SAID_VERBS = ("said", "told", "added", "adds", "says")
PTB_BRACKETS = (("(", "-LRB-"), (")", "-RRB-"), ("[", "-LSB-"), ("]", "-RSB-"),
                ("{", "-LCB-"), ("}", "-RCB-"))
_PUNCT_TABLE = str.maketrans("", "", string.punctuation)


class CarbError(Exception):
    """Bad input: the message names the file, line and problem."""


class Extraction:
    """One tuple: relation, arguments (raw strings) and a confidence."""

    __slots__ = ("relation", "args", "confidence")

    def __init__(self, relation, args, confidence):
        self.relation = relation
        self.args = args
        self.confidence = confidence


def sentence_key(text):
    """Key that pairs gold and predicted sentences: no spaces, PTB brackets undone, no punctuation."""
    key = text.replace(" ", "")
    for raw, escaped in PTB_BRACKETS:
        key = key.replace(escaped, raw)
    return key.translate(_PUNCT_TABLE)


def _by_key(pairs):
    # A later sentence whose key collides replaces the earlier one's list but keeps its
    # position, exactly what building a dict from (key, value) pairs does in CaRB.
    return dict((sentence_key(text), exs) for text, exs in pairs.items())


def _lines(path):
    try:
        with open(path, encoding="utf-8") as handle:
            return handle.read().split("\n")
    except (OSError, UnicodeDecodeError) as err:
        raise CarbError("cannot read %s: %s" % (path, err)) from err


def read_gold(path):
    """Gold tuples grouped by sentence key (sentence order kept)."""
    grouped = {}
    lines = _lines(path)
    if lines and lines[-1] == "":
        lines.pop()
    for number, line in enumerate(lines, 1):
        fields = line.strip().split("\t")
        if len(fields) < 2:
            raise CarbError("%s:%d: expected sentence TAB relation TAB args" % (path, number))
        args = [arg.strip() for arg in fields[2:] if "C: " not in arg]
        grouped.setdefault(fields[0].strip(), []).append(
            Extraction(fields[1].strip(), args, 1.0))
    return _by_key(grouped)


def read_tabbed(path):
    """Predicted tuples grouped by sentence key; blank lines are skipped."""
    grouped = {}
    for number, line in enumerate(_lines(path), 1):
        if not line.strip():
            continue
        fields = line.strip().split("\t")
        if len(fields) < 3:
            raise CarbError("%s:%d: expected sentence TAB confidence TAB relation TAB args"
                            % (path, number))
        try:
            confidence = float(fields[1])
        except ValueError:
            raise CarbError("%s:%d: confidence %r is not a number"
                            % (path, number, fields[1])) from None
        if confidence != confidence:
            raise CarbError("%s:%d: confidence is NaN" % (path, number))
        grouped.setdefault(fields[0], []).append(Extraction(fields[2], fields[3:], confidence))
    return _by_key(grouped)


def _binary_parts(relation, args):
    """Token lists [relation, arg1, rest-joined] (fewer when there are fewer arguments)."""
    parts = [relation.split()] + [arg.split() for arg in args[:1]]
    if len(args) >= 2:
        parts.append([token for arg in args[1:] for token in arg.split()])
    return parts


def _overlap(gold_tokens, pred_tokens):
    """Matched token count; each predicted token can match one gold token (case-sensitive)."""
    return sum((Counter(gold_tokens) & Counter(pred_tokens)).values())


def part_match(gold_parts, pred_parts):
    """CaRB lenient tuple match of token parts: (precision, recall), (0, 0) when no match.

    The relations must share a token (a predicted "be" may stand for any form of "be" in
    the gold relation); gold arguments 1 and 2 must have predicted counterparts. Later gold
    parts without a predicted counterpart only lower recall.
    """
    gold_rel, pred_rel = gold_parts[0], pred_parts[0]
    matched = _overlap(gold_rel, pred_rel)
    left_be = pred_rel.count("be") - min(pred_rel.count("be"), gold_rel.count("be"))
    if left_be > 0 and any(form in gold_rel for form in BE_FORMS):
        matched += 1
    if matched == 0:
        return (0.0, 0.0)
    prec_num, prec_den = matched, len(pred_rel)
    rec_num, rec_den = matched, len(gold_rel)
    for index in range(1, len(gold_parts)):
        rec_den += len(gold_parts[index])
        if index >= len(pred_parts):
            if index <= 2:
                return (0.0, 0.0)
            continue
        matched = _overlap(gold_parts[index], pred_parts[index])
        prec_num += matched
        prec_den += len(pred_parts[index])
        rec_num += matched
    precision = prec_num / prec_den if prec_den else 0.0
    recall = rec_num / rec_den if rec_den else 0.0
    return (precision, recall)


def tuple_score(gold, pred):
    """CaRB's default match of one gold and one predicted tuple: (precision, recall)."""
    gold_parts = _binary_parts(gold.relation, gold.args)
    straight = part_match(gold_parts, _binary_parts(pred.relation, pred.args))
    if not any(verb in gold.relation for verb in SAID_VERBS) or len(pred.args) < 2:
        return straight
    # "X said Y" is often annotated with the clause as subject: also try the arguments swapped.
    swapped = [pred.relation.split(), [t for arg in pred.args[1:] for t in arg.split()],
               pred.args[0].split()]
    return max(straight, part_match(gold_parts, swapped))


def _greedy_precision(scores, columns):
    """Sum of precisions of a one-to-one matching built by repeatedly taking the best pair."""
    used_rows, used_cols, total = set(), set(), 0.0
    for _ in range(min(len(scores), len(columns))):
        best, best_row, best_col = -1.0, -1, -1
        for row_index, row in enumerate(scores):
            if row_index in used_rows:
                continue
            for col in columns:
                if col not in used_cols and row[col][0] > best:
                    best, best_row, best_col = row[col][0], row_index, col
        used_rows.add(best_row)
        used_cols.add(best_col)
        total += best
    return total


def _add(values, start, stop, amount):
    values[start:stop] = [value + amount for value in values[start:stop]]


def score(gold, predicted):
    """Precision/recall at every distinct predicted confidence, as the CaRB scorer computes them.

    Returns (thresholds, precisions, recalls, kept): a threshold keeps the extractions whose
    confidence is >= it, kept counts those in gold sentences (precision is 1 when none).
    Only sentences present in the gold are scored.
    - Complexity: O(G * C) list work for G gold sentences and C thresholds, plus
      O(k * g^2 * e^2) matching per sentence with g gold and e predicted tuples and
      k distinct confidences.
    """
    thresholds = sorted({ex.confidence for exs in predicted.values() for ex in exs})
    position = {conf: index for index, conf in enumerate(thresholds)}
    count = len(thresholds)
    prec_num, prec_den = [0.0] * count, [0.0] * count
    rec_num, rec_den = [0.0] * count, [0.0] * count
    for key, gold_exs in gold.items():
        pred_exs = predicted.get(key, [])
        scores = [[tuple_score(g, p) for p in pred_exs] for g in gold_exs]
        start = 0
        for conf in sorted({ex.confidence for ex in pred_exs}):
            stop = position[conf] + 1
            kept = [j for j, ex in enumerate(pred_exs) if ex.confidence >= conf]
            recall = 0.0
            for row in scores:
                recall += max(row[j][1] for j in kept)
            _add(prec_num, start, stop, _greedy_precision(scores, kept))
            _add(prec_den, start, stop, len(kept))
            _add(rec_num, start, stop, recall)
            _add(rec_den, start, stop, len(scores))
            start = stop
        _add(rec_den, start, count, len(scores))
    precisions = [n / d if d > 0 else 1.0 for n, d in zip(prec_num, prec_den)]
    recalls = [n / d if d > 0 else 0.0 for n, d in zip(rec_num, rec_den)]
    return thresholds, precisions, recalls, [int(d) for d in prec_den]


def f1(precision, recall):
    """Harmonic mean; 0 when both are 0 (CaRB's intent, see README on the NaN quirk)."""
    total = precision + recall
    return 2 * precision * recall / total if total else 0.0


def auc(recalls, precisions):
    """Trapezoid area under the PR curve after appending the point (recall 0, precision 1).

    The points stay in threshold order, so recall never increases along them; the area is
    taken with the sign flipped, as sklearn.metrics.auc does for a decreasing x.
    """
    xs, ys = recalls + [0.0], precisions + [1.0]
    area = 0.0
    for index in range(len(xs) - 1):
        area += (xs[index + 1] - xs[index]) * (ys[index + 1] + ys[index]) / 2.0
    return -area


def summary(thresholds, precisions, recalls):
    """(auc, precision, recall, f1, threshold) at the first threshold of best F1."""
    if not thresholds:
        return 0.0, 0.0, 0.0, 0.0, None
    f1s = [f1(p, r) for p, r in zip(precisions, recalls)]
    best = max(range(len(f1s)), key=lambda index: (f1s[index], -index))
    return (auc(recalls, precisions), precisions[best], recalls[best], f1s[best],
            thresholds[best])


def write_curve(path, curve):
    """Write CaRB's curve file: header, then one row per threshold, sorted (stably) by recall."""
    thresholds, precisions, recalls, kept = curve
    rows = sorted(zip(precisions, recalls, thresholds, kept), key=lambda row: row[1])
    with open(path, "w", encoding="utf-8") as out:
        out.write("Precision\tRecall\tConfidence\n")
        for precision, recall, threshold, count in rows:
            # CaRB writes the precision of "nothing kept" as the integer 1.
            shown = repr(precision) if count else "1"
            out.write("%s\t%s\t%s\n" % (shown, repr(recall), repr(threshold)))


def round_like_numpy(value, digits):
    """numpy.round: scale, round half to even, scale back."""
    scale = 10.0 ** digits
    return round(value * scale) / scale


def evaluate(gold_path, pred_path, curve_path=None):
    """Score a tabbed prediction file against a gold file; optionally write the curve."""
    gold = read_gold(gold_path)
    predicted = read_tabbed(pred_path)
    curve = score(gold, predicted)
    if curve_path:
        write_curve(curve_path, curve)
    return summary(*curve[:3])


def main(argv=None):
    parser = argparse.ArgumentParser(description="CaRB Open IE scorer (re-implementation).")
    parser.add_argument("--gold", required=True, help="gold tuples (CaRB tsv)")
    parser.add_argument("--pred", required=True, help="predicted tuples (tabbed format)")
    parser.add_argument("--out", help="write the precision/recall curve here")
    parser.add_argument("--digits", type=int, default=3, help="decimals printed (default 3)")
    options = parser.parse_args(argv)
    try:
        area, precision, recall, best_f1, threshold = evaluate(
            options.gold, options.pred, options.out)
    except CarbError as err:
        print("carb: %s" % err, file=sys.stderr)
        return 1
    except OSError as err:
        print("carb: cannot write %s: %s" % (options.out, err), file=sys.stderr)
        return 1
    digits = options.digits
    for name, value in (("P", precision), ("R", recall), ("F1", best_f1), ("AUC", area)):
        print("%s %.*f" % (name, digits, round_like_numpy(value, digits)))
    print("threshold %s" % ("none" if threshold is None else repr(threshold)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
