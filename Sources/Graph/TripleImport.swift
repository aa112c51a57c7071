import Foundation
import Extraction

/// Reads triples written by `newsgraph extract` (or any tool using its columns) into a graph.
///
/// TSV: the first line names the columns (tab-separated), any order; JSON Lines: one object per
/// line with those keys. `subject`, `relation` and `object` are required; `subject_type`,
/// `object_type` (default `other`), `negated` (default false), `document` (default: the file's
/// name), `sentence`, `start`, `end` (default 0), `evidence`, `surface`, `source` and `confidence`
/// are optional. Unknown columns are rejected so a misspelt header cannot go unnoticed.
public enum TripleImport {
    /// The input syntax.
    public enum Format: String, Sendable, CaseIterable {
        case tsv, jsonl
    }

    /// Every column the importer understands.
    public static let knownColumns: Set<String> = Set(KnowledgeGraph.tripleColumns + ["confidence"])
    static let requiredColumns = ["subject", "relation", "object"]

    /// Parses `data` and hands each triple to `body`, in file order.
    /// - Throws: `GraphError.badTriples` naming the 1-based line and the problem.
    /// - Complexity: O(n) in the size of the input.
    public static func read(_ data: Data, format: Format, path: String, _ body: (Triple) -> Void) throws(GraphError) {
        var header: [String]?
        var lineNumber = 0
        var failure: GraphError?
        let decoder = JSONDecoder()
        data.withUnsafeBytes { (buffer: UnsafeRawBufferPointer) in
            let bytes = buffer.bindMemory(to: UInt8.self)
            var start = 0
            while start < bytes.count, failure == nil {
                lineNumber += 1
                var end = start
                while end < bytes.count, bytes[end] != 0x0A { end += 1 }
                var stop = end
                if stop > start, bytes[stop - 1] == 0x0D { stop -= 1 }
                let slice = UnsafeBufferPointer(rebasing: bytes[start..<stop])
                start = end + 1
                do throws(GraphError) {
                    guard let line = String(validating: slice, as: UTF8.self) else {
                        throw GraphError.badTriples(path: path, line: lineNumber, reason: "not valid UTF-8")
                    }
                    if line.allSatisfy(\.isWhitespace) { continue }
                    switch format {
                    case .tsv:
                        guard let columns = header else {
                            header = try parseHeader(line, path: path, line: lineNumber)
                            continue
                        }
                        let cells = line.split(separator: "\t", omittingEmptySubsequences: false)
                        guard cells.count == columns.count else {
                            throw GraphError.badTriples(path: path, line: lineNumber,
                                                        reason: "expected \(columns.count) tab-separated fields, found \(cells.count)")
                        }
                        var row = Row()
                        for (name, cell) in zip(columns, cells) { row.fields[name] = .text(String(cell)) }
                        body(try row.triple(path: path, line: lineNumber))
                    case .jsonl:
                        let record: [String: JSONValue]
                        do {
                            record = try decoder.decode([String: JSONValue].self, from: Data(line.utf8))
                        } catch {
                            throw GraphError.badTriples(path: path, line: lineNumber, reason: "not a JSON object")
                        }
                        if let unknown = record.keys.filter({ !knownColumns.contains($0) }).min() {
                            throw GraphError.badTriples(path: path, line: lineNumber, reason: "unknown field \"\(unknown)\"")
                        }
                        var row = Row()
                        for (key, value) in record { row.fields[key] = value }
                        body(try row.triple(path: path, line: lineNumber))
                    }
                } catch {
                    failure = error
                }
            }
        }
        if let failure { throw failure }
        if format == .tsv, header == nil { throw GraphError.badTriples(path: path, line: 0, reason: "no header line (the file is empty)") }
    }

    /// The TSV header's column names, checked: known, not repeated, and the required ones present.
    static func parseHeader(_ line: String, path: String, line number: Int) throws(GraphError) -> [String] {
        let columns = line.split(separator: "\t", omittingEmptySubsequences: false).map { String($0).trimmingSpaces }
        var seen: Set<String> = []
        for column in columns {
            guard knownColumns.contains(column) else {
                throw GraphError.badTriples(path: path, line: number, reason: "unknown column '\(column)' in the header "
                                            + "(known: \(KnowledgeGraph.tripleColumns.joined(separator: ", ")), confidence)")
            }
            guard seen.insert(column).inserted else {
                throw GraphError.badTriples(path: path, line: number, reason: "column '\(column)' appears twice in the header")
            }
        }
        for required in requiredColumns where !seen.contains(required) {
            throw GraphError.badTriples(path: path, line: number, reason: "the header has no '\(required)' column")
        }
        return columns
    }
}

extension KnowledgeGraph {
    /// Merges every triple of a TSV or JSON Lines file in the extract format; see `TripleImport`.
    /// On error the graph is left unchanged.
    /// - Complexity: O(n) in the size of the input.
    public mutating func importTriples(_ data: Data, format: TripleImport.Format, path: String) throws(GraphError) {
        var copy = self
        try TripleImport.read(data, format: format, path: path) { copy.add($0) }
        self = copy
    }
}
