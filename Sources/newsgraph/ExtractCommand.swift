import ArgumentParser
import Extraction

/// `newsgraph extract PATH...`: triples to stdout.
struct ExtractCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "extract",
        abstract: "Print the triples stated in articles, as TSV (with one header line) or JSON lines.",
        discussion: """
            Columns: \(TripleTable.columns.joined(separator: " ")) (and confidence with --open). \
            sentence is the 0-based sentence index, start/end its Unicode-scalar offsets, evidence its text.
            """
    )

    @OptionGroup var articles: ArticleOptions

    @Option(help: "Output format: tsv or jsonl.")
    var format: TripleTable.Format = .tsv

    @Flag(help: "Treat each input line as one sentence, numbered from 0.")
    var sentences = false

    func run() throws {
        try reportingErrors {
            let inputs = try articles.collect()
            let source = try TripleSource(mode: articles.mode, sentencePerLine: sentences)
            let table = TripleTable(format: format, withConfidence: articles.open)
            var skipped = SkippedArticles(keepGoing: articles.keepGoing)
            var printedHeader = false
            for input in inputs {
                let lines: String
                do {
                    lines = table.lines(try source.triples(in: try ArticleReader.text(of: input), document: input.name))
                } catch {
                    try skipped.skip(input.name, because: error)
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
