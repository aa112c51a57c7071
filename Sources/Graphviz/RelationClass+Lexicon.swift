/// The lexicon that places a relation ("lift sanctions on", "threaten to leave") in a class.
///
/// A relation is lemma + particle + preposition, sometimes with the object noun folded in.
/// Two-word rules come first because the object can reverse the verb's polarity (lifting
/// sanctions is cooperation, sending a delegation is consultation); otherwise the first word
/// the verb table knows decides. Words are matched after lower-casing, then with a plural or
/// past/gerund ending stripped, so imported surface forms ("threatened") classify too.
extension RelationClass {
    /// The class of `relation`.
    /// - Complexity: O(w) for w words in the relation.
    public static func classify(_ relation: String) -> RelationClass {
        let words = relation.lowercased()
            .split(whereSeparator: { !$0.isLetter && $0 != "-" })
            .map(String.init)
        guard !words.isEmpty else { return .unclassified }
        let stems = words.map { stem($0) }
        for (index, verb) in stems.enumerated() {
            for object in stems[(index + 1)...] {
                if let phrase = phrases[verb]?[object] { return phrase }
            }
            if let known = verbs[verb] { return known }
        }
        return .unclassified
    }

    /// `word` itself when the tables know it, else the word without a common inflection.
    static func stem(_ word: String) -> String {
        if verbs[word] != nil || phrases[word] != nil || objects.contains(word) { return word }
        let endings: [(String, String)] = [
            ("ies", "y"), ("ied", "y"), ("ing", ""), ("ing", "e"), ("ed", ""), ("ed", "e"), ("d", ""), ("es", ""), ("s", ""),
        ]
        for (ending, replacement) in endings where word.hasSuffix(ending) && word.count > ending.count + 2 {
            var candidate = String(word.dropLast(ending.count)) + replacement
            // "stopped" → "stopp" → "stop"
            if verbs[candidate] == nil, let last = candidate.last, candidate.dropLast().last == last {
                candidate.removeLast()
            }
            if verbs[candidate] != nil || phrases[candidate] != nil || objects.contains(candidate) { return candidate }
        }
        return word
    }

    /// Verb (or relational noun) → class.
    static let verbs: [String: RelationClass] = {
        var table: [String: RelationClass] = [:]
        func add(_ words: String, _ relationClass: RelationClass) {
            for word in words.split(separator: " ") { table[String(word)] = relationClass }
        }
        add("say tell announce state declare report claim add note confirm quote comment write describe explain "
            + "respond reply acknowledge suggest brief publish post reveal insist", .statement)
        add("meet visit talk discuss negotiate consult host receive welcome invite mediate call phone praise thank "
            + "endorse recognise recognize agree pledge promise apologise apologize congratulate commend", .consult)
        add("support aid help assist send deliver supply provide give fund finance train equip arm sign cooperate "
            + "collaborate partner ally strengthen deepen boost invest donate lend loan grant dispatch deploy "
            + "release free reopen restore resume ease lift evacuate protect rescue allow approve", .cooperate)
        add("demand threaten warn urge accuse criticise criticize condemn denounce blame reject deny refuse oppose "
            + "protest summon dispute challenge order ultimatum veto decry rebuke", .demand)
        add("sanction expel suspend cut sever break withdraw recall ban boycott embargo freeze halt end close revoke "
            + "impose restrict block exclude leave quit terminate cancel downgrade reduce", .sanction)
        add("attack fight kill bomb strike invade shell seize arrest detain capture raid occupy overthrow oust depose "
            + "topple coup assassinate shoot clash kidnap abduct besiege ambush target execute torture repress "
            + "crush annex blockade intervene storm loot destroy wound massacre jail imprison sentence prosecute "
            + "charge raze", .coerce)
        return table
    }()

    /// Object nouns the two-word rules mention; kept so that `stem` recognises their plurals.
    private static let objects: Set<String> = [
        "sanction", "embargo", "ban", "restriction", "tie", "relation", "delegation", "envoy", "minister",
        "troop", "force", "soldier", "aid", "cooperation", "talk", "agreement", "deal", "border", "ambassador",
        "war", "support",
    ]

    /// verb → object word → class, for the verbs whose object decides the polarity.
    static let phrases: [String: [String: RelationClass]] = {
        var table: [String: [String: RelationClass]] = [:]
        func add(_ verbs: String, _ objects: String, _ relationClass: RelationClass) {
            for verb in verbs.split(separator: " ") {
                for object in objects.split(separator: " ") {
                    table[String(verb), default: [:]][String(object)] = relationClass
                }
            }
        }
        // Easing pressure is cooperation (CAMEO 08, "yield").
        add("lift ease remove drop end relax suspend waive", "sanction embargo ban restriction", .cooperate)
        add("restore resume normalise normalize re-establish reestablish renew", "tie relation cooperation talk aid", .cooperate)
        add("withdraw pull", "troop force soldier", .cooperate)
        add("reopen", "border", .cooperate)
        // Imposing pressure or breaking off is reducing relations (CAMEO 16).
        add("impose tighten extend expand", "sanction embargo ban restriction", .sanction)
        add("cut sever break suspend end freeze halt downgrade", "tie relation cooperation aid talk support", .sanction)
        add("close", "border", .sanction)
        add("recall expel", "ambassador envoy", .sanction)
        // Sending people to talk is consultation (CAMEO 04), sending troops is aid by default.
        add("send dispatch", "delegation envoy minister", .consult)
        add("hold", "talk", .consult)
        add("call", "for on", .demand)
        add("declare wage", "war", .coerce)
        add("withdraw", "support", .sanction)
        return table
    }()
}
