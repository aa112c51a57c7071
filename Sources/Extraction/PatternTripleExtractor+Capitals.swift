/// "Moscow denied the claims", "Washington warned Beijing": news writes a capital for its country's government.
/// A capital acting (a clause's subject), or addressed by a verb that takes people or states as objects, stands
/// for its country; one that is visited, attacked or lived in stays a place.
extension PatternTripleExtractor {
    /// Verbs whose direct object is someone to address or deal with rather than a place.
    static let addresseeVerbs: Set<String> = [
        "warn", "accuse", "urge", "criticise", "criticize", "condemn", "thank", "praise", "blame", "sanction", "support",
        "back", "recognise", "recognize", "reject", "invite", "pressure", "threaten", "ask", "meet", "answer",
        "respond", "summon", "expel", "press", "persuade", "lobby", "defy", "challenge", "oppose", "help", "arm",
        "fund", "court", "rebuke", "snub", "trust", "notify", "inform", "tell", "assure", "reassure", "convince",
        "sue", "fine", "punish", "join", "leave", "engage", "accommodate", "appease", "confront",
    ]

    /// Nouns of dealings between states: "sanctions on Tehran", "talks with Beijing" address the government.
    static let dealingNouns: Set<String> = [
        "sanctions", "sanction", "talks", "ties", "relations", "aid", "support", "pressure", "demands", "demand", "deal",
        "agreement", "war", "embargo", "tariffs", "ultimatum", "warning", "apology", "protest", "complaint", "request",
        "offer", "loan", "loans", "funds", "assistance", "concessions", "guarantees", "pact", "treaty", "ambassador",
        "envoy", "embassy",
    ]

    /// Capitals that news writes for an organisation seated there rather than for their country.
    static let seatOf: [String: String] = ["Brussels": "European Union"]

    /// The country actor that `mention` stands for when it names a national capital, else nil.
    /// - Complexity: O(e) for e entities, to reuse the country's own actor when the text names it too.
    func country(ofCapital mention: Mention, entities: [ResolvedEntity]) -> Actor? {
        guard mention.kind == .name, mention.type == .location, let key = mention.gazetteerKey, let city = gazetteer.entry(key: key),
              let countryKey = city.capitalOf,
              let country = Self.seatOf[city.name].flatMap({ gazetteer.entry(named: $0) }) ?? gazetteer.entry(key: countryKey) else {
            return nil
        }
        return entities.first { $0.name == country.name }?.actor ?? Actor(name: country.name, type: country.type)
    }

    /// The two ends of a statement with capitals standing for their countries where they act or are addressed.
    func ends(of statement: ClauseReader.Statement, mentions: [Mention], entities: [ResolvedEntity],
              actors: [Actor]) -> (subject: Actor, object: Actor) {
        let subjectMention = mentions[statement.subject], objectMention = mentions[statement.object]
        var subject = actors[subjectMention.entity], object = actors[objectMention.entity]
        // "London, the home of …": a description is about the place itself.
        guard !statement.isDescription else { return (subject, object) }
        if let country = country(ofCapital: subjectMention, entities: entities) { subject = country }
        let words = statement.relation.split(separator: " ").map(String.init)
        let addressed = words.count == 1 && Self.addresseeVerbs.contains(words[0])
            || words.count > 1 && words.dropFirst().contains(where: Self.dealingNouns.contains)
                && !["in", "at", "near", "outside", "inside"].contains(words[words.count - 1])  // "talks in Beijing": a venue
        if addressed, let country = country(ofCapital: objectMention, entities: entities) {
            object = country
        }
        return (subject, object)
    }
}
