import Foundation
import Extraction

/// A TSV triples file read into integer tables for the compact build (`CompactBuild`): each distinct
/// document, actor name and relation once as a string, each distinct actor record (document, name,
/// type) once as three integers, and each statement as its record ids, relation id and the byte
/// offset of its line, from which its evidence is decoded again when it is written.
///
/// Only the common case is read: printable ASCII names, documents, types and relations, and no column
/// that gives an actor other names or facts, marks a non-triple record, or is kept as an attribute.
/// Anything else (and any malformed line) throws `Unsupported`, and the caller builds the old way,
/// which gives the same graph or reports the error exactly as before.
struct CompactTriples {
    /// The input is outside the compact build's common case, or malformed.
    struct Unsupported: Error {}

    /// Strings by id, each distinct one once.
    struct Table {
        private(set) var strings: [String] = []
        private var ids: [String: Int32] = [:]

        mutating func id(_ text: String) -> Int32 {
            if let id = ids[text] { return id }
            let id = Int32(truncatingIfNeeded: strings.count)
            ids[text] = id
            strings.append(text)
            return id
        }

        var count: Int { strings.count }
        subscript(id: Int32) -> String { strings[Int(id)] }
    }

    let path: String
    let columns: [TripleImport.HeaderField]
    var documents = Table()
    var names = Table()
    var relations = Table()
    /// Distinct actor records, by record id.
    var recordDocument: [Int32] = []
    var recordName: [Int32] = []
    var recordType: [EntityType] = []
    /// Statements in file order.
    var subject: [Int32] = []
    var object: [Int32] = []
    var relation: [Int32] = []
    var negated: [Bool] = []
    var lineStart: [Int] = []
    var lineNumber: [Int32] = []
    var anyNegated = false

    private var recordIDs: [UInt64: Int32] = [:]
    private var rawNames: [String: Int32] = [:]
    private var rawRelations: [String: Int32] = [:]
    private var rawTypes: [String: EntityType] = [:]

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
                    if var reader = parsed {
                        parsed = nil
                        try reader.add(line, start: lineStart, number: number)
                        parsed = reader
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
            return .success(())
        }
        guard case .success = outcome, let parsed else { throw Unsupported() }
        self = parsed
    }

    private init(path: String, columns: [TripleImport.HeaderField]) {
        self.path = path
        self.columns = columns
        position = Dictionary(uniqueKeysWithValues: columns.enumerated().compactMap { index, field in
            if case let .known(column) = field { return (column, index) }
            return nil
        })
    }

    /// Column → cell index in a line.
    private var position: [TripleImport.Column: Int] = [:]
    /// Cell ranges of the current line, reused.
    private var cells: [Range<Int>] = []

    private mutating func reserve(_ lines: Int) {
        subject.reserveCapacity(lines)
        object.reserveCapacity(lines)
        relation.reserveCapacity(lines)
        negated.reserveCapacity(lines)
        lineStart.reserveCapacity(lines)
        lineNumber.reserveCapacity(lines)
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
        if !line.allSatisfy({ $0 < 0x80 }), String(validating: line, as: UTF8.self) == nil { throw Unsupported() }
        cells.removeAll(keepingCapacity: true)
        var fieldStart = 0
        for index in 0...line.count where index == line.count || line[index] == 0x09 {
            cells.append(fieldStart..<index)
            fieldStart = index + 1
        }
        guard cells.count == columns.count else { throw Unsupported() }
        func cell(_ column: TripleImport.Column) -> UnsafeBufferPointer<UInt8> {
            guard let index = position[column] else { return UnsafeBufferPointer(rebasing: line[0..<0]) }
            return UnsafeBufferPointer(rebasing: line[cells[index]])
        }
        // A checked column's cell is read by the row reader itself, so its verdict is the importer's.
        for column in Self.checkedColumns where !cell(column).isEmpty {
            var row = TripleImport.Row()
            guard case .triple? = try? TripleImport.tsvRecord(line, columns: columns, row: &row, path: path, line: number) else {
                throw Unsupported()
            }
            break
        }
        let documentCell = cell(.document)
        let document = documentCell.isEmpty ? try Self.printable(path) : try Self.printable(documentCell)
        let documentID = documents.id(document)
        let subjectRecord = try record(documentID, name: cell(.subject), type: cell(.subjectType))
        let objectRecord = try record(documentID, name: cell(.object), type: cell(.objectType))
        let relationID = try Self.trimmed(cell(.relation), cache: &rawRelations, table: &relations)
        _ = try Self.integer(cell(.sentence))
        guard try Self.integer(cell(.start)) <= (try Self.integer(cell(.end))) else { throw Unsupported() }
        let flag: Bool
        switch String(decoding: cell(.negated), as: UTF8.self) {
        case "", "false": flag = false
        case "true": flag = true
        default: throw Unsupported()
        }
        subject.append(subjectRecord)
        object.append(objectRecord)
        relation.append(relationID)
        negated.append(flag)
        anyNegated = anyNegated || flag
        lineStart.append(start)
        lineNumber.append(Int32(truncatingIfNeeded: number))
    }

    /// The id of the record (document, name, type), added on first sight.
    private mutating func record(_ document: Int32, name: UnsafeBufferPointer<UInt8>, type: UnsafeBufferPointer<UInt8>) throws(Unsupported) -> Int32 {
        let nameID = try Self.trimmed(name, cache: &rawNames, table: &names)
        let entityType: EntityType
        if type.isEmpty {
            entityType = .other
        } else {
            let raw = String(decoding: type, as: UTF8.self)
            if let known = rawTypes[raw] {
                entityType = known
            } else {
                guard let parsed = EntityType(rawValue: raw) else { throw Unsupported() }
                rawTypes[raw] = parsed
                entityType = parsed
            }
        }
        guard document < 1 << 27, nameID < 1 << 27 else { throw Unsupported() }
        let key = UInt64(document) << 36 | UInt64(nameID) << 8 | UInt64(Self.typeIndex(entityType))
        if let id = recordIDs[key] { return id }
        let id = Int32(truncatingIfNeeded: recordDocument.count)
        recordIDs[key] = id
        recordDocument.append(document)
        recordName.append(nameID)
        recordType.append(entityType)
        return id
    }

    static func typeIndex(_ type: EntityType) -> Int { EntityType.allCases.firstIndex(of: type) ?? 0 }

    /// A name or relation cell trimmed as the importer trims it (`required`), interned.
    private static func trimmed(_ cell: UnsafeBufferPointer<UInt8>, cache: inout [String: Int32], table: inout Table) throws(Unsupported) -> Int32 {
        let raw = try printable(cell)
        if let id = cache[raw] { return id }
        let text = raw.trimmingSpaces
        guard !text.isEmpty else { throw Unsupported() }
        let id = table.id(text)
        cache[raw] = id
        return id
    }

    /// The cell as a string when it is printable ASCII: such strings compare and hash byte by byte
    /// as `String` does, so ids and sort ranks agree with the importer's strings.
    private static func printable(_ cell: UnsafeBufferPointer<UInt8>) throws(Unsupported) -> String {
        guard cell.allSatisfy({ $0 >= 0x20 && $0 < 0x7F }) else { throw Unsupported() }
        return String(decoding: cell, as: UTF8.self)
    }

    private static func printable(_ text: String) throws(Unsupported) -> String {
        guard text.utf8.allSatisfy({ $0 >= 0x20 && $0 < 0x7F }) else { throw Unsupported() }
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

    /// The evidence of statement `index`, decoded from its line by the importer's own row reader.
    func evidence(_ index: Int, in bytes: UnsafeBufferPointer<UInt8>, row: inout TripleImport.Row) -> Evidence? {
        let start = lineStart[index]
        var end = start
        while end < bytes.count, bytes[end] != 0x0A { end += 1 }
        if end > start, bytes[end - 1] == 0x0D { end -= 1 }
        let line = UnsafeBufferPointer(rebasing: bytes[start..<end])
        guard case let .triple(triple)? = try? TripleImport.tsvRecord(line, columns: columns, row: &row, path: path,
                                                                     line: Int(lineNumber[index])) else { return nil }
        return triple.evidence
    }
}
