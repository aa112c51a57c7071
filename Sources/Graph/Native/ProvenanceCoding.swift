import Extraction

/// How one edge's evidence and one node's actor records are laid out inside a compressed block.
///
/// Strings are written inline rather than interned: zlib removes the repetition, and the structure's
/// string table stays small enough to decode whole on open.
enum ProvenanceCoding {
    /// Count, then per statement: document, sentence, text, start, end, a bit set of the optional
    /// fields present, and those fields in declaration order; bit 7 marks imported attributes, written last.
    /// - Complexity: O(total text).
    static func encode(_ evidence: [Evidence], into sink: inout ByteSink) {
        sink.varint(evidence.count)
        for item in evidence {
            sink.string(item.document)
            sink.signed(item.sentence)
            sink.string(item.text)
            sink.signed(item.start)
            sink.signed(item.end)
            let optional = [item.title, item.date, item.url, item.outlet, item.eventStart, item.eventEnd, item.eventPhrase]
            var present: UInt8 = 0
            for (bit, value) in optional.enumerated() where value != nil { present |= 1 << UInt8(bit) }
            if item.attributes != nil { present |= 1 << 7 }
            sink.bytes.append(present)
            for value in optional { if let value { sink.string(value) } }
            if let attributes = item.attributes { encode(attributes, into: &sink) }
        }
    }

    /// One statement as `encode(_ evidence:)` writes it (after the count), from its parts: the document, the
    /// text and the optional fields (`optional(bit)`, in that method's order; nil when absent) as UTF-8 bytes, and
    /// no attributes. The compact build writes a statement from its input line this way.
    static func encodeStatement(document: UnsafeBufferPointer<UInt8>, sentence: Int, text: UnsafeBufferPointer<UInt8>, start: Int,
                                end: Int, optional: (Int) -> UnsafeBufferPointer<UInt8>?, into sink: inout ByteSink) {
        sink.string(utf8: document)
        sink.signed(sentence)
        sink.string(utf8: text)
        sink.signed(start)
        sink.signed(end)
        var present: UInt8 = 0
        for bit in 0..<optionalFieldCount where optional(bit) != nil { present |= 1 << UInt8(bit) }
        sink.bytes.append(present)
        for bit in 0..<optionalFieldCount { if let value = optional(bit) { sink.string(utf8: value) } }
    }

    /// How many optional string fields a statement has (title … event phrase).
    static let optionalFieldCount = 7

    /// The evidence `encode` wrote.
    /// - Complexity: O(total text).
    static func evidence(_ cursor: inout ByteCursor) throws(GraphError) -> [Evidence] {
        let count = try cursor.index(below: cursor.bytes.count + 1)
        var result: [Evidence] = []
        result.reserveCapacity(count)
        for _ in 0..<count {
            var item = Evidence(document: try cursor.string(), sentence: try cursor.signed(), text: try cursor.string(),
                                start: try cursor.signed(), end: try cursor.signed())
            let present = try cursor.fixed(UInt8.self)
            func next(_ bit: UInt8) throws(GraphError) -> String? {
                guard present & (1 << bit) != 0 else { return nil }
                return try cursor.string()
            }
            item.title = try next(0)
            item.date = try next(1)
            item.url = try next(2)
            item.outlet = try next(3)
            item.eventStart = try next(4)
            item.eventEnd = try next(5)
            item.eventPhrase = try next(6)
            if present & (1 << 7) != 0 {
                let attributes = try attributes(&cursor) { (cursor: inout ByteCursor) throws(GraphError) in try cursor.string() }
                guard !attributes.isEmpty else { throw cursor.problem("an empty attribute set") }
                item.attributes = attributes
            }
            result.append(item)
        }
        return result
    }

    /// Count, then per record: document, name, type, aliases, and attributes sorted by key.
    /// - Complexity: O(total text).
    static func encode(_ records: [ActorRecord], into sink: inout ByteSink) {
        sink.varint(records.count)
        for record in records {
            encodeRecord(document: record.document, name: record.name, type: record.type, aliases: record.aliases,
                         attributes: record.attributes, into: &sink)
        }
    }

    /// One record of `encode(_ records:)` from its fields, for a writer that holds records as parts.
    static func encodeRecord(document: String, name: String, type: EntityType, aliases: [String] = [],
                             attributes: [String: String] = [:], into sink: inout ByteSink) {
        sink.string(document)
        sink.string(name)
        encodeRecordTail(type: type, aliases: aliases, attributes: attributes, into: &sink)
    }

    /// What follows a record's document and name in `encodeRecord`: type, aliases and attributes (the
    /// same bytes for every record of one type and no aliases or attributes, which a writer may reuse).
    static func encodeRecordTail(type: EntityType, aliases: [String] = [], attributes: [String: String] = [:], into sink: inout ByteSink) {
        sink.string(type.rawValue)
        sink.varint(aliases.count)
        for alias in aliases { sink.string(alias) }
        encode(attributes, into: &sink)
    }

    /// The records `encode` wrote.
    /// - Complexity: O(total text).
    static func records(_ cursor: inout ByteCursor) throws(GraphError) -> [ActorRecord] {
        let count = try cursor.index(below: cursor.bytes.count + 1)
        var result: [ActorRecord] = []
        result.reserveCapacity(count)
        for _ in 0..<count {
            let document = try cursor.string(), name = try cursor.string()
            let type = try entityType(try cursor.string(), cursor)
            var aliases: [String] = []
            for _ in 0..<(try cursor.index(below: cursor.bytes.count + 1)) { aliases.append(try cursor.string()) }
            var record = ActorRecord(document: document, name: name, type: type)
            // Set directly: the initialiser re-sorts and drops the name, and stored aliases are kept as written.
            record.aliases = aliases
            record.attributes = try attributes(&cursor) { (cursor: inout ByteCursor) throws(GraphError) in try cursor.string() }
            result.append(record)
        }
        return result
    }

    /// Attributes as a count and key/value pairs in key order, so equal dictionaries give equal bytes.
    static func encode(_ attributes: [String: String], into sink: inout ByteSink) {
        sink.varint(attributes.count)
        for (key, value) in attributes.sorted(by: { $0.key < $1.key }) {
            sink.string(key)
            sink.string(value)
        }
    }

    /// Attributes as `encode` wrote them, each string read by `read`.
    static func attributes(_ cursor: inout ByteCursor,
                           _ read: (inout ByteCursor) throws(GraphError) -> String) throws(GraphError) -> [String: String] {
        let count = try cursor.index(below: cursor.bytes.count + 1)
        var result: [String: String] = [:]
        for _ in 0..<count {
            let key = try read(&cursor)
            result[key] = try read(&cursor)
        }
        return result
    }

    static func entityType(_ raw: String, _ cursor: ByteCursor) throws(GraphError) -> EntityType {
        guard let type = EntityType(rawValue: raw) else { throw cursor.problem("unknown actor type '\(raw)'") }
        return type
    }
}
