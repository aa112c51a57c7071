/// A forgiving tokenizer and tree builder for HTML and XML feeds: never fails, never loops, and
/// takes time linear in the input whatever it holds (unclosed tags and comments, stray `<`, huge attributes).
///
/// HTML mode knows void elements, raw-text elements (script, style, …) and the usual implied end tags
/// (a new `<p>` closes the open one); XML mode only honours explicit ends and `/>`. CDATA is text in both.
struct MarkupParser {
    /// HTML or XML rules.
    enum Mode { case html, xml }

    /// Deeper elements are flattened into their ancestor: real pages stay far below this, and it bounds
    /// the work of every later walk.
    static let maximumDepth = 200

    private let bytes: [UInt8]
    private let mode: Mode
    private var index = 0
    private let root = MarkupElement(name: "#document", attributes: [])
    private var open: [MarkupElement]
    private var pendingText: [UInt8] = []

    private init(_ text: String, mode: Mode) {
        bytes = Array(text.utf8)
        self.mode = mode
        open = [root]
    }

    /// The document tree of `text`, under a root element named `#document`.
    /// - Complexity: O(n) in the length of `text` (end tags search at most `maximumDepth` open elements).
    static func parse(_ text: String, mode: Mode) -> MarkupElement {
        var parser = MarkupParser(text, mode: mode)
        parser.run()
        return parser.root
    }

    private static let voidElements: Set<String> = [
        "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source", "track", "wbr",
    ]
    /// Elements whose content is not markup: it runs to the matching end tag.
    private static let rawTextElements: Set<String> = ["script", "style", "textarea", "title", "xmp", "noembed", "noframes", "iframe"]
    /// Start tags that close an open `<p>`.
    private static let closesParagraph: Set<String> = [
        "address", "article", "aside", "blockquote", "div", "dl", "fieldset", "figure", "footer", "form", "h1", "h2", "h3", "h4",
        "h5", "h6", "header", "hr", "main", "nav", "ol", "p", "pre", "section", "table", "ul",
    ]

    private mutating func run() {
        while index < bytes.count {
            let byte = bytes[index]
            guard byte == 0x3C, index + 1 < bytes.count else {
                pendingText.append(byte)
                index += 1
                continue
            }
            let next = bytes[index + 1]
            if starts(with: "<!--") {
                flushText()
                index = find("-->", from: index + 4).map { $0 + 3 } ?? bytes.count
            } else if starts(with: "<![CDATA[") {
                let end = find("]]>", from: index + 9) ?? bytes.count
                // CDATA is literal: its ampersands must survive the entity decoding of the text around it.
                flushText()
                append(.text(String(decoding: bytes[(index + 9)..<end], as: UTF8.self)))
                index = min(bytes.count, end + 3)
            } else if next == 0x21 || next == 0x3F {  // <! or <?: doctype, processing instruction
                flushText()
                index = find(">", from: index + 2).map { $0 + 1 } ?? bytes.count
            } else if next == 0x2F, index + 2 < bytes.count, isNameStart(bytes[index + 2]) {
                flushText()
                endTag()
            } else if isNameStart(next) {
                startTag()
            } else {
                pendingText.append(byte)
                index += 1
            }
        }
        flushText()
    }

    private func isNameStart(_ byte: UInt8) -> Bool {
        (0x41...0x5A).contains(byte) || (0x61...0x7A).contains(byte)
    }

    private func isSpace(_ byte: UInt8) -> Bool { byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D || byte == 0x0C }

    private func starts(with literal: StaticString) -> Bool {
        let count = literal.utf8CodeUnitCount
        guard index + count <= bytes.count else { return false }
        let pointer = literal.utf8Start
        for offset in 0..<count where bytes[index + offset] != pointer[offset] { return false }
        return true
    }

    /// The index of the next `literal` at or after `start`, or nil.
    private func find(_ literal: StaticString, from start: Int) -> Int? {
        let count = literal.utf8CodeUnitCount, pointer = literal.utf8Start
        guard count > 0, start + count <= bytes.count else { return nil }
        var position = start
        while position + count <= bytes.count {
            if bytes[position] == pointer[0] {
                var offset = 1
                while offset < count, bytes[position + offset] == pointer[offset] { offset += 1 }
                if offset == count { return position }
            }
            position += 1
        }
        return nil
    }

    /// Reads a name (lower-cased) at `index`: letters, digits and `-_:.`.
    private mutating func readName() -> String {
        let start = index
        while index < bytes.count, !isSpace(bytes[index]), bytes[index] != 0x3E, bytes[index] != 0x2F, bytes[index] != 0x3D {
            index += 1
        }
        return String(decoding: bytes[start..<index], as: UTF8.self).lowercased()
    }

    private mutating func skipSpace() {
        while index < bytes.count, isSpace(bytes[index]) { index += 1 }
    }

    private mutating func startTag() {
        let tagStart = index
        index += 1
        let name = readName()
        var attributes: [(name: String, value: String)] = []
        var selfClosing = false
        while true {
            skipSpace()
            guard index < bytes.count else {
                // An unclosed tag at the end of the input is text, so nothing after a stray `<` vanishes;
                // taking all of it at once keeps a run of stray `<a` linear.
                pendingText.append(contentsOf: bytes[tagStart...])
                return
            }
            if bytes[index] == 0x3E { index += 1; break }
            if bytes[index] == 0x2F { selfClosing = true; index += 1; continue }
            selfClosing = false
            let attributeName = readName()
            if attributeName.isEmpty { index += 1; continue }
            skipSpace()
            var value = ""
            if index < bytes.count, bytes[index] == 0x3D {
                index += 1
                skipSpace()
                value = readAttributeValue()
            }
            if !attributes.contains(where: { $0.name == attributeName }) { attributes.append((attributeName, value)) }
        }
        flushText()
        let element = MarkupElement(name: name, attributes: attributes)
        if mode == .html { closeImplied(before: name) }
        guard open.count < Self.maximumDepth else {
            return  // too deep: the element's content joins its ancestor's
        }
        append(.element(element))
        if selfClosing || (mode == .html && Self.voidElements.contains(name)) { return }
        if mode == .html, Self.rawTextElements.contains(name) {
            let end = rawTextEnd(name)
            let raw = String(decoding: bytes[index..<end], as: UTF8.self)
            element.children.append(.text(name == "title" || name == "textarea" ? CharacterReferences.decode(raw) : raw))
            index = end
            if index < bytes.count { index = find(">", from: index).map { $0 + 1 } ?? bytes.count }
            return
        }
        open.append(element)
    }

    private mutating func readAttributeValue() -> String {
        guard index < bytes.count else { return "" }
        let quote = bytes[index]
        let start: Int, end: Int
        if quote == 0x22 || quote == 0x27 {
            start = index + 1
            var position = start
            while position < bytes.count, bytes[position] != quote { position += 1 }
            end = position
            index = min(bytes.count, position + 1)
        } else {
            start = index
            while index < bytes.count, !isSpace(bytes[index]), bytes[index] != 0x3E { index += 1 }
            end = index
        }
        return CharacterReferences.decode(String(decoding: bytes[start..<end], as: UTF8.self))
    }

    /// Where the raw text of `name` ends: at `</name` (any case), or the end of the input.
    private func rawTextEnd(_ name: String) -> Int {
        let target = Array(name.utf8)
        var position = index
        while position + 2 + target.count <= bytes.count {
            if bytes[position] == 0x3C, bytes[position + 1] == 0x2F {
                var matches = true
                for (offset, byte) in target.enumerated() where bytes[position + 2 + offset] | 0x20 != byte {
                    matches = false
                    break
                }
                if matches { return position }
            }
            position += 1
        }
        return bytes.count
    }

    private mutating func endTag() {
        index += 2
        let name = readName()
        index = find(">", from: index).map { $0 + 1 } ?? bytes.count
        guard let position = open.lastIndex(where: { $0.name == name }), position > 0 else { return }
        open.removeSubrange(position...)
    }

    /// HTML's implied end tags: a block closes an open paragraph, a list item or cell closes its sibling.
    private mutating func closeImplied(before name: String) {
        func closeIfOpen(_ names: Set<String>, stoppingAt barriers: Set<String>) {
            for position in open.indices.reversed().dropLast() {
                let openName = open[position].name
                if barriers.contains(openName) { return }
                if names.contains(openName) {
                    open.removeSubrange(position...)
                    return
                }
            }
        }
        if Self.closesParagraph.contains(name) { closeIfOpen(["p"], stoppingAt: ["div", "article", "section", "td", "li", "blockquote"]) }
        switch name {
        case "li": closeIfOpen(["li"], stoppingAt: ["ul", "ol"])
        case "dt", "dd": closeIfOpen(["dt", "dd"], stoppingAt: ["dl"])
        case "tr": closeIfOpen(["tr"], stoppingAt: ["table"])
        case "td", "th": closeIfOpen(["td", "th"], stoppingAt: ["tr", "table"])
        case "option": closeIfOpen(["option"], stoppingAt: ["select"])
        default: break
        }
    }

    private mutating func flushText() {
        guard !pendingText.isEmpty else { return }
        append(.text(CharacterReferences.decode(String(decoding: pendingText, as: UTF8.self))))
        pendingText.removeAll(keepingCapacity: true)
    }

    private func append(_ node: MarkupNode) {
        let parent = open[open.count - 1]
        if case let .element(element) = node { element.parent = parent }
        parent.children.append(node)
    }
}
