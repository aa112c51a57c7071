/// One named stage of analysis that fills some of a document's arrays.
public protocol PipelineStep: Sendable {
    /// The step's name, used in error messages ("tokenizer", "tagger", "parser", …).
    var name: String { get }
    /// Adds this step's analysis to `document`.
    func apply(to document: inout Document) throws
}

/// A sequence of named steps run in order; a failure names the step that failed.
public struct Pipeline: Sendable {
    /// The steps, in the order they run.
    public let steps: [any PipelineStep]

    public init(_ steps: [any PipelineStep]) { self.steps = steps }

    /// Runs every step on a new document built from `text`.
    public func callAsFunction(_ text: String, id: String = "") throws -> Document {
        var document = Document(id: id, text: text)
        try run(&document)
        return document
    }

    /// Runs every step on `document` in place.
    public func run(_ document: inout Document) throws {
        for step in steps {
            do {
                try step.apply(to: &document)
            } catch let error as NLPError {
                throw error
            } catch {
                throw NLPError.stepFailed(step: step.name, reason: "\(error)")
            }
        }
    }
}
