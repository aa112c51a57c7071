/// Text decoded from an input's bytes, with what the decoder had to assume.
public struct DecodedText: Sendable, Equatable {
    /// The character encoding the bytes were read in.
    public enum Encoding: String, Sendable, Equatable {
        case utf8 = "UTF-8"
        case utf16LittleEndian = "UTF-16LE"
        case utf16BigEndian = "UTF-16BE"
        case windows1252 = "Windows-1252"
    }

    /// The text, with line breaks normalised to "\n" and any byte-order mark removed;
    /// token offsets of documents built from it index this string.
    public let text: String
    /// The encoding the bytes were decoded from.
    public let encoding: Encoding
    /// One-line notes on guesses made (fallback encoding, markup removed), for the user.
    public let warnings: [String]

    /// Wraps already decoded text.
    public init(text: String, encoding: Encoding, warnings: [String]) {
        self.text = text
        self.encoding = encoding
        self.warnings = warnings
    }
}
