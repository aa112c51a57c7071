/// Closed-class English word lists that the rule-based extractor needs when no tagger has run,
/// and cue words that type names. All entries are lower-case.
enum WordClass {
    static let determiners: Set<String> = [
        "the", "a", "an", "this", "that", "these", "those", "its", "his", "her", "their", "our", "my", "your",
        "some", "any", "several", "many", "all", "each", "every", "both", "no", "another", "such", "few",
        "most", "much", "more", "other", "various", "two", "three", "four", "five", "first", "second",
    ]
    static let prepositions: Set<String> = [
        "of", "in", "on", "at", "to", "for", "from", "by", "with", "about", "against", "between", "into",
        "through", "during", "before", "after", "above", "below", "under", "over", "among", "across",
        "towards", "toward", "within", "without", "since", "until", "upon", "amid", "despite", "via", "like",
        "near", "around", "behind", "beyond", "along", "onto", "per", "than", "throughout", "amongst", "alongside",
        // ", including China and France": a list of the noun before, never a clause of its own.
        "including", "excluding",
    ]
    static let auxiliaries: Set<String> = [
        "be", "is", "are", "was", "were", "been", "being", "am", "'s", "’s", "'re", "’re",
        "have", "has", "had", "having", "'ve", "’ve", "do", "does", "did",
        "will", "would", "can", "could", "may", "might", "must", "shall", "should", "'ll", "’ll", "'d", "’d",
    ]
    /// Every word that only ever works as grammar: the union of the closed lists, for one look-up per token.
    static let closedClass: Set<String> = determiners.union(prepositions).union(auxiliaries).union(personalPronouns)
        .union(relativePronouns).union(coordinators).union(subordinators).union(negations).union(adverbs)
    static let beForms: Set<String> = ["be", "is", "are", "was", "were", "been", "being", "am"]
    /// Adverbs that sit inside verb groups and between subject and verb ("later", "yet", "also").
    static let adverbs: Set<String> = [
        "also", "still", "already", "now", "recently", "just", "then", "later", "earlier", "again", "soon", "ever",
        "even", "only", "once", "yet", "since", "subsequently", "previously", "initially", "reportedly", "allegedly",
        "repeatedly", "formally", "officially", "quickly", "finally", "eventually", "jointly", "further",
    ]
    static let negations: Set<String> = ["not", "n't", "n’t", "never", "cannot"]
    static let personalPronouns: Set<String> = [
        "he", "she", "him", "her", "his", "hers", "it", "its", "they", "them", "their", "theirs", "we", "us",
        "our", "i", "me", "my", "you", "your", "himself", "herself", "itself", "themselves",
    ]
    static let relativePronouns: Set<String> = ["which", "who", "whom", "whose", "that"]
    static let coordinators: Set<String> = ["and", "or", "but", "nor"]
    static let subordinators: Set<String> = [
        "after", "before", "because", "while", "when", "although", "though", "if", "since", "as", "whether",
        "unless", "whereas", "once", "until", "where", "so",
    ]
    /// Capitalised at a sentence start, these are ordinary words, never names.
    static let sentenceStarters: Set<String> = [
        "however", "meanwhile", "but", "and", "also", "yet", "still", "then", "now", "today", "yesterday",
        "according", "in", "on", "at", "for", "from", "with", "after", "before", "as", "if", "when", "while",
        "although", "though", "because", "since", "despite", "during", "under", "over", "among", "by", "to",
        "it", "this", "that", "these", "those", "there", "here", "what", "why", "how", "who", "which", "where",
        "a", "an", "the", "he", "she", "they", "we", "i", "you", "his", "her", "their", "our", "its", "my",
        "some", "many", "most", "several", "all", "both", "each", "every", "no", "not", "so", "thus", "instead",
        "earlier", "later", "last", "next", "other", "another", "such", "one", "two", "three",
    ]
    static let months: Set<String> = [
        "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
        "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov",
        "dec", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
    ]
    /// Lower-case words allowed inside a capitalised name ("Bank of the South", "Ibn al-Haytham").
    static let nameConnectors: Set<String> = ["of", "for", "the", "de", "du", "da", "del", "al", "bin", "ibn", "von", "van", "der", "la", "le"]

    /// Reporting verbs (lemmas): "X said …" makes X the source of what follows, not an actor of it.
    static let reportingVerbs: Set<String> = [
        "say", "report", "tell", "add", "state", "claim", "note", "write", "explain", "insist", "argue",
        "warn", "allege", "mention", "confirm", "believe", "think", "suggest",
    ]
    /// Past forms of result verbs that are also nouns or adjectives ("beat", "upset"), which taggers misread after a
    /// team's name.
    static let resultVerbForms: Set<String> = ["beat", "drew", "upset", "edged", "downed", "topped", "pipped"]
    /// Nouns that, possessed by or modified by a country, stand for that country's state.
    static let stateNouns: Set<String> = [
        "government", "army", "military", "forces", "troops", "authorities", "officials", "personnel",
        "soldiers", "junta", "navy", "administration", "regime", "leadership", "leaders", "diplomats",
        "police", "cabinet", "parliament", "state", "missiles", "drones", "jets", "warplanes", "warships",
        "tanks", "artillery", "navy", "coastguard", "delegation", "negotiators", "envoy", "embassy", "ambassador", "ministry",
        "rulers",
    ]
    /// Role nouns after a state noun that still speak for the state ("Sudan's army chief").
    static let stateRoles: Set<String> = [
        "chief", "chiefs", "leader", "leaders", "spokesman", "spokeswoman", "spokesperson", "commander", "head",
        "minister", "ministry", "officials", "spokespeople",
    ]
    /// Nouns whose clause is reported or supposed content ("allegations he lied"), never a stated fact.
    static let contentNouns: Set<String> = [
        "allegation", "allegations", "claim", "claims", "accusation", "accusations", "report", "reports", "rumour",
        "rumours", "rumor", "rumors", "suggestion", "suggestions", "speculation", "fear", "fears", "hope", "hopes",
        "belief", "idea", "notion", "suspicion", "suspicions", "charge", "charges", "assertion", "impression",
    ]
    /// Verbs whose object, not subject, does what the following infinitive says ("urged Y to resign").
    static let objectControlVerbs: Set<String> = [
        "want", "urge", "ask", "tell", "allow", "force", "persuade", "encourage", "expect", "invite", "order",
        "press", "pressure", "pressurise", "help", "need", "require", "warn", "advise", "enable", "permit", "like",
        "prefer", "get", "cause", "lead", "call", "appeal", "beg", "challenge", "compel", "oblige", "instruct",
        "command", "convince", "inspire", "remind", "request", "dare", "trust", "leave", "empower", "authorise",
        "authorize", "plead", "back", "tip", "choose", "pick", "select", "appoint", "elect",
    ]
    /// Modals that with "have" make a verb counterfactual ("would have won").
    static let counterfactualModals: Set<String> = ["would", "could", "might", "should", "'d", "’d"]
    /// Nouns naming a collective actor that has no proper name ("the junta").
    static let groupNouns: Set<String> = ["junta", "rebels", "militants", "insurgents", "separatists", "militia", "militias"]
    /// Heads of definite descriptions that refer back to a country.
    static let countryDescriptionHeads: Set<String> = ["country", "nation", "republic", "kingdom", "government"]
    /// Heads of definite descriptions that refer back to an organisation.
    static let organizationDescriptionHeads: Set<String> = Set([
        "body", "bloc", "organisation", "organization", "alliance", "grouping", "agency", "institution",
    ]).union(companyDescriptionHeads)
    /// Heads of definite descriptions by which business news names its main firm or club again ("the firm",
    /// "the carmaker"); they refer back to the most mentioned one. ("the party" and "the group" are left out:
    /// political news uses them for whichever party the speaker means, not the most named one.)
    static let companyDescriptionHeads: Set<String> = [
        "company", "firm", "carmaker", "airline", "bank", "club", "broadcaster", "newspaper", "retailer", "insurer",
        "lender", "manufacturer", "giant", "conglomerate", "chain", "operator", "publisher",
    ]
}
