import Foundation
import Extraction
import Graph
import Ingest

/// Extracts articles on several threads and merges their triples into a graph in input order,
/// so the graph is byte-for-byte the same whatever the number of jobs.
///
/// Workers pull articles from one lazy walker; at most `window` articles are read but not yet
/// merged, which bounds memory however large the corpus is.
final class CorpusBuilder: @unchecked Sendable {
    /// What one article gave: its triples, decoding warnings and word count, or the error that stopped it.
    private struct Outcome {
        var triples: [Triple] = []
        var warnings: [String] = []
        var words = 0
        var name = ""
        /// A fingerprint of the article's bytes, kept in the graph's document table.
        var hash = ""
        /// True when the graph already holds this article with the same content.
        var unchanged = false
        var error: (any Error)?
    }

    private let source: TripleSource
    /// Which statements are merged (`build --since` and the like).
    private let filter: StatementFilter
    /// Documents the graph already holds, with their content hashes (for `--append`).
    private let known: [String: String]
    private let ingestor: Ingestor
    private let jobs: Int
    private let window: Int
    // Everything below is guarded by `condition`.
    private let condition = NSCondition()
    private var walker: ArticleWalker
    private var nextToTake = 0
    private var nextToMerge = 0
    private var walkerDone = false
    private var stopped = false
    private var finished: [Int: Outcome] = [:]
    private var running = 0
    /// Articles that could not be read; touched only by the thread running `build`.
    private(set) var skipped: SkippedArticles
    /// Inputs the graph held before and that changed: their earlier statements were dropped (complete once
    /// `build` returns). A native append drops them from the file's part of the graph the same way.
    private(set) var replaced: [String] = []

    init(source: TripleSource, ingestor: Ingestor, paths: [String], jobs: Int, keepGoing: Bool = false, known: [String: String] = [:],
         filter: StatementFilter = .all) {
        self.source = source
        self.filter = filter
        self.ingestor = ingestor
        self.known = known
        skipped = SkippedArticles(keepGoing: keepGoing)
        self.jobs = max(1, jobs)
        window = 4 * max(1, jobs)
        walker = ArticleWalker(paths: paths)
    }

    /// Files under the directory arguments that were skipped as of unknown type, in walk order (complete once `build` returns).
    var unknownFiles: [String] {
        condition.lock()
        defer { condition.unlock() }
        return walker.unknown
    }

    /// Runs the extraction, merging into `graph` article by article; `progress` sees each merged article's word count.
    /// Returns how many articles were read (merged or skipped). The first failing article, in input order,
    /// stops the build unless the builder keeps going, when it is skipped with a warning.
    /// `checkpoint` sees the graph after each merged article, with the inputs replaced so far (a native
    /// build moves full batches to its file there).
    func build(into graph: inout KnowledgeGraph, progress: (Int) -> Void,
               checkpoint: (inout KnowledgeGraph, [String]) throws -> Void = { _, _ in }) throws -> Int {
        condition.lock()
        running = jobs
        condition.unlock()
        for _ in 0..<jobs {
            let thread = Thread { [self] in work() }
            thread.stackSize = 8 << 20
            thread.start()
        }
        defer { stopAndWait() }
        var merged = 0
        while true {
            condition.lock()
            while finished[nextToMerge] == nil, !(walkerDone && nextToMerge >= nextToTake) { condition.wait() }
            guard let outcome = finished.removeValue(forKey: nextToMerge) else {
                let failure = walker.failure
                condition.unlock()
                if let failure { throw failure }
                return merged
            }
            nextToMerge += 1
            condition.broadcast()
            condition.unlock()
            for warning in outcome.warnings { Console.error("warning: \(warning)") }
            if let error = outcome.error {
                try skipped.skip(outcome.name, because: error)
                merged += 1
                progress(0)
                continue
            }
            // An article already in the graph is skipped when unchanged and replaced when changed.
            if !outcome.unchanged {
                if graph.documents[outcome.name] != nil {
                    graph = graph.removingDocuments(of: outcome.name)
                    replaced.append(outcome.name)
                }
                graph.add(outcome.triples.lazy.filter { self.filter.keeps($0.evidence) })
                if outcome.name != "-" { graph.documents[outcome.name] = outcome.hash }
            }
            merged += 1
            progress(outcome.words)
            try checkpoint(&graph, replaced)
        }
    }

    private func stopAndWait() {
        condition.lock()
        stopped = true
        condition.broadcast()
        while running > 0 { condition.wait() }
        condition.unlock()
    }

    /// One worker: take the next article (waiting while the window is full), extract, hand back.
    private func work() {
        while true {
            condition.lock()
            while !stopped, !walkerDone, nextToTake >= nextToMerge + window { condition.wait() }
            guard !stopped, !walkerDone, let input = walker.next() else {
                walkerDone = true
                running -= 1
                condition.broadcast()
                condition.unlock()
                return
            }
            let index = nextToTake
            nextToTake += 1
            condition.unlock()
            let outcome = extract(input)
            condition.lock()
            finished[index] = outcome
            condition.broadcast()
            condition.unlock()
        }
    }

    private func extract(_ input: ArticleInput) -> Outcome {
        var outcome = Outcome()
        outcome.name = input.name
        do {
            let bytes = try ArticleReader.bytes(of: input)
            outcome.hash = ContentHash.of(bytes)
            if let previous = known[input.name], previous == outcome.hash {
                outcome.unchanged = true
                return outcome
            }
            // A feed or dump is one input of many articles: they are merged together, in item order.
            let read = try ingestor.read(bytes, path: input.url?.path, name: input.name)
            outcome.warnings = read.warnings
            for article in read.articles {
                outcome.words += Self.wordCount(article.text)
                outcome.triples += try source.triples(in: article)
            }
        } catch {
            outcome.error = error
        }
        return outcome
    }

    /// Whitespace-separated words, for the progress rate.
    static func wordCount(_ text: String) -> Int {
        var count = 0, inWord = false
        for byte in text.utf8 {
            let space = byte == 0x20 || byte == 0x0A || byte == 0x09 || byte == 0x0D
            if !space, !inWord { count += 1 }
            inWord = !space
        }
        return count
    }
}
