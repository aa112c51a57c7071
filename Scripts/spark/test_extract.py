"""The Spark job gives the graph a local build gives, byte for byte.

Runs Scripts/spark/extract.py in Spark local mode (local[2], a task may fail and be retried) over the
bundled example articles plus a few hundred generated ones and an unreadable file, then merges the
shards with `newsgraph build --triples` and compares with `newsgraph build` of the same directory.
Installs nothing: skipped with a message when pyspark, Java or the newsgraph binary is missing
(`make test-deps` installs pyspark; `swift build` makes the binary). No network is used.
"""

import importlib.util
import json
import os
import random
import shutil
import subprocess
import sys
import tempfile
import unittest

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.dirname(os.path.dirname(HERE))
SCRIPT = os.path.join(HERE, "extract.py")

sys.path.insert(0, HERE)
import extract  # noqa: E402  (the pure helpers are tested without Spark)


def find_binary():
    """NEWSGRAPH if set, else the release build, else the debug build (what `swift test` leaves)."""
    candidates = [os.environ.get("NEWSGRAPH", "")] + [os.path.join(REPO, ".build", kind, "newsgraph")
                                                      for kind in ("release", "debug")]
    for candidate in candidates:
        if candidate and os.path.isfile(candidate) and os.access(candidate, os.X_OK):
            return candidate
    return None


def missing_requirement():
    if importlib.util.find_spec("pyspark") is None:
        return "pyspark is not installed (make test-deps installs it with pip)"
    if shutil.which("java") is None and not os.environ.get("JAVA_HOME"):
        return "no Java runtime for Spark (java not on PATH, JAVA_HOME unset)"
    if find_binary() is None:
        return "no newsgraph binary (run swift build -c release --product newsgraph, or set NEWSGRAPH)"
    return None


# Invented actors, each with a title the extractor knows, and real countries it knows from its gazetteer.
PEOPLE = ["Marek Olvani", "Sira Kuldane", "Tomas Verhoek", "Anya Belotti", "Joram Essiker", "Lina Dravosh",
          "Pavel Stroganek", "Imre Taskovic", "Nadia Okorafor", "Ruben Altamira", "Elsa Mirkovna", "Dario Fenwick"]
TITLES = ["President", "Prime Minister", "General", "Foreign Minister", "Senator"]
COUNTRIES = ["Niger", "Mali", "France", "Russia", "Nigeria", "Germany", "Brazil", "Kenya", "Japan", "Canada"]
TEMPLATES = [
    "{title} {person} met {title2} {person2} in {place} on {day}.",
    "{country} imposed sanctions on {country2} after the vote.",
    "{title} {person} accused {country} of breaking the agreement.",
    "{country} sent a delegation to {country2} on {day}.",
    "{title} {person} criticised {title2} {person2} over the budget.",
    "{country} condemned {country2} for the border incident.",
    "{surname} later thanked {country} for its support.",
    "{country} withdrew its ambassador from {country2}.",
]
DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"]


def generated_article(rng):
    """Four to seven template sentences about invented people and real countries."""
    sentences = []
    for _ in range(rng.randint(4, 7)):
        person, person2 = rng.sample(PEOPLE, 2)
        country, country2, place = rng.sample(COUNTRIES, 3)
        sentences.append(rng.choice(TEMPLATES).format(
            title=rng.choice(TITLES), title2=rng.choice(TITLES), person=person, person2=person2,
            surname=person.split()[-1], country=country, country2=country2, place=place, day=rng.choice(DAYS)))
    return " ".join(sentences) + "\n"


def write_corpus(root, count):
    rng = random.Random(15)
    os.makedirs(os.path.join(root, "examples"))
    for name in sorted(os.listdir(os.path.join(REPO, "Examples", "articles"))):
        shutil.copy(os.path.join(REPO, "Examples", "articles", name), os.path.join(root, "examples", name))
    for index in range(count):
        folder = os.path.join(root, "generated", "batch-%d" % (index % 3))
        os.makedirs(folder, exist_ok=True)
        with open(os.path.join(folder, "article-%04d.txt" % index), "w", encoding="utf-8") as handle:
            handle.write(generated_article(rng))
    # Unreadable (binary): a skipped-article record on Spark, a --keep-going warning locally.
    with open(os.path.join(root, "generated", "broken.txt"), "wb") as handle:
        handle.write(b"\x00\xff\x00\x01\x02\x03")
    # Not an article kind: left out by both.
    with open(os.path.join(root, "generated", "notes.csv"), "w") as handle:
        handle.write("a,b\n")


class HelperTests(unittest.TestCase):
    """The pure parts of the job, no Spark needed."""

    def test_document_names_follow_a_local_walk(self):
        self.assertEqual(extract.document_name("corpus", "a/b.txt"), "corpus/a/b.txt")
        self.assertEqual(extract.document_name("", "b.txt"), "b.txt")
        record = extract.rename({"kind": "document", "document": "in/a/feed.xml#3"}, "../shared/bbc")
        self.assertEqual(record["document"], "../shared/bbc/a/feed.xml#3")

    def test_only_readable_visible_files_are_shipped(self):
        self.assertTrue(extract.is_readable("politics/001.txt"))
        self.assertTrue(extract.is_readable("dump.JSONL"))
        self.assertTrue(extract.is_readable("feed.xml.gz"))
        self.assertFalse(extract.is_readable("notes.csv"))
        self.assertFalse(extract.is_readable(".hidden/a.txt"))
        self.assertFalse(extract.is_readable("README"))


    def test_an_article_the_binary_dies_on_becomes_a_skipped_record(self):
        work = tempfile.mkdtemp(prefix="newsgraph-spark-fake-")
        self.addCleanup(shutil.rmtree, work, True)
        # A stand-in for newsgraph: dies of SIGSEGV when bad.txt is staged, else records each file.
        fake = os.path.join(work, "fake-newsgraph")
        with open(fake, "w") as handle:
            handle.write('#!/bin/sh\neval dir=\\${$#}\n'
                         'if [ -e "$dir/bad.txt" ]; then kill -SEGV $$; fi\n'
                         'for f in $(cd "$dir" && ls); do printf \'{"kind":"document","document":"in/%s","hash":"h"}\\n\' "$f"; done\n')
        os.chmod(fake, 0o755)
        lines = extract.extract_partition(fake, [], "corpus", [("a.txt", b"A"), ("bad.txt", b"B"), ("c.csv", b"C")])
        records = [json.loads(line) for line in lines]
        self.assertEqual([(r["kind"], r["document"]) for r in records],
                         [("document", "corpus/a.txt"), ("skipped", "corpus/bad.txt")])
        self.assertIn("exited with status -11", records[1]["reason"])


class SparkJobTests(unittest.TestCase):
    """The distributed graph equals the local one."""

    def setUp(self):
        reason = missing_requirement()
        if reason:
            self.skipTest("Spark test skipped: " + reason)
        self.binary = find_binary()
        self.work = tempfile.mkdtemp(prefix="newsgraph-spark-test-")
        self.addCleanup(shutil.rmtree, self.work, True)

    def newsgraph(self, *arguments):
        return subprocess.run([self.binary] + list(arguments), cwd=self.work, stdout=subprocess.PIPE,
                              stderr=subprocess.PIPE, text=True)

    def test_spark_graph_equals_local_build(self):
        write_corpus(os.path.join(self.work, "corpus"), 300)
        local = self.newsgraph("build", "corpus", "--keep-going", "-o", "local.json")
        self.assertEqual(local.returncode, 1, local.stderr)  # the broken article is skipped
        self.assertIn("skipped corpus/generated/broken.txt", local.stderr)

        # A wrapper that kills the Python worker running the first partition, once: Spark must
        # re-run that task (local[2,4] allows retries) and the output must hold no duplicate.
        marker = os.path.join(self.work, "killed-once")
        wrapper = os.path.join(self.work, "newsgraph-flaky")
        with open(wrapper, "w") as handle:
            handle.write('#!/bin/sh\nif mkdir "%s" 2>/dev/null; then kill -9 $PPID; sleep 5; exit 137; fi\n'
                         'exec "%s" "$@"\n' % (marker, self.binary))
        os.chmod(wrapper, 0o755)

        env = dict(os.environ, PYSPARK_PYTHON=sys.executable, PYSPARK_DRIVER_PYTHON=sys.executable,
                   PYSPARK_SUBMIT_ARGS="--master local[2,4] --conf spark.ui.enabled=false "
                                       "--conf spark.ui.showConsoleProgress=false pyspark-shell")
        job = subprocess.run([sys.executable, SCRIPT, "corpus", "--output", "shards", "--binary", wrapper,
                              "--partitions", "6"], cwd=self.work, env=env, stdout=subprocess.PIPE,
                             stderr=subprocess.PIPE, text=True, timeout=600)
        self.assertEqual(job.returncode, 0, job.stderr[-3000:])
        self.assertTrue(os.path.isdir(marker), "the wrapper never killed a worker, so no retry was tested")

        records = []
        for name in sorted(os.listdir(os.path.join(self.work, "shards"))):
            if name.startswith("part-"):
                with open(os.path.join(self.work, "shards", name), encoding="utf-8") as handle:
                    records += [json.loads(line) for line in handle if line.strip()]
        documents = [r["document"] for r in records if r.get("kind") == "document"]
        self.assertEqual(len(documents), len(set(documents)), "a re-run partition duplicated its records")
        self.assertEqual(len(documents), 302)  # 300 generated + 2 examples; notes.csv is not an article
        self.assertIn("corpus/examples/niger-russia.txt", documents)
        skipped = [r for r in records if r.get("kind") == "skipped"]
        self.assertEqual([r["document"] for r in skipped], ["corpus/generated/broken.txt"])

        merged = self.newsgraph("build", "--triples", "shards", "-o", "spark.json")
        self.assertEqual(merged.returncode, 1, merged.stderr)  # reports the skipped article
        self.assertIn("warning: skipped corpus/generated/broken.txt", merged.stderr)
        with open(os.path.join(self.work, "local.json"), "rb") as handle:
            local_bytes = handle.read()
        with open(os.path.join(self.work, "spark.json"), "rb") as handle:
            spark_bytes = handle.read()
        graph = json.loads(local_bytes)
        self.assertGreater(len(graph["edges"]), 100, "the generated corpus must give many relations")
        self.assertEqual(spark_bytes, local_bytes, "the Spark graph differs from the local build")


if __name__ == "__main__":
    unittest.main()
