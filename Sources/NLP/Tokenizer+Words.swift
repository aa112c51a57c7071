/// Word and number rules of the scanner.
extension TokenScanner {
    /// Scans a number ("1,000.5", "12/05/2023", "10:30", "713-853-5025", "28bn", "17th").
    mutating func scanNumber(_ i: Int) -> Int {
        var j = i
        while kind(j) == .digit { j += 1 }
        var plain = true
        while j < n {
            let value = s[j].value
            // Thousands separators need exactly three digits after them ("1,000", not "1,2").
            if value == 0x2C, kind(j + 1) == .digit, kind(j + 2) == .digit, kind(j + 3) == .digit,
                kind(j + 4) != .digit
            {
                j += 4
                plain = false
                continue
            }
            if value == 0x2E || value == 0x3A || value == 0x2F, kind(j + 1) == .digit {
                j += 1
                while kind(j) == .digit { j += 1 }
                plain = false
                continue
            }
            break
        }
        if plain && scalar(j) == 0x2D && kind(j + 1) == .digit { j = phoneEnd(i, j) }
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

    /// Scans a word starting with a letter or mark, splitting clitics and attaching an
    /// abbreviation's period.
    mutating func scanWord(_ i: Int) -> Int {
        var j = i
        var lastApostrophe = -1
        var abbreviationDots = false  // "U.S", "e.g", "a.m"
        var segmentStart = i  // start of the part after the last joined hyphen or period
        var sawUpper = false
        while j < n {
            let kind = kinds[j]
            if kind.isWordPart {
                if kind == .upper { sawUpper = true }
                j += 1
                continue
            }
            switch kind {
            case .apostrophe where j > i && self.kind(j + 1).isLetter:
                lastApostrophe = j
                j += 1
                continue
            case .period where self.kind(j + 1).isLetter:
                if j - segmentStart == 1 && !self.kind(j + 2).isLetter {
                    abbreviationDots = true
                } else if !isDomainSuffix(j + 1) {
                    break
                }
                j += 1
                segmentStart = j
                continue
            case .hyphen where self.kind(j + 1).isWordPart && hyphenJoins(segmentStart, j, sawUpper):
                j += 1
                segmentStart = j
                continue
            case .symbol where s[j].value == 0x26 && self.kind(j - 1) == .upper && self.kind(j + 1) == .upper:
                j += 1  // "AT&T", "S&P"
                continue
            default:
                break
            }
            break
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

    private func isAbbreviation(_ i: Int, _ j: Int) -> Bool {
        guard j - i <= 7 else { return false }
        let word = string(i, j)
        return TokenLexicon.titles.contains(word) || TokenLexicon.abbreviations.contains(word)
    }

    private func fusedSplit(_ i: Int, _ j: Int) -> Int? {
        switch s[i].value | 0x20 {
        case 0x63, 0x67, 0x77: return TokenLexicon.fusedWords[string(i, j)]  // c, g, w
        default: return nil
        }
    }

    /// True if a lower-case top-level domain starts at `p` and ends the word ("bbc.co.uk").
    private func isDomainSuffix(_ p: Int) -> Bool {
        var q = p
        while kind(q) == .lower && q - p <= 4 { q += 1 }
        guard q - p >= 2, q - p <= 4, !kind(q).isWordPart else { return false }
        return TokenLexicon.domainSuffixes.contains(string(p, q))
    }

    /// Whether the hyphen at `j` joins its neighbours: after EWT's prefixes ("non-stop",
    /// "e-mail") and in designations such as "F-16" or "COVID-19".
    private func hyphenJoins(_ segmentStart: Int, _ j: Int, _ sawUpper: Bool) -> Bool {
        let length = j - segmentStart
        if length <= 7 && length > 0
            && TokenLexicon.hyphenPrefixes.contains(string(segmentStart, j).lowercased())
        {
            return true
        }
        guard sawUpper && kind(j + 1) == .digit else { return false }
        var q = j + 1
        while kind(q) == .digit { q += 1 }
        return !kind(q).isLetter
    }
}
