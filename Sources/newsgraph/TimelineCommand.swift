import ArgumentParser
import Graph

/// `newsgraph timeline A [B] --graph FILE`: an actor's (or a pair's) statements in date order.
struct TimelineCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "timeline",
        abstract: "Print an actor's statements, or those between two actors, in date order.",
        discussion: """
            One line per statement, tab-separated: date, subject, relation, object, document, evidence \
            sentence. The date is the time the sentence states (FIRST..LAST for a stated interval such as \
            "in February"), else the publication date; statements with neither come last, marked undated. \
            With B, only the statements between A and B (either direction). -o draws the statements as a \
            left-to-right chain (.svg, .png or .pdf). Exit status: 0 on success, 1 on unreadable graphs or \
            when no statement is left, 2 for an unknown actor (closest names suggested) or a bad date.
            """
    )

    @Argument(help: "The actor whose statements to list.")
    var actor: String

    @Argument(help: "Only statements between the actor and this one.")
    var other: String?

    @OptionGroup var graphOptions: GraphOptions

    @OptionGroup var statements: StatementOptions

    @Option(name: [.short, .customLong("output")], help: ArgumentHelp("Also draw the timeline (.svg, .png or .pdf).", valueName: "file"))
    var output: String?

    func run() throws {
        try reportingErrors {
            if let output {
                _ = try TimelineDiagram.format(of: output)
                try AtomicFile.checkWritable(output)
            }
            // Without a statement filter only the actors' own statements are read from a native file.
            let whole = try graphOptions.load(lazily: try statements.filter().keepsAll)
            var graph = try statements.apply(to: whole)
            let first = try statements.locate(actor, in: whole, view: graph)
            let second = try other.map { try statements.locate($0, in: whole, view: graph) }
            graph = try graph.readingEvidence(around: [first] + (second.map { [$0] } ?? []))
            let entries = graph.timeline(of: first, with: second)
            let names = [first] + (second.map { [$0] } ?? [])
            let title = "Timeline of " + names.map { graph.nodes[$0.index].name }.joined(separator: " and ")
            guard !entries.isEmpty else { throw CLIError("no statements recorded for \(title.dropFirst("Timeline of ".count))") }
            Console.out(entries.map { $0.line + "\n" }.joined())
            if let output { try TimelineDiagram.write(entries, title: title, to: output) }
        }
    }
}
