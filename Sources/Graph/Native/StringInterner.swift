/// Interns the structure's strings for the native file: each distinct byte sequence once, ids in
/// first-use order, so the same graph always gives the same table.
struct StringInterner {
    private var ids: [ExactString: UInt32] = [:]
    private(set) var strings: [String] = []

    /// The id of `text`, adding it on first use.
    mutating func id(_ text: String) -> UInt32 {
        if let id = ids[ExactString(text)] { return id }
        let id = UInt32(truncatingIfNeeded: strings.count)
        ids[ExactString(text)] = id
        strings.append(text)
        return id
    }

    /// The table: count, then count + 1 byte offsets into the UTF-8 blob that follows.
    /// - Complexity: O(total bytes).
    func encoded() -> [UInt8] {
        var sink = ByteSink()
        sink.fixed(UInt32(truncatingIfNeeded: strings.count))
        var offset: UInt32 = 0
        sink.fixed(offset)
        for text in strings {
            offset &+= UInt32(truncatingIfNeeded: text.utf8.count)
            sink.fixed(offset)
        }
        for text in strings { sink.bytes.append(contentsOf: text.utf8) }
        return sink.bytes
    }

    /// Every string of an encoded table, in id order.
    /// - Complexity: O(total bytes).
    static func decode(_ cursor: inout ByteCursor) throws(GraphError) -> [String] {
        let count = Int(try cursor.fixed(UInt32.self))
        let offsets = try cursor.column(UInt32.self, count: count + 1)
        let base = cursor.offset
        guard let total = offsets.last, Int(total) <= cursor.bytes.count - base else { throw cursor.problem("string table overruns its section") }
        var strings: [String] = []
        strings.reserveCapacity(count)
        for index in 0..<count {
            let start = Int(offsets[index]), end = Int(offsets[index + 1])
            guard start <= end, end <= Int(total) else { throw cursor.problem("string \(index) lies outside the table") }
            let slice = UnsafeRawBufferPointer(rebasing: cursor.bytes[(base + start)..<(base + end)])
            guard let text = String(validating: slice, as: UTF8.self) else { throw cursor.problem("string \(index) is not UTF-8") }
            strings.append(text)
        }
        cursor.offset = base + Int(total)
        return strings
    }
}
