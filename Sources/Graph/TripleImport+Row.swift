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
    /// One record's fields by column name, turned into a triple with each field checked.
    struct Row {
        var fields: [String: JSONValue] = [:]

        func triple(path: String, line: Int) throws(GraphError) -> Triple {
            func fail(_ reason: String) -> GraphError { GraphError.badTriples(path: path, line: line, reason: reason) }
            func text(_ name: String) throws(GraphError) -> String? {
                switch fields[name] {
                case nil, .null: return nil
                case let .text(value): return value
                default: throw fail("\(name) must be a string")
                }
            }
            func required(_ name: String) throws(GraphError) -> String {
                guard let value = try text(name)?.trimmingSpaces, !value.isEmpty else { throw fail("empty \(name)") }
                return value
            }
            func type(_ name: String) throws(GraphError) -> EntityType {
                guard let value = try text(name), !value.isEmpty else { return .other }
                guard let type = EntityType(rawValue: value) else {
                    throw fail("\(name) '\(value)' is not one of \(EntityType.allCases.map(\.rawValue).joined(separator: ", "))")
                }
                return type
            }
            func integer(_ name: String) throws(GraphError) -> Int {
                switch fields[name] {
                case nil, .null: return 0
                case let .number(value) where value >= 0 && value == value.rounded() && value < 1e15: return Int(value)
                case let .text(value) where value.isEmpty: return 0
                case let .text(value) where Int(value).map { $0 >= 0 } == true: return Int(value) ?? 0
                default: throw fail("\(name) must be a whole number ≥ 0")
                }
            }
            func flag(_ name: String) throws(GraphError) -> Bool {
                switch fields[name] {
                case nil, .null: return false
                case let .bool(value): return value
                case .text("true"): return true
                case .text("false"), .text(""): return false
                default: throw fail("\(name) must be true or false")
                }
            }
            func confidence() throws(GraphError) -> Double {
                switch fields["confidence"] {
                case nil, .null, .text(""): return 1
                case let .number(value) where (0...1).contains(value): return value
                case let .text(value) where Double(value).map { (0...1).contains($0) } == true: return Double(value) ?? 1
                default: throw fail("confidence must be a number in 0...1")
                }
            }
            let relation = try required("relation")
            let source = try text("source")
            let evidence = Evidence(document: try text("document").flatMap { $0.isEmpty ? nil : $0 } ?? path,
                                    sentence: try integer("sentence"), text: try text("evidence") ?? "",
                                    start: try integer("start"), end: try integer("end"))
            guard evidence.start <= evidence.end else { throw fail("start \(evidence.start) is after end \(evidence.end)") }
            return Triple(subject: Actor(name: try required("subject"), type: try type("subject_type")), relation: relation,
                          object: Actor(name: try required("object"), type: try type("object_type")),
                          surface: try text("surface").flatMap { $0.isEmpty ? nil : $0 }, confidence: try confidence(),
                          negated: try flag("negated"), source: source.flatMap { $0.isEmpty ? nil : $0 }, evidence: evidence)
        }
    }
}
