/// Turns a file's bytes into articles: picks the reader by extension (or by content for stdin and unknown
/// extensions), decompresses .gz, and reads plain text, HTML pages, RSS/Atom feeds and JSON dumps.
public struct Ingestor: Sendable {
    /// Decodes plain-text bytes into text and warnings; the CLI passes NLP's decoder so .txt reading is unchanged.
    public typealias TextDecoding = @Sendable (_ bytes: [UInt8], _ name: String) throws -> (text: String, warnings: [String])

    /// What a file gave: its articles in order, and warnings (encoding guesses, skipped records).
    public struct Result: Sendable {
        /// The file's articles in order.
        public var articles: [Article]
        /// One-line warnings, each naming the file.
        public var warnings: [String]
        /// The reader that was used.
        public var kind: InputKind
    }

    /// Keys of JSON dump records.
    public var fields: JSONFields
    private let decodeText: TextDecoding

    /// An ingestor reading plain text with `decodeText` (default: UTF-8, else Windows-1252) and dumps with `fields`.
    public init(fields: JSONFields = JSONFields(), decodeText: TextDecoding? = nil) {
        self.fields = fields
        self.decodeText = decodeText ?? { bytes, name in
            guard bytes.contains(where: { !(0x09...0x0D).contains($0) && $0 != 0x20 }) else { throw IngestError.empty(name) }
            let decoded = try ByteText.decode(bytes, name: name)
            return (decoded.text, decoded.warning.map { [$0] } ?? [])
        }
    }

    /// The articles in `bytes`, read from `path` (nil for stdin) and named `name` in documents and messages.
    /// - Throws: `IngestError` (or the text decoder's error) with a one-line reason naming `name`.
    /// - Complexity: O(n) in the (decompressed) size of the input.
    public func read(_ bytes: [UInt8], path: String?, name: String) throws -> Result {
        var kind = path.flatMap { InputKind(path: $0) } ?? InputKind.sniff(bytes)
        var bytes = bytes
        if kind == .gzip {
            bytes = try Gzip.decompress(bytes, name: name)
            let inner = path.map { $0.lowercased().hasSuffix(".gz") ? String($0.dropLast(3)) : $0 }
            kind = inner.flatMap { InputKind(path: $0) }.flatMap { $0 == .gzip ? nil : $0 } ?? InputKind.sniff(bytes)
            if kind == .gzip { throw IngestError.badGzip(name: name, reason: "a .gz inside a .gz is not read") }
        }
        if kind == .text {
            let decoded = try decodeText(bytes, name)
            return Result(articles: [Article(name: name, text: decoded.text)], warnings: decoded.warnings, kind: .text)
        }
        guard bytes.contains(where: { !(0x09...0x0D).contains($0) && $0 != 0x20 }) else { throw IngestError.empty(name) }
        let decoded = try ByteText.decode(bytes, name: name, declared: DeclaredCharset.declared(in: bytes, kind: kind))
        var warnings = decoded.warning.map { [$0] } ?? []
        let articles: [Article]
        switch kind {
        case .html: articles = [try HTMLReader.article(fromPage: decoded.text, name: name)]
        case .feed:
            let read = try FeedReader.articles(in: decoded.text, name: name)
            articles = read.articles
            warnings += read.warnings
        case .json:
            let read = try JSONDumpReader(fields: fields).articles(in: decoded.text, name: name)
            articles = read.articles
            warnings += read.warnings
        case .text, .gzip: articles = []
        }
        return Result(articles: articles, warnings: warnings, kind: kind)
    }
}
