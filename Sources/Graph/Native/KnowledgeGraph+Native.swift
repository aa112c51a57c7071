import Extraction
import Foundation

extension KnowledgeGraph {
    /// Reads a whole native `.ngraph` file, evidence and records included; `path` names it in errors.
    /// - Complexity: O(file size).
    public init(nativeData data: Data, path: String) throws(GraphError) {
        self = try NativeGraph(data: data, path: path).graph(loading: .everything)
    }

    /// The statements behind `edge`: those in memory, or for a graph whose structure alone was read
    /// from a native file, those in the file (one block inflated).
    /// - Complexity: O(block size) for a lazily opened graph, O(1) otherwise.
    public func evidence(of edge: EdgeID) throws(GraphError) -> [Evidence] {
        let held = edges[edge.index].evidence
        guard held.isEmpty, let provenance else { return held }
        return try provenance.evidence(of: [edge])[edge] ?? []
    }
}
