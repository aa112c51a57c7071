import ArgumentParser
import Extraction
import Graph
import Ingest

/// `newsgraph extract PATH...`: triples to stdout.
struct ExtractCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "extract",
        abstract: "Print the triples stated in articles, as TSV (with one header line) or JSON lines.",
        discussion: """
            Columns: \(TripleTable.columns.joined(separator: " ")) (and confidence with --open). \
            sentence is the 0-based sentence index, start/end its Unicode-scalar offsets, evidence its text. \
            When any input is a page, feed or dump (not .txt), or with --metadata, TSV adds the trailing columns \
            \(TripleTable.metadataColumns.joined(separator: " ")); JSONL objects carry those keys whenever the article has them. \
            event_start and event_end (YYYY-MM-DD, inclusive) and event_phrase give the time the sentence states \
            ("in February", "last week", "in 2004"), resolved against the publication date; relative phrases need \
            one, and a sentence stating several different times gets none. \
            Each item of a feed or dump is its own document, FILE#N: the Nth item of a feed or JSON array, or the \
            record on line N of a JSON Lines dump. JSONL objects also carry subject_aliases, object_aliases (lists) \
            and subject_attributes, object_attributes (objects) when the actor has any. With --documents (JSONL only), \
            each input read adds {"kind":"document","document":NAME,"hash":HASH} after its triples and, with \
            --keep-going, each unreadable one {"kind":"skipped","document":NAME,"reason":WHY}, so that \
            `build --triples` of the output writes the same graph file as `build` of the articles.
            """
    )

    @OptionGroup var articles: ArticleOptions

    @Option(help: "Output format: tsv or jsonl.")
    var format: TripleTable.Format = .tsv

    @Flag(help: "Treat each input line as one sentence, numbered from 0.")
    var sentences = false

    @Flag(help: "Add the title, date, url, outlet and event_* columns to TSV even when every input is .txt or stdin.")
    var metadata = false

    @Flag(help: "JSONL only: add a document record (name, content hash) per input read and a skipped record per input skipped.")
    var documents = false

    func validate() throws {
        guard !documents || format == .jsonl else { throw ValidationError("--documents needs --format jsonl.") }
    }

    func run() throws {
        try reportingErrors {
            let ingestor = try ArticleReader.ingestor(jsonFields: articles.jsonFields)
            let inputs = try articles.collect()
            let source = try TripleSource(mode: articles.mode, sentencePerLine: sentences)
            // Decided from the names alone, before any output, so .txt-only runs print exactly what they always did.
            let withMetadata = metadata || inputs.contains { $0.url.flatMap { InputKind(path: $0.path) }.map { $0 != .text } ?? false }
            let table = TripleTable(format: format, withConfidence: articles.open, withMetadata: withMetadata)
            var skipped = SkippedArticles(keepGoing: articles.keepGoing)
            var printedHeader = false
            for input in inputs {
                var lines = ""
                do {
                    let bytes = try ArticleReader.bytes(of: input)
                    let read = try ingestor.read(bytes, path: input.url?.path, name: input.name)
                    for warning in read.warnings { Console.error("warning: \(warning)") }
                    for article in read.articles { lines += table.lines(try source.triples(in: article)) }
                    // As `build` does: stdin has no name to keep in the document table.
                    if documents, input.name != "-" { lines += TripleTable.documentRecord(name: input.name, hash: ContentHash.of(bytes)) }
                } catch {
                    try skipped.skip(input.name, because: error)
                    if documents { Console.out(TripleTable.skippedRecord(name: input.name, reason: "\(error)")) }
                    continue
                }
                // The header waits for the first readable article, so a bad lone input prints nothing.
                if !printedHeader { Console.out(table.preamble); printedHeader = true }
                Console.out(lines)
            }
            try skipped.finish(of: inputs.count)
        }
    }
}
