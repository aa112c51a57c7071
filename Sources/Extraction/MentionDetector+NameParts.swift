/// Small tests on the words inside and after a capitalised run: what a name may hold ("Doom 3", "T-Mobile",
/// "al-Burhan") and where a person's name ends before "of".
extension MentionDetector {
    /// "Doom 3", "Halo 2", "Richard III": a small number or a Roman numeral right after a name that no gazetteer
    /// knows is part of the title. Scores ("Wales 11 England 9"), amounts and units after it are not.
    func isSequelNumber(_ table: TokenTable, at j: Int, after run: Range<Int>, range: Range<Int>) -> Bool {
        // "2 Chelsea 1": a name between two numbers is a side in a score line.
        if run.lowerBound > range.lowerBound, table.lower[run.lowerBound - 1].first?.isNumber == true { return false }
        // "(Phil Neville 84)" in a line-up: the minute of a substitution, not a title.
        if gazetteer.givenNames.contains(table.word(run.lowerBound)) { return false }
        if j + 1 < range.upperBound, table.lower[j + 1] == ")" || table.lower[j + 1] == "," && table.lower[j].count == 2 { return false }
        guard j < range.upperBound, gazetteer.entry(named: run.map { table.word($0) }) == nil,
              !WordClass.months.contains(table.lower[run.upperBound - 1]) else { return false }
        let word = table.word(j)
        let small = word.count <= 2 && word.allSatisfy(\.isASCII) && word.allSatisfy(\.isNumber) && word.first != "0"
        let roman = ["II", "III", "IV", "VI", "VII", "VIII"].contains(word)
        guard small || roman else { return false }
        let next = j + 1
        guard next < range.upperBound else { return true }
        // "Arsenal 2 Chelsea 1", "Doom 3-style", "Halo 2m", "Group 4%": the number belongs to what follows.
        return !table.isCapitalised(next) && !["-", "%", "–", "/", ":"].contains(table.lower[next])
            && !(table.lower[next].first?.isNumber ?? false) && !["m", "bn", "per", "percent", "times", "points", "goals"].contains(table.lower[next])
    }

    /// "T-Mobile": one capital letter written against a hyphen and a capitalised word, which the tokenizer splits
    /// as EWT does; the two-letter rule would otherwise drop the letter and leave "Mobile".
    func isLetterBeforeHyphen(_ table: TokenTable, _ i: Int, range: Range<Int>) -> Bool {
        guard i + 2 < range.upperBound, table.lower[i + 1] == "-", table.isCapitalised(i + 2), !table.isPunctuation(i + 2) else {
            return false
        }
        let word = table.word(i)
        let starts = table.document.starts, ends = table.document.ends
        return word.count == 1 && word.first?.isUppercase == true
            && starts[i + 1] == ends[i] && starts[i + 2] == ends[i + 1]
    }

    /// A lower-case word of letters ("fare" in "Low-fare").
    func isLowercaseWord(_ word: String) -> Bool {
        !word.isEmpty && word.allSatisfy { $0.isLetter && $0.isLowercase }
    }

    /// "Paris-based", "state-owned", "US-born": a participle making the name before it a modifier, not a name part.
    func isParticipleLike(_ word: String) -> Bool {
        word.hasSuffix("ed") || ["born", "run", "made", "led", "hit", "built", "held", "grown", "known"].contains(word)
    }

    /// "al-Burhan", "el-Sisi", "bin-Salman": a lower-case particle joined to a capitalised name.
    func isArabicParticleName(_ word: String) -> Bool {
        guard let dash = word.firstIndex(of: "-") else { return false }
        let particle = word[..<dash]
        let rest = word[word.index(after: dash)...]
        return ["al", "el", "ad", "as", "ash", "an", "bin", "ibn", "abu", "abd"].contains(String(particle))
            && rest.first?.isUppercase == true
    }

    /// True when the run `start..<end` reads as a person, so that "of"/"for" before `next` ends it: it opens with
    /// a given name or a title, or the next word is an acronym or a country.
    func personLike(_ table: TokenTable, _ start: Int, upTo end: Int, before next: Int) -> Bool {
        if table.isAllCaps(next) { return true }
        if end > start, WordClass.titles.contains(table.lower[end - 1]) { return true }  // "MP for Kensington"
        let opensAsPerson = gazetteer.givenNames.contains(table.word(start)) || WordClass.titles.contains(table.lower[start])
        let hasCue = (start..<end).contains { WordClass.organizationCues.contains(table.lower[$0]) }
        if opensAsPerson && !hasCue { return true }
        // "Nicolas Kiefer of Germany", "Conchita Martinez of Spain": a two-word name before a country is a person
        // and the country they play or speak for, not one name.
        // After "the" the run is an institution's name ("the Writers Guild of America").
        if end - start >= 2, !hasCue, start == 0 || table.lower[start - 1] != "the", gazetteer.entry(named: [table.word(next)])?.type == .country,
           (start..<end).allSatisfy({ table.isCapitalised($0) && !table.isAllCaps($0) && !WordClass.eventCues.contains(table.lower[$0])
                && !WordClass.countryDescriptionHeads.contains(table.lower[$0]) }) {  // "Democratic Republic of Congo"
            return true
        }
        return false
    }

    /// Words of firms' and bodies' names: with one, a run that opens with a given name is no person.
    static let businessWords: Set<String> = [
        "research", "investment", "investments", "capital", "securities", "partners", "associates", "foods", "seafood",
        "energy", "systems", "media", "studios", "pictures", "records", "entertainment", "software", "technologies",
        "finance", "financial", "insurance", "pharmaceuticals", "international", "global", "consulting", "brothers",
    ]

    /// True for a lower-cased word that marks an organisation, a place or a firm.
    static func isInstitutionWord(_ word: String) -> Bool {
        WordClass.organizationCues.contains(word) || WordClass.locationCues.contains(word) || businessWords.contains(word)
    }

    /// "Stephen King", "John Major", "Mervyn King": a given name, then a title word as the surname, is a person
    /// and not a role ("Prime Minister", "Foreign Secretary" open with no given name).
    func endsInTitleSurname(_ table: TokenTable, span: Range<Int>) -> Bool {
        guard span.count >= 2, let last = span.last, WordClass.titles.contains(table.lower[last].trimmingDots),
              !WordClass.titles.contains(table.lower[last - 1].trimmingDots),
              // "Paul Boateng MP": a post-nominal title, not a surname.
              !table.isAllCaps(last) else { return false }
        let first = span.lowerBound
        // "the Tory Leader", "Tory MP": a party or place that is also a given name qualifies the title.
        if first > 0, WordClass.determiners.contains(table.lower[first - 1]) { return false }
        // "Mary Queen of Scots": the title of a place.
        if last + 1 < table.lower.count, table.lower[last + 1] == "of" { return false }
        return gazetteer.givenNames.contains(table.word(first)) && gazetteer.entry(named: table.word(first)) == nil
            && gazetteer.country(demonym: table.word(first)) == nil && !WordClass.titles.contains(table.lower[first].trimmingDots)
    }
}
