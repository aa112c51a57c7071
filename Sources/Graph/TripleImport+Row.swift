import Extraction

/// A JSON Lines value: only strings, numbers, booleans and null appear in triple records.
enum JSONValue: Decodable, Sendable {
    case text(String)
    case number(Double)
    case bool(Bool)
    case null

    init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        if container.decodeNil() { self = .null; return }
        if let value = try? container.decode(Bool.self) { self = .bool(value); return }
        if let value = try? container.decode(Double.self) { self = .number(value); return }
        self = .text(try container.decode(String.self))
    }
}

extension TripleImport {
    /// The columns the importer understands, in the extract order: `confidence`, then the document metadata.
    enum Column: Int, CaseIterable {
        case subject, relation, object, subjectType, objectType, surface, negated, source, document, sentence, start, end, evidence, confidence
        case title, date, url, outlet, eventStart, eventEnd, eventPhrase

        static let names = KnowledgeGraph.tripleColumns + ["confidence"] + KnowledgeGraph.metadataColumns
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

        subscript(column: Column) -> JSONValue? {
            get { values[column.rawValue] }
            set { values[column.rawValue] = newValue }
        }

        mutating func clear() {
            for index in values.indices { values[index] = nil }
        }

        func triple(path: String, line: Int) throws(GraphError) -> Triple {
            func fail(_ reason: String) -> GraphError { GraphError.badTriples(path: path, line: line, reason: reason) }
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
                                    eventPhrase: try nonEmpty(.eventPhrase))
            guard evidence.start <= evidence.end else { throw fail("start \(evidence.start) is after end \(evidence.end)") }
            if let first = evidence.eventStart, let last = evidence.eventEnd, first > last {
                throw fail("event_start \(first) is after event_end \(last)")
            }
            return Triple(subject: Actor(name: try required(.subject), type: try type(.subjectType)), relation: relation,
                          object: Actor(name: try required(.object), type: try type(.objectType)),
                          surface: try nonEmpty(.surface), confidence: try confidence(),
                          negated: try flag(.negated), source: try nonEmpty(.source), evidence: evidence)
        }
    }
}
