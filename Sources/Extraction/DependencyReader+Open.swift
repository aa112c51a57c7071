/// Open extraction for `.open` mode: any noun-phrase arguments, read from the parse, relations as written.
extension DependencyReader {
    /// An argument-relation-argument tuple with text arguments.
    struct OpenStatement: Equatable {
        var subject: String
        var relation: String
        var object: String
        var confidence: Double
        var negated: Bool
        var position: Int
    }

    /// Open tuples of the parsed sentence: each verb with its subject and each object, clausal complement
    /// and oblique ("X | has dispatched | a delegation", "X | has dispatched to | Niger").
    /// - Complexity: O(n²) worst case for n tokens (subtree walks), sentences are short.
    func openStatements() -> [OpenStatement] {
        var result: [OpenStatement] = []
        for v in range where table.upos(v) == "VERB" && !["amod", "compound"].contains(relation(v)) {
            guard let (subject, inherited) = openSubject(of: v) else { continue }
            let relationTokens = ([v] + kids(v, ["aux", "aux:pass", "advmod", "compound:prt"]).filter {
                relation($0) != "advmod" || WordClass.negations.contains(table.lower[$0])
            }).sorted()
            let verb = relationTokens.map { table.word($0) }.joined(separator: " ")
            let negated = relationTokens.contains { WordClass.negations.contains(table.lower[$0]) }
            let scale = inherited ? 0.85 : 1
            for o in kids(v, ["obj", "ccomp", "xcomp"]) where table.upos(o) != "ADJ" || relation(o) != "xcomp" {
                var words = verb
                var object = text(subtree(o))
                if relation(o) == "xcomp" {
                    // "threatened to leave the body": the infinitive's verb joins the relation.
                    let mark = kids(o, ["mark"]).map { table.word($0) }
                    guard let inner = kids(o, ["obj"]).first else { continue }
                    words = ([verb] + mark + [table.word(o)]).joined(separator: " ")
                    object = text(subtree(inner))
                }
                let confidence = relation(o) == "obj" ? 0.9 : 0.7
                result.append(OpenStatement(subject: subject, relation: words, object: object,
                                            confidence: confidence * scale, negated: negated, position: v))
            }
            for obl in kids(v, ["obl", "obl:agent"]) {
                guard let prep = kids(obl, ["case"]).first else { continue }
                let rest = subtree(obl).filter { $0 != prep }
                guard let first = rest.first, let last = rest.last else { continue }
                result.append(OpenStatement(subject: subject, relation: verb + " " + table.word(prep),
                                            object: text(first..<(last + 1)), confidence: 0.8 * scale,
                                            negated: negated, position: v))
            }
        }
        return result + copularStatements()
    }

    /// "The Walloon Region is a region of Belgium": subject, the copula, the predicate phrase.
    private func copularStatements() -> [OpenStatement] {
        var result: [OpenStatement] = []
        for p in range where table.upos(p) != "VERB" {
            guard let cop = kids(p, ["cop"]).first, let s = kids(p, ["nsubj"]).first else { continue }
            let verbTokens = (kids(p, ["aux", "cop"]) + kids(p, ["advmod"]).filter { WordClass.negations.contains(table.lower[$0]) }).sorted()
            let skip = Set(kids(p, ["nsubj", "cop", "aux", "punct", "conj", "cc", "advcl", "parataxis", "ccomp", "mark"])
                + kids(p, ["advmod"]).filter { WordClass.negations.contains(table.lower[$0]) })
            let inner = [p] + children(p).filter { !skip.contains($0) }.flatMap { Array(subtree($0)) }
            guard let low = inner.min(), let high = inner.max(), low > cop else { continue }
            result.append(OpenStatement(subject: text(subtree(s)), relation: verbTokens.map { table.word($0) }.joined(separator: " "),
                                        object: text(low..<(high + 1)), confidence: 0.75,
                                        negated: verbTokens.contains { WordClass.negations.contains(table.lower[$0]) }, position: p))
        }
        return result
    }

    /// The subject phrase of `v`, and whether it was taken from the governing clause.
    private func openSubject(of v: Int) -> (String, Bool)? {
        if let s = kids(v, ["nsubj", "nsubj:pass"]).first {
            if WordClass.relativePronouns.contains(table.lower[s]), relation(v) == "acl:relcl" {
                return (nounPhrase(table.document.heads[v]), true)
            }
            return (text(subtree(s)), false)
        }
        let head = table.document.heads[v]
        guard range.contains(head) else { return nil }
        switch relation(v) {
        case "acl", "acl:relcl": return (nounPhrase(head), true)
        case "xcomp", "conj", "advcl":
            guard table.upos(head) == "VERB", let s = kids(head, ["nsubj", "nsubj:pass"]).first else { return nil }
            return (text(subtree(s)), true)
        default: return nil
        }
    }

    /// A noun's phrase without the clauses hanging on it.
    private func nounPhrase(_ head: Int) -> String {
        let inner = [head] + children(head).filter { !["acl", "acl:relcl", "punct", "appos", "conj", "cc"].contains(relation($0)) }
            .flatMap { Array(subtree($0)) }
        guard let low = inner.min(), let high = inner.max() else { return table.word(head) }
        return text(low..<(high + 1))
    }

    private func text(_ tokens: Range<Int>) -> String {
        var t = tokens
        while t.count > 1, let first = t.first, table.isPunctuation(first) { t = (first + 1)..<t.upperBound }
        while t.count > 1, let last = t.last, table.isPunctuation(last) { t = t.lowerBound..<last }
        return table.text(t)
    }
}
