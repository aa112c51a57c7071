/// An actor as the resolver built it: the canonical name, every surface form, and where it was mentioned.
struct ResolvedEntity: Sendable, Equatable {
    var name: String
    var type: EntityType
    var aliases: [String]
    var attributes: [String: String]
    /// Mention indices that refer to it, in text order.
    var mentions: [Int]

    /// The public value carried by triples.
    var actor: Actor { Actor(name: name, type: type, aliases: aliases, attributes: attributes) }
}
