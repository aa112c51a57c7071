import Extraction

/// A JSON Lines value: strings, numbers, booleans and null, plus the alias lists and attribute objects.
// Not `indirect`: lists and objects already live in their own storage, and an indirect enum boxes
// every value, a heap allocation for each field of each imported line.
enum JSONValue: Decodable, Sendable {
    case text(String)
    case number(Double)
    case bool(Bool)
    case null
    case list([JSONValue])
    case object([String: JSONValue])

    init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        if container.decodeNil() { self = .null; return }
        if let value = try? container.decode(Bool.self) { self = .bool(value); return }
        if let value = try? container.decode(Double.self) { self = .number(value); return }
        if let value = try? container.decode(String.self) { self = .text(value); return }
        if let value = try? container.decode([JSONValue].self) { self = .list(value); return }
        self = .object(try container.decode([String: JSONValue].self))
    }
}

extension TripleImport {
    /// The columns the importer understands, in the extract order: `confidence`, then the document metadata.
    enum Column: Int, CaseIterable {
        case subject, relation, object, subjectType, objectType, surface, negated, source, document, sentence, start, end, evidence, confidence
        case title, date, url, outlet, eventStart, eventEnd, eventPhrase
        // The actors' other names and facts, which actor identity is computed from (JSON Lines only).
        case subjectAliases, objectAliases, subjectAttributes, objectAttributes
        // Non-triple records: `kind` is "document" (with `hash`) or "skipped" (with `reason`).
        case kind, hash, reason

        static let names = KnowledgeGraph.tripleColumns + ["confidence"] + KnowledgeGraph.metadataColumns
            + ["subject_aliases", "object_aliases", "subject_attributes", "object_attributes", "kind", "hash", "reason"]
        private static let byName: [String: Column] = Dictionary(uniqueKeysWithValues: zip(names, allCases))

        init?(name: String) {
            guard let column = Column.byName[name] else { return nil }
            self = column
        }

        var name: String { Column.names[rawValue] }
    }

    /// One record's fields by column, reused from line to line, turned into a triple with each field checked.
    struct Row {
        private var values = [JSONValue?](repeating: nil, count: Column.allCases.count)
        /// The columns the importer does not read, as (name, text), in file order; empty cells are left out.
        var extras: [(name: String, value: String)] = []

        subscript(column: Column) -> JSONValue? {
            get { values[column.rawValue] }
            set { values[column.rawValue] = newValue }
        }

        mutating func clear() {
            for index in values.indices { values[index] = nil }
            extras.removeAll(keepingCapacity: true)
        }

        /// A JSON value of a field the importer does not read, as attribute text: strings as they are,
        /// numbers as written in JSON, booleans as `true`/`false`; nil for null. Lists and objects have no
        /// one-line text, so they are refused rather than flattened.
        static func attribute(_ key: String, _ value: JSONValue, path: String, line: Int) throws(GraphError) -> String? {
            switch value {
            case .null: return nil
            case let .text(text): return text.isEmpty ? nil : text
            case let .bool(flag): return flag ? "true" : "false"
            case let .number(number):
                return number == number.rounded() && abs(number) < 1e15 ? String(Int64(number)) : String(number)
            case .list, .object:
                throw GraphError.badTriples(path: path, line: line, reason: "unknown field \"\(key)\" holds a list or an object "
                                            + "(only strings, numbers and booleans are kept as attributes)")
            }
        }

        /// The record this row is: a triple unless `kind` says it is a document or a skipped article.
        func record(path: String, line: Int) throws(GraphError) -> TripleImport.Record {
            func fail(_ reason: String) -> GraphError { GraphError.badTriples(path: path, line: line, reason: reason) }
            func field(_ column: Column, of kind: String) throws(GraphError) -> String {
                guard case let .text(value)? = self[column], !value.isEmpty else { throw fail("a \(kind) record needs a \(column.name) string") }
                return value
            }
            let kindName: String
            switch self[.kind] {
            case nil, .null, .text(""), .text("triple"): return .triple(try triple(path: path, line: line))
            case let .text(value): kindName = value
            default: throw fail("kind must be a string")
            }
            switch kindName {
            case "document": return .document(name: try field(.document, of: kindName), hash: try field(.hash, of: kindName))
            case "skipped": return .skipped(name: try field(.document, of: kindName), reason: try field(.reason, of: kindName))
            default: throw fail("kind '\(kindName)' is not one of triple, document, skipped")
            }
        }

        func triple(path: String, line: Int) throws(GraphError) -> Triple {
            func fail(_ reason: String) -> GraphError { GraphError.badTriples(path: path, line: line, reason: reason) }
            func aliases(_ column: Column) throws(GraphError) -> [String] {
                switch self[column] {
                case nil, .null: return []
                case let .list(values):
                    var names: [String] = []
                    for value in values {
                        guard case let .text(name) = value else { throw fail("\(column.name) must be a list of strings") }
                        names.append(name)
                    }
                    return names
                default: throw fail("\(column.name) must be a list of strings")
                }
            }
            func attributes(_ column: Column) throws(GraphError) -> [String: String] {
                switch self[column] {
                case nil, .null: return [:]
                case let .object(values):
                    var facts: [String: String] = [:]
                    for (key, value) in values {
                        guard case let .text(fact) = value else { throw fail("\(column.name) must map names to strings") }
                        facts[key] = fact
                    }
                    return facts
                default: throw fail("\(column.name) must map names to strings")
                }
            }
            func text(_ column: Column) throws(GraphError) -> String? {
                switch self[column] {
                case nil, .null: return nil
                case let .text(value): return value
                default: throw fail("\(column.name) must be a string")
                }
            }
            func nonEmpty(_ column: Column) throws(GraphError) -> String? {
                guard let value = try text(column), !value.isEmpty else { return nil }
                return value
            }
            func required(_ column: Column) throws(GraphError) -> String {
                guard let value = try text(column)?.trimmingSpaces, !value.isEmpty else { throw fail("empty \(column.name)") }
                return value
            }
            func type(_ column: Column) throws(GraphError) -> EntityType {
                guard let value = try nonEmpty(column) else { return .other }
                guard let type = EntityType(rawValue: value) else {
                    throw fail("\(column.name) '\(value)' is not one of \(EntityType.allCases.map(\.rawValue).joined(separator: ", "))")
                }
                return type
            }
            func integer(_ column: Column) throws(GraphError) -> Int {
                switch self[column] {
                case nil, .null, .text(""): return 0
                case let .number(value) where value >= 0 && value == value.rounded() && value < 1e15: return Int(value)
                case let .text(value) where Int(value).map { $0 >= 0 } == true: return Int(value) ?? 0
                default: throw fail("\(column.name) must be a whole number ≥ 0")
                }
            }
            func flag(_ column: Column) throws(GraphError) -> Bool {
                switch self[column] {
                case nil, .null, .text("false"), .text(""): return false
                case let .bool(value): return value
                case .text("true"): return true
                default: throw fail("\(column.name) must be true or false")
                }
            }
            func confidence() throws(GraphError) -> Double {
                switch self[.confidence] {
                case nil, .null, .text(""): return 1
                case let .number(value) where (0...1).contains(value): return value
                case let .text(value) where Double(value).map { (0...1).contains($0) } == true: return Double(value) ?? 1
                default: throw fail("confidence must be a number in 0...1")
                }
            }
            func day(_ column: Column) throws(GraphError) -> String? {
                guard let value = try nonEmpty(column) else { return nil }
                guard value.count == 10, CalendarDay.day(of: value) != nil else {
                    throw fail("\(column.name) must be a date like 2024-02-01, not '\(value)'")
                }
                return value
            }
            let relation = try required(.relation)
            let evidence = Evidence(document: try nonEmpty(.document) ?? path, sentence: try integer(.sentence),
                                    text: try text(.evidence) ?? "", start: try integer(.start), end: try integer(.end),
                                    title: try nonEmpty(.title), date: try nonEmpty(.date), url: try nonEmpty(.url),
                                    outlet: try nonEmpty(.outlet), eventStart: try day(.eventStart), eventEnd: try day(.eventEnd),
                                    eventPhrase: try nonEmpty(.eventPhrase),
                                    attributes: Dictionary(extras.map { ($0.name, $0.value) }, uniquingKeysWith: { first, _ in first }))
            guard evidence.start <= evidence.end else { throw fail("start \(evidence.start) is after end \(evidence.end)") }
            if let first = evidence.eventStart, let last = evidence.eventEnd, first > last {
                throw fail("event_start \(first) is after event_end \(last)")
            }
            let subject = Actor(name: try required(.subject), type: try type(.subjectType),
                                aliases: try aliases(.subjectAliases), attributes: try attributes(.subjectAttributes))
            let object = Actor(name: try required(.object), type: try type(.objectType),
                               aliases: try aliases(.objectAliases), attributes: try attributes(.objectAttributes))
            return Triple(subject: subject, relation: relation, object: object,
                          surface: try nonEmpty(.surface), confidence: try confidence(),
                          negated: try flag(.negated), source: try nonEmpty(.source), evidence: evidence)
        }
    }
}
