"""Tests for the CaRB scorer and the newsgraph TSV converter.

Run with `python3 -m unittest discover -s Benchmarks/carb` or `pytest Benchmarks/carb`.
The fixture tests need ../shared/data/carb (or $SHARED/data/carb) and skip without it.
"""

import io
import os
import sys
import tempfile
import unittest
from contextlib import redirect_stderr, redirect_stdout

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import carb  # noqa: E402
import to_tabbed  # noqa: E402


def ex(relation, *args, confidence=1.0):
    return carb.Extraction(relation, list(args), confidence)


def write(directory, name, lines):
    path = os.path.join(directory, name)
    with open(path, "w", encoding="utf-8") as out:
        out.write("".join(line + "\n" for line in lines))
    return path


class TupleMatchTests(unittest.TestCase):
    def test_identical_tuples_score_one(self):
        self.assertEqual(carb.tuple_score(ex("was born in", "Obama", "Hawaii"),
                                          ex("was born in", "Obama", "Hawaii")), (1.0, 1.0))

    def test_partial_overlap_counts_tokens_per_part(self):
        # relation 1 of 1 predicted / 1 of 3 gold, arg1 1/1, arg2 1 of 3 predicted / 1 of 1 gold
        precision, recall = carb.tuple_score(ex("was born in", "Obama", "Hawaii"),
                                             ex("born", "Obama", "Hawaii in 1961"))
        self.assertAlmostEqual(precision, 3 / 5)
        self.assertAlmostEqual(recall, 3 / 5)

    def test_relation_without_common_token_is_no_match(self):
        self.assertEqual(carb.tuple_score(ex("visited", "Obama", "Hawaii"),
                                          ex("left", "Obama", "Hawaii")), (0.0, 0.0))

    def test_missing_second_argument_is_no_match(self):
        self.assertEqual(carb.tuple_score(ex("visited", "Obama", "Hawaii"),
                                         ex("visited", "Obama")), (0.0, 0.0))

    def test_predicted_be_matches_inflected_be(self):
        self.assertEqual(carb.tuple_score(ex("is", "Paris", "a city"),
                                          ex("be", "Paris", "a city")), (1.0, 1.0))

    def test_matching_is_case_sensitive_like_carb(self):
        precision, recall = carb.tuple_score(ex("met", "Obama", "Merkel"),
                                             ex("met", "obama", "Merkel"))
        self.assertAlmostEqual(precision, 2 / 3)
        self.assertAlmostEqual(recall, 2 / 3)

    def test_extra_arguments_are_joined_into_the_second(self):
        # gold args "B" + "in 2010" become "B in 2010"; the prediction puts it all in arg2
        self.assertEqual(carb.tuple_score(ex("met", "A", "B", "in 2010"),
                                          ex("met", "A", "B in 2010")), (1.0, 1.0))

    def test_said_relation_also_tries_swapped_arguments(self):
        gold = ex("said", "the economy grew", "the minister")
        pred = ex("said", "the minister", "the economy grew")
        self.assertEqual(carb.tuple_score(gold, pred), (1.0, 1.0))
        # without a said-type verb the swap is not tried
        self.assertLess(carb.tuple_score(ex("thinks", "the economy grew", "the minister"),
                                         ex("thinks", "the minister", "the economy grew"))[1], 1.0)

    def test_gold_with_one_argument_ignores_predicted_object(self):
        # a gold tuple with one argument only compares relation and subject
        self.assertEqual(carb.tuple_score(ex("resigned", "Smith"),
                                          ex("resigned", "Smith", "yesterday")), (1.0, 1.0))


class ReaderTests(unittest.TestCase):
    def test_sentence_key_ignores_spacing_punctuation_and_ptb_brackets(self):
        self.assertEqual(carb.sentence_key("Hello , world -LRB- x -RRB- ."),
                         carb.sentence_key("Hello, world (x)."))
        self.assertNotEqual(carb.sentence_key("a b"), carb.sentence_key("a c"))

    def test_gold_reader_drops_context_arguments_and_keeps_prefixes(self):
        with tempfile.TemporaryDirectory() as tmp:
            path = write(tmp, "gold.tsv", [
                "He said she left .\tleft\tshe\tT: at noon\tC: He said",
                "He said she left .\tsaid\tHe\tshe left"])
            gold = carb.read_gold(path)
        [tuples] = gold.values()
        self.assertEqual([t.args for t in tuples], [["she", "T: at noon"], ["He", "she left"]])

    def test_tabbed_reader_rejects_bad_confidence(self):
        with tempfile.TemporaryDirectory() as tmp:
            path = write(tmp, "pred.tsv", ["A met B .\thigh\tmet\tA\tB"])
            with self.assertRaisesRegex(carb.CarbError, r"pred.tsv:1: confidence 'high'"):
                carb.read_tabbed(path)


class ScoreTests(unittest.TestCase):
    GOLD = ["A gave B .\tgave\tA\tB",
            "C met D and left home .\tmet\tC\tD",
            "C met D and left home .\tleft\tC\thome"]
    PRED = ["A gave B .\t0.9\tgave\tA\tB",
            "C met D and left home .\t0.5\tmet\tC\tD",
            "C met D and left home .\t0.8\tsaw\tC\tE",
            "Not in the gold .\t0.7\tis\tnot\tscored"]

    def curve(self):
        with tempfile.TemporaryDirectory() as tmp:
            gold = carb.read_gold(write(tmp, "gold.tsv", self.GOLD))
            pred = carb.read_tabbed(write(tmp, "pred.tsv", self.PRED))
        return carb.score(gold, pred)

    def test_precision_and_recall_at_each_threshold(self):
        thresholds, precisions, recalls, kept = self.curve()
        self.assertEqual(thresholds, [0.5, 0.7, 0.8, 0.9])
        # 0.5 keeps all three gold-sentence predictions; 0.7 and 0.8 drop "met";
        # 0.9 keeps only "gave"; the sentence outside the gold never counts
        for got, want in zip(precisions, [2 / 3, 1 / 2, 1 / 2, 1.0]):
            self.assertAlmostEqual(got, want)
        for got, want in zip(recalls, [2 / 3, 1 / 3, 1 / 3, 1 / 3]):
            self.assertAlmostEqual(got, want)
        self.assertEqual(kept, [3, 2, 2, 1])

    def test_summary_picks_best_f1_and_integrates_the_curve(self):
        area, precision, recall, best_f1, threshold = carb.summary(*self.curve()[:3])
        self.assertEqual(threshold, 0.5)
        self.assertAlmostEqual(precision, 2 / 3)
        self.assertAlmostEqual(recall, 2 / 3)
        self.assertAlmostEqual(best_f1, 2 / 3)
        # (2/3,2/3) -> (1/3,1/2): 1/3 * 7/12; flat steps add nothing; (1/3,1) -> (0,1): 1/3
        self.assertAlmostEqual(area, 7 / 36 + 1 / 3)

    def test_one_prediction_can_serve_the_recall_of_several_gold_tuples(self):
        gold = {"k": [ex("likes", "X", "Y"), ex("likes", "X", "Z")]}
        pred = {"k": [ex("likes", "X", "Y Z")]}
        _, precisions, recalls, _ = carb.score(gold, pred)
        self.assertEqual(recalls, [1.0])
        self.assertEqual(precisions, [0.75])

    def test_precision_matching_is_one_to_one(self):
        gold = {"k": [ex("likes", "X", "Y")]}
        pred = {"k": [ex("likes", "X", "Y"), ex("likes", "X", "Y")]}
        _, precisions, recalls, _ = carb.score(gold, pred)
        self.assertEqual((precisions, recalls), ([0.5], [1.0]))

    def test_no_predictions_gives_zero(self):
        self.assertEqual(carb.summary([], [], []), (0.0, 0.0, 0.0, 0.0, None))

    def test_curve_file_and_cli_output(self):
        with tempfile.TemporaryDirectory() as tmp:
            gold = write(tmp, "gold.tsv", self.GOLD)
            pred = write(tmp, "pred.tsv", self.PRED + ["Not in the gold .\t0.95\tis\ta\tb"])
            curve = os.path.join(tmp, "curve.dat")
            stdout = io.StringIO()
            with redirect_stdout(stdout):
                status = carb.main(["--gold", gold, "--pred", pred, "--out", curve])
            with open(curve, encoding="utf-8") as handle:
                rows = handle.read().splitlines()
        self.assertEqual(status, 0)
        self.assertEqual(stdout.getvalue().splitlines(),
                         ["P 0.667", "R 0.667", "F1 0.667", "AUC 0.528", "threshold 0.5"])
        self.assertEqual(rows[0], "Precision\tRecall\tConfidence")
        # sorted by recall (stable); nothing kept at 0.95 is written as the integer 1
        self.assertEqual(rows[1:], ["1\t0.0\t0.95",
                                    "0.5\t0.3333333333333333\t0.7",
                                    "0.5\t0.3333333333333333\t0.8",
                                    "1.0\t0.3333333333333333\t0.9",
                                    "0.6666666666666666\t0.6666666666666666\t0.5"])

    def test_cli_reports_bad_input_in_one_line(self):
        with tempfile.TemporaryDirectory() as tmp:
            gold = write(tmp, "gold.tsv", self.GOLD)
            pred = write(tmp, "pred.tsv", ["only a sentence"])
            stderr = io.StringIO()
            with redirect_stderr(stderr):
                status = carb.main(["--gold", gold, "--pred", pred])
        self.assertEqual(status, 1)
        self.assertRegex(stderr.getvalue(), r"^carb: .*pred.tsv:1: expected sentence")
        self.assertEqual(stderr.getvalue().count("\n"), 1)


class ConverterTests(unittest.TestCase):
    SENTENCES = ["Russia signed a deal with Niger .", "", "France left Mali ."]

    def test_maps_indices_to_sentences_and_orders_columns(self):
        lines = ["sentence\tconfidence\tobject\trelation\tsubject\targ3",
                 "0\t0.9\ta deal\tsigned\tRussia\twith Niger",
                 "2\t0.4\tMali\tleft\tFrance\t",
                 ""]
        self.assertEqual(to_tabbed.convert(lines, self.SENTENCES), [
            "Russia signed a deal with Niger .\t0.9\tsigned\tRussia\ta deal\twith Niger",
            "France left Mali .\t0.4\tleft\tFrance\tMali"])

    def test_converted_output_scores_through_carb(self):
        lines = ["subject\trelation\tobject\tconfidence\tsentence", "France\tleft\tMali\t1\t2"]
        with tempfile.TemporaryDirectory() as tmp:
            pred = write(tmp, "pred.tsv", to_tabbed.convert(lines, self.SENTENCES))
            gold = write(tmp, "gold.tsv", ["France left Mali .\tleft\tFrance\tMali"])
            self.assertEqual(carb.evaluate(gold, pred)[1:4], (1.0, 1.0, 1.0))

    def test_rejects_missing_column(self):
        with self.assertRaisesRegex(to_tabbed.ConversionError, "lacks column.*confidence"):
            to_tabbed.convert(["subject\trelation\tobject\tsentence"], self.SENTENCES)

    def test_rejects_index_outside_the_sentence_file(self):
        lines = ["subject\trelation\tobject\tconfidence\tsentence", "A\tb\tC\t0.5\t3"]
        with self.assertRaisesRegex(to_tabbed.ConversionError, r":2: sentence index '3'"):
            to_tabbed.convert(lines, self.SENTENCES)

    def test_rejects_ragged_rows_and_bad_confidence(self):
        header = "subject\trelation\tobject\tconfidence\tsentence"
        with self.assertRaisesRegex(to_tabbed.ConversionError, "4 fields, header has 5"):
            to_tabbed.convert([header, "A\tb\tC\t0"], self.SENTENCES)
        with self.assertRaisesRegex(to_tabbed.ConversionError, "confidence 'x'"):
            to_tabbed.convert([header, "A\tb\tC\tx\t0"], self.SENTENCES)


def shared_carb():
    shared = os.environ.get("SHARED", "../shared")
    root = os.path.dirname(os.path.dirname(HERE))
    path = os.path.join(root, shared, "data", "carb")
    return path if os.path.isdir(path) else None


@unittest.skipUnless(shared_carb(), "../shared/data/carb is absent")
class FixtureTests(unittest.TestCase):
    """The original scorer's published numbers and curve files (README of shared/data)."""

    CASES = [("openie4_test", "test", "OpenIE-4_test", (0.272, 0.553, 0.437, 0.488)),
             ("openie5_test", "test", "OpenIE-5_test", (0.245, 0.521, 0.424, 0.467)),
             ("clausie_test", "test", "ClausIE_test", (0.224, 0.411, 0.496, 0.450)),
             ("openie5_dev", "dev", "OpenIE-5_dev", (0.240, 0.526, 0.406, 0.458))]

    def test_reproduces_reference_numbers_and_curves(self):
        data = shared_carb()
        for system, split, reference, expected in self.CASES:
            with self.subTest(system=system), tempfile.TemporaryDirectory() as tmp:
                curve = os.path.join(tmp, "curve.dat")
                result = carb.evaluate(os.path.join(data, "gold", split + ".tsv"),
                                       os.path.join(data, "system_outputs_tabbed", system + ".tsv"),
                                       curve)
                got = tuple(carb.round_like_numpy(value, 3) for value in result[:4])
                self.assertEqual(got, expected)
                with open(curve, encoding="utf-8") as mine, open(
                        os.path.join(data, "reference_pr_curves", reference + ".dat"),
                        encoding="utf-8") as theirs:
                    self.assertEqual(mine.read(), theirs.read())


if __name__ == "__main__":
    unittest.main()
