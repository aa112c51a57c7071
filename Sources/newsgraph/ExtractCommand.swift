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

    @Argument(help: ArgumentHelp("Article files, directories (read recursively for *.txt) or - for stdin.", valueName: "path"))
    var paths: [String]

    @Option(help: "Output format: tsv or jsonl.")
    var format: TripleTable.Format = .tsv

    @Flag(help: "Open IE mode: keep triples whose arguments are any noun phrases, and add a confidence column.")
    var open = false

    @Flag(help: "Treat each input line as one sentence, numbered from 0.")
    var sentences = false

    func validate() throws {
        guard !paths.isEmpty else { throw ValidationError("Give at least one article path, a directory, or - for stdin.") }
    }

    func run() throws {
        try reportingErrors {
            let inputs = try InputCollector.collect(paths)
            let source = try TripleSource(mode: open ? .open : .actors, sentencePerLine: sentences)
            let table = TripleTable(format: format, withConfidence: open)
            for (index, input) in inputs.enumerated() {
                let text = try ArticleReader.text(of: input)
                // The header waits for the first readable article, so a bad lone input prints nothing.
                if index == 0 { Console.out(table.preamble) }
                Console.out(table.lines(try source.triples(in: text, document: input.name)))
            }
        }
    }
}
