/// One statement read from a sentence: subject —relation→ object, with its evidence.
public struct Triple: Sendable, Hashable, Codable {
    /// Who acts.
    public var subject: Actor
    /// The normalised relation: lemma + particle + preposition, e.g. "lift sanctions on".
    public var relation: String
    /// Who or what is acted on.
    public var object: Actor
    /// The relation as written in the sentence, e.g. "lifted sanctions on".
    public var surface: String
    /// How sure the extractor is, in 0...1.
    public var confidence: Double
    /// True for "has yet to respond", "did not lift" and the like.
    public var negated: Bool
    /// Who the sentence attributes the statement to ("the BBC reported"), if anyone.
    public var source: String?
    /// Where it was read.
    public var evidence: Evidence

    public init(subject: Actor, relation: String, object: Actor, surface: String? = nil,
                confidence: Double = 1, negated: Bool = false, source: String? = nil, evidence: Evidence) {
        self.subject = subject
        self.relation = relation
        self.object = object
        self.surface = surface ?? relation
        self.confidence = confidence
        self.negated = negated
        self.source = source
        self.evidence = evidence
    }
}
