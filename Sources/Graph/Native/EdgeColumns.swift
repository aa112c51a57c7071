/// The edge table's fixed-width columns.
struct EdgeColumns {
    var count: Int
    var sources: [Int32], targets: [Int32], relations: [UInt32], counts: [Int64], negated: [UInt8]

    init(_ cursor: inout ByteCursor, nodeCount: Int) throws(GraphError) {
        let nodes = try cursor.fixed(UInt64.self)
        guard nodes == UInt64(nodeCount) else { throw cursor.problem("says \(nodes) nodes, the node table holds \(nodeCount)") }
        count = Int(clamping: try cursor.fixed(UInt64.self))
        guard count <= cursor.bytes.count / 21 else { throw cursor.problem("implausible edge count \(count)") }
        sources = try cursor.column(Int32.self, count: count)
        targets = try cursor.column(Int32.self, count: count)
        relations = try cursor.column(UInt32.self, count: count)
        counts = try cursor.column(Int64.self, count: count)
        negated = try cursor.column(UInt8.self, count: count)
    }
}
