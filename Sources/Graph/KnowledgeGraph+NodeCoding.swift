import Extraction

/// Nodes in NewsGraph JSON. Version-1 files have no `key` and no `records`: the node's name stands
/// for both, so old graphs still load and re-resolve.
extension KnowledgeGraph.Node: Codable {
    // Equality and hashing leave out `records`: they are provenance, as evidence is for edges, and
    // formats without them (DOT) still describe the same actor.
    public static func == (lhs: Self, rhs: Self) -> Bool {
        lhs.id == rhs.id && lhs.key == rhs.key && lhs.name == rhs.name && lhs.type == rhs.type
            && lhs.aliases == rhs.aliases && lhs.attributes == rhs.attributes
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(id)
        hasher.combine(key)
        hasher.combine(name)
    }

    private enum CodingKeys: String, CodingKey {
        case id, key, name, type, aliases, attributes, records
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        id = try container.decode(NodeID.self, forKey: .id)
        name = try container.decode(String.self, forKey: .name)
        type = try container.decode(EntityType.self, forKey: .type)
        aliases = try container.decode([String].self, forKey: .aliases)
        attributes = try container.decode([String: String].self, forKey: .attributes)
        records = try container.decodeIfPresent([ActorRecord].self, forKey: .records)
            ?? [ActorRecord(document: "", name: name, type: type, aliases: aliases, attributes: attributes)]
        key = try container.decodeIfPresent(String.self, forKey: .key)
            ?? IdentityRules.standard.primaryKey(for: records[0]).value
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(id, forKey: .id)
        try container.encode(key, forKey: .key)
        try container.encode(name, forKey: .name)
        try container.encode(type, forKey: .type)
        try container.encode(aliases, forKey: .aliases)
        try container.encode(attributes, forKey: .attributes)
        try container.encode(records, forKey: .records)
    }
}
