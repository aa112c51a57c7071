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

    /// Strings by id, each distinct byte sequence once: the native writer's interner, its ids taken as
    /// `Int32` (see `StringInterner+Compact.swift`).
    typealias Table = StringInterner

    let path: String
    let columns: [TripleImport.HeaderField]
    var documents = Table()
    var names = Table()
    var relations = Table()
    /// Distinct actor records, by record id.
    /// Packed as document << 30 | name << 3 | type index: one word, so a pass over records in an
    /// actor's order (not the file's) misses the cache once a record, not three times.
    var records: [UInt64] = []
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

    /// Reads `data` (TSV with a header line) named `path`, the second half (from a change of document
    /// near the middle) on a second thread; with `encodeEvidence`, every statement's evidence is encoded
    /// as its line is read (`encodedEvidence()`).
    /// - Throws: `Unsupported` for anything outside the common case or malformed.
    init(_ data: Data, path: String, encodeEvidence: Bool = false) throws(Unsupported) {
        let lines = TripleImport.lineCount(data)
        let outcome: Result<CompactTriples, Unsupported> = data.withUnsafeBytes { raw in
            let bytes = raw.bindMemory(to: UInt8.self)
            var header: (columns: [TripleImport.HeaderField], next: Int)?
            TripleImport.forEachLine(bytes, from: 0) { line, _, next, _ in
                header = (try? Self.columns(line, path: path)).map { ($0, next) }
                return false
            }
            guard let header else { return .failure(Unsupported()) }
            var reader = CompactTriples(path: path, columns: header.columns, encodeEvidence: encodeEvidence)
            reader.reserve(lines, bytes: bytes.count)
            guard let split = reader.splitPoint(bytes, from: header.next) else {
                return reader.read(bytes, from: header.next).map { reader }
            }
            // Lines from `split` on: a reader of their own on the second core, appended after the first half's.
            let columns = header.columns, share = lines / 2
            let second = BackgroundWork {
                data.withUnsafeBytes { raw in
                    var reader = CompactTriples(path: path, columns: columns, encodeEvidence: encodeEvidence)
                    reader.reserve(share, bytes: raw.count - split)
                    return ReadOnly(value: reader.read(raw.bindMemory(to: UInt8.self), from: split).map { reader })
                }
            }
            let first = reader.read(UnsafeBufferPointer(rebasing: bytes[..<split]), from: header.next)
            guard case .success = first, case let .success(rest) = second.value().value else { return .failure(Unsupported()) }
            return reader.append(rest).map { reader }
        }
        guard case let .success(parsed) = outcome, parsed.documents.isCanonicallyDistinct, parsed.names.isCanonicallyDistinct,
              parsed.relations.isCanonicallyDistinct else { throw Unsupported() }
        self = parsed
    }

    private init(path: String, columns: [TripleImport.HeaderField], encodeEvidence: Bool) {
        self.path = path
        self.columns = columns
        encodesEvidence = encodeEvidence
        pathBytes = Array(path.utf8)
        for (index, field) in columns.enumerated() {
            if case let .known(column) = field { position[column.rawValue] = index }
        }
        checkedPositions = Self.checkedColumns.compactMap { position[$0.rawValue] >= 0 ? position[$0.rawValue] : nil }
        cells = Cells(position: position)
    }

    /// Reads the data lines of `bytes` from byte `offset`, then forgets every pointer into `bytes`.
    private mutating func read(_ bytes: UnsafeBufferPointer<UInt8>, from offset: Int) -> Result<Void, Unsupported> {
        var failure: Unsupported?
        TripleImport.forEachLine(bytes, from: offset) { line, start, _, number in
            do throws(Unsupported) {
                try add(line, start: start, number: number)
                return true
            } catch {
                failure = error
                return false
            }
        }
        lastDocument = nil
        rawNames.removeAll()
        rawRelations.removeAll()
        cells = Cells(position: position)
        return failure.map { .failure($0) } ?? .success(())
    }

    /// Every statement's evidence encoded, in file order; nil unless the reader was asked to encode.
    func encodedEvidence() -> EncodedEvidence? {
        encodesEvidence ? EncodedEvidence(bytes: evidenceSink.bytes, starts: evidenceStarts) : nil
    }

    /// Cell index in a line by column (raw value), -1 when the header lacks it.
    private(set) var position = [Int](repeating: -1, count: TripleImport.Column.allCases.count)
    /// Cell indices of the checked columns present.
    private var checkedPositions: [Int] = []
    /// The document cell of the previous line and its id: lines come document by document.
    private var lastDocument: (cell: UnsafeBufferPointer<UInt8>, id: Int32)?
    /// Record ids of the current document run by name and type: a document names an actor many times.
    private var runRecords = RunRecordTable()
    /// The current line's cells, reused.
    private var cells = Cells(position: [])
    /// Whether each statement's evidence is encoded as it is read, into `evidenceSink`, ending at `evidenceStarts`.
    private(set) var encodesEvidence = false
    var evidenceSink = ByteSink()
    var evidenceStarts = [0]
    /// The path's bytes: a line's document when its document cell is empty.
    private var pathBytes: [UInt8] = []

    /// Room for `lines` statements whose lines take `bytes`: a statement's encoding is its line's cells
    /// and a few varints (and the path for an empty document cell, rare in large files). Pages reserved
    /// and never written cost no memory, so the first half's reader reserves for the whole file and
    /// the second half is appended without growing an array.
    private mutating func reserve(_ lines: Int, bytes: Int) {
        if encodesEvidence {
            evidenceSink.bytes.reserveCapacity(bytes + lines * 16)
            evidenceStarts.reserveCapacity(lines + 1)
        }
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
        cells.split(line)
        if !cells.isASCII, String(validating: line, as: UTF8.self) == nil { throw Unsupported() }
        guard cells.count == columns.count else { throw Unsupported() }
        // A checked column's cell is read by the row reader itself, so its verdict is the importer's.
        if checkedPositions.contains(where: { !cells[index: $0].isEmpty }) {
            var row = TripleImport.Row()
            guard case .triple? = try? TripleImport.tsvRecord(line, columns: columns, row: &row, path: path, line: number) else {
                throw Unsupported()
            }
        }
        let documentCell = cells[.document]
        let documentID: Int32
        if let last = lastDocument, last.cell.elementsEqual(documentCell) {
            documentID = last.id
        } else {
            documentID = documents.compactID(documentCell.isEmpty ? try Self.printable(path) : try Self.printable(documentCell))
            lastDocument = (documentCell, documentID)
            runRecords.removeAll()
        }
        let subjectRecord = try record(documentID, name: cells[.subject], type: cells[.subjectType])
        let objectRecord = try record(documentID, name: cells[.object], type: cells[.objectType])
        let relationID = try Self.trimmed(cells[.relation], cache: &rawRelations, table: &relations)
        _ = try Self.integer(cells[.sentence])
        guard try Self.integer(cells[.start]) <= (try Self.integer(cells[.end])) else { throw Unsupported() }
        let flag: Bool
        let negatedCell = cells[.negated]
        if negatedCell.isEmpty || negatedCell.elementsEqual("false".utf8) {
            flag = false
        } else if negatedCell.elementsEqual("true".utf8) {
            flag = true
        } else {
            throw Unsupported()
        }
        if encodesEvidence {
            if documentCell.isEmpty {
                pathBytes.withUnsafeBufferPointer { cells.encodeStatement(document: $0, into: &evidenceSink) }
            } else {
                cells.encodeStatement(document: documentCell, into: &evidenceSink)
            }
            evidenceStarts.append(evidenceSink.bytes.count)
        }
        subject.append(subjectRecord)
        object.append(objectRecord)
        relation.append(relationID)
        negated.append(flag)
        anyNegated = anyNegated || flag
        lineStart.append(start)
        lineLength.append(UInt32(truncatingIfNeeded: line.count))
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
        if let id = runRecords.value(for: key) { return id }
        let id = Int32(truncatingIfNeeded: records.count)
        runRecords.insert(key, value: id)
        records.append(UInt64(document) << 30 | UInt64(nameID) << 3 | UInt64(Self.typeIndex(entityType)))
        return id
    }

    func recordDocument(_ record: Int) -> Int32 { Self.document(ofRecord: records[record]) }
    func recordName(_ record: Int) -> Int32 { Self.name(ofRecord: records[record]) }
    func recordType(_ record: Int) -> EntityType { Self.types[Int(records[record] & 7)] }
    /// The record's (name, type) as name * 8 + type index.
    func recordShape(_ record: Int) -> Int32 { Self.shape(ofRecord: records[record]) }

    /// The fields of a packed record word (an element of `records`), for a pass that holds the words.
    static func document(ofRecord word: UInt64) -> Int32 { Int32(truncatingIfNeeded: word >> 30) }
    static func name(ofRecord word: UInt64) -> Int32 { Int32(truncatingIfNeeded: word >> 3 & 0x7FF_FFFF) }
    static func shape(ofRecord word: UInt64) -> Int32 { Int32(truncatingIfNeeded: word & 0x3FFF_FFFF) }

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
        let id = table.compactID(text)
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
    static func integer(_ cell: UnsafeBufferPointer<UInt8>) throws(Unsupported) -> Int {
        if cell.count <= 18, cell.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }) {
            return cell.reduce(0) { $0 * 10 + Int($1 - 0x30) }
        }
        guard let value = Int(String(decoding: cell, as: UTF8.self)), value >= 0 else { throw Unsupported() }
        return value
    }
}
