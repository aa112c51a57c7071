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

    /// Nouns of family ties ("X, the wife of Y"): a person-to-person relation when a name follows in apposition.
    static let kinNouns: Set<String> = [
        "wife", "husband", "widow", "widower", "son", "daughter", "father", "mother", "brother", "sister",
        "boyfriend", "girlfriend", "fiancee", "fiance", "partner", "cousin", "nephew", "niece", "grandson", "granddaughter",
    ]
}
