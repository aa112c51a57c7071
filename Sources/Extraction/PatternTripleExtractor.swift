import NLP

/// The rule-based extractor: content sentences → mentions → resolved entities → clause patterns → triples.
/// Works on a tokenised and split document; uses tags and lemmas when a tagger has run.
public struct PatternTripleExtractor: TripleExtractor {
    /// Names of countries, cities and well-known organisations.
    public let gazetteer: Gazetteer
    /// Which triples to keep.
    public let mode: ArticleExtractor.Mode
    /// Where relations are read from.
    public let reading: Reading

    /// The sources of relations between the resolved actors.
    public enum Reading: String, Sendable, CaseIterable {
        /// Word-order rules over tags or word lists (works without a parser).
        case rules
        /// The dependency parse (falls back to the rules on unparsed documents).
        case parse
        /// The rules, plus parse statements about actor pairs the rules found nothing for.
        case combined
    }

    /// An extractor over `gazetteer`, keeping `mode` triples read the `reading` way.
    public init(gazetteer: Gazetteer, mode: ArticleExtractor.Mode = .actors, reading: Reading = .rules) {
        self.gazetteer = gazetteer
        self.mode = mode
        self.reading = reading
    }

    /// The triples stated in `document`, in sentence order.
    public func extract(from document: Document) -> [Triple] { analyze(document).triples }

    /// The actors and triples of `document`.
    /// - Complexity: O(n · k + m²) for n tokens, k the longest gazetteer name and m mentions.
    public func analyze(_ document: Document) -> ArticleAnalysis { analyze(document, parsingWith: nil) }

    /// The actors and triples of a tagged `document` that `parser` has not parsed yet: only the sentences
    /// that hold two or more resolved actors are parsed, since no other sentence can yield an actor triple.
    /// The result equals parsing every sentence first.
    public func analyze(_ document: Document, parsingWith parser: DependencyParser?) -> ArticleAnalysis {
        var table = TokenTable(document)
        if mode == .open { return ArticleAnalysis(actors: [], triples: openTriples(document, table: table)) }
        let content = document.sentences.map { SentenceFilter.isContent(table, $0) }
        var mentions = MentionDetector(gazetteer: gazetteer).mentions(in: table, content: content)
        let entities = EntityResolver(gazetteer: gazetteer).resolve(&mentions, table: table)
        // A triple joins two different resolved actors of one sentence (readers only look at the mentions
        // inside the sentence), so only sentences holding two are read, and parsed.
        var actorsPerSentence = [Set<Int>](repeating: [], count: document.sentences.count)
        for mention in mentions where mention.entity >= 0 && actorsPerSentence.indices.contains(mention.sentence) {
            actorsPerSentence[mention.sentence].insert(mention.entity)
        }
        let holdsTwoActors = actorsPerSentence.indices.map { content[$0] && actorsPerSentence[$0].count >= 2 }
        if let parser, reading != .rules, document.isTagged {
            let needed = holdsTwoActors.indices.filter { holdsTwoActors[$0] }
            // A parser failure leaves the document unparsed, and reading falls back on the rules.
            try? parser.parse(&table.document, sentences: needed)
        }
        var mentionAt: [Int: Int] = [:]
        // A cued description that found nobody ("the prime minister" with no one introduced so) is left to the readers
        // as plain words, as before such descriptions were mentions.
        for (index, mention) in mentions.enumerated() where mention.cue == nil || mention.entity >= 0 {
            for token in mention.tokens { mentionAt[token] = index }
        }
        let names = entities.map(\.name)
        let actors = entities.map(\.actor)
        var triples: [Triple] = []
        // Pairs one of which holds a position in the other, and the triples that only say one spoke about the other.
        var rolePairs: Set<String> = []
        var spokenAbout: Set<Int> = []
        var titleRoles = Dictionary(grouping: titleRoles(mentions: mentions, entities: entities, content: content, table: table),
                                    by: \.sentence)
        // A title's role needs only its person ("Kenyan President X"), so such sentences are visited too.
        for (s, range) in document.sentences.enumerated() where holdsTwoActors[s] || titleRoles[s] != nil {
            // Most sentences yield nothing, so their evidence text is only cut once a triple needs it.
            var sentenceEvidence: Evidence?
            func evidence() -> Evidence {
                if let sentenceEvidence { return sentenceEvidence }
                let span = document.sentence(s)
                let made = Evidence(document: document.id, sentence: s, text: document.text(of: span),
                                    start: span.start, end: span.end)
                sentenceEvidence = made
                return made
            }
            var seen: Set<String> = []
            let statements = !holdsTwoActors[s] ? [] : read(range, table: table, mentions: mentions, mentionAt: mentionAt, names: names)
                .sorted { ($0.position, $0.subject, $0.object) < ($1.position, $1.subject, $1.object) }
            for statement in statements {
                let (subject, object) = (mentions[statement.subject].entity, mentions[statement.object].entity)
                guard subject >= 0, object >= 0, subject != object,
                      Self.keepsCategory(statement, mentions: mentions) else { continue }
                let key = "\(subject)\t\(statement.relation)\t\(object)"
                guard seen.insert(key).inserted else { continue }
                let anaphoric = [statement.subject, statement.object].contains {
                    mentions[$0].kind == .description || mentions[$0].kind == .pronoun
                }
                let confidence = max(0, min(1, statement.confidence * (anaphoric ? 0.9 : 1)))
                let ends = ends(of: statement, mentions: mentions, entities: entities, actors: actors)
                guard ends.subject.name != ends.object.name else { continue }
                if statement.isDescription { rolePairs.insert("\(ends.subject.name)\t\(ends.object.name)") }
                if statement.isSpeech, statement.relation.hasSuffix(" about") { spokenAbout.insert(triples.count) }
                let relation = Self.isAlleged(statement.position, table: table, range: range) && !statement.isDescription
                    ? "allegedly " + statement.relation : statement.relation
                triples.append(Triple(subject: ends.subject, relation: relation, object: ends.object,
                                      surface: statement.surface, confidence: (confidence * 100).rounded() / 100,
                                      negated: statement.negated, source: statement.source, evidence: evidence()))
            }
            for role in titleRoles.removeValue(forKey: s) ?? [] where seen.insert("\(role.subject)\t\(role.relation)\t\(role.object.name)").inserted {
                rolePairs.insert("\(actors[role.subject].name)\t\(role.object.name)")
                triples.append(Triple(subject: actors[role.subject], relation: role.relation, object: role.object,
                                      surface: role.surface, confidence: 0.7, negated: false, source: nil, evidence: evidence()))
            }
        }
        // A spokesman speaking of his own party or firm is speaking for it, not about it.
        if !spokenAbout.isEmpty {
            triples = triples.indices.filter { !spokenAbout.contains($0) || !rolePairs.contains("\(triples[$0].subject.name)\t\(triples[$0].object.name)") }
                .map { triples[$0] }
        }
        // A title or a capital can stand for a state the text never names ("Kenyan President X", "Moscow said"):
        // that state is an actor too.
        let named = Set(actors.map(\.name))
        var added: Set<String> = []
        let holders = triples.flatMap { [$0.subject, $0.object] }.filter { !named.contains($0.name) && added.insert($0.name).inserted }
        return ArticleAnalysis(actors: actors + holders, triples: triples)
    }

    /// Open IE tuples with text arguments (typed `.other`); needs a parsed document.
    private func openTriples(_ document: Document, table: TokenTable) -> [Triple] {
        guard document.isParsed else { return [] }
        var triples: [Triple] = []
        for (s, range) in document.sentences.enumerated() where !SentenceFilter.isBoilerplate(table, range) {
            let span = document.sentence(s)
            let evidence = Evidence(document: document.id, sentence: s, text: document.text(of: span), start: span.start, end: span.end)
            let reader = DependencyReader(table: table, mentions: [], mentionAt: [:], range: range)
            for o in reader.openStatements() {
                triples.append(Triple(subject: Actor(name: o.subject, type: .other), relation: o.relation,
                                      object: Actor(name: o.object, type: .other), surface: o.relation,
                                      confidence: (o.confidence * 100).rounded() / 100, negated: o.negated, evidence: evidence))
            }
        }
        return triples
    }

    private func read(_ range: Range<Int>, table: TokenTable, mentions: [Mention], mentionAt: [Int: Int],
                      names: [String]) -> [ClauseReader.Statement] {
        let rules = reading == .parse && table.document.isParsed ? []
            : ClauseReader(table: table, mentions: mentions, mentionAt: mentionAt, range: range, entityNames: names).statements()
                .filter { !Self.isVenue($0, mentions: mentions) }
        guard reading != .rules, table.document.isParsed else { return rules }
        let parsed = DependencyReader(table: table, mentions: mentions, mentionAt: mentionAt, range: range).statements(entityNames: names)
            .filter { !Self.isVenue($0, mentions: mentions) }
        guard reading == .combined else { return parsed }
        let entity = { (m: Int) in mentions[m].entity }
        let covered = Set(rules.map { "\(entity($0.subject)) \(entity($0.object))" })
        // Only the parse's most reliable readings join the rules: a description (apposition, placement), reported
        // speech (the rules read a speaker only as a source), a possessed noun, or a verb with both its own subject
        // and its object being actors (0.85).
        return rules + parsed.filter {
            $0.confidence >= 0.85 - 1e-9 || $0.isSpeech || $0.isDescription || $0.isNominal
        }.filter { !covered.contains("\(entity($0.subject)) \(entity($0.object))") }
    }

    /// "held its conference in London", "avoiding news conferences in London": a place after an event noun
    /// (`WordClass.venueNouns`) is only where the event was held, no actor the event relates to.
    static func isVenue(_ statement: ClauseReader.Statement, mentions: [Mention]) -> Bool {
        let words = statement.relation.split(separator: " ")
        guard words.count >= 2, ["in", "at"].contains(words[words.count - 1]),
              WordClass.venueNouns.contains(String(words[words.count - 2])) else { return false }
        return [.country, .location, .other].contains(mentions[statement.object].type)
    }
}
