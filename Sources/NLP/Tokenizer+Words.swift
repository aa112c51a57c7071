/// Word and number rules of the scanner.
extension TokenScanner {
    /// Scans a number ("1,000.5", "12/05/2023", "10:30", "713-853-5025", "28bn", "17th").
    mutating func scanNumber(_ i: Int) -> Int { scanNumber(i, from: i) }

    /// Scans a number token starting at `i` whose digits start at `digits` (after a sign).
    mutating func scanNumber(_ i: Int, from digits: Int) -> Int {
        var j = digits
        while kind(j) == .digit { j += 1 }
        var plain = true
        while j < n {
            let value = s[j].value
            // Thousands separators need exactly three digits after them ("1,000", not "1,2").
            // Separators between digits stay inside: "1,000", "7,5", "3.5", "10:30", "12/05".
            if value == 0x2C || value == 0x2E || value == 0x3A || value == 0x2F, kind(j + 1) == .digit {
                j += 1
                while kind(j) == .digit { j += 1 }
                plain = false
                continue
            }
            break
        }
        if plain && scalar(j) == 0x2D && kind(j + 1) == .digit { j = phoneEnd(digits, j) }
        if plain && scalar(j) == 0x2D, let end = monthDateEnd(j) { j = end }
        guard kind(j).isLetter else {
            emit(i, j)
            return j
        }
        var k = j
        while kind(k).isLetter { k += 1 }
        if !kind(k).isWordPart && k - j <= 4 && TokenLexicon.unitSuffixes.contains(string(j, k)) {
            emit(i, j)
            emit(j, k)
            return k
        }
        // Ordinals, decades and codes stay whole: "17th", "1980s", "4G", "3D".
        while kind(k).isWordPart { k += 1 }
        emit(i, k)
        return k
    }

    /// Extends a number over hyphenated digit groups that EWT keeps whole (phone numbers,
    /// ZIP+4 codes); ranges such as "1946-1954" or "200-250" end at the first group.
    private func phoneEnd(_ i: Int, _ j: Int) -> Int {
        var groups = [j - i]
        var p = j
        while scalar(p) == 0x2D && kind(p + 1) == .digit {
            var q = p + 1
            while kind(q) == .digit { q += 1 }
            groups.append(q - p - 1)
            p = q
        }
        let keep = groups.count >= 3 || (groups[1] == 4 && groups[0] != 4 && groups[0] <= 5)
        return keep ? p : j
    }

    /// The end of "-Feb-02" after the day in "01-Feb-02", or nil.
    private func monthDateEnd(_ j: Int) -> Int? {
        guard kind(j + 1) == .upper, kind(j + 2) == .lower, kind(j + 3) == .lower, scalar(j + 4) == 0x2D,
            kind(j + 5) == .digit, TokenLexicon.abbreviations.contains(string(j + 1, j + 4))
        else { return nil }
        var end = j + 5
        while kind(end) == .digit { end += 1 }
        return kind(end).isLetter ? nil : end
    }

    /// Scans a word starting with a letter or mark, splitting clitics and attaching an
    /// abbreviation's period.
    mutating func scanWord(_ i: Int) -> Int {
        var j = i
        var lastApostrophe = -1
        var abbreviationDots = false  // "U.S", "e.g", "a.m"
        var segmentStart = i  // start of the part after the last joined hyphen or period
        var dotted = false  // the word is a domain, file or newsgroup name
        while j < n {
            let kind = kinds[j]
            if kind.isWordPart {
                j += 1
                continue
            }
            switch kind {
            case .apostrophe where j > i && self.kind(j + 1).isLetter:
                lastApostrophe = j
                j += 1
                continue
            case .period where self.kind(j - 1) == .digit && self.kind(j + 1) == .digit:
                j += 1  // versions and codes: "v1.2", "A320.5"
                continue
            case .period where self.kind(j + 1).isLetter:
                if j - segmentStart == 1 && !self.kind(j + 2).isLetter {
                    abbreviationDots = true
                } else if dotted || isDottedName(j + 1) {
                    dotted = true  // "bbc.co.uk", "report.pdf", "alt.animals.cats"
                } else {
                    break
                }
                j += 1
                segmentStart = j
                continue
            case .hyphen where self.kind(j + 1).isWordPart && hyphenJoins(segmentStart, j):
                j += 1
                segmentStart = j
                continue
            case .symbol where joinsInsideWord(j, segmentStart: segmentStart):
                j += 1
                continue
            case .symbol where TokenScanner.isApostropheLike(s[j].value) && self.kind(j - 1).isLetter
                && self.kind(j + 1).isLetter:
                lastApostrophe = j  // "don`t", "Niger‘s": a quote mark typed for the apostrophe
                j += 1
                continue
            default:
                break
            }
            break
        }
        if scalar(j) == 0x24 && j - i <= 2 && (i..<j).allSatisfy({ kinds[$0] == .upper }) {
            emit(i, j + 1)  // "US$", "HK$", "A$"
            return j + 1
        }
        var end = j
        if kind(j) == .period && kind(j + 1) != .period
            && (abbreviationDots || isInitial(i, j) || isAbbreviation(i, j))
        {
            end = j + 1
        }
        if lastApostrophe > i {
            let suffixLength = j - lastApostrophe - 1
            let before = lastApostrophe - 1
            if suffixLength == 1 && s[j - 1].value | 0x20 == 0x74 && s[before].value | 0x20 == 0x6E && before > i {
                emit(i, before)  // "do" + "n't", "ca" + "n't"
                emit(before, end)
                return end
            }
            if suffixLength <= 2
                && TokenLexicon.apostropheClitics.contains(string(lastApostrophe + 1, j).lowercased())
            {
                emit(i, lastApostrophe)  // "country" + "’s", "I" + "'m"
                emit(lastApostrophe, end)
                return end
            }
        } else if end == j && (j - i == 5 || j - i == 6), let split = fusedSplit(i, j) {
            emit(i, i + split)  // "can" + "not", "gon" + "na"
            emit(i + split, j)
            return j
        }
        emit(i, end)
        return end
    }

    /// A single capital before a period is an initial ("J. K. Rowling"); "I." is the pronoun.
    private func isInitial(_ i: Int, _ j: Int) -> Bool {
        j - i == 1 && kinds[i] == .upper && s[i].value != 0x49
    }

    /// Whether the word at `i..<j`, followed by a period at `j`, is an abbreviation.
    private func isAbbreviation(_ i: Int, _ j: Int) -> Bool {
        guard j - i <= 7 else { return false }
        let word = string(i, j)
        if TokenLexicon.numberAbbreviations.contains(word) {
            var k = j + 1
            while kind(k) == .space && k - j <= 2 { k += 1 }
            return kind(k) == .digit
        }
        return TokenLexicon.titles.contains(word) || TokenLexicon.abbreviations.contains(word)
    }

    private func fusedSplit(_ i: Int, _ j: Int) -> Int? {
        switch s[i].value | 0x20 {
        case 0x63, 0x67, 0x77: return TokenLexicon.fusedWords[string(i, j)]  // c, g, w
        default: return nil
        }
    }

    /// True if the letters at `p` end a domain or file name ("co.uk", "report.pdf") or are
    /// followed by another dotted part ("alt.animals.cats").
    private func isDottedName(_ p: Int) -> Bool {
        var q = p
        while kind(q).isWordPart && q - p <= 24 { q += 1 }
        if scalar(q) == 0x2E && kind(q + 1).isLetter { return true }
        guard q - p >= 2, q - p <= 5, !kind(q).isWordPart else { return false }
        return TokenLexicon.dottedSuffixes.contains(string(p, q).lowercased())
    }

    /// Symbols that glue word parts together: "AT&T", "file_name", "b/c", "w/o".
    private func joinsInsideWord(_ j: Int, segmentStart: Int) -> Bool {
        switch s[j].value {
        case 0x26:  // "AT&T", "p&l"
            return (kind(j - 1) == .upper && kind(j + 1) == .upper)
                || (j - segmentStart == 1 && kind(j - 1).isLetter && kind(j + 1).isLetter && !kind(j + 2).isWordPart)
        case 0x5F: return kind(j - 1).isWordPart && kind(j + 1).isWordPart
        case 0x2F: return j - segmentStart == 1 && kind(j - 1).isLetter && kind(j + 1).isLetter && !kind(j + 2).isWordPart
        default: return false
        }
    }

    /// Whether the hyphen at `j` joins its neighbours: only after EWT's prefixes ("non-stop",
    /// "e-mail"); EWT splits every other hyphenated compound, "F-16" included.
    private func hyphenJoins(_ segmentStart: Int, _ j: Int) -> Bool {
        let length = j - segmentStart
        return length <= 7 && length > 0
            && TokenLexicon.hyphenPrefixes.contains(string(segmentStart, j).lowercased())
    }
}
