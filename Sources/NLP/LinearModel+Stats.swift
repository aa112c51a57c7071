extension LinearModel {
    /// Rows and weight entries, for reports.
    var summary: String { "\(rowCount) features, \(entryClasses.count) weights" }
}

extension NLPModel {
    /// The sizes of the tagger and parser weights, for training reports.
    public var summary: String { "tagger: \(tagger.linear.summary); parser: \(parser.linear.summary)" }
}
