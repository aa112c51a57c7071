#!/usr/bin/env python3
"""Corpus extraction on Apache Spark: run `newsgraph extract` on every partition of a corpus.

    spark-submit Scripts/spark/extract.py INPUT... --output OUT [--binary PATH] [--partitions N]
    newsgraph build --triples OUT -o graph.json

INPUT is any Spark-readable file or directory (local, HDFS, S3, ...), read recursively. Each
article keeps the document name a local `newsgraph build INPUT` gives it: INPUT as written
(trailing "/" dropped) + "/" + its path below INPUT, or INPUT itself for a file; `--name-prefix`
replaces INPUT in those names (one input only).

Per partition, the articles are written under a temporary directory and one
`newsgraph extract --format jsonl --documents --keep-going` runs over it, so an unreadable
article becomes a {"kind":"skipped",...} record rather than a failed job. If the binary dies
(a crash, not a bad article), the partition is re-run one article at a time and the article it
dies on is recorded as skipped. Shards are written with Spark's own output committer
(`saveAsTextFile`): a task's part file appears only when the task commits, so a re-run
partition never leaves a duplicate, and the merge is set-like anyway.
"""

import argparse
import json
import os
import resource
import shutil
import subprocess
import sys
import tempfile

# The extensions `newsgraph` reads (Sources/Ingest/InputKind.swift); other files are left out
# before shipping them to a subprocess, as a local directory walk leaves them out.
READABLE = {"txt", "html", "htm", "xhtml", "xml", "rss", "atom", "json", "jsonl", "ndjson", "gz"}

# The directory inside a partition's temporary directory that articles are written under.
STAGE = "in"


def is_readable(relative):
    """True when a local directory walk would take this file (known extension, no hidden part)."""
    parts = relative.split("/")
    if any(part.startswith(".") for part in parts):
        return False
    name = parts[-1]
    dot = name.rfind(".")
    return dot > 0 and name[dot + 1:].lower() in READABLE


def document_name(prefix, relative):
    """The name a local build gives the file `relative` below the input named `prefix`."""
    if relative == "":
        return prefix
    return relative if prefix == "" else prefix + "/" + relative


def rename(record, prefix):
    """Turns a staged name (in/REL or in/REL#N) back into the article's document name."""
    name = record.get("document")
    if isinstance(name, str) and name.startswith(STAGE + "/"):
        record["document"] = document_name(prefix, name[len(STAGE) + 1:])
    return record


def run_extract(binary, workdir, extra, articles):
    """Runs one extract over the staged `articles` [(relative, bytes)]; returns (status, stdout, stderr)."""
    stage = os.path.join(workdir, STAGE)
    shutil.rmtree(stage, ignore_errors=True)
    for relative, content in articles:
        path = os.path.join(stage, relative)
        os.makedirs(os.path.dirname(path), exist_ok=True)
        with open(path, "wb") as handle:
            handle.write(content)
    command = [binary, "extract", "--format", "jsonl", "--documents", "--keep-going"] + extra + [STAGE]
    done = subprocess.run(command, cwd=workdir, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    return done.returncode, done.stdout.decode("utf-8"), done.stderr.decode("utf-8", "replace")


def accounted(stdout, articles):
    """True when every staged article has its document or skipped record (so the run finished)."""
    seen = set()
    for line in stdout.splitlines():
        record = json.loads(line)
        if record.get("kind") in ("document", "skipped"):
            seen.add(record["document"])
    return all(STAGE + "/" + relative in seen for relative, _ in articles)


def last_line(text):
    lines = [line for line in text.splitlines() if line.strip()]
    return lines[-1] if lines else "no message"


def extract_partition(binary, extra, prefix, articles):
    """The JSON lines for one partition's articles [(relative, bytes)], document names restored."""
    articles = [(relative, content) for relative, content in articles if is_readable(relative)]
    if not articles:
        return []
    workdir = tempfile.mkdtemp(prefix="newsgraph-spark-")
    try:
        status, stdout, stderr = run_extract(binary, workdir, extra, articles)
        # 0: all read; 1: some skipped, each with its record; 2: a usage error, the same for every
        # article, so the job must fail. Anything else (a signal) is the binary dying on some article.
        if status in (0, 1) and accounted(stdout, articles):
            outputs = [stdout]
        elif status in (0, 1, 2):
            raise RuntimeError("newsgraph extract exited %d without a record for every article: %s"
                               % (status, last_line(stderr)))
        else:
            outputs = []
            for article in articles:
                status, stdout, stderr = run_extract(binary, workdir, extra, [article])
                if status in (0, 1) and accounted(stdout, [article]):
                    outputs.append(stdout)
                else:
                    reason = "newsgraph extract exited with status %d: %s" % (status, last_line(stderr))
                    outputs.append(json.dumps({"kind": "skipped", "document": STAGE + "/" + article[0],
                                               "reason": reason}) + "\n")
        lines = []
        for output in outputs:
            for line in output.splitlines():
                lines.append(json.dumps(rename(json.loads(line), prefix), ensure_ascii=False, sort_keys=True,
                                        separators=(",", ":")))
        return lines
    finally:
        shutil.rmtree(workdir, ignore_errors=True)


def resolve_binary(binary):
    """The binary as the executor sees it: a path, a file shipped with --files, or a name on PATH."""
    if os.path.isfile(binary):
        return os.path.abspath(binary)
    try:
        from pyspark import SparkFiles
        shipped = SparkFiles.get(os.path.basename(binary))
        if os.path.isfile(shipped):
            return shipped
    except Exception:  # no SparkContext on this side, or not shipped: fall through to PATH
        pass
    found = shutil.which(binary)
    if found:
        return found
    raise RuntimeError("cannot find the newsgraph binary %r on this executor" % binary)


def parse_args(argv):
    parser = argparse.ArgumentParser(description="Extract NewsGraph triples from a corpus on Spark.")
    parser.add_argument("inputs", nargs="+", metavar="INPUT", help="article files or directories (any Spark path)")
    parser.add_argument("--output", required=True, help="directory to write triple shards to (must not exist)")
    parser.add_argument("--binary", default="newsgraph",
                        help="newsgraph binary: a path on every executor, a file shipped with --files/--archives, "
                             "or a name on PATH (default: newsgraph)")
    parser.add_argument("--name-prefix", help="document names start with this instead of INPUT (one input only)")
    parser.add_argument("--partitions", type=int, default=0,
                        help="partitions to extract in (default: 4 per default-parallelism slot)")
    parser.add_argument("--open", action="store_true", help="Open IE mode (newsgraph extract --open)")
    parser.add_argument("--json-field", action="append", default=[], metavar="FIELD=KEY",
                        help="passed to newsgraph extract --json-field (repeatable)")
    args = parser.parse_args(argv)
    if args.name_prefix is not None and len(args.inputs) != 1:
        parser.error("--name-prefix needs exactly one input")
    if args.partitions < 0:
        parser.error("--partitions must be at least 1")
    return args


def main(argv):
    args = parse_args(argv)
    from pyspark.sql import SparkSession

    spark = SparkSession.builder.appName("newsgraph-extract").getOrCreate()
    sc = spark.sparkContext
    jvm, conf = sc._jvm, sc._jsc.hadoopConfiguration()
    out_path = jvm.org.apache.hadoop.fs.Path(args.output)
    if out_path.getFileSystem(conf).exists(out_path):
        print("error: output %s already exists" % args.output, file=sys.stderr)
        return 1

    extra = ["--open"] if args.open else []
    for setting in args.json_field:
        extra += ["--json-field", setting]
    binary = args.binary

    keyed = None
    for given in args.inputs:
        path = jvm.org.apache.hadoop.fs.Path(given)
        fs = path.getFileSystem(conf)
        if not fs.exists(path):
            print("error: no such file or directory: %s" % given, file=sys.stderr)
            return 1
        root = fs.makeQualified(path).toString().rstrip("/")
        prefix = args.name_prefix if args.name_prefix is not None else given.rstrip("/")
        if fs.isFile(path):
            # A file keeps its name as given: stage it by its base name below the prefix's directory.
            base = root.rsplit("/", 1)[-1]
            root = root[: -len(base) - 1]
            prefix = prefix[: -len(base) - 1] if prefix.endswith("/" + base) else ""
        files = (spark.read.format("binaryFile").option("recursiveFileLookup", "true").load(given)
                 .select("path", "content").rdd)

        def relative(row, root=root, prefix=prefix):
            full = row.path
            rel = full[len(root) + 1:] if full.startswith(root + "/") else full.rsplit("/", 1)[-1]
            return prefix, rel, bytes(row.content)

        mapped = files.map(relative)
        keyed = mapped if keyed is None else keyed.union(mapped)

    partitions = args.partitions or 4 * sc.defaultParallelism
    # The CPU time of the newsgraph subprocesses and the articles they read, over committed tasks only:
    # the cost of extraction itself, apart from Spark's, for projecting a cluster's core-hours.
    cpu_seconds, articles = sc.accumulator(0.0), sc.accumulator(0)

    def run(rows):
        executable = resolve_binary(binary)
        by_prefix = {}
        for prefix, rel, content in rows:
            by_prefix.setdefault(prefix, []).append((rel, content))
        for prefix in sorted(by_prefix):
            before = resource.getrusage(resource.RUSAGE_CHILDREN)
            lines = extract_partition(executable, extra, prefix, sorted(by_prefix[prefix]))
            after = resource.getrusage(resource.RUSAGE_CHILDREN)
            cpu_seconds.add(after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime)
            articles.add(sum(1 for line in lines if '"kind":"document"' in line or '"kind":"skipped"' in line))
            for line in lines:
                yield line

    keyed.repartition(partitions).mapPartitions(run).saveAsTextFile(args.output)
    print("newsgraph-spark: %d articles, %.1f s of newsgraph CPU time" % (articles.value, cpu_seconds.value),
          file=sys.stderr)
    spark.stop()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
