/// What a file holds, by extension or, failing that, by its first bytes.
public enum InputKind: String, Sendable, CaseIterable {
    /// Plain text (.txt), read as before Ingest existed.
    case text
    /// A web page (.html, .htm, .xhtml).
    case html
    /// An RSS or Atom feed (.xml, .rss, .atom).
    case feed
    /// A JSON Lines or JSON dump of articles (.jsonl, .ndjson, .json).
    case json
    /// Gzip-compressed data of any other kind (.gz).
    case gzip

    /// The extensions each kind is known by (lower case, no dot).
    static let extensions: [String: InputKind] = [
        "txt": .text, "html": .html, "htm": .html, "xhtml": .html, "xml": .feed, "rss": .feed, "atom": .feed,
        "json": .json, "jsonl": .json, "ndjson": .json, "gz": .gzip,
    ]

    /// The kind a file extension names, or nil for an extension NewsGraph does not read.
    public init?(extension ext: String) {
        guard let kind = Self.extensions[ext.lowercased()] else { return nil }
        self = kind
    }

    /// The kind of the file at `path` by its extension (`feed.xml.gz` is gzip), or nil when unknown.
    public init?(path: String) {
        let name = path.split(separator: "/").last.map(String.init) ?? path
        guard let dot = name.lastIndex(of: "."), dot != name.startIndex else { return nil }
        self.init(extension: String(name[name.index(after: dot)...]))
    }

    /// True when a file of this name is something NewsGraph reads, so a directory walk takes it.
    public static func isReadable(path: String) -> Bool { InputKind(path: path) != nil }

    /// The kind the bytes look like: gzip magic, a feed or page's opening tag, a JSON object or array; else text.
    /// - Complexity: O(1): looks at the first 4 KiB at most.
    public static func sniff(_ bytes: [UInt8]) -> InputKind {
        if bytes.count >= 2, bytes[0] == 0x1F, bytes[1] == 0x8B { return .gzip }
        var start = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
        while start < bytes.count, [0x20, 0x09, 0x0A, 0x0D].contains(bytes[start]) { start += 1 }
        let head = String(decoding: bytes[start..<min(bytes.count, start + 4096)], as: UTF8.self).lowercased()
        if head.hasPrefix("{") { return looksLikeJSONObject(head) ? .json : .text }
        if head.hasPrefix("[") {
            let rest = head.dropFirst().drop { $0 == " " || $0 == "\n" || $0 == "\t" || $0 == "\r" }
            return rest.hasPrefix("{") && looksLikeJSONObject(String(rest)) ? .json : .text
        }
        guard head.hasPrefix("<") else { return .text }
        if head.contains("<rss") || head.contains("<feed") || head.contains("<rdf:rdf") { return .feed }
        if head.hasPrefix("<!doctype html") || head.contains("<html") || head.contains("<head") || head.contains("<body")
            || head.contains("</p>") || head.contains("</div>") {
            return .html
        }
        return .text
    }

    /// `{` then optional space then a quoted key: prose that starts with a brace does not look like this.
    private static func looksLikeJSONObject(_ head: String) -> Bool {
        let rest = head.dropFirst().drop { $0 == " " || $0 == "\n" || $0 == "\t" || $0 == "\r" }
        return rest.hasPrefix("\"") || rest.hasPrefix("}")
    }
}
