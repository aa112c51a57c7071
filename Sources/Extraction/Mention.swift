/// One stretch of a sentence that refers to an actor, before resolution.
struct Mention: Sendable, Equatable {
    /// How the mention refers.
    enum Kind: Sendable, Equatable {
        /// A proper name, possibly found in the gazetteer.
        case name
        /// A nationality word standing for its country ("the Russians", "the Nigerian government").
        case demonym
        /// A definite description that points back to an earlier actor ("the country", "the regional body").
        case description
        /// A personal pronoun ("he", "she").
        case pronoun
        /// A collective without a proper name ("the junta").
        case group
    }

    /// Document token indices covered, including any descriptor or article the mention absorbed.
    var tokens: Range<Int>
    /// The 0-based sentence index.
    var sentence: Int
    /// How it refers.
    var kind: Kind
    /// The name itself for `.name` (titles stripped), the head noun for `.group`, the surface otherwise.
    var name: String
    /// Text to record as an alias of the resolved actor ("the regional body", "The Nigerian government").
    var aliases: [String]
    /// The type the mention itself suggests.
    var type: EntityType
    /// The gazetteer key when the name, demonym or country was found there.
    var gazetteerKey: String?
    /// A title stripped from a person's name ("General").
    var title: String?
    /// Regions a description restricts itself to ("the West African nation" → ["Western Africa"]).
    var regions: [String] = []
    /// For a person description with no holder in it ("the prime minister", "the 28-year-old", "her husband"):
    /// the words the article must have introduced one person with ("prime minister", "28-year-old", "husband").
    var cue: [String]?
    /// True when the mention was introduced by a rule of lower certainty (e.g. an unknown single word).
    var isWeak = false
    /// True for an award category named in lower case ("best online game of the year"), which only the winner's
    /// relations take as their object (see `PatternTripleExtractor.keepsCategory`).
    var isCategory = false
    /// True when the mention opens its sentence (where capitals say nothing about being a name).
    var atSentenceStart = false
    /// True for one word the tagger never learnt ("Ofcom"): at a sentence start it is still no ordinary word.
    var isUnknownWord = false
    /// The resolved entity, filled by the resolver; -1 while unresolved or unresolvable.
    var entity = -1

    /// The first token.
    var start: Int { tokens.lowerBound }
    /// One past the last token.
    var end: Int { tokens.upperBound }
}
