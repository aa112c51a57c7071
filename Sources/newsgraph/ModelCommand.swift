import ArgumentParser

/// `newsgraph model …`: train and evaluate the tagger and parser.
struct ModelCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "model",
        abstract: "Train or evaluate the tagger, lemmatizer and parser.",
        subcommands: [ModelTrainCommand.self, ModelEvaluateCommand.self]
    )
}
