/// The IRI scheme of NewsGraph's RDF exports.
///
/// Under `base` (default `https://newsgraph.invalid/`, a reserved domain that never resolves):
/// actors are `actor/<slug>`, relation predicates `relation/<slug>`, each merged edge's reified
/// statement `statement/<subject>/<relation>/<object>`, its evidence `…/evidence/<n>`, node attributes
/// `attribute/<slug>`, and the vocabulary `schema#Term`. A slug is the name with spaces as `_` and
/// everything outside `[A-Za-z0-9-.~]` percent-encoded (see `FormatEscaping.iriSegment`); actor
/// slugs are lower-cased first, since actor names match ignoring case, relation slugs keep case,
/// so IRIs depend only on names, never on node ids, and stay the same across runs and graphs.
public struct RDFNaming: Sendable, Equatable {
    /// Prefix of every IRI, ending in `/`.
    public let base: String

    /// The default base, `https://newsgraph.invalid/`.
    public static let standard = RDFNaming(base: "https://newsgraph.invalid/")

    public init(base: String) {
        self.base = base.hasSuffix("/") ? base : base + "/"
    }

    /// The IRI of the actor named `name` (case-insensitive, like the graph's own lookup).
    public func actor(_ name: String) -> String { base + "actor/" + FormatEscaping.iriSegment(name) }

    /// The predicate IRI of `relation`.
    public func relation(_ relation: String) -> String { base + "relation/" + FormatEscaping.iriSegment(relation, foldCase: false) }

    /// The IRI of the reified statement behind the edge `subject —relation→ object`.
    public func statement(subject: String, relation: String, object: String) -> String {
        base + "statement/" + FormatEscaping.iriSegment(subject) + "/" + FormatEscaping.iriSegment(relation, foldCase: false)
            + "/" + FormatEscaping.iriSegment(object)
    }

    /// The IRI of a node attribute predicate.
    public func attribute(_ key: String) -> String { base + "attribute/" + FormatEscaping.iriSegment(key, foldCase: false) }

    /// A term of the NewsGraph vocabulary, e.g. `Actor`, `count`.
    public func schema(_ term: String) -> String { base + "schema#" + term }
}
