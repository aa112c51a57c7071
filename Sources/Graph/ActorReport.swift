import Extraction

/// One actor as `newsgraph actors` lists it: who it is, which names joined it and by which rule.
public struct ActorReport: Sendable, Equatable {
    /// A name that some article gave the actor, the rule that joined it, and in how many documents.
    public struct JoinedName: Sendable, Equatable {
        public var name: String
        public var rule: IdentityRules.Rule
        public var documents: Int
    }

    public var id: NodeID
    public var key: String
    public var name: String
    public var type: EntityType
    /// Distinct documents the actor was read in.
    public var documents: Int
    /// The articles' own names for the actor, most documents first.
    public var names: [JoinedName]
    public var aliases: [String]
}

extension KnowledgeGraph {
    /// Reports on the actors whose name, alias or key contains `filter` (ignoring case; every actor
    /// when nil), in node order.
    /// - Complexity: O(R) for R actor records, plus sorting each actor's names.
    public func actorReports(matching filter: String? = nil) -> [ActorReport] {
        let needle = filter?.lowercased()
        let all = nodes.flatMap(\.records)
        let (crossing, surnames) = Self.singleWordContext(all)
        return nodes.compactMap { node in
            if let needle, !([node.name, node.key] + node.aliases).contains(where: { $0.lowercased().contains(needle) }) { return nil }
            var names: [String: (rule: IdentityRules.Rule, documents: Set<String>)] = [:]
            for record in node.records {
                let keys = identity.keys(for: record, crossing: crossing, surnames: surnames)
                // A record filed under the node's key by rules this graph no longer has (an aliases file
                // given at build time) is explained by the kind of key.
                let rule = keys.first { $0.value == node.key }?.rule
                    ?? (node.key.hasPrefix("alias:") ? .aliasFile : keys[0].rule)
                let current = names[record.name]
                names[record.name] = (min(rule, current?.rule ?? rule), (current?.documents ?? []).union([record.document]))
            }
            let joined = names.map { ActorReport.JoinedName(name: $0.key, rule: $0.value.rule, documents: $0.value.documents.count) }
                .sorted { ($1.documents, $0.name) < ($0.documents, $1.name) }
            return ActorReport(id: node.id, key: node.key, name: node.name, type: node.type,
                               documents: Set(node.records.map(\.document)).count, names: joined, aliases: node.aliases)
        }
    }
}
