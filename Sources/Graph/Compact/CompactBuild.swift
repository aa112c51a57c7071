import Foundation
import Extraction

/// `build --triples FILE.tsv` without the import graph: the same canonical graph that importing the
/// file and `canonicalized()` give, byte for byte, built from integer tables (`CompactTriples`,
/// `CompactIdentity`) with each statement's evidence decoded from its line only when its edge is written.
///
/// A native file's evidence and records go straight into compressed blocks, edge by edge and node by
/// node, so no more than one edge's `Evidence` values live at once. Input outside the common case gives
/// nil, and the caller builds the old way.
public struct CompactBuild: Sendable {
    /// What the build keeps of the statements and records.
    public enum Provenance: Sendable {
        /// Every edge's evidence and every node's records in the graph, as the old build has them.
        case inGraph
        /// Encoded into the native file's sections; the graph keeps the structure only.
        case nativeSections
    }

    /// The canonical graph (without evidence and records for `.nativeSections`).
    public let graph: KnowledgeGraph
    /// The evidence section, being written on another thread.
    private let evidenceWork: BackgroundWork<[UInt8]>?
    /// The record section (`.nativeSections` only), being written on another thread.
    private let recordWork: BackgroundWork<[UInt8]>?

    /// Builds `data`, a TSV triples file named `path`, under `rules`; nil when the input is outside the
    /// compact build's common case (see `CompactTriples`), or the rules have `!same` or `!distinct` lines.
    /// - Complexity: O(n log n) for n statements, plus the identity rules once per distinct name and type.
    public init?(tsv data: Data, path: String, rules: IdentityRules, provenance: Provenance) {
        guard rules.user.same.isEmpty, rules.user.distinct.isEmpty else { return nil }
        do throws(CompactTriples.Unsupported) {
            let triples = try CompactTriples(data, path: path, encodeEvidence: provenance == .nativeSections)
            let identity = CompactIdentity(triples, rules: rules, keepRecords: provenance == .inGraph)
            let statements = triples.encodedEvidence()
            // Fewer only if the reader gave up on a line, which it did not, having got here.
            guard statements.map({ $0.count == triples.subject.count }) ?? true else { throw CompactTriples.Unsupported() }
            let (edges, relations, items) = Self.edges(triples, identity: identity, data: data, writing: statements != nil)
            if let statements, let items {
                // The evidence section is put together on the second core while this one goes on with the
                // structure; `nativeData()` waits for it.
                evidenceWork = BackgroundWork { items.section(statements) }
            } else {
                evidenceWork = nil
            }
            // The edges are distinct and in canonical order already: no index is needed to merge them.
            guard var graph = try? KnowledgeGraph(storedNodes: identity.nodes, storedEdges: edges, relationKeys: relations,
                                                  indexEdges: false) else { throw CompactTriples.Unsupported() }
            graph.identity = rules
            graph.documents = Dictionary(uniqueKeysWithValues: triples.documents.strings.map { ($0, "") })
            self.graph = graph
            recordWork = identity.recordWork
        } catch {
            return nil
        }
    }

    /// The graph as a native `.ngraph` file, byte-identical to the old build's `nativeData()`.
    public func nativeData() -> Data {
        graph.nativeData(nameIndex: true, recordSection: { recordWork?.value() }, evidenceSection: { evidenceWork?.value() })
    }

    /// The bytes of `nativeData()` written to `output` as each section is done, without assembling
    /// them in memory first.
    public func writeNative(to output: inout NativeFileOutput) throws {
        try graph.writeNative(nameIndex: true, recordSection: { recordWork?.value() }, evidenceSection: { evidenceWork?.value() },
                              to: &output)
    }

    /// Each edge's evidence as the native file holds it, for a thread of its own to write into blocks.
    private struct EdgeEvidence: Sendable {
        /// Per edge, its one statement, or -1 when `written` holds its evidence.
        var statement: [Int] = []
        /// The evidence of edges stated more than once (few), encoded, by edge.
        var written: [Int: [UInt8]] = [:]

        /// The evidence section: a one-statement edge's bytes copied from `statements`.
        /// - Complexity: O(total evidence bytes), the deflating shared with `BlockWriter`'s worker.
        func section(_ statements: CompactTriples.EncodedEvidence) -> [UInt8] {
            var blocks = BlockWriter()
            for (edge, statement) in self.statement.enumerated() {
                blocks.append { sink in
                    if statement >= 0 {
                        sink.varint(1)
                        sink.bytes.append(contentsOf: statements.bytes[statements.starts[statement]..<statements.starts[statement + 1]])
                    } else if let bytes = written[edge] {
                        sink.bytes.append(contentsOf: bytes)
                    }
                }
            }
            return blocks.finish()
        }
    }

    /// The canonical edges in (source, target, relation) order, each with its sorted, distinct evidence,
    /// or, `writing` the native file's evidence section, without it but with what that section needs;
    /// and each edge's relation id.
    private static func edges(_ triples: CompactTriples, identity: CompactIdentity, data: Data, writing: Bool)
        -> (edges: [KnowledgeGraph.Edge], relations: [UInt32], evidence: EdgeEvidence?) {
        var edges: [KnowledgeGraph.Edge] = [], relations: [UInt32] = [], items: EdgeEvidence? = writing ? EdgeEvidence() : nil
        let count = triples.subject.count
        let relationRank = CompactIdentity.ranks(triples.relations)
        var relationOfRank = [Int32](repeating: 0, count: relationRank.count)
        for (relation, rank) in relationRank.enumerated() { relationOfRank[Int(rank)] = Int32(truncatingIfNeeded: relation) }
        let (order, edgeKey, packed) = statementOrder(triples, identity: identity, relationRank: relationRank)
        let negated = importNegation(triples, identity: identity)
        edges.reserveCapacity(count)
        relations.reserveCapacity(count)
        items?.statement.reserveCapacity(count)
        data.withUnsafeBytes { raw in
            let bytes = raw.bindMemory(to: UInt8.self)
            var cells = triples.cellReader()
            var first = 0
            while first < count {
                var next = first + 1
                while next < count, edgeKey[next] == edgeKey[first] { next += 1 }
                let statement = order[first]
                var kept: [Evidence] = [], count = 1
                if writing, next == first + 1 {
                    // Stated once (most edges): its statement as encoded while reading, no `Evidence` made.
                    items?.statement.append(statement)
                } else {
                    var evidence = EvidenceSet()
                    for statement in order[first..<next] { evidence.insert(triples.evidence(statement, in: bytes, cells: &cells)) }
                    let sorted = evidence.sorted()
                    count = sorted.count
                    if writing {
                        var sink = ByteSink()
                        ProvenanceCoding.encode(sorted, into: &sink)
                        items?.written[edges.count] = sink.bytes
                        items?.statement.append(-1)
                    } else {
                        kept = sorted
                    }
                }
                let allNegated = order[first..<next].allSatisfy(negated)
                // A packed key holds the edge's ends and relation: no random read of the statement's tables.
                let key = edgeKey[first]
                let source = packed ? Int(key >> 42) : Int(identity.placement[Int(triples.subject[statement])])
                let target = packed ? Int(key >> 20 & 0x3F_FFFF) : Int(identity.placement[Int(triples.object[statement])])
                let relation = packed ? relationOfRank[Int(key & 0xF_FFFF)] : triples.relation[statement]
                edges.append(KnowledgeGraph.Edge(id: EdgeID(edges.count), source: NodeID(source), target: NodeID(target),
                                                 relation: triples.relations[relation], count: count, evidence: kept, negated: allNegated))
                relations.append(UInt32(bitPattern: relation))
                first = next
            }
        }
        return (edges, relations, items)
    }

    /// Statement indices by (source, target, relation) of their canonical edge: bucketed by source, then
    /// each bucket sorted on (target, relation rank, statement) packed in one word. With each, a key
    /// equal for neighbours of one edge, so grouping them reads no statement's placement again (random
    /// reads that cost a cache miss each). `packed` when each key is source << 42 | target << 20 | relation
    /// rank (below 2^22 statements and nodes), else keys are group numbers.
    private static func statementOrder(_ triples: CompactTriples, identity: CompactIdentity,
                                       relationRank: [Int32]) -> (order: [Int], edgeKey: [UInt64], packed: Bool) {
        let count = triples.subject.count, nodeCount = identity.nodes.count
        func target(_ statement: Int) -> UInt64 { UInt64(identity.placement[Int(triples.object[statement])]) }
        func relation(_ statement: Int) -> UInt64 { UInt64(relationRank[Int(triples.relation[statement])]) }
        guard count < 1 << 22, nodeCount < 1 << 22, triples.relations.count < 1 << 20 else {
            func key(_ statement: Int) -> (Int32, UInt64, UInt64) {
                (identity.placement[Int(triples.subject[statement])], target(statement), relation(statement))
            }
            let order = (0..<count).sorted { key($0) < key($1) }
            // Edge keys are group numbers here: one more at each change of key.
            var edgeKey = [UInt64](repeating: 0, count: count)
            for position in order.indices.dropFirst() {
                let changed = key(order[position]) != key(order[position - 1])
                edgeKey[position] = edgeKey[position - 1] + (changed ? 1 : 0)
            }
            return (order, edgeKey, false)
        }
        var start = [Int](repeating: 0, count: nodeCount + 1)
        for record in triples.subject { start[Int(identity.placement[Int(record)]) + 1] += 1 }
        for index in 0..<nodeCount { start[index + 1] += start[index] }
        var fill = start, packed = [UInt64](repeating: 0, count: count)
        for statement in 0..<count {
            let bucket = Int(identity.placement[Int(triples.subject[statement])])
            packed[fill[bucket]] = target(statement) << 42 | relation(statement) << 22 | UInt64(statement)
            fill[bucket] += 1
        }
        var edgeKey = [UInt64](repeating: 0, count: count)
        for bucket in 0..<nodeCount {
            packed[start[bucket]..<start[bucket + 1]].sort()
            // Source (22 bits), target (22) and relation rank (20) fill one word exactly.
            for position in start[bucket]..<start[bucket + 1] { edgeKey[position] = UInt64(bucket) << 42 | packed[position] >> 22 }
        }
        return (packed.map { Int($0 & 0x3F_FFFF) }, edgeKey, true)
    }

    /// Whether statement i's edge in the import graph was negated in every statement: a canonical edge is
    /// negated when every import edge that gave it a statement was.
    private static func importNegation(_ triples: CompactTriples, identity: CompactIdentity) -> (Int) -> Bool {
        guard triples.anyNegated else { return { _ in false } }
        struct ImportEdge: Hashable {
            var source: Int32
            var relation: Int32
            var target: Int32
        }
        func edge(_ statement: Int) -> ImportEdge {
            ImportEdge(source: identity.importNode[Int(identity.same[Int(triples.subject[statement])])],
                       relation: triples.relation[statement],
                       target: identity.importNode[Int(identity.same[Int(triples.object[statement])])])
        }
        var negated: [ImportEdge: Bool] = [:]
        for statement in triples.subject.indices { negated[edge(statement), default: true] = negated[edge(statement), default: true] && triples.negated[statement] }
        return { negated[edge($0)] ?? false }
    }
}
