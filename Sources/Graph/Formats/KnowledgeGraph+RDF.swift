import Foundation

extension KnowledgeGraph {
    private static let rdf = "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
    private static let rdfs = "http://www.w3.org/2000/01/rdf-schema#"
    private static let skos = "http://www.w3.org/2004/02/skos/core#"

    /// The graph as RDF N-Triples (one statement per line, UTF-8); IRIs follow `naming`.
    ///
    /// Each actor gets `rdf:type ng:Actor`, `rdfs:label`, `ng:actorType`, `skos:altLabel` per alias and
    /// one triple per attribute; each relation predicate `rdf:type rdf:Property` and `rdfs:label`.
    /// Each edge is asserted directly (unless negated) and reified as an `rdf:Statement` carrying
    /// `ng:count`, `ng:negated` and one `ng:evidence` node per statement (document, sentence, start,
    /// end, text, and the document's title, date, url, outlet and the stated eventStart, eventEnd and
    /// eventPhrase when known, and one `attribute/<name>` triple per column an imported triple file carried
    /// beyond the known ones), so provenance survives.
    /// - Complexity: O(V + E + total evidence).
    public func nTriples(naming: RDFNaming = .standard) -> String {
        var out = ""
        for statement in rdfStatements(naming: naming) {
            out += "<" + statement.subject + "> <" + statement.predicate + "> " + statement.object.nTriples + " .\n"
        }
        return out
    }

    /// The same statements as `nTriples(naming:)`, in Turtle: prefixes declared, statements grouped by subject.
    /// - Complexity: O(V + E + total evidence).
    public func turtle(naming: RDFNaming = .standard) -> String {
        let prefixes: [(prefix: String, namespace: String)] = [
            ("ng", naming.schema("")), ("rdf", Self.rdf), ("rdfs", Self.rdfs), ("skos", Self.skos), ("xsd", RDFTerm.xsd),
        ]
        var out = prefixes.map { "@prefix \($0.prefix): <\($0.namespace)> .\n" }.joined()
        var current: String?
        for statement in rdfStatements(naming: naming) {
            let predicate = statement.predicate == Self.rdf + "type" ? "a" : RDFTerm.iri(statement.predicate).turtle(prefixes: prefixes)
            let object = statement.object.turtle(prefixes: prefixes)
            if statement.subject == current {
                out += " ;\n    \(predicate) \(object)"
            } else {
                if current != nil { out += " .\n" }
                out += "\n" + RDFTerm.iri(statement.subject).turtle(prefixes: prefixes) + "\n    \(predicate) \(object)"
                current = statement.subject
            }
        }
        if current != nil { out += " .\n" }
        return out
    }

    /// Every exported statement, grouped by subject: actors in id order, relations by name, then edges in id order.
    func rdfStatements(naming: RDFNaming) -> [RDFStatement] {
        var result: [RDFStatement] = []
        func add(_ subject: String, _ predicate: String, _ object: RDFTerm) {
            result.append(RDFStatement(subject: subject, predicate: predicate, object: object))
        }
        for node in nodes {
            let actor = naming.actor(node.name)
            add(actor, Self.rdf + "type", .iri(naming.schema("Actor")))
            add(actor, Self.rdfs + "label", .string(node.name))
            add(actor, naming.schema("actorType"), .string(node.type.rawValue))
            for alias in node.aliases { add(actor, Self.skos + "altLabel", .string(alias)) }
            for (key, value) in node.attributes.sorted(by: { $0.key < $1.key }) { add(actor, naming.attribute(key), .string(value)) }
        }
        for relation in Set(edges.map(\.relation)).sorted() {
            add(naming.relation(relation), Self.rdf + "type", .iri(Self.rdf + "Property"))
            add(naming.relation(relation), Self.rdfs + "label", .string(relation))
        }
        for edge in edges {
            let subject = naming.actor(nodes[edge.source.index].name), object = naming.actor(nodes[edge.target.index].name)
            let predicate = naming.relation(edge.relation)
            // A negated edge says the relation did not hold, so only its reified statement is exported.
            if !edge.negated { add(subject, predicate, .iri(object)) }
            let statement = naming.statement(subject: nodes[edge.source.index].name, relation: edge.relation,
                                             object: nodes[edge.target.index].name)
            add(statement, Self.rdf + "type", .iri(Self.rdf + "Statement"))
            add(statement, Self.rdf + "subject", .iri(subject))
            add(statement, Self.rdf + "predicate", .iri(predicate))
            add(statement, Self.rdf + "object", .iri(object))
            add(statement, naming.schema("count"), .integer(edge.count))
            add(statement, naming.schema("negated"), .boolean(edge.negated))
            for index in edge.evidence.indices { add(statement, naming.schema("evidence"), .iri(statement + "/evidence/\(index)")) }
            for (index, evidence) in edge.evidence.enumerated() {
                let node = statement + "/evidence/\(index)"
                add(node, Self.rdf + "type", .iri(naming.schema("Evidence")))
                add(node, naming.schema("document"), .string(evidence.document))
                add(node, naming.schema("sentence"), .integer(evidence.sentence))
                add(node, naming.schema("start"), .integer(evidence.start))
                add(node, naming.schema("end"), .integer(evidence.end))
                add(node, naming.schema("text"), .string(evidence.text))
                // Only what is known: undated evidence exports as before.
                for (name, value) in [("title", evidence.title), ("date", evidence.date), ("url", evidence.url),
                                      ("outlet", evidence.outlet), ("eventStart", evidence.eventStart),
                                      ("eventEnd", evidence.eventEnd), ("eventPhrase", evidence.eventPhrase)] {
                    if let value { add(node, naming.schema(name), .string(value)) }
                }
                for (key, value) in (evidence.attributes ?? [:]).sorted(by: { $0.key < $1.key }) {
                    add(node, naming.attribute(key), .string(value))
                }
            }
        }
        return result
    }
}
