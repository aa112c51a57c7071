/// One left-to-right pass over the scalars of a text that records token ranges.
///
/// Every look-ahead is bounded or consumes what it reads, so the pass stays linear even on
/// hostile input (100,000 hyphens, one endless "a.a.a.a…").
struct TokenScanner {
    let s: [Unicode.Scalar]
    let kinds: [ScalarKind]
    let n: Int
    private(set) var spans: [Range<Int>] = []
    /// No e-mail address can start before this index (a failed look-ahead already proved it).
    var noEmailBefore = 0

    init(_ scalars: [Unicode.Scalar]) {
        s = scalars
        n = scalars.count
        kinds = scalars.map(ScalarKind.of)
        spans.reserveCapacity(scalars.count / 4)
    }

    /// The class at `index`, or `.space` outside the text, so look-aheads need no bounds checks.
    @inline(__always)
    func kind(_ index: Int) -> ScalarKind { index >= 0 && index < n ? kinds[index] : .space }

    @inline(__always)
    func scalar(_ index: Int) -> UInt32 { index >= 0 && index < n ? s[index].value : 0 }

    @inline(__always)
    mutating func emit(_ start: Int, _ end: Int) {
        if end > start { spans.append(start..<end) }
    }

    func string(_ start: Int, _ end: Int) -> String {
        Tokenizer.string(s, start..<end)
    }

    mutating func run() {
        var i = 0
        while i < n {
            let kind = kinds[i]
            if kind.isSpace {
                i += 1
            } else if kind.isWordPart {
                i = scanWordLike(i)
            } else {
                i = scanSymbol(i)
            }
        }
    }

    /// Scans a token that starts with a letter, digit or mark; returns the index after it.
    private mutating func scanWordLike(_ i: Int) -> Int {
        if let end = urlEnd(i) {
            emit(i, end)
            return end
        }
        if i >= noEmailBefore, let end = emailEnd(i) {
            emit(i, end)
            return end
        }
        return kinds[i] == .digit ? scanNumber(i) : scanWord(i)
    }

    /// Scans punctuation or a symbol at `i`; returns the index after the token.
    private mutating func scanSymbol(_ i: Int) -> Int {
        let value = s[i].value
        switch kinds[i] {
        case .period:
            return emitRun(i, Self.isSentencePunctuation)
        case .hyphen:
            return value == 0x2D ? emitRun(i, Self.isRule) : emitSingle(i)
        case .apostrophe:
            if let end = cliticAfterApostrophe(i) ?? yearAfterApostrophe(i) {
                emit(i, end)
                return end
            }
            if s[i].value == 0x27 && scalar(i + 1) == 0x27 { return emitRun(i) { $0 == 0x27 } }  // ''
            return emitSingle(i)
        default:
            break
        }
        switch value {
        case 0x21, 0x3F:  // runs like "!!!", "?!" and ".?" are one token
            return emitRun(i, Self.isSentencePunctuation)
        case 0x2B where kind(i + 1) == .digit && !kind(i - 1).isWordPart:  // "+44", "+1"
            return scanNumber(i, from: i + 1)
        case 0x60 where scalar(i + 1) == 0x60:  // ``
            return emitRun(i) { $0 == 0x60 }
        case 0x60, 0xB4, 0x2018:  // stand-ins for the apostrophe: "Niger`s", "I´m", "Niger‘s"
            if let end = cliticAfterApostrophe(i) {
                emit(i, end)
                return end
            }
            return emitSingle(i)
        case 0x40, 0x23:  // @handle, #hashtag
            let needsLetter = value == 0x23
            let next = kind(i + 1)
            if (needsLetter ? next.isLetter : next.isWordPart) && !kind(i - 1).isWordPart {
                var j = i + 1
                while kind(j).isWordPart || scalar(j) == 0x5F { j += 1 }
                emit(i, j)
                return j
            }
            return emitRun(i, Self.isRule)
        case 0x3A, 0x3B, 0x3D:  // ":)", ";-)", "=("
            if let end = emoticonEnd(i) {
                emit(i, end)
                return end
            }
            return value == 0x3D ? emitRun(i, Self.isRule) : emitSingle(i)
        case 0x24:  // "$$$"
            return emitRun(i) { $0 == 0x24 }
        default:
            if Self.isRule(value) { return emitRun(i, Self.isRule) }
            if ScalarKind.isRegionalIndicator(s[i]), i + 1 < n, ScalarKind.isRegionalIndicator(s[i + 1]) {
                return extendSymbol(i, from: i + 2)
            }
            return extendSymbol(i, from: i + 1)
        }
    }

    /// Emits the run of scalars from `i` that satisfy `belongs` as one token.
    private mutating func emitRun(_ i: Int, _ belongs: (UInt32) -> Bool) -> Int {
        var j = i + 1
        while j < n && belongs(s[j].value) { j += 1 }
        emit(i, j)
        return j
    }

    private mutating func emitSingle(_ i: Int) -> Int {
        emit(i, i + 1)
        return i + 1
    }

    /// Emits a symbol plus the modifiers, joiners and combining marks that belong to it.
    private mutating func extendSymbol(_ i: Int, from start: Int) -> Int {
        var j = start
        while j < n {
            if s[j].value == 0x200D {
                j = min(n, j + 2)  // a joiner glues the next emoji on
            } else if ScalarKind.extendsSymbol(s[j]) || kinds[j] == .mark {
                j += 1
            } else {
                break
            }
        }
        emit(i, j)
        return j
    }

    /// Characters whose runs draw lines or arrows ("=====", "----", "***", "->") and stay one token.
    static func isRule(_ value: UInt32) -> Bool {
        switch value {
        case 0x3D, 0x2A, 0x5F, 0x2B, 0x7E, 0x5E, 0x3C, 0x3E, 0x5C, 0x2D, 0x23: return true
        default: return false
        }
    }

    /// The end of an emoticon such as ":)", ":-(" or ";P" at `i`, or nil.
    private func emoticonEnd(_ i: Int) -> Int? {
        var j = i + 1
        if scalar(j) == 0x2D || scalar(j) == 0x27 { j += 1 }
        switch scalar(j) {
        case 0x29, 0x28, 0x50, 0x70, 0x44, 0x4F, 0x6F, 0x2F, 0x7C, 0x5D, 0x5B, 0x2A, 0x33: break
        default: return nil
        }
        j += 1
        let after = kind(j)
        return after.isWordPart || after == .apostrophe ? nil : j
    }

    /// Quote marks that typists use for an apostrophe; they only start a clitic after a word.
    static func isApostropheLike(_ value: UInt32) -> Bool {
        value == 0x60 || value == 0xB4 || value == 0x2018
    }

    /// Runs of these form one token: "...", "?!", ".?".
    static func isSentencePunctuation(_ value: UInt32) -> Bool {
        value == 0x2E || value == 0x21 || value == 0x3F
    }

    /// A shortened year after an apostrophe at a word start: "'73", "’90s".
    private func yearAfterApostrophe(_ i: Int) -> Int? {
        guard kind(i - 1).isSpace || i == 0 || kind(i - 1) == .symbol, kind(i + 1) == .digit, kind(i + 2) == .digit,
            kind(i + 3) != .digit
        else { return nil }
        var end = i + 3
        if scalar(end) == 0x73 { end += 1 }  // "’90s"
        return kind(end).isWordPart ? nil : end
    }

    /// A clitic such as "’s" that follows a non-word token without a space ("U.S.’s", "1990's").
    private func cliticAfterApostrophe(_ i: Int) -> Int? {
        guard i > 0 else { return nil }
        let before = kinds[i - 1]
        // Apostrophes follow any non-space ("U.S.’s", "”’s"); quote marks only a word or abbreviation.
        let attached = Self.isApostropheLike(s[i].value) ? before.isWordPart || before == .period : !before.isSpace
        guard attached else { return nil }
        var j = i + 1
        while kind(j).isLetter && j - i <= 3 { j += 1 }
        guard j - i >= 2, j - i <= 3, !kind(j).isWordPart else { return nil }
        return TokenLexicon.apostropheClitics.contains(string(i + 1, j).lowercased()) ? j : nil
    }

    /// The end of a URL starting at `i` ("http://…", "https://…", "www.…"), or nil.
    private func urlEnd(_ i: Int) -> Int? {
        guard kinds[i] == .lower || kinds[i] == .upper else { return nil }
        let first = s[i].value | 0x20
        guard first == 0x68 || first == 0x77 || first == 0x66 || first == 0x6D else { return nil }  // h, w, f, m
        guard hasPrefix(i, "http://") || hasPrefix(i, "https://") || hasPrefix(i, "www.")
            || hasPrefix(i, "ftp://") || (hasPrefix(i, "mailto:") && kind(i + 7).isWordPart)
        else { return nil }
        var j = i
        var openParens = 0
        while j < n {
            let value = s[j].value
            if kinds[j].isSpace || value == 0x3C || value == 0x3E || value == 0x22 || value == 0x201C
                || value == 0x201D
            {
                break
            }
            if value == 0x28 { openParens += 1 }
            if value == 0x29 { openParens -= 1 }
            j += 1
        }
        // Sentence punctuation right after a URL belongs to the sentence, not the URL.
        while j > i {
            let value = s[j - 1].value
            if value == 0x29 && openParens < 0 {
                openParens += 1
            } else if !(value == 0x2E || value == 0x2C || value == 0x3B || value == 0x3A || value == 0x21
                || value == 0x3F || value == 0x27 || value == 0x2019 || value == 0x5D)
            {
                break
            }
            j -= 1
        }
        return j
    }

    /// True if the text at `i` starts with the ASCII `prefix`, ignoring case.
    func hasPrefix(_ i: Int, _ prefix: StaticString) -> Bool {
        let count = prefix.utf8CodeUnitCount
        guard i + count <= n else { return false }
        let bytes = prefix.utf8Start
        for offset in 0..<count {
            var value = s[i + offset].value
            if value >= 0x41 && value <= 0x5A { value |= 0x20 }
            if value != UInt32(bytes[offset]) { return false }
        }
        return true
    }

    /// The end of an e-mail address starting at `i`, or nil (recording how far none can start).
    private mutating func emailEnd(_ i: Int) -> Int? {
        var j = i
        while j < n && (kinds[j].isWordPart || Self.isLocalPartSymbol(s[j].value)) { j += 1 }
        // A local part may end in "..." where mail archives hide addresses ("franz371...@gmail.com").
        guard j < n, s[j].value == 0x40, kind(j - 1).isWordPart || kind(j - 1) == .period, kind(j + 1).isWordPart else {
            noEmailBefore = j
            return nil
        }
        var k = j + 1
        while k < n && (kinds[k].isWordPart || kinds[k] == .hyphen || kinds[k] == .period) { k += 1 }
        while k > j + 1 && !kinds[k - 1].isWordPart { k -= 1 }
        // The domain needs an inner dot: "a@b.org", not "a@b" or "a@b.".
        var hasDot = false
        var p = j + 2
        while p < k - 1 && !hasDot {
            hasDot = kinds[p] == .period
            p += 1
        }
        guard hasDot else {
            noEmailBefore = j
            return nil
        }
        return k
    }

    private static func isLocalPartSymbol(_ value: UInt32) -> Bool {
        value == 0x2E || value == 0x5F || value == 0x25 || value == 0x2B || value == 0x2D
    }
}
