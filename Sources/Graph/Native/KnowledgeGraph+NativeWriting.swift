import Foundation

extension KnowledgeGraph {
    /// The graph as a native `.ngraph` file: interned strings, node and edge tables, both CSR lists as
    /// they live in memory, and evidence and actor records in zlib blocks. Equal graphs give equal bytes.
    /// - Complexity: O(V + E + total evidence text).
    public func nativeData() -> Data { nativeData(nameIndex: true) }

    /// `nameIndex` false leaves out the names section, as files written before it existed did (for tests).
    /// `evidenceSection` and `recordSection`, when given, are those sections already encoded (by the
    /// compact build, whose graph holds no evidence or records).
    func nativeData(nameIndex: Bool, evidenceSection: [UInt8]? = nil, recordSection: [UInt8]? = nil) -> Data {
        nativeData(nameIndex: nameIndex, recordSection: { recordSection }, evidenceSection: { evidenceSection })
    }

    /// As `nativeData(nameIndex:evidenceSection:recordSection:)`, the evidence and record sections asked
    /// for only once the structure's sections are done (the compact build writes them on other threads
    /// meanwhile).
    func nativeData(nameIndex: Bool, recordSection: () -> [UInt8]?, evidenceSection: () -> [UInt8]?) -> Data {
        var output = NativeDataOutput()
        // Appending to a `Data` does not fail.
        try? writeNative(nameIndex: nameIndex, recordSection: recordSection, evidenceSection: evidenceSection, to: &output)
        return output.data
    }

    /// The bytes of `nativeData(nameIndex:recordSection:evidenceSection:)` written to `output`: the
    /// structure's sections as soon as they are done, while `evidenceSection` may still be in the making.
    /// With `appended`, the file is version 2: its evidence is `appended`'s segments and map, not the edges'.
    func writeNative<Output: NativeOutput>(nameIndex: Bool, recordSection: () -> [UInt8]?, evidenceSection: () -> [UInt8]?,
                                           appended: AppendedEvidence? = nil, to output: inout Output) throws {
        var strings = StringInterner()
        // Keys and names, at least: one table grown once.
        strings.reserveCapacity(2 * nodes.count)
        var sections: [(NativeFormat.Section, [UInt8])] = []
        sections.append((.nodes, nodeTable(&strings)))
        sections.append((.edges, edgeTable(&strings)))
        for (kind, adjacency) in [(NativeFormat.Section.outgoing, outgoing), (.incoming, incoming)] {
            var sink = ByteSink()
            sink.column(adjacency.offsets)
            sink.column(adjacency.edges.map(\.rawValue))
            sink.column(adjacency.neighbors.map(\.rawValue))
            sections.append((kind, sink.bytes))
        }
        var documentSink = ByteSink()
        documentSink.varint(documents.count)
        for (path, hash) in documents.sorted(by: { $0.key < $1.key }) {
            documentSink.varint(UInt64(strings.id(path)))
            documentSink.varint(UInt64(strings.id(hash)))
        }
        sections.append((.documents, documentSink.bytes))
        // The string table is complete once the structure is: nothing below interns a string.
        sections.insert((.strings, strings.encoded()), at: 0)
        var writer = SectionWriter(count: sections.count + (nameIndex ? 3 : 2) + (appended == nil ? 0 : 2),
                                   version: appended == nil ? NativeFormat.version : NativeFormat.appendedVersion)
        try writer.start(&output)
        for (kind, bytes) in sections { try writer.write(kind, bytes, to: &output) }
        sections = []
        let names = nameIndex ? NameIndex.encode(nodes) : nil
        if let appended {
            try appended.withFirstSegment { raw, checksum in try writer.write(.evidence, raw, checksum: checksum, to: &output) }
        } else {
            try writer.write(.evidence, evidenceSection() ?? Self.blocks(edges) { ProvenanceCoding.encode($0.evidence, into: &$1) }, to: &output)
        }
        try writer.write(.records, recordSection() ?? Self.blocks(nodes) { ProvenanceCoding.encode($0.records, into: &$1) }, to: &output)
        if let names { try writer.write(.names, names, to: &output) }
        if let appended {
            try writer.write(.evidenceSegments, appended.segmentsSection(), to: &output)
            try writer.write(.evidenceMap, appended.mapSection(), to: &output)
        }
        try writer.finish(&output)
    }

    /// One item per element of `items`, written by `encode`, in zlib blocks.
    private static func blocks<Item>(_ items: [Item], _ encode: (Item, inout ByteSink) -> Void) -> [UInt8] {
        var writer = BlockWriter()
        for item in items { writer.append { encode(item, &$0) } }
        return writer.finish()
    }

    /// Per node: key, name, type, aliases and attributes (sorted by key), all as string ids.
    private func nodeTable(_ strings: inout StringInterner) -> [UInt8] {
        var sink = ByteSink()
        sink.varint(nodes.count)
        for node in nodes {
            sink.varint(UInt64(strings.id(node.key)))
            sink.varint(UInt64(strings.id(node.name)))
            sink.varint(UInt64(strings.id(node.type.rawValue)))
            sink.varint(node.aliases.count)
            for alias in node.aliases { sink.varint(UInt64(strings.id(alias))) }
            sink.varint(node.attributes.count)
            for (key, value) in node.attributes.sorted(by: { $0.key < $1.key }) {
                sink.varint(UInt64(strings.id(key)))
                sink.varint(UInt64(strings.id(value)))
            }
        }
        return sink.bytes
    }

    /// Node and edge counts, then fixed-width columns: source, target, relation string id, count, negated.
    private func edgeTable(_ strings: inout StringInterner) -> [UInt8] {
        var sink = ByteSink()
        sink.fixed(UInt64(nodes.count))
        sink.fixed(UInt64(edges.count))
        sink.column(edges.map(\.source.rawValue))
        sink.column(edges.map(\.target.rawValue))
        // One look-up per distinct relation id, not per edge.
        var relationStrings: [Int32: UInt32] = [:]
        sink.column(edges.indices.map { index in
            let relation = edgeRelations[index]
            if let id = relationStrings[relation] { return id }
            let id = strings.id(edges[index].relation)
            relationStrings[relation] = id
            return id
        })
        sink.column(edges.map { Int64($0.count) })
        sink.bytes.append(contentsOf: edges.map { $0.negated ? 1 : 0 })
        return sink.bytes
    }

    /// Writes the header, section table and sections, each padded to 8 bytes: zeros where the header
    /// goes, the sections one by one, then the header over the zeros.
    private struct SectionWriter {
        private var header = ByteSink()
        private let count: Int
        private var offset: Int
        private var written = 0

        init(count: Int, version: UInt32) {
            self.count = count
            offset = NativeFormat.headerSize + count * NativeFormat.entrySize
            header.bytes.append(contentsOf: NativeFormat.magic)
            header.fixed(version)
            header.fixed(UInt32(count))
        }

        func start<Output: NativeOutput>(_ output: inout Output) throws {
            try [UInt8](repeating: 0, count: offset).withUnsafeBytes { try output.append($0) }
        }

        mutating func write<Output: NativeOutput>(_ kind: NativeFormat.Section, _ bytes: [UInt8], to output: inout Output) throws {
            try bytes.withUnsafeBytes { raw in try write(kind, raw, checksum: NativeFormat.checksum(raw), to: &output) }
        }

        /// Writes `raw` as section `kind` whose checksum is `checksum`.
        mutating func write<Output: NativeOutput>(_ kind: NativeFormat.Section, _ raw: UnsafeRawBufferPointer, checksum: UInt64,
                                                  to output: inout Output) throws {
            header.fixed(kind.rawValue)
            header.fixed(UInt32(0))
            header.fixed(UInt64(offset))
            header.fixed(UInt64(raw.count))
            header.fixed(checksum)
            try output.append(raw)
            let padding = NativeFormat.padding(after: raw.count)
            try [UInt8](repeating: 0, count: padding).withUnsafeBytes { try output.append($0) }
            offset += raw.count + padding
            written += 1
        }

        func finish<Output: NativeOutput>(_ output: inout Output) throws {
            precondition(written == count, "the section count was set to \(count) but \(written) were written")
            try output.writeHeader(header.bytes)
        }
    }
}
