/// A resolved entity: the canonical name plus every other name that referred to it.
public struct Actor: Sendable, Hashable, Codable {
    /// The canonical name, e.g. "ECOWAS".
    public var name: String
    /// What kind of actor this is.
    public var type: EntityType
    /// Other names seen for it in the text ("Ecowas", "the regional body"), sorted, without `name`.
    public var aliases: [String]
    /// Extra facts, e.g. `["title": "General"]`.
    public var attributes: [String: String]

    public init(name: String, type: EntityType, aliases: [String] = [], attributes: [String: String] = [:]) {
        self.name = name
        self.type = type
        self.aliases = Array(Set(aliases.filter { $0 != name })).sorted()
        self.attributes = attributes
    }
}
