import Foundation
import ArgumentParser
import Extraction
import Graph
import Graphviz

/// `newsgraph build PATH... -o FILE`: extract and merge into one graph file.
struct BuildCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "build",
        abstract: "Extract triples from articles (or read ready-made triples) and merge them into one actor graph file.",
        discussion: """
            The output extension picks the format: .ngraph (NewsGraph's native binary graph, fastest to query), .json (NewsGraph's lossless interchange format), .dot, a picture rendered \
            by Graphviz (.svg, .png, .pdf), or any `export` format. The file is written whole or not at all. \
            Articles are extracted on --jobs threads and merged in input order, so the graph is the same for any \
            number of jobs. On a terminal a progress bar shows on stderr. --triples reads TSV (header line naming \
            the columns) or JSON Lines in the `extract` format, metadata columns (title, date, url, outlet) included; \
            any other column is kept on each statement's evidence as an attribute (and named in a note). \
            Pages, feeds and JSON dumps are read with their metadata, which every triple's evidence keeps; each item \
            of a feed or dump is its own document, named FILE#N (Nth item, or line N of a JSON Lines dump). \
            --since, --until, --outlet and --document keep only the matching statements of the articles and \
            triples read (a graph read with --append is kept whole).
            """
    )

    @Argument(help: ArgumentHelp(ArticleOptions.pathHelp, valueName: "path"))
    var paths: [String] = []

    @Option(name: .customLong("json-field"), help: ArgumentHelp(ArticleOptions.jsonFieldHelp, valueName: "field=key"))
    var jsonFields: [String] = []

    @Flag(help: "Open IE mode: keep triples whose arguments are any noun phrases.")
    var open = false

    @Option(name: [.short, .customLong("output")], help: ArgumentHelp("The graph file to write (.ngraph, .json, .dot, .svg, .png, .pdf, …).", valueName: "file"))
    var output: String

    @Flag(help: "Add to the graph already in the output file (.ngraph, .json or .dot): an article it already holds is skipped when unchanged and replaced when changed. A .ngraph file's evidence is kept as it is, not read or rewritten.")
    var append = false

    @OptionGroup var identity: IdentityOptions

    @OptionGroup var statements: StatementOptions

    @Option(help: ArgumentHelp("Read triples from a .tsv or .jsonl file in the extract format, or every .jsonl, .tsv and part-* file under a directory (repeatable).", valueName: "path"))
    var triples: [String] = []

    @Flag(help: "Skip articles that cannot be read (binary, undecodable) with a warning and go on; the graph is still written, and the exit status is 1 if any was skipped.")
    var keepGoing = false

    @Option(help: ArgumentHelp("Extraction threads (default: all cores).", valueName: "n"))
    var jobs: Int = ProcessInfo.processInfo.activeProcessorCount

    @Option(help: "Layout engine for pictures: dot, neato, fdp, sfdp or circo.")
    var layout: LayoutEngine = .dot

    func validate() throws {
        guard !paths.isEmpty || !triples.isEmpty else {
            throw ValidationError("Give at least one article path, a directory, - for stdin, or --triples FILE.")
        }
        guard jobs >= 1 else { throw ValidationError("--jobs must be at least 1, not \(jobs).") }
    }

    func run() throws {
        try reportingErrors {
            // Everything about the inputs and output is checked before any article is read.
            let kind = try GraphFileKind(path: output)
            if append, !GraphFileKind.readable.contains(kind) {
                throw CLIError("--append needs a .ngraph, .json or .dot output, not \(output)", status: ExitStatus.usage)
            }
            try AtomicFile.checkWritable(output)
            try checkInputsExist()
            let ingestor = try ArticleReader.ingestor(jsonFields: jsonFields)
            let tripleFiles = try TripleFiles.expand(triples)
            let filter = try statements.filter()
            if try compactBuild(kind: kind, tripleFiles: tripleFiles, filter: filter) { return }
            var graph = KnowledgeGraph()
            // A native file is appended to without loading its evidence (see `NativeAppend`): what is read now
            // goes into a graph of its own, which knows the file's documents so unchanged articles are skipped.
            var nativeBase: NativeGraph?
            if append, FileManager.default.fileExists(atPath: output) {
                if ProcessInfo.processInfo.environment["NEWSGRAPH_APPEND_REWRITE"] != "1", let file = try GraphStore.openNative(output) {
                    nativeBase = file
                    graph.documents = try file.documents()
                } else {
                    graph = try GraphStore.load(output)
                }
            }
            graph.identity = try identity.rules()
            // Articles the extractor skipped, as recorded in the triples: reported, never merged.
            var recorded = TripleImport.Summary()
            // A native graph takes the statements in batches (a triples file or an article at a time), so their
            // evidence is never all in memory.
            let spill = kind == .ngraph ? NativeSpill(output: output, base: nativeBase, rules: graph.identity) : nil
            for (path, format) in tripleFiles {
                let summary = try graph.importTriples(try Self.read(path), format: format, path: path, filter: filter)
                recorded.documents += summary.documents
                recorded.skipped += summary.skipped
                // Said once per file, so a misspelt header ("evidnce") is seen rather than silently kept.
                if !summary.extraColumns.isEmpty {
                    let names = summary.extraColumns.map { "'\($0)'" }.joined(separator: ", ")
                    Console.error("note: \(path): kept \(names) as edge attribute\(summary.extraColumns.count == 1 ? "" : "s")")
                }
                try spill?.checkpoint(&graph, replaced: [])
            }
            for (name, reason) in recorded.skipped { Console.error("warning: skipped \(name): \(reason)") }
            var skipped = SkippedArticles(keepGoing: keepGoing), articleCount = 0, unknownFiles: [String] = [], replaced: [String] = []
            if !paths.isEmpty {
                let source = try TripleSource(mode: open ? .open : .actors, sentencePerLine: false)
                let bar = ProgressBar(total: ProgressBar.isTerminal ? Self.countArticles(paths) : nil)
                defer { bar.finish() }
                let builder = CorpusBuilder(source: source, ingestor: ingestor, paths: paths, jobs: jobs, keepGoing: keepGoing,
                                            known: graph.documents, filter: filter)
                articleCount = try builder.build(into: &graph, progress: { bar.advance(words: $0) }) { graph, replaced in
                    try spill?.checkpoint(&graph, replaced: replaced)
                }
                skipped = builder.skipped
                unknownFiles = builder.unknownFiles
                replaced = builder.replaced
            }
            // After the progress bar has finished, so the line stands on its own.
            if let summary = UnknownFiles.summary(unknownFiles) { Console.error("warning: \(summary)") }
            graph.dropRecordIndex()
            // Onto a native file (the output appended to, or the batches written so far) by the native append.
            let appended = try spill?.lastBatch(graph, replaced: replaced)
            graph = appended?.graph ?? graph.canonicalized()
            if graph.edges.isEmpty { Console.error("warning: no relations between actors were found in the input") }
            if let spill, let appended {
                try spill.write(appended)
            } else {
                try GraphStore.save(graph, to: output, layout: layout)
            }
            let actors = graph.nodes.count, relations = graph.edges.count
            Console.error("wrote \(output): \(actors) actor\(actors == 1 ? "" : "s"), \(relations) relation\(relations == 1 ? "" : "s")")
            if !recorded.skipped.isEmpty {
                let total = recorded.documents + recorded.skipped.count
                Console.error("error: the triples record \(recorded.skipped.count) of \(total) article\(total == 1 ? "" : "s") as skipped")
                throw ExitCode(ExitStatus.failure)
            }
            try skipped.finish(of: articleCount)
        }
    }

    /// Every named article path and triples file exists, and stdin is named at most once.
    private func checkInputsExist() throws {
        guard paths.filter({ $0 == "-" }).count <= 1 else {
            throw CLIError("standard input (-) can be read only once", status: ExitStatus.usage)
        }
        for path in paths + triples where path != "-" && !FileManager.default.fileExists(atPath: path) {
            throw CLIError("no such file or directory: \(path)")
        }
    }

    /// The file's bytes; `mapped` maps the file rather than copying it (the compact build reads a large
    /// TSV once from two threads, so its pages are faulted in there instead of copied first on one).
    static func read(_ path: String, mapped: Bool = false) throws -> Data {
        do {
            return try Data(contentsOf: URL(fileURLWithPath: path), options: mapped ? .alwaysMapped : .mappedIfSafe)
        } catch {
            throw CLIError("cannot read \(path): \(ArticleReader.reason(error))")
        }
    }

    /// How many articles the paths name (a walk over names only), for the progress bar's total.
    static func countArticles(_ paths: [String]) -> Int {
        var walker = ArticleWalker(paths: paths), count = 0
        while walker.next() != nil { count += 1 }
        return count
    }
}

extension LayoutEngine: ExpressibleByArgument {}
