/// A verb group read as one predicate: "has yet to officially respond", "threatened to leave", "is led".
struct Predicate: Sendable, Equatable {
    /// How the predicate finds its subject.
    enum Form: Sendable, Equatable {
        /// A finite verb with its own subject to the left.
        case finite
        /// "to VERB" without its own subject: shares the governing predicate's subject unless "for X to".
        case infinitive
        /// ", sending …" / "and provide …": shares the previous predicate's subject.
        case dependent
        /// "which/who VERB": the subject is the noun phrase before the relative pronoun.
        case relative
        /// "X, led by Y": a participle after a noun phrase, passive without an auxiliary.
        case reducedRelative
    }

    /// First token of the verb group (auxiliaries, "to", adverbs included).
    var start: Int
    /// The content verb; for "threatened to leave" the last verb.
    var head: Int
    /// The first content verb (differs from `head` in "threatened to leave").
    var firstVerb: Int
    /// The normalised relation verb part: "lead", "threaten to leave".
    var lemma: String
    /// Passive voice: the subject is the patient.
    var passive: Bool
    /// "not", "never", "has yet to".
    var negated: Bool
    /// How to find the subject.
    var form: Form
}
