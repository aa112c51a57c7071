import Foundation
import Graph

/// A corpus build into a `.ngraph` file that moves what it has merged into a working file whenever the
/// graph in memory reaches `limit` relations: the statements go into the file's evidence (see
/// `NativeAppend`) and the graph in memory starts again empty, so no more than one batch's evidence is
/// held as strings however large the corpus. The working file lies beside the output; the output is
/// written only when the build has finished (the last batch appended to the working file, or to the
/// output opened for `--append` when there was no batch), so a failed build leaves it as it was.
///
/// Each batch re-resolves identity over every record so far, as one build would, so the file is the
/// graph one build gives; the cost is one identity pass over the records a batch.
final class NativeSpill {
    /// The output, then the working file once the first batch is written.
    private let output: String
    private let work: String
    private let limit: Int
    private let rules: IdentityRules
    /// The graph written so far: the output being appended to, or the working file.
    private(set) var file: NativeGraph?
    /// How many of the builder's replaced inputs the file has already dropped.
    private var droppedCount = 0
    /// How many batches went to the working file.
    private(set) var batches = 0

    /// Relations in memory that start a new batch: NEWSGRAPH_SPILL_RELATIONS, or 250,000 (a few hundred
    /// megabytes of evidence).
    static var defaultLimit: Int {
        ProcessInfo.processInfo.environment["NEWSGRAPH_SPILL_RELATIONS"].flatMap(Int.init).map { max(1, $0) } ?? 250_000
    }

    /// `base` is the output opened for `--append` (nil for a new graph).
    init(output: String, base: NativeGraph?, rules: IdentityRules, limit: Int = NativeSpill.defaultLimit) {
        self.output = output
        let url = URL(fileURLWithPath: output)
        work = url.deletingLastPathComponent()
            .appendingPathComponent(".\(url.lastPathComponent).\(ProcessInfo.processInfo.processIdentifier).batches.ngraph").path
        self.limit = limit
        self.rules = rules
        file = base
    }

    deinit {
        // A build that failed or finished leaves no working file behind.
        if FileManager.default.fileExists(atPath: work) { try? FileManager.default.removeItem(atPath: work) }
    }

    /// Moves `graph` into the working file when it holds `limit` relations or more; `replaced` is the
    /// builder's list so far of inputs whose earlier statements were dropped.
    func checkpoint(_ graph: inout KnowledgeGraph, replaced: [String]) throws {
        guard graph.edges.count >= limit else { return }
        try flush(&graph, replaced: replaced)
    }

    /// Moves `graph` into the working file, and leaves it empty but for the file's documents.
    func flush(_ graph: inout KnowledgeGraph, replaced: [String]) throws {
        graph.dropRecordIndex()
        if let file {
            let appended = try NativeAppend(file: file, adding: graph, replacing: Array(replaced.dropFirst(droppedCount)))
            try BuildCommand.writeNative(to: work) { try appended.write(to: &$0) }
        } else {
            try GraphStore.save(graph.canonicalized(), to: work)
        }
        droppedCount = replaced.count
        batches += 1
        let opened = try GraphStore.openNative(work)
        file = opened
        var next = KnowledgeGraph()
        next.identity = rules
        next.documents = try opened?.documents() ?? [:]
        graph = next
    }

    /// The last batch appended to the file (the output appended to, or the working file): nil when there
    /// is no file yet, and the graph is written whole as ever.
    func lastBatch(_ graph: KnowledgeGraph, replaced: [String]) throws -> NativeAppend? {
        guard let file else { return nil }
        return try NativeAppend(file: file, adding: graph, replacing: Array(replaced.dropFirst(droppedCount)))
    }

    /// Writes `appended` to the output. An append onto the output itself (no batches) that leaves most of
    /// its earlier evidence dead rewrites it whole, so repeated appends cannot grow it without bound; a
    /// build in batches never loads the whole graph.
    func write(_ appended: NativeAppend) throws {
        try BuildCommand.writeNative(to: output) { try appended.write(to: &$0) }
        guard batches == 0, appended.leavesMostlyDeadItems else { return }
        Console.error("note: \(output): most of its earlier evidence was replaced; rewriting the file whole")
        try GraphStore.save(try GraphStore.load(output), to: output)
    }
}
