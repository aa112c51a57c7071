/// Makes cairo's PDFs byte-identical across runs.
///
/// cairo 1.16 (the version under Graphviz 2.43 here) stamps `/CreationDate (D:…)` with the
/// current time and ignores SOURCE_DATE_EPOCH; measured, that date is the only byte that
/// differs between two renders a second apart. The digits are overwritten in place with
/// 1970-01-01 00:00:00, keeping the length so the PDF's xref offsets stay valid.
enum PDFCreationDate {
    private static let key = Array("/CreationDate (D:".utf8)
    private static let epochDigits = Array("19700101000000".utf8)

    /// `pdf` with its creation date fixed; other bytes untouched.
    /// - Complexity: O(n) in the size of the PDF.
    static func normalized(_ pdf: [UInt8]) -> [UInt8] {
        guard let start = firstIndex(of: key, in: pdf) else { return pdf }
        var bytes = pdf
        var digit = 0
        var index = start + key.count
        while index < bytes.count, bytes[index] != UInt8(ascii: ")") {
            if (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(bytes[index]) {
                bytes[index] = digit < epochDigits.count ? epochDigits[digit] : UInt8(ascii: "0")
                digit += 1
            }
            index += 1
        }
        return bytes
    }

    private static func firstIndex(of pattern: [UInt8], in bytes: [UInt8]) -> Int? {
        guard let first = pattern.first, bytes.count >= pattern.count else { return nil }
        var index = 0
        while index <= bytes.count - pattern.count {
            if bytes[index] == first, bytes[index..<(index + pattern.count)].elementsEqual(pattern) { return index }
            index += 1
        }
        return nil
    }
}
