import Foundation
import Extraction

/// Reads triples written by `newsgraph extract` (or any tool using its columns) into a graph.
///
/// TSV: the first line names the columns (tab-separated), any order; JSON Lines: one object per
/// line with those keys. `subject`, `relation` and `object` are required; `subject_type`,
/// `object_type` (default `other`), `negated` (default false), `document` (default: the file's
/// name), `sentence`, `start`, `end` (default 0), `evidence`, `surface`, `source`, `confidence` and the
/// document metadata `title`, `date`, `url`, `outlet` and the stated time `event_start`, `event_end`
/// (`YYYY-MM-DD`) and `event_phrase` (kept on the evidence) are optional, and so are the actors'
/// `subject_aliases`/`object_aliases` (lists) and `subject_attributes`/`object_attributes` (objects).
/// A record with `kind` "document" names a document read and its content `hash`; one with `kind` "skipped"
/// names an article the extractor could not read and the `reason`. Any other column (a TSV header name,
/// or a JSON key with a string, number or boolean value) is kept on the evidence as an attribute; the
/// summary names those columns so that a misspelt header is reported rather than silently absorbed.
public enum TripleImport {
    /// One line's meaning.
    public enum Record: Sendable, Equatable {
        case triple(Triple)
        /// A document was read: its name and a hash of its content (as `build` keeps in `documents`).
        case document(name: String, hash: String)
        /// An article could not be read, and why.
        case skipped(name: String, reason: String)
    }

    /// The input syntax.
    public enum Format: String, Sendable, CaseIterable {
        case tsv, jsonl
    }

    /// Every column the importer understands.
    public static let knownColumns: Set<String> = Set(Column.names)
    static let requiredColumns: [Column] = [.subject, .relation, .object]

    /// Parses `data` and hands each triple to `body`, in file order. Works on bytes: a line becomes
    /// strings only field by field, so large files import at memory speed.
    /// - Throws: `GraphError.badTriples` naming the 1-based line and the problem.
    /// - Complexity: O(n) in the size of the input.
    public static func read(_ data: Data, format: Format, path: String, _ body: (Triple) -> Void) throws(GraphError) {
        try records(data, format: format, path: path) { record in
            if case let .triple(triple) = record { body(triple) }
        }
    }

    /// Like `read`, but hands over every record, documents and skipped articles included, in file order.
    /// - Returns: the names of the columns kept as attributes, sorted.
    @discardableResult
    public static func records(_ data: Data, format: Format, path: String, _ body: (Record) -> Void) throws(GraphError) -> [String] {
        var header: [HeaderField]?
        var extraNames = Set<String>()
        var lineNumber = 0
        var failure: GraphError?
        var row = Row()
        let decoder = JSONDecoder()
        data.withUnsafeBytes { (raw: UnsafeRawBufferPointer) in
            forEachLine(raw.bindMemory(to: UInt8.self), from: 0) { line, _, _, number in
                lineNumber = number
                do throws(GraphError) {
                    switch format {
                    case .tsv:
                        guard let columns = header else {
                            let fields = try parseHeader(try text(line, path: path, line: lineNumber), path: path, line: lineNumber)
                            for case let .extra(name) in fields { extraNames.insert(name) }
                            header = fields
                            return true
                        }
                        body(try tsvRecord(line, columns: columns, row: &row, path: path, line: lineNumber))
                    case .jsonl:
                        let record: [String: JSONValue]
                        do {
                            record = try decoder.decode([String: JSONValue].self, from: Data(line))
                        } catch {
                            throw GraphError.badTriples(path: path, line: lineNumber, reason: "not a JSON object")
                        }
                        row.clear()
                        for (key, value) in record.sorted(by: { $0.key < $1.key }) {
                            if let column = Column(name: key) {
                                row[column] = value
                            } else if let attribute = try Row.attribute(key, value, path: path, line: lineNumber) {
                                row.extras.append((key, attribute))
                                extraNames.insert(key)
                            }
                        }
                        body(try row.record(path: path, line: lineNumber))
                    }
                    return true
                } catch {
                    failure = error
                    return false
                }
            }
        }
        if let failure { throw failure }
        if format == .tsv, header == nil { throw GraphError.badTriples(path: path, line: 0, reason: "no header line (the file is empty)") }
        return extraNames.sorted()
    }

    /// Calls `body` with every line of `bytes` from `offset` that is not blank (spaces and tabs only),
    /// without its line end (LF or CR LF), its start, the start of the next line and its 1-based number
    /// counted from `offset` (blank lines count); stops when `body` returns false.
    /// - Complexity: O(n) in the bytes read.
    static func forEachLine(_ bytes: UnsafeBufferPointer<UInt8>, from offset: Int,
                            _ body: (UnsafeBufferPointer<UInt8>, _ start: Int, _ next: Int, _ number: Int) -> Bool) {
        var start = offset, number = 0
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
            if !body(line, lineStart, start, number) { return }
        }
    }

    /// One TSV data line under the header `columns`, read into `row` (reused from line to line).
    /// - Throws: `GraphError.badTriples` naming the line and the problem.
    static func tsvRecord(_ line: UnsafeBufferPointer<UInt8>, columns: [HeaderField], row: inout Row,
                          path: String, line lineNumber: Int) throws(GraphError) -> Record {
        row.clear()
        // Validated once per line (ASCII lines need no check), then decoded field by field.
        if !line.allSatisfy({ $0 < 0x80 }) { _ = try text(line, path: path, line: lineNumber) }
        var fieldStart = 0, field = 0
        for position in 0...line.count where position == line.count || line[position] == 0x09 {
            if field < columns.count {
                let cell = UnsafeBufferPointer(rebasing: line[fieldStart..<position])
                switch columns[field] {
                case let .known(column): row[column] = .text(String(decoding: cell, as: UTF8.self))
                case let .extra(name): if !cell.isEmpty { row.extras.append((name, String(decoding: cell, as: UTF8.self))) }
                }
            }
            field += 1
            fieldStart = position + 1
        }
        guard field == columns.count else {
            throw GraphError.badTriples(path: path, line: lineNumber,
                                        reason: "expected \(columns.count) tab-separated fields, found \(field)")
        }
        return try row.record(path: path, line: lineNumber)
    }

    /// The bytes as a string, or an error naming the line when they are not UTF-8.
    private static func text(_ bytes: UnsafeBufferPointer<UInt8>, path: String, line: Int) throws(GraphError) -> String {
        guard let text = String(validating: bytes, as: UTF8.self) else {
            throw GraphError.badTriples(path: path, line: line, reason: "not valid UTF-8")
        }
        return text
    }

    /// One TSV header name: a column the importer reads, or another kept as an attribute.
    enum HeaderField: Equatable {
        case known(Column)
        case extra(String)
    }

    /// The TSV header's columns, checked: named, not repeated, and the required ones present.
    static func parseHeader(_ line: String, path: String, line number: Int) throws(GraphError) -> [HeaderField] {
        var fields: [HeaderField] = []
        var seen = Set<String>()
        for name in line.split(separator: "\t", omittingEmptySubsequences: false).map({ String($0).trimmingSpaces }) {
            guard !name.isEmpty else {
                throw GraphError.badTriples(path: path, line: number, reason: "column \(fields.count + 1) of the header has no name")
            }
            guard seen.insert(name).inserted else {
                throw GraphError.badTriples(path: path, line: number, reason: "column '\(name)' appears twice in the header")
            }
            fields.append(Column(name: name).map(HeaderField.known) ?? .extra(name))
        }
        for required in requiredColumns where !fields.contains(.known(required)) {
            throw GraphError.badTriples(path: path, line: number, reason: "the header has no '\(required.name)' column")
        }
        return fields
    }

    /// How many lines `data` has: an upper bound on the triples it holds, for reserving capacity.
    static func lineCount(_ data: Data) -> Int {
        data.withUnsafeBytes { raw in raw.reduce(0) { $0 + ($1 == 0x0A ? 1 : 0) } } + 1
    }
}

extension KnowledgeGraph {
    /// Merges every triple of a TSV or JSON Lines file in the extract format that `filter` keeps; see
    /// `TripleImport`. Document records enter `documents` with their hash; skipped-article records are
    /// returned, not merged. On error the graph is left unchanged.
    /// - Complexity: O(n) in the size of the input.
    @discardableResult
    public mutating func importTriples(_ data: Data, format: TripleImport.Format, path: String,
                                       filter: StatementFilter = StatementFilter.all) throws(GraphError) -> TripleImport.Summary {
        var copy = self
        var summary = TripleImport.Summary()
        let lines = TripleImport.lineCount(data)
        copy.reserveCapacity(edges: edges.count + lines)
        // Two actor records a triple at most.
        copy.reserveCapacity(records: copy.nodes.reduce(0) { $0 + $1.records.count } + 2 * lines)
        summary.extraColumns = try TripleImport.records(data, format: format, path: path) { record in
            switch record {
            case let .triple(triple): if filter.keeps(triple.evidence) { copy.add(triple) }
            case let .document(name, hash):
                copy.documents[name] = hash
                summary.documents += 1
            case let .skipped(name, reason): summary.skipped.append((name, reason))
            }
        }
        self = copy
        return summary
    }
}

extension TripleImport {
    /// What an import met besides triples.
    public struct Summary: Sendable {
        /// How many document records were read.
        public var documents = 0
        /// The skipped-article records, in file order: (document, reason).
        public var skipped: [(document: String, reason: String)] = []
        /// The columns kept as evidence attributes because the importer does not read them, sorted.
        public var extraColumns: [String] = []

        public init() {}
    }
}
