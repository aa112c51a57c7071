/// A node's index in its graph; stable for the life of the graph value.
public struct NodeID: RawRepresentable, Hashable, Comparable, Codable, Sendable, CustomStringConvertible {
    public let rawValue: Int32
    public init(rawValue: Int32) { self.rawValue = rawValue }
    init(_ index: Int) { rawValue = Int32(truncatingIfNeeded: index) }
    /// The index into `KnowledgeGraph.nodes`.
    public var index: Int { Int(rawValue) }
    public static func < (lhs: NodeID, rhs: NodeID) -> Bool { lhs.rawValue < rhs.rawValue }
    public var description: String { "n\(rawValue)" }
}

/// An edge's index in its graph.
public struct EdgeID: RawRepresentable, Hashable, Comparable, Codable, Sendable, CustomStringConvertible {
    public let rawValue: Int32
    public init(rawValue: Int32) { self.rawValue = rawValue }
    init(_ index: Int) { rawValue = Int32(truncatingIfNeeded: index) }
    /// The index into `KnowledgeGraph.edges`.
    public var index: Int { Int(rawValue) }
    public static func < (lhs: EdgeID, rhs: EdgeID) -> Bool { lhs.rawValue < rhs.rawValue }
    public var description: String { "e\(rawValue)" }
}
