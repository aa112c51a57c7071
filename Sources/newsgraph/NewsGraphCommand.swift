import ArgumentParser
import Foundation

@main
struct NewsGraphCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "newsgraph",
        abstract: "Extract who-did-what-to-whom triples from news articles and query the actor graph.",
        discussion: """
            Exit status: 0 on success; 1 when a command fails (bad or unreadable input, unwritable \
            output, no path between the actors); 2 for usage errors and unknown actor names. \
            Runtime errors are one line on stderr starting with "error:".
            """,
        subcommands: [ExtractCommand.self, BuildCommand.self, RenderCommand.self, ExportCommand.self, MergeCommand.self, PathCommand.self, ActorsCommand.self,
                      NeighborsCommand.self, TimelineCommand.self, StatsCommand.self, RankCommand.self, ComponentsCommand.self,
                      CommunitiesCommand.self, ModelCommand.self]
    )

    /// Parses and runs, mapping ArgumentParser's usage status (64) to the documented 2.
    static func main() {
        do {
            var command = try parseAsRoot()
            try command.run()
        } catch {
            let code = exitCode(for: error)
            if code == .validationFailure {
                FileHandle.standardError.write(Data((fullMessage(for: error) + "\n").utf8))
                Foundation.exit(ExitStatus.usage)
            }
            exit(withError: error)
        }
    }
}
