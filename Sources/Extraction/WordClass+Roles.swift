extension WordClass {
    /// Nouns naming a position someone holds in an organisation or a state ("UKIP leader X", "X, head of
    /// the IMF"): the last word of a role phrase. Titles that only address a person (Mr, Sir) are not roles.
    static let roleNouns: Set<String> = [
        "leader", "chief", "head", "boss", "chairman", "chairwoman", "chair", "co-chairman", "president",
        "vice-president", "secretary", "secretary-general", "minister", "spokesman", "spokeswoman",
        "spokesperson", "director", "executive", "officer", "official", "member", "founder", "co-founder",
        "editor", "correspondent", "analyst", "economist", "adviser", "advisor", "peer", "mp", "mep", "msp",
        "candidate", "commander", "envoy", "ambassador", "governor", "mayor", "manager", "coach", "captain",
        "owner", "treasurer", "whip", "general", "representative", "negotiator", "commissioner", "chancellor",
        "premier", "strategist", "researcher", "professor", "lawyer", "counsel", "deputy", "king", "queen",
        "prince", "emir", "sultan", "admiral", "marshal", "colonel", "senator", "judge", "prosecutor",
        "inspector", "auditor", "regulator", "campaigner", "organiser", "organizer", "coordinator", "partner",
        "shareholder", "investor", "trustee", "fellow", "scientist", "engineer", "architect", "producer",
        "presenter", "reporter", "journalist", "columnist", "aide",
    ]
    /// Roles that are professions, not positions in a state: "US lawyer X" and "British director X" (of films)
    /// give a nationality, while "Goldman Sachs economist X" still works for Goldman Sachs.
    static let professionNouns: Set<String> = [
        "lawyer", "economist", "analyst", "researcher", "scientist", "engineer", "architect", "producer", "presenter",
        "reporter", "journalist", "columnist", "correspondent", "editor", "investor", "campaigner", "professor",
        "strategist", "counsel", "partner", "fellow", "shareholder", "trustee", "founder", "co-founder", "owner",
        "organiser", "organizer", "coordinator", "director",
    ]

    /// Nouns naming people that English does not use as verbs ("actor", "midfielder", "nominees"). Taggers read some of
    /// them as verbs between two names ("former Rangers midfielder X", "paid tribute to actor X"), which made the noun a
    /// relation ("Rangers | midfielder | X"); a relation needs a verb. Role words that are verbs too ("head", "chair",
    /// "captain", "coach", "partner", "father", "star") are left out.
    static let personNounsNeverVerbs: Set<String> = roleNouns.union(kinNouns).union(MentionDetector.performerNouns)
        .union(MentionDetector.positionNouns)
        .union(["nominee", "favourite", "minnow", "hopeful", "team-mate", "teammate", "supermodel", "sculptor", "painter",
                "poet", "writer", "veteran", "newcomer", "rookie", "rival", "colleague", "predecessor", "successor"])
        .subtracting(["head", "chair", "peer", "whip", "marshal", "judge", "partner", "engineer", "counsel", "captain",
                      "coach", "father", "mother", "star", "co-star", "skipper", "lock", "prop", "forward", "boss",
                      "founder", "host", "comic", "rival", "deputy", "general", "king", "queen", "prince", "keeper"])

    /// True for a person noun or its plural that is never a verb (`personNounsNeverVerbs`).
    static func isPersonNounNeverVerb(_ word: String) -> Bool {
        personNounsNeverVerbs.contains(word) || word.hasSuffix("s") && personNounsNeverVerbs.contains(String(word.dropLast()))
    }

    /// Nouns of family ties ("X, the wife of Y"): a person-to-person relation when a name follows in apposition.
    static let kinNouns: Set<String> = [
        "wife", "husband", "widow", "widower", "son", "daughter", "father", "mother", "brother", "sister",
        "boyfriend", "girlfriend", "fiancee", "fiance", "partner", "cousin", "nephew", "niece", "grandson", "granddaughter",
    ]
}
