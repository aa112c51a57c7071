@preconcurrency import CGraphviz
import Extraction
import Graph

/// Reads one node's actor data from a parsed graph. Callers hold the lock.
struct NodeReader {
    /// An actor as read from DOT.
    struct Read {
        var name: String
        var type: EntityType
        var aliases: [String]
        var attributes: [String: String]
        /// The actor's identity key, when the DOT is NewsGraph's own and carries one.
        var key: String?
        /// The actor's per-document records, when the DOT carries them.
        var records: [ActorRecord] = []
    }

    private let ours: Bool
    private let label, name, key, type, aliases, attributes, records: UnsafeMutablePointer<Agsym_t>?

    init(_ agraph: UnsafeMutablePointer<Agraph_t>, ours: Bool) {
        self.ours = ours
        label = CGraphAccess.symbol(agraph, .node, "label")
        name = CGraphAccess.symbol(agraph, .node, "name")
        key = CGraphAccess.symbol(agraph, .node, "actor_key")
        records = CGraphAccess.symbol(agraph, .node, "records")
        type = CGraphAccess.symbol(agraph, .node, "type")
        aliases = CGraphAccess.symbol(agraph, .node, "aliases")
        attributes = CGraphAccess.symbol(agraph, .node, "attributes")
    }

    func read(_ agnode: UnsafeMutablePointer<Agnode_t>) throws -> Read {
        let object = UnsafeMutableRawPointer(agnode)
        let id = CGraphAccess.name(object)
        let storedName = CGraphAccess.get(object, name) ?? ""
        let actorName: String
        if ours || !storedName.isEmpty {
            actorName = DOTEscaping.unescape(storedName)
        } else {
            actorName = labelName(object, id: id)
        }
        var actorAttributes: [String: String] = [:]
        if let json = CGraphAccess.get(object, attributes), !json.isEmpty {
            actorAttributes = try DOTReader.decodeJSON([String: String].self, from: json,
                                                       what: "the attributes of node \(id)")
        }
        var actorRecords: [ActorRecord] = []
        if ours, let json = CGraphAccess.get(object, records), !json.isEmpty {
            actorRecords = try DOTReader.decodeJSON([ActorRecord].self, from: json, what: "the records of node \(id)")
        }
        return Read(name: actorName,
                    type: EntityType(rawValue: CGraphAccess.get(object, type) ?? "") ?? .other,
                    aliases: DOTEscaping.splitList(CGraphAccess.get(object, aliases) ?? ""),
                    attributes: actorAttributes,
                    key: ours ? (CGraphAccess.get(object, key).map(DOTEscaping.unescape).flatMap { $0.isEmpty ? nil : $0 }) : nil,
                    records: actorRecords)
    }

    /// The label as the name, or the node id when the label is absent, empty or `\N`.
    private func labelName(_ object: UnsafeMutableRawPointer, id: String) -> String {
        guard let text = CGraphAccess.get(object, label), !text.isEmpty, text != "\\N" else { return id }
        let plain = CGraphAccess.isHTML(object, label)
            ? DOTEscaping.htmlLabelText(text)
            : DOTEscaping.labelText(text, nodeName: id)
        return plain.isEmpty ? id : plain
    }
}
