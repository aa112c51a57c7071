import Foundation
import Extraction

/// `build --append` onto a native file without reading or rewriting its evidence: the graph that
/// `canonicalized()` makes of the file's graph with new statements added, written as a version-2 file
/// whose earlier evidence segments are copied byte for byte and whose new segment holds only what the
/// append read (see `EvidenceStore`).
///
/// The identity rules still see every actor record, so the result is the graph a full rebuild gives.
/// An old edge's statements are read only when it cannot be carried over whole: an end of it splits
/// between actors, a replaced document touches an end, or it merges with another old edge or with
/// statements of a document the file already holds (where a statement could be counted twice).
public struct NativeAppend {
    /// The canonical graph. Its edges hold only the statements read from the file or added now; their
    /// counts are whole. Its nodes hold their records.
    public let graph: KnowledgeGraph
    private let file: NativeGraph
    /// Per edge of `graph`, where its evidence is: references into the file's segments and, for an edge
    /// with statements in `graph`, one item of the new segment.
    private let references: [[UInt64]]

    /// True when most of the file's earlier evidence items are no longer referred to (statements of
    /// replaced articles, edges read and written again): the file would then be mostly dead weight, and
    /// the caller should rewrite it whole (a version-1 file) rather than append.
    /// - Complexity: O(references).
    public var leavesMostlyDeadItems: Bool {
        let stored = file.evidenceStore.segments.reduce(0) { $0 + $1.itemCount }
        var live = Set<UInt64>()
        for edgeReferences in references { for reference in edgeReferences where reference != .max { live.insert(reference) } }
        return stored - live.count > max(live.count, NativeFormat.blockItems)
    }

    /// Appends `new`, a graph of what was read now (its documents seeded with the file's, its identity the
    /// rules to apply), to `file`; `replaced` names the inputs whose earlier documents (the name itself and
    /// its feed items, `name#N`) are dropped first.
    /// - Complexity: O(R log R) for the identity pass over every record, plus O(E log E); evidence is read
    ///   for the edges that cannot be carried over only.
    public init(file: NativeGraph, adding new: KnowledgeGraph, replacing replaced: [String]) throws(GraphError) {
        self.file = file
        // The earlier appends' segments are copied under a new checksum: damage in them must be caught
        // here, not carried on. (The first segment keeps its own checksum when copied, and the records
        // are checked block by block as they are read.)
        try file.verify(.evidenceSegments)
        let old = try file.graph(loading: .records)
        let replacedSet = Set(replaced)
        // The input itself or an item of it (`name#N`), whichever '#' ends the input's name.
        func dropped(_ document: String) -> Bool {
            guard !replacedSet.isEmpty else { return false }
            return replacedSet.contains(document)
                || document.indices.contains { document[$0] == "#" && replacedSet.contains(String(document[..<$0])) }
        }
        var touched = [Bool](repeating: false, count: old.nodes.count)
        var records = old.unsortedRecords().filter { entry in
            guard dropped(entry.record.document) else { return true }
            touched[entry.node.index] = true
            return false
        }
        // A node without records (a graph from a DOT file) may hold statements of any document.
        let readAll = !replacedSet.isEmpty && old.nodes.contains { $0.records.isEmpty }
        let offset = old.nodes.count
        records += new.unsortedRecords(offset: offset)
        let sorted = RecordOrder.sorted(records)
        // Two million records are a few hundred megabytes: the unsorted copy goes before the identity pass.
        records = []
        let resolution = KnowledgeGraph.Resolution(records: sorted, nodeCount: offset + new.nodes.count, identity: new.identity)
        func place(_ node: NodeID, _ document: String?) -> NodeID? {
            if let document, dropped(document), node.index < offset { return nil }
            return resolution.place(node, document)
        }

        // One relation table: the file's ids, then the strings only the new statements use.
        var names = old.relationNames
        var known = Dictionary(names.enumerated().map { ($1, Int32($0)) }, uniquingKeysWith: { first, _ in first })
        let newRelation = new.relationNames.map { name in
            if let id = known[name] { return id }
            let id = Int32(names.count)
            names.append(name)
            known[name] = id
            return id
        }

        // Relations ranked by string once, so edge keys compare as integers.
        var rank = [Int32](repeating: 0, count: names.count)
        for (position, id) in names.indices.sorted(by: { names[$0] < names[$1] }).enumerated() { rank[id] = Int32(position) }
        func order(_ key: KnowledgeGraph.EdgeRegrouping.Key) -> (Int32, Int32, Int32) {
            (key.source.rawValue, key.target.rawValue, rank[Int(key.relation)])
        }

        var regrouping = KnowledgeGraph.EdgeRegrouping()
        func read(_ edges: [Int]) throws(GraphError) {
            guard !edges.isEmpty else { return }
            let evidence = try file.evidence(of: edges.map { EdgeID($0) })
            for index in edges {
                var edge = old.edges[index]
                edge.evidence = evidence[edge.id] ?? []
                regrouping.add(edge, relation: old.edgeRelation(index), place: place)
            }
        }
        // Old edges carried over whole, with their new key; the file's edge order nearly survives the
        // renumbering of nodes (which keeps their order but where actors merged), so the sort is cheap.
        var carried: [(key: KnowledgeGraph.EdgeRegrouping.Key, edge: Int)] = []
        var reading: [Int] = []
        carried.reserveCapacity(old.edges.count)
        func unsettled(_ node: NodeID) -> Bool { resolution.split[node.index] || touched[node.index] }
        for (index, edge) in old.edges.enumerated() {
            if readAll || unsettled(edge.source) || unsettled(edge.target) {
                reading.append(index)
            } else if let source = resolution.place(edge.source, nil), let target = resolution.place(edge.target, nil) {
                carried.append((.init(source: source, target: target, relation: old.edgeRelation(index)), index))
            }
        }
        try read(reading)
        carried.sort { order($0.key) < order($1.key) }
        // Old edges meeting another old edge are read, so a statement they share counts once.
        func meets(_ position: Int) -> Bool {
            let key = carried[position].key
            return (position > 0 && carried[position - 1].key == key)
                || (position + 1 < carried.count && carried[position + 1].key == key)
                || (!regrouping.pending.isEmpty && regrouping.pending[key] != nil)
        }
        try read(separate(&carried, carried.indices.filter(meets)))
        for (index, edge) in new.edges.enumerated() {
            var moved = edge
            moved.source = NodeID(edge.source.index + offset)
            moved.target = NodeID(edge.target.index + offset)
            regrouping.add(moved, relation: newRelation[Int(new.edgeRelation(index))], place: place)
        }
        // New statements of a document the file holds may repeat an old edge's: read that edge.
        let oldDocuments = Set(old.documents.keys)
        let repeating = Set(regrouping.pending.filter { $0.value.evidence.sorted().contains { oldDocuments.contains($0.document) } }.keys)
        try read(separate(&carried, carried.indices.filter { repeating.contains(carried[$0].key) }))

        // The carried edges and the regrouped ones, merged in key order.
        let pendingKeys = regrouping.pending.keys.sorted { order($0) < order($1) }
        var edges: [KnowledgeGraph.Edge] = [], relations: [UInt32] = [], references: [[UInt64]] = []
        edges.reserveCapacity(carried.count + pendingKeys.count)
        var next = 0, nextPending = 0
        while next < carried.count || nextPending < pendingKeys.count {
            let key: KnowledgeGraph.EdgeRegrouping.Key
            if nextPending == pendingKeys.count || (next < carried.count && order(carried[next].key) <= order(pendingKeys[nextPending])) {
                key = carried[next].key
            } else {
                key = pendingKeys[nextPending]
            }
            var kept: Int?
            if next < carried.count, carried[next].key == key {
                kept = carried[next].edge
                next += 1
            }
            let pending = regrouping.pending[key]
            if pending != nil { nextPending += 1 }
            let evidence = pending?.evidence.sorted() ?? []
            var edgeReferences = kept.map { file.evidenceStore.references(of: $0).map { EvidenceMap.packed(segment: $0.segment, item: $0.item) } } ?? []
            // Marked for the new segment; its item number is set when the segment is written.
            if pending != nil, kept == nil || !evidence.isEmpty { edgeReferences.append(.max) }
            let count = evidence.count + (pending?.extra ?? 0) + (kept.map { old.edges[$0].count } ?? 0)
            let negated = (pending?.negated ?? true) && (kept.map { old.edges[$0].negated } ?? true)
            edges.append(KnowledgeGraph.Edge(id: EdgeID(edges.count), source: key.source, target: key.target,
                                             relation: names[Int(key.relation)], count: count, evidence: evidence, negated: negated))
            relations.append(UInt32(key.relation))
            references.append(edgeReferences)
        }
        var graph: KnowledgeGraph
        do {
            graph = try KnowledgeGraph(storedNodes: resolution.nodes, storedEdges: edges, relationKeys: relations, indexEdges: false)
        } catch {
            throw GraphError.corruptGraph(path: file.path, reason: error.reason)
        }
        graph.identity = new.identity
        graph.documents = new.documents
        self.graph = graph
        self.references = references
    }

    /// Writes the version-2 file: the structure and records anew, the evidence segments copied, the new
    /// segment and the map.
    /// - Complexity: O(V + E + records + bytes copied).
    public func write(to output: inout NativeFileOutput) throws { try write(into: &output) }

    /// The file in memory (for tests).
    func nativeData() -> Data {
        var output = NativeDataOutput()
        // Appending to a `Data` does not fail.
        try? write(into: &output)
        return output.data
    }

    private func write<Output: NativeOutput>(into output: inout Output) throws {
        var segment = BlockWriter(), items = 0
        var offsets: [UInt32] = [0], packed: [UInt64] = []
        let newSegment = file.evidenceStore.segments.count
        for (edge, edgeReferences) in zip(graph.edges, references) {
            for reference in edgeReferences {
                if reference == .max {
                    segment.append { ProvenanceCoding.encode(edge.evidence, into: &$0) }
                    packed.append(EvidenceMap.packed(segment: newSegment, item: items))
                    items += 1
                } else {
                    packed.append(reference)
                }
            }
            offsets.append(UInt32(truncatingIfNeeded: packed.count))
        }
        let appended = AppendedEvidence(file: file, newSegment: segment.finish(), offsets: offsets, references: packed)
        try graph.writeNative(nameIndex: true, recordSection: { nil }, evidenceSection: { nil }, appended: appended, to: &output)
    }
}

/// Removes the elements of `carried` at `positions` (ascending) and returns their edges.
/// - Complexity: O(n) when any is removed.
private func separate(_ carried: inout [(key: KnowledgeGraph.EdgeRegrouping.Key, edge: Int)], _ positions: [Int]) -> [Int] {
    guard !positions.isEmpty else { return [] }
    var keep = [Bool](repeating: true, count: carried.count)
    for position in positions { keep[position] = false }
    let edges = positions.map { carried[$0].edge }
    carried = carried.indices.filter { keep[$0] }.map { carried[$0] }
    return edges
}

extension KnowledgeGraph {
    /// The interned relation id of edge `index`.
    func edgeRelation(_ index: Int) -> Int32 { edgeRelations[index] }
}
