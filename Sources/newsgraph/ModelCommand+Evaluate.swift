import ArgumentParser
import Foundation
import NLP

/// `newsgraph model evaluate`: scores a model on a gold-tokenised CoNLL-U file.
struct ModelEvaluateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "evaluate",
        abstract: "Print UPOS, XPOS, LEMMA, UAS, LAS and speed of a model on a CoNLL-U file (gold tokens).")

    @Argument(help: "The CoNLL-U file to score against.")
    var file: String

    @Option(help: "A model file (default: the bundled English model).")
    var model: String?

    @Option(help: "Decode with this parser beam width instead of the model's own (1 = greedy).")
    var beam: Int?

    @Option(help: "Drop beam items scoring more than this below the best (faster, less accurate; e.g. 100).")
    var beamMargin: Double?

    func run() throws {
        try ModelCommandSupport.reporting {
            let clock = ContinuousClock()
            let start = clock.now
            let loaded = try model.map { try NLPModel.load(path: $0) } ?? NLPModel.bundled()
            let loadSeconds = Double((clock.now - start).components.attoseconds) / 1e18
                + Double((clock.now - start).components.seconds)
            let sentences = try CoNLLUReader.read(path: file)
            let widened = beam.map { loaded.withBeamWidth($0) } ?? loaded
            let decoder = beamMargin.map { widened.withBeamMargin($0) } ?? widened
            for line in decoder.evaluate(sentences).report { print(line) }
            print("beam_width \(decoder.beamWidth)")
            print("model_load_seconds \(String(format: "%.3f", loadSeconds))")
        }
    }
}
