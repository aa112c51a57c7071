import Foundation
import Extraction

/// A TSV triples file read into integer tables for the compact build (`CompactBuild`): each distinct
/// document, actor name and relation once as a string, each actor record (document, name, type) once a
/// run of its document's lines as one packed word, and each statement as its record ids, relation id and
/// the byte range of its line, from which its evidence is read again when it is written.
///
/// Only the common case is read: names, documents, types and relations without control characters,
/// no two of a kind spelt differently but equal as `String`s (canonically equivalent), and no column
/// that gives an actor other names or facts, marks a non-triple record, or is kept as an attribute.
/// Anything else (and any malformed line) throws `Unsupported`, and the caller builds the old way,
/// which gives the same graph or reports the error exactly as before.
struct CompactTriples {
    /// The input is outside the compact build's common case, or malformed.
    struct Unsupported: Error {}

    /// Strings by id, each distinct byte sequence once.
    struct Table {
        private(set) var strings: [String] = []
        private var ids: [ExactString: Int32] = [:]

        mutating func id(_ text: String) -> Int32 {
            if let id = ids[ExactString(text)] { return id }
            let id = Int32(truncatingIfNeeded: strings.count)
            ids[ExactString(text)] = id
            strings.append(text)
            return id
        }

        /// True when no two strings are equal as `String`s (canonically equivalent spellings): then
        /// `String`'s order and equality, which the importer's tables use, agree with these ids.
        var isCanonicallyDistinct: Bool { Set(strings).count == strings.count }

        var count: Int { strings.count }
        subscript(id: Int32) -> String { strings[Int(id)] }
    }

    let path: String
    let columns: [TripleImport.HeaderField]
    var documents = Table()
    var names = Table()
    var relations = Table()
    /// Distinct actor records, by record id.
    /// Packed as document << 30 | name << 3 | type index: one word, so a pass over records in an
    /// actor's order (not the file's) misses the cache once a record, not three times.
    private(set) var records: [UInt64] = []
    /// Statements in file order.
    var subject: [Int32] = []
    var object: [Int32] = []
    var relation: [Int32] = []
    var negated: [Bool] = []
    var lineStart: [Int] = []
    /// Each statement's line length (without the line end), so writing it needs no search for the newline.
    var lineLength: [UInt32] = []
    var anyNegated = false

    /// Name and relation ids by the raw cell's bytes (untrimmed), valid while the input is read.
    private var rawNames = ByteInterner()
    private var rawRelations = ByteInterner()

    /// Columns read without a check beyond the line's: their text goes to the evidence as it is.
    private static let plainColumns: Set<TripleImport.Column> = [
        .subject, .relation, .object, .subjectType, .objectType, .surface, .negated, .source, .document, .sentence,
        .start, .end, .evidence, .title, .date, .url, .outlet, .eventPhrase,
    ]
    /// Columns whose non-empty cells are checked by the full row reader (rare in large files).
    private static let checkedColumns: Set<TripleImport.Column> = [.confidence, .eventStart, .eventEnd]

    /// Reads `data` (TSV with a header line) named `path`.
    /// - Throws: `Unsupported` for anything outside the common case or malformed.
    init(_ data: Data, path: String) throws(Unsupported) {
        var header: [TripleImport.HeaderField]?
        var parsed: CompactTriples?
        let lines = TripleImport.lineCount(data)
        let outcome: Result<Void, Unsupported> = data.withUnsafeBytes { raw in
            let bytes = raw.bindMemory(to: UInt8.self)
            var start = 0, number = 0
            while start < bytes.count {
                number += 1
                var end = start
                while end < bytes.count, bytes[end] != 0x0A { end += 1 }
                var stop = end
                if stop > start, bytes[stop - 1] == 0x0D { stop -= 1 }
                let line = UnsafeBufferPointer(rebasing: bytes[start..<stop])
                let lineStart = start
                start = end + 1
                if line.allSatisfy({ $0 == 0x20 || $0 == 0x09 }) { continue }
                do throws(Unsupported) {
                    if parsed != nil {
                        // Mutated in place through the optional: taking it out and back retains and
                        // releases every table once a line.
                        try parsed?.add(line, start: lineStart, number: number)
                    } else {
                        guard header == nil else { return .failure(Unsupported()) }
                        let columns = try Self.columns(line, path: path)
                        header = columns
                        var reader = CompactTriples(path: path, columns: columns)
                        reader.reserve(lines)
                        parsed = reader
                    }
                } catch {
                    return .failure(error)
                }
            }
            // These point into `bytes`, which is gone after this closure.
            parsed?.lastDocument = nil
            parsed?.rawNames.removeAll()
            parsed?.rawRelations.removeAll()
            return .success(())
        }
        guard case .success = outcome, let parsed, parsed.documents.isCanonicallyDistinct, parsed.names.isCanonicallyDistinct,
              parsed.relations.isCanonicallyDistinct else { throw Unsupported() }
        self = parsed
    }

    private init(path: String, columns: [TripleImport.HeaderField]) {
        self.path = path
        self.columns = columns
        for (index, field) in columns.enumerated() {
            if case let .known(column) = field { position[column.rawValue] = index }
        }
        checkedPositions = Self.checkedColumns.compactMap { position[$0.rawValue] >= 0 ? position[$0.rawValue] : nil }
    }

    /// Cell index in a line by column (raw value), -1 when the header lacks it.
    private var position = [Int](repeating: -1, count: TripleImport.Column.allCases.count)
    /// Cell indices of the checked columns present.
    private var checkedPositions: [Int] = []
    /// The document cell of the previous line and its id: lines come document by document.
    private var lastDocument: (cell: UnsafeBufferPointer<UInt8>, id: Int32)?
    /// Record ids of the current document run by name and type: a document names an actor many times.
    private var runRecords: [UInt64: Int32] = [:]
    /// Cell ranges of the current line, reused.
    private var cells: [Range<Int>] = []

    private mutating func reserve(_ lines: Int) {
        subject.reserveCapacity(lines)
        object.reserveCapacity(lines)
        relation.reserveCapacity(lines)
        negated.reserveCapacity(lines)
        lineStart.reserveCapacity(lines)
        lineLength.reserveCapacity(lines)
    }

    /// The header's columns when every one is read by the compact build.
    private static func columns(_ line: UnsafeBufferPointer<UInt8>, path: String) throws(Unsupported) -> [TripleImport.HeaderField] {
        guard let text = String(validating: line, as: UTF8.self),
              let fields = try? TripleImport.parseHeader(text, path: path, line: 1) else { throw Unsupported() }
        for field in fields {
            guard case let .known(column) = field, plainColumns.contains(column) || checkedColumns.contains(column) else {
                throw Unsupported()
            }
        }
        return fields
    }

    /// One data line.
    private mutating func add(_ line: UnsafeBufferPointer<UInt8>, start: Int, number: Int) throws(Unsupported) {
        guard line.count <= Int(UInt32.max) else { throw Unsupported() }
        if !line.allSatisfy({ $0 < 0x80 }), String(validating: line, as: UTF8.self) == nil { throw Unsupported() }
        Self.split(line, into: &cells)
        guard cells.count == columns.count else { throw Unsupported() }
        // A checked column's cell is read by the row reader itself, so its verdict is the importer's.
        if checkedPositions.contains(where: { !cells[$0].isEmpty }) {
            var row = TripleImport.Row()
            guard case .triple? = try? TripleImport.tsvRecord(line, columns: columns, row: &row, path: path, line: number) else {
                throw Unsupported()
            }
        }
        let documentCell = cell(.document, line)
        let documentID: Int32
        if let last = lastDocument, last.cell.elementsEqual(documentCell) {
            documentID = last.id
        } else {
            documentID = documents.id(documentCell.isEmpty ? try Self.printable(path) : try Self.printable(documentCell))
            lastDocument = (documentCell, documentID)
            runRecords.removeAll(keepingCapacity: true)
        }
        let subjectRecord = try record(documentID, name: cell(.subject, line), type: cell(.subjectType, line))
        let objectRecord = try record(documentID, name: cell(.object, line), type: cell(.objectType, line))
        let relationID = try Self.trimmed(cell(.relation, line), cache: &rawRelations, table: &relations)
        _ = try Self.integer(cell(.sentence, line))
        guard try Self.integer(cell(.start, line)) <= (try Self.integer(cell(.end, line))) else { throw Unsupported() }
        let flag: Bool
        let negatedCell = cell(.negated, line)
        if negatedCell.isEmpty || negatedCell.elementsEqual("false".utf8) {
            flag = false
        } else if negatedCell.elementsEqual("true".utf8) {
            flag = true
        } else {
            throw Unsupported()
        }
        subject.append(subjectRecord)
        object.append(objectRecord)
        relation.append(relationID)
        negated.append(flag)
        anyNegated = anyNegated || flag
        lineStart.append(start)
        lineLength.append(UInt32(truncatingIfNeeded: line.count))
    }

    /// The cell of `column` in the line last split into `cells` (empty when the header lacks it).
    private func cell(_ column: TripleImport.Column, _ line: UnsafeBufferPointer<UInt8>) -> UnsafeBufferPointer<UInt8> {
        let index = position[column.rawValue]
        return UnsafeBufferPointer(rebasing: line[index >= 0 ? cells[index] : 0..<0])
    }

    /// The tab-separated cells of `line`, as ranges.
    private static func split(_ line: UnsafeBufferPointer<UInt8>, into cells: inout [Range<Int>]) {
        cells.removeAll(keepingCapacity: true)
        // A plain loop: every line is split twice (read, then written), so this is one of the hottest loops.
        var fieldStart = 0, index = 0
        let count = line.count
        while index < count {
            if line[index] == 0x09 {
                cells.append(fieldStart..<index)
                fieldStart = index + 1
            }
            index += 1
        }
        cells.append(fieldStart..<count)
    }

    /// The id of the record (document, name, type), added on first sight in this run of the document's
    /// lines. A document whose lines are not all together may get two ids for one record; the identity
    /// pass, which sorts records, merges them.
    private mutating func record(_ document: Int32, name: UnsafeBufferPointer<UInt8>, type: UnsafeBufferPointer<UInt8>) throws(Unsupported) -> Int32 {
        let nameID = try Self.trimmed(name, cache: &rawNames, table: &names)
        let entityType: EntityType
        if type.isEmpty {
            entityType = .other
        } else {
            guard let index = Self.typeNames.firstIndex(where: { $0.elementsEqual(type) }) else { throw Unsupported() }
            entityType = Self.types[index]
        }
        guard document < 1 << 27, nameID < 1 << 27 else { throw Unsupported() }
        let key = UInt64(nameID) << 8 | UInt64(Self.typeIndex(entityType))
        if let id = runRecords[key] { return id }
        let id = Int32(truncatingIfNeeded: records.count)
        runRecords[key] = id
        records.append(UInt64(document) << 30 | UInt64(nameID) << 3 | UInt64(Self.typeIndex(entityType)))
        return id
    }

    func recordDocument(_ record: Int) -> Int32 { Int32(truncatingIfNeeded: records[record] >> 30) }
    func recordName(_ record: Int) -> Int32 { Int32(truncatingIfNeeded: records[record] >> 3 & 0x7FF_FFFF) }
    func recordType(_ record: Int) -> EntityType { Self.types[Int(records[record] & 7)] }
    /// The record's (name, type) as name * 8 + type index.
    func recordShape(_ record: Int) -> Int32 { Int32(truncatingIfNeeded: records[record] & 0x3FFF_FFFF) }

    /// Each type's name as UTF-8, in `EntityType.allCases` order.
    private static let typeNames = EntityType.allCases.map { Array($0.rawValue.utf8) }

    /// The types in `EntityType.allCases` order, made once: `allCases` builds a new array on every call.
    static let types = EntityType.allCases

    static func typeIndex(_ type: EntityType) -> Int { types.firstIndex(of: type) ?? 0 }

    /// A name or relation cell trimmed as the importer trims it (`required`), interned.
    /// A cell seen before is found by its bytes alone (it passed the checks then): no `String` per cell.
    private static func trimmed(_ cell: UnsafeBufferPointer<UInt8>, cache: inout ByteInterner, table: inout Table) throws(Unsupported) -> Int32 {
        if let id = cache.value(for: cell) { return id }
        let text = try printable(cell).trimmingSpaces
        guard !text.isEmpty else { throw Unsupported() }
        let id = table.id(text)
        cache.insert(cell, value: id)
        return id
    }

    /// The cell as a string when it has no control character (the line is valid UTF-8 already; a
    /// one-document key joins document and name with U+0001).
    private static func printable(_ cell: UnsafeBufferPointer<UInt8>) throws(Unsupported) -> String {
        guard cell.allSatisfy({ $0 >= 0x20 && $0 != 0x7F }) else { throw Unsupported() }
        return String(decoding: cell, as: UTF8.self)
    }

    private static func printable(_ text: String) throws(Unsupported) -> String {
        guard text.utf8.allSatisfy({ $0 >= 0x20 && $0 != 0x7F }) else { throw Unsupported() }
        return text
    }

    /// A whole number ≥ 0 as the importer reads one (an empty cell is 0).
    private static func integer(_ cell: UnsafeBufferPointer<UInt8>) throws(Unsupported) -> Int {
        if cell.count <= 18, cell.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }) {
            return cell.reduce(0) { $0 * 10 + Int($1 - 0x30) }
        }
        guard let value = Int(String(decoding: cell, as: UTF8.self)), value >= 0 else { throw Unsupported() }
        return value
    }

    /// Statement `index` encoded as the native file's evidence holds a one-statement edge, straight
    /// from its line (as `evidence(_:in:cells:)` reads it, without making strings).
    func encodeEvidence(_ index: Int, in bytes: UnsafeBufferPointer<UInt8>, cells: inout [Range<Int>], into sink: inout ByteSink) {
        let line = self.line(index, in: bytes, cells: &cells)
        func cell(_ column: TripleImport.Column) -> UnsafeBufferPointer<UInt8> {
            let index = position[column.rawValue]
            return UnsafeBufferPointer(rebasing: line[index >= 0 ? cells[index] : 0..<0])
        }
        func integer(_ column: TripleImport.Column) -> Int { (try? Self.integer(cell(column))) ?? 0 }
        sink.varint(1)
        ProvenanceCoding.encodeStatement(document: documents[recordDocument(Int(subject[index]))], sentence: integer(.sentence),
                                         text: cell(.evidence), start: integer(.start), end: integer(.end), optional: { bit in
            let value = cell(Self.optionalColumns[bit])
            return value.isEmpty ? nil : value
        }, into: &sink)
    }

    /// The evidence's optional columns in `ProvenanceCoding` order.
    private static let optionalColumns: [TripleImport.Column] = [.title, .date, .url, .outlet, .eventStart, .eventEnd, .eventPhrase]

    /// The line of statement `index`, split into `cells`.
    private func line(_ index: Int, in bytes: UnsafeBufferPointer<UInt8>, cells: inout [Range<Int>]) -> UnsafeBufferPointer<UInt8> {
        let start = lineStart[index]
        let line = UnsafeBufferPointer(rebasing: bytes[start..<start + Int(lineLength[index])])
        Self.split(line, into: &cells)
        return line
    }

    /// The evidence of statement `index`, read from its line as the importer reads it (`Row.triple`): the
    /// line was checked when it was first read, so only the fields are taken here.
    func evidence(_ index: Int, in bytes: UnsafeBufferPointer<UInt8>, cells: inout [Range<Int>]) -> Evidence {
        let line = self.line(index, in: bytes, cells: &cells)
        func cell(_ column: TripleImport.Column) -> UnsafeBufferPointer<UInt8> {
            let index = position[column.rawValue]
            return UnsafeBufferPointer(rebasing: line[index >= 0 ? cells[index] : 0..<0])
        }
        func text(_ column: TripleImport.Column) -> String? {
            let bytes = cell(column)
            return bytes.isEmpty ? nil : String(decoding: bytes, as: UTF8.self)
        }
        func integer(_ column: TripleImport.Column) -> Int { (try? Self.integer(cell(column))) ?? 0 }
        return Evidence(document: documents[recordDocument(Int(subject[index]))], sentence: integer(.sentence),
                        text: String(decoding: cell(.evidence), as: UTF8.self), start: integer(.start), end: integer(.end),
                        title: text(.title), date: text(.date), url: text(.url), outlet: text(.outlet),
                        eventStart: text(.eventStart), eventEnd: text(.eventEnd), eventPhrase: text(.eventPhrase))
    }
}
