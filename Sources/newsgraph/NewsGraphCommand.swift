import ArgumentParser

@main
struct NewsGraphCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "newsgraph",
        abstract: "Extract who-did-what-to-whom triples from news articles and query the actor graph.",
        subcommands: [ModelCommand.self]
    )
}
