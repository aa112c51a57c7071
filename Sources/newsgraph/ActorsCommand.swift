import ArgumentParser
import Foundation
import Graph

/// `newsgraph actors --graph FILE [--grep X]`: list actors with their names, types and joins.
struct ActorsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "actors",
        abstract: "List actors with their type, document count, the names articles gave them and the rule that joined each name.",
        discussion: """
            Use it to check a doubtful merge, then fix it with an --aliases file (`!distinct A B` or `!same A B`) \
            and rebuild. Rules: aliases file, curated variant, gazetteer, acronym with expansion, same name, name \
            variant (case, dots, honorifics, middle initials), one document (descriptions and bare surnames, which \
            never join another article's actor).
            """
    )

    @OptionGroup var graphOptions: GraphOptions

    @Option(help: ArgumentHelp("Only actors whose name, alias or key contains this text (ignoring case).", valueName: "text"))
    var grep: String?

    @Option(help: "Output format: text or tsv.")
    var format: ActorsFormat = .text

    @OptionGroup var identity: IdentityOptions

    enum ActorsFormat: String, ExpressibleByArgument, CaseIterable {
        case text, tsv
    }

    func run() throws {
        try reportingErrors {
            // Actors are reported from their records alone: a native file's evidence stays on disk.
            let graph = try identity.apply(to: try graphOptions.loadActors())
            let reports = graph.actorReports(matching: grep)
            if reports.isEmpty, let grep { throw CLIError("no actor's name, alias or key contains '\(grep)'", status: ExitStatus.failure) }
            Console.out(format == .tsv ? Self.tsv(reports) : Self.text(reports))
        }
    }

    static func text(_ reports: [ActorReport]) -> String {
        reports.map { report in
            let plural = report.documents == 1 ? "" : "s"
            var lines = ["\(report.name) (\(report.type.rawValue)): \(report.documents) document\(plural), key \(report.key)"]
            for joined in report.names {
                lines.append("  \(joined.name)  [\(joined.rule.rawValue), \(joined.documents) doc\(joined.documents == 1 ? "" : "s")]")
            }
            if !report.aliases.isEmpty { lines.append("  aliases: " + report.aliases.joined(separator: ", ")) }
            return lines.joined(separator: "\n") + "\n"
        }.joined()
    }

    static func tsv(_ reports: [ActorReport]) -> String {
        let header = "name\ttype\tdocuments\tkey\tnames\taliases\n"
        return header + reports.map { report in
            let names = report.names.map { "\($0.name) [\($0.rule.rawValue) ×\($0.documents)]" }.joined(separator: "|")
            return [report.name, report.type.rawValue, String(report.documents), report.key, names,
                    report.aliases.joined(separator: "|")].map { $0.replacingOccurrences(of: "\t", with: " ") }.joined(separator: "\t") + "\n"
        }.joined()
    }
}
