/// One cell of a compact viewer row: a number, a string or a list.
enum JSONValue: Encodable {
    case int(Int)
    case string(String)
    case array([JSONValue])

    func encode(to encoder: Encoder) throws {
        var container = encoder.singleValueContainer()
        switch self {
        case .int(let value): try container.encode(value)
        case .string(let value): try container.encode(value)
        case .array(let value): try container.encode(value)
        }
    }
}
