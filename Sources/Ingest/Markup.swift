/// Telling markup from plain text in feed and dump fields.
enum Markup {
    /// True when `text` holds a tag (`<p>`, `</div>`, `<br/>`…), so it should go through the HTML reader.
    static func looksLikeMarkup(_ text: String) -> Bool {
        var previous: UInt8 = 0
        for byte in text.utf8 {
            if previous == 0x3C, (0x41...0x5A).contains(byte) || (0x61...0x7A).contains(byte) || byte == 0x2F || byte == 0x21 {
                return true
            }
            previous = byte
        }
        return false
    }
}
