/// Award categories named in lower case ("best film", "player of the year") are nodes only as what someone wins or
/// is named: as a subject they are a misreading ("best film | be named | best actress" from a list of winners), and
/// after verbs of other kinds they are a phrase the reader cut ("described their prize for best rock band").
extension PatternTripleExtractor {
    /// First words of the relations a category may be the object of ("win", "take award for", "be named").
    private static let categoryVerbs: Set<String> = [
        "win", "take", "collect", "pick", "share", "receive", "get", "earn", "scoop", "claim", "land", "accept", "be", "go",
    ]

    /// False for a statement with a category as its subject, or as the object of a relation that wins nothing.
    static func keepsCategory(_ statement: ClauseReader.Statement, mentions: [Mention]) -> Bool {
        if mentions[statement.subject].isCategory { return false }
        guard mentions[statement.object].isCategory else { return true }
        let first = statement.relation.split(separator: " ").first.map(String.init) ?? ""
        return categoryVerbs.contains(first)
    }
}
