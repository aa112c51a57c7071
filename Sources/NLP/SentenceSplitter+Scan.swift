/// One pass over a document's tokens deciding after which ones a sentence ends.
struct SentenceScan {
    /// How a token can end a sentence.
    enum Terminal {
        case none, stop, title, initial, abbreviation
    }

    /// What lies between two tokens: how many line breaks (capped at 2) and where the last line starts.
    struct Gap {
        var lineBreaks = 0
        var nextLineStart = 0
    }

    let words: [String]
    let starts: [Int]
    let ends: [Int]
    let scalars: [Unicode.Scalar]
    let maxTokens: Int
    /// The line width of hard-wrapped text, or nil when lines are not wrapped at a fixed width.
    let wrapWidth: Int?

    init(words: [String], starts: [Int], ends: [Int], scalars: [Unicode.Scalar], maxTokens: Int) {
        self.words = words
        self.starts = starts
        self.ends = ends
        self.scalars = scalars
        self.maxTokens = maxTokens
        wrapWidth = Self.detectWrapWidth(scalars)
    }

    mutating func run() -> [Range<Int>] {
        let count = min(words.count, starts.count, ends.count)
        var result: [Range<Int>] = []
        var start = 0
        var lineStart = count > 0 ? lineStartBefore(starts[0]) : 0
        var i = 0
        while i < count {
            var last = i
            var boundary = i == count - 1
            if !boundary {
                let terminal = Self.terminal(words[i])
                if terminal != .none { last = absorbClosers(after: i, count: count) }
                if last == count - 1 {
                    boundary = true
                } else {
                    let gap = gap(after: last)
                    if i == start + 1 && last == i && words[i] == "." && isListMarker(words[start]) {
                        boundary = gap.lineBreaks >= 2  // "2. The second point": the number opens the item
                    } else {
                        boundary = endsSentence(after: last, terminal: terminal, gap: gap, lineStart: lineStart)
                    }
                    if gap.lineBreaks > 0 { lineStart = gap.nextLineStart }
                }
            }
            // Closers absorbed after a terminal ("w . ] ] ] …") can carry a run past the cap even where it ends.
            while last + 1 - start > maxTokens || (!boundary && last + 1 - start >= maxTokens) {
                let cut = capCut(start, last + 1)
                result.append(start..<cut)
                start = cut
            }
            if boundary, start <= last {
                result.append(start..<(last + 1))
                start = last + 1
            }
            i = last + 1
        }
        if start < count { result.append(start..<count) }
        return result
    }

    /// Whether a sentence ends after token `last`, which has `terminal` form and `gap` after it.
    private func endsSentence(after last: Int, terminal: Terminal, gap: Gap, lineStart: Int) -> Bool {
        if gap.lineBreaks >= 2 { return true }
        let next = last + 1
        switch terminal {
        case .stop:
            // A lone period before a lower-case word still ends a sentence (abbreviations carry
            // their own period); "?", "!" and "..." before one usually do not ("“Why?” he asked").
            return gap.lineBreaks == 1 || opensSentence(next)
                || (words[last] == "." && starts[next] > ends[last] && startsLower(next))
        case .abbreviation:
            return isStarter(next) || (gap.lineBreaks == 1 && opensSentence(next) && !isWrapped(last, lineStart))
        case .title, .initial:
            return false
        case .none:
            return gap.lineBreaks == 1 && lineEndsSentence(last, lineStart: lineStart)
        }
    }

    /// A line that ends at token `i` without final punctuation: a heading or byline unless the
    /// text continues it (lower-case next line, dangling function word, hard wrap).
    private func lineEndsSentence(_ i: Int, lineStart: Int) -> Bool {
        let word = words[i]
        if word == ":" { return true }
        if Self.danglingPunctuation.contains(word) || SentenceLexicon.continuationWords.contains(word) {
            return false
        }
        if startsLower(i + 1) { return false }
        return !isWrapped(i, lineStart)
    }

    /// True if the line ending at token `i` fills most of the text's wrap width.
    private func isWrapped(_ i: Int, _ lineStart: Int) -> Bool {
        guard let width = wrapWidth else { return false }
        return (ends[i] - lineStart) * 10 >= width * 7
    }

    /// The last token of the closing quotes and brackets attached right after token `i`.
    private func absorbClosers(after i: Int, count: Int) -> Int {
        var last = i
        while last + 1 < count && last - i < 4 {
            let word = words[last + 1]
            let attached = starts[last + 1] == ends[last] && Self.closers.contains(word)
            guard attached || (Self.isEmoticon(word) && gap(after: last).lineBreaks == 0) else { break }
            last += 1
        }
        return last
    }

    /// Whether token `k` can begin a sentence: capital, digit, opening quote or bracket, symbol.
    private func opensSentence(_ k: Int) -> Bool {
        let word = words[k]
        guard let first = word.unicodeScalars.first else { return false }
        switch ScalarKind.of(first) {
        case .upper, .letter, .digit, .hyphen, .mark: return true
        case .lower: return word.hasPrefix("http") || word.hasPrefix("www.")  // a URL on its own
        case .period: return word.unicodeScalars.count > 1  // "... and then"
        case .apostrophe: return first.value == 0x27 && (word == "'" || word == "''")
        case .symbol, .space, .newline: return !Self.nonOpeners.contains(word)
        }
    }

    /// A list item number or letter: "1", "12", "b", "IV".
    private func isListMarker(_ word: String) -> Bool {
        let view = word.unicodeScalars
        guard !view.isEmpty, view.count <= 3 else { return false }
        if view.allSatisfy({ ScalarKind.of($0) == .digit }) { return true }
        return view.count == 1 ? ScalarKind.of(view[view.startIndex]).isLetter : view.allSatisfy { "IVX".unicodeScalars.contains($0) }
    }

    private func startsLower(_ k: Int) -> Bool {
        guard let first = words[k].unicodeScalars.first else { return false }
        return ScalarKind.of(first) == .lower
    }

    /// A word that, after an ambiguous abbreviation such as "U.S." or "Inc.", starts a sentence.
    private func isStarter(_ k: Int) -> Bool {
        let word = words[k]
        return SentenceLexicon.sentenceStarters.contains(word) || word == "“" || word == "\""
    }

    /// Cuts an over-long run between `start` and `end`, after a comma or the like if one is near.
    private func capCut(_ start: Int, _ end: Int) -> Int {
        let limit = min(end, start + maxTokens)
        var k = limit - 1
        let floor = start + maxTokens * 2 / 3
        while k >= floor {
            if Self.softBreaks.contains(words[k]) { return k + 1 }
            k -= 1
        }
        return limit
    }

    static func terminal(_ word: String) -> Terminal {
        // Most words end in an ASCII byte (then that byte is the last scalar) other than ! ? . and do not open
        // with : or ; (no emoticon): nothing to look at, and this runs on every token.
        if let lastByte = word.utf8.last, lastByte < 0x80, lastByte != 0x21, lastByte != 0x3F, lastByte != 0x2E,
           let firstByte = word.utf8.first, firstByte != UInt8(ascii: ":"), firstByte != UInt8(ascii: ";") {
            return .none
        }
        return scalarTerminal(word)
    }

    /// `terminal` read scalar by scalar, for any word.
    static func scalarTerminal(_ word: String) -> Terminal {
        let view = word.unicodeScalars
        guard let last = view.last else { return .none }
        switch last.value {
        case 0x21, 0x3F, 0x2026: return .stop  // ! ? …
        case 0x2E: break
        default: return isEmoticon(word) ? .stop : .none
        }
        if view.allSatisfy({ TokenScanner.isSentencePunctuation($0.value) }) { return .stop }
        let bare = String(view.dropLast())
        if TokenLexicon.titles.contains(bare) { return .title }
        if view.count == 2, let first = view.first, ScalarKind.of(first) == .upper { return .initial }
        return .abbreviation
    }

    /// ":)", ";-(", ":P": in web text these close the sentence before them.
    static func isEmoticon(_ word: String) -> Bool {
        let view = word.unicodeScalars
        guard view.count >= 2, view.count <= 3, let first = view.first else { return false }
        return (first == ":" || first == ";") && view.dropFirst().contains { ScalarKind.of($0) != .digit }
    }

    static let closers: Set<String> = ["\"", "'", "”", "’", ")", "]", "}", "»", "›"]
    static let nonOpeners: Set<String> = [",", ";", ":", ")", "]", "}", "”", "%", "»", "›", "!", "?", "…"]
    static let danglingPunctuation: Set<String> = [",", ";", "-", "–", "—", "(", "&", "/", "+", "“"]
    static let softBreaks: Set<String> = [",", ";", ":", "—", "–", "--"]
}
