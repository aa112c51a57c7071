import ArgumentParser
import Foundation
import Graph

/// `--aliases FILE`: the user's identity table, shared by the commands that resolve actors.
struct IdentityOptions: ParsableArguments {
    @Option(help: ArgumentHelp("An identity file that fixes which names are one actor (TSV: canonical name, type, aliases separated by |; '!same A B' and '!distinct A B' lines).", valueName: "file"))
    var aliases: String?

    /// The identity rules: the bundled ones, with the file's entries first when one is given.
    func rules() throws -> IdentityRules {
        guard let aliases else { return .standard }
        guard let data = FileManager.default.contents(atPath: aliases) else {
            throw CLIError("cannot read the aliases file \(aliases)")
        }
        guard let text = String(data: data, encoding: .utf8) else { throw CLIError("aliases file \(aliases) is not UTF-8 text") }
        return IdentityRules(user: try AliasTable(text: text, path: aliases))
    }

    /// `graph` re-resolved under these rules; a graph read from a file keeps its identities unless a file is given.
    func apply(to graph: KnowledgeGraph) throws -> KnowledgeGraph {
        guard aliases != nil else { return graph }
        var copy = graph
        copy.identity = try rules()
        return copy.canonicalized()
    }
}
