import Extraction

/// One document's view of an actor: the name, type and other names that article gave it.
///
/// Records are the provenance of a node's identity. Cross-document joins are decided from them
/// (see `IdentityRules`), so a graph can always be re-resolved, or one document's records removed,
/// without guessing which surface form came from where.
public struct ActorRecord: Sendable, Hashable, Codable, Comparable {
    /// The document the actor was read in ("" when unknown, e.g. a DOT file).
    public var document: String
    /// The article's canonical name for the actor.
    public var name: String
    /// The type the article gave it.
    public var type: EntityType
    /// The article's other names for it (surnames, descriptions, acronyms), sorted.
    public var aliases: [String]
    /// Facts the article gave (e.g. a title).
    public var attributes: [String: String]

    public init(document: String, name: String, type: EntityType, aliases: [String] = [], attributes: [String: String] = [:]) {
        self.document = document
        self.name = name
        self.type = type
        // Most records have no other name: no set to build for them (a build makes millions).
        self.aliases = aliases.isEmpty ? [] : Array(Set(aliases).subtracting([name])).sorted()
        self.attributes = attributes
    }

    /// The record of `actor` as read in `document`.
    public init(_ actor: Actor, document: String) {
        self.init(document: document, name: actor.name, type: actor.type, aliases: actor.aliases, attributes: actor.attributes)
    }

    public static func < (lhs: ActorRecord, rhs: ActorRecord) -> Bool {
        if lhs.document != rhs.document { return lhs.document < rhs.document }
        if lhs.name != rhs.name { return lhs.name < rhs.name }
        if lhs.type != rhs.type { return lhs.type < rhs.type }
        if lhs.aliases != rhs.aliases { return lhs.aliases.lexicographicallyPrecedes(rhs.aliases) }
        return lhs.attributes.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }
            .lexicographicallyPrecedes(rhs.attributes.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" })
    }
}
