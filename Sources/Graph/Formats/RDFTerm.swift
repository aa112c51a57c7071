/// One RDF term in an exported statement.
enum RDFTerm: Sendable, Hashable {
    case iri(String)
    /// A literal with an optional datatype IRI (nil for plain strings).
    case literal(String, datatype: String?)

    static let xsd = "http://www.w3.org/2001/XMLSchema#"

    static func string(_ text: String) -> RDFTerm { .literal(text, datatype: nil) }
    static func integer(_ value: Int) -> RDFTerm { .literal(String(value), datatype: xsd + "integer") }
    static func boolean(_ value: Bool) -> RDFTerm { .literal(value ? "true" : "false", datatype: xsd + "boolean") }

    /// The term in N-Triples syntax (also valid Turtle).
    var nTriples: String {
        switch self {
        case let .iri(iri): return "<" + iri + ">"
        case let .literal(text, datatype):
            let quoted = "\"" + FormatEscaping.rdfString(text) + "\""
            return datatype.map { quoted + "^^<" + $0 + ">" } ?? quoted
        }
    }

    /// The term in Turtle, using a declared prefix when one fits and its local part is a plain word.
    func turtle(prefixes: [(prefix: String, namespace: String)]) -> String {
        switch self {
        case let .iri(iri):
            return RDFTerm.compact(iri, prefixes: prefixes) ?? nTriples
        case let .literal(text, datatype):
            let quoted = "\"" + FormatEscaping.rdfString(text) + "\""
            guard let datatype else { return quoted }
            return quoted + "^^" + (RDFTerm.compact(datatype, prefixes: prefixes) ?? "<" + datatype + ">")
        }
    }

    /// `prefix:local` for `iri`, when `local` is only ASCII letters (always a valid prefixed name).
    static func compact(_ iri: String, prefixes: [(prefix: String, namespace: String)]) -> String? {
        for (prefix, namespace) in prefixes where iri.hasPrefix(namespace) {
            let local = iri.dropFirst(namespace.count)
            if !local.isEmpty, local.unicodeScalars.allSatisfy({ ("a"..."z").contains($0) || ("A"..."Z").contains($0) }) {
                return prefix + ":" + local
            }
        }
        return nil
    }
}

/// One exported statement.
struct RDFStatement: Sendable, Hashable {
    var subject: String
    var predicate: String
    var object: RDFTerm
}
