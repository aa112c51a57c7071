extension StringInterner {
    /// The id of `text` (added on first use) as the compact build's tables hold ids: `Int32`, which pack
    /// into its record and edge words.
    mutating func compactID(_ text: String) -> Int32 { Int32(bitPattern: id(text)) }

    /// True when no two strings are equal as `String`s (canonically equivalent spellings): then
    /// `String`'s order and equality, which the importer's tables use, agree with these ids.
    var isCanonicallyDistinct: Bool { Set(strings).count == strings.count }

    /// How many strings there are.
    var count: Int { strings.count }

    /// The string of a compact id.
    subscript(id: Int32) -> String { strings[Int(id)] }
}
