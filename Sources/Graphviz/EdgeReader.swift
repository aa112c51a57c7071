@preconcurrency import CGraphviz
import Extraction
import Graph

/// Reads one edge's relation data from a parsed graph. Callers hold the lock.
struct EdgeReader {
    /// A relation as read from DOT.
    struct Read {
        var relation: String
        var evidence: [Evidence]
        var count: Int?
        var negated: Bool
    }

    private let ours: Bool
    private let label, count, evidence, negated: UnsafeMutablePointer<Agsym_t>?

    init(_ agraph: UnsafeMutablePointer<Agraph_t>, ours: Bool) {
        self.ours = ours
        label = CGraphAccess.symbol(agraph, .edge, "label")
        count = CGraphAccess.symbol(agraph, .edge, "count")
        evidence = CGraphAccess.symbol(agraph, .edge, "evidence")
        negated = CGraphAccess.symbol(agraph, .edge, "negated")
    }

    func read(_ agedge: UnsafeMutablePointer<Agedge_t>) throws -> Read {
        let object = UnsafeMutableRawPointer(agedge)
        let text = CGraphAccess.get(object, label) ?? ""
        var relation: String
        if ours {
            relation = DOTEscaping.unescapeLabel(text)
        } else {
            relation = CGraphAccess.isHTML(object, label)
                ? DOTEscaping.htmlLabelText(text)
                : DOTEscaping.labelText(text, nodeName: "")
            if relation.isEmpty { relation = DOTReader.defaultRelation }
        }
        var statements: [Evidence] = []
        if let json = CGraphAccess.get(object, evidence), !json.isEmpty {
            let key = CGraphAccess.name(object)
            statements = try DOTReader.decodeJSON([Evidence].self, from: json,
                                                  what: "the evidence of edge \(key.isEmpty ? relation : key)")
        }
        let stated = Int(CGraphAccess.get(object, count) ?? "").flatMap { $0 >= 1 ? $0 : nil }
        return Read(relation: relation, evidence: statements, count: stated,
                    negated: CGraphAccess.get(object, negated) == "true")
    }
}
