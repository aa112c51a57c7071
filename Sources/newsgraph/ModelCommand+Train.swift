import ArgumentParser
import Foundation
import NLP

/// `newsgraph model train`: trains on a UD treebank folder and writes the model file.
struct ModelTrainCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "train",
        abstract: "Train the tagger, lemmatizer and parser on DIR/*-ud-train.conllu (dev scores are reported).")

    @Option(help: "Folder holding *-ud-train.conllu and optionally *-ud-dev.conllu.")
    var treebank: String

    @Option(help: "Where to write the model.")
    var output = "english.ngmodel"

    @Option(help: "Parser training epochs.")
    var epochs = 12

    @Option(help: "Tagger training epochs.")
    var taggerEpochs = 10

    @Option(help: "Folds for jack-knifed training tags (1 = gold tags).")
    var folds = 4

    @Option(help: "Parser beam width (1 = greedy with a dynamic oracle; more = beam search with global training).")
    var beam = 8

    func run() throws {
        try ModelCommandSupport.reporting {
            let files = try ModelCommandSupport.treebankFiles(treebank)
            let clock = ContinuousClock()
            let start = clock.now
            let train = try CoNLLUReader.read(path: files.train)
            var options = ModelTrainer.Options(taggerEpochs: taggerEpochs, parserEpochs: epochs, folds: folds)
            options.beamWidth = beam
            let model = try ModelTrainer.train(train, options: options) { ModelCommandSupport.note($0) }
            try model.write(to: output)
            let seconds = (clock.now - start).components.seconds
            print("training_seconds \(seconds)")
            print("model \(output)")
            if let dev = files.dev {
                for line in model.evaluate(try CoNLLUReader.read(path: dev)).report { print("dev_" + line) }
            }
        }
    }
}
