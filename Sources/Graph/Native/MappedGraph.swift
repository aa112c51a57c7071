import Extraction

/// A native file's structure read in place: the edge columns and both CSR lists are used where they
/// lie in the (memory-mapped) file, strings are decoded only when printed, and evidence is inflated
/// only for the edges shown. What a query builds is one small record per node (its name and type).
///
/// Valid only inside `NativeGraph.withMapped`, which lends the file's bytes.
public struct MappedGraph {
    let file: NativeGraph
    let bytes: UnsafeRawBufferPointer
    public let nodeCount: Int
    public let edgeCount: Int
    let strings: MappedStrings
    /// Per node: its name's string id, its type, and where its record starts in the nodes section.
    let names: [UInt32]
    let types: [EntityType]
    let nodeStarts: [Int]
    let nodeSection: UnsafeRawBufferPointer
    let sources: UnsafeBufferPointer<Int32>
    let targets: UnsafeBufferPointer<Int32>
    let relations: UnsafeBufferPointer<UInt32>
    /// The count column (i64); read unaligned, since the columns before it need not end on 8 bytes.
    let counts: UnsafeRawBufferPointer
    let negated: UnsafeRawBufferPointer
    let out: CSRView
    let into: CSRView
    /// The names section, when the file has one (files written before it existed do not).
    let nameIndex: UnsafeRawBufferPointer?

    /// Reads the node records and checks that every id the columns and lists hold lies in range,
    /// so a damaged file that passed its checksums still cannot send a search out of bounds.
    /// - Complexity: O(V + E), with no allocation per edge.
    init(_ file: NativeGraph, bytes: UnsafeRawBufferPointer) throws(GraphError) {
        self.file = file
        self.bytes = bytes
        func section(_ kind: NativeFormat.Section) -> UnsafeRawBufferPointer {
            UnsafeRawBufferPointer(rebasing: bytes[file.sections[kind] ?? 0..<0])
        }
        var stringCursor = ByteCursor(section(.strings), path: file.path, what: "strings section")
        strings = try MappedStrings(&stringCursor)
        nodeSection = section(.nodes)
        var nodeCursor = ByteCursor(nodeSection, path: file.path, what: "nodes section")
        let records = try Self.nodeRecords(&nodeCursor, strings: strings)
        names = records.names
        types = records.types
        nodeStarts = records.starts
        nodeCount = names.count
        var edgeCursor = ByteCursor(section(.edges), path: file.path, what: "edges section")
        guard try edgeCursor.fixed(UInt64.self) == UInt64(nodeCount) else { throw edgeCursor.problem("disagrees with the node table") }
        edgeCount = Int(clamping: try edgeCursor.fixed(UInt64.self))
        guard edgeCount <= edgeCursor.bytes.count / 21 else { throw edgeCursor.problem("implausible edge count \(edgeCount)") }
        sources = try edgeCursor.borrow(Int32.self, count: edgeCount)
        targets = try edgeCursor.borrow(Int32.self, count: edgeCount)
        relations = try edgeCursor.borrow(UInt32.self, count: edgeCount)
        counts = try edgeCursor.borrowBytes(edgeCount * 8)
        negated = try edgeCursor.borrowBytes(edgeCount)
        out = try Self.lists(section(.outgoing), file: file, kind: .outgoing, nodes: nodeCount, edges: edgeCount)
        into = try Self.lists(section(.incoming), file: file, kind: .incoming, nodes: nodeCount, edges: edgeCount)
        nameIndex = file.sections[.names].map { UnsafeRawBufferPointer(rebasing: bytes[$0]) }
        let nodeLimit = Int32(truncatingIfNeeded: nodeCount)
        guard sources.allSatisfy({ $0 >= 0 && $0 < nodeLimit }), targets.allSatisfy({ $0 >= 0 && $0 < nodeLimit }),
              relations.allSatisfy({ Int($0) < strings.count }) else {
            throw file.problem("an edge refers to a node or relation that does not exist")
        }
    }

    /// Name string id, type and start offset of every node record; the records themselves stay on disk.
    private static func nodeRecords(_ cursor: inout ByteCursor, strings: MappedStrings) throws(GraphError)
        -> (names: [UInt32], types: [EntityType], starts: [Int]) {
        let count = try cursor.index(below: Int(Int32.max))
        guard count <= cursor.bytes.count else { throw cursor.problem("implausible node count \(count)") }
        var names: [UInt32] = [], types: [EntityType] = [], starts: [Int] = []
        names.reserveCapacity(count)
        types.reserveCapacity(count)
        starts.reserveCapacity(count)
        // A handful of type strings serve every node: each is decoded once.
        var typeByString: [Int: EntityType] = [:]
        for _ in 0..<count {
            starts.append(cursor.offset)
            _ = try cursor.index(below: strings.count)
            names.append(UInt32(try cursor.index(below: strings.count)))
            let typeID = try cursor.index(below: strings.count)
            if let known = typeByString[typeID] {
                types.append(known)
            } else {
                let type = try ProvenanceCoding.entityType(strings[typeID], cursor)
                typeByString[typeID] = type
                types.append(type)
            }
            for _ in 0..<(try cursor.index(below: cursor.bytes.count + 1)) { _ = try cursor.index(below: strings.count) }
            for _ in 0..<(try cursor.index(below: cursor.bytes.count + 1)) {
                _ = try cursor.index(below: strings.count)
                _ = try cursor.index(below: strings.count)
            }
        }
        guard cursor.isAtEnd else { throw cursor.problem("stray bytes after \(count) nodes") }
        return (names, types, starts)
    }

    /// One stored CSR list, borrowed; offsets must rise from 0 to the edge count and every entry name
    /// an existing node and edge.
    private static func lists(_ section: UnsafeRawBufferPointer, file: NativeGraph, kind: NativeFormat.Section,
                              nodes: Int, edges: Int) throws(GraphError) -> CSRView {
        var cursor = ByteCursor(section, path: file.path, what: "\(kind) section")
        let offsets = try cursor.borrow(Int32.self, count: nodes + 1)
        let edgeIDs = try cursor.borrow(Int32.self, count: edges)
        let neighbors = try cursor.borrow(Int32.self, count: edges)
        guard offsets.first == 0, offsets.last.map(Int.init) == edges else { throw file.problem("the \(kind) lists do not cover the edges") }
        for node in 0..<nodes where offsets[node] > offsets[node + 1] {
            throw file.problem("the \(kind) lists are out of order at node \(node)")
        }
        let edgeLimit = Int32(truncatingIfNeeded: edges), nodeLimit = Int32(truncatingIfNeeded: nodes)
        guard edgeIDs.allSatisfy({ $0 >= 0 && $0 < edgeLimit }), neighbors.allSatisfy({ $0 >= 0 && $0 < nodeLimit }) else {
            throw file.problem("the \(kind) lists refer to a node or edge that does not exist")
        }
        // NodeID and EdgeID are single Int32s, so the columns can be read as them in place.
        return CSRView(offsets: offsets, neighbors: rebound(neighbors, to: NodeID.self), edges: rebound(edgeIDs, to: EdgeID.self))
    }

    private static func rebound<T>(_ column: UnsafeBufferPointer<Int32>, to type: T.Type) -> UnsafeBufferPointer<T> {
        guard let base = column.baseAddress else { return UnsafeBufferPointer(start: nil, count: 0) }
        return UnsafeBufferPointer(start: UnsafeRawPointer(base).bindMemory(to: T.self, capacity: column.count), count: column.count)
    }

    /// The aliases of `node`, decoded from its record.
    func aliases(of node: NodeID) -> [String] {
        var cursor = ByteCursor(nodeSection, path: file.path, what: "nodes section")
        cursor.offset = nodeStarts[node.index]
        do {
            for _ in 0..<3 { _ = try cursor.varint() }
            let count = try cursor.index(below: nodeSection.count + 1)
            var aliases: [String] = []
            for _ in 0..<count { aliases.append(strings[try cursor.index(below: strings.count)]) }
            return aliases
        } catch {
            return []  // Walked once already when the view was made: cannot fail.
        }
    }
}
