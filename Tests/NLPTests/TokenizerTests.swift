import XCTest
@testable import NLP

final class TokenizerTests: XCTestCase {
    /// Input → expected tokens, following UD English EWT conventions.
    static let cases: [(String, [String])] = [
        // clitics, straight and curly
        ("I don’t know.", ["I", "do", "n’t", "know", "."]),
        ("They can't go", ["They", "ca", "n't", "go"]),
        ("It won't work", ["It", "wo", "n't", "work"]),
        ("DON'T STOP", ["DO", "N'T", "STOP"]),
        ("the country’s army", ["the", "country", "’s", "army"]),
        ("Niger's junta", ["Niger", "'s", "junta"]),
        ("we're, they've, you'll, I'd, I'm", ["we", "'re", ",", "they", "'ve", ",", "you", "'ll", ",", "I", "'d", ",", "I", "'m"]),
        ("O'Brien's dog", ["O'Brien", "'s", "dog"]),
        ("the U.S.'s role", ["the", "U.S.", "'s", "role"]),
        ("in the 1990's", ["in", "the", "1990", "'s"]),
        ("the countries' leaders", ["the", "countries", "'", "leaders"]),
        ("Niger`s army, I´m here, Niger‘s ‘army’", ["Niger", "`s", "army", ",", "I", "´m", "here", ",", "Niger", "‘s", "‘", "army", "’"]),
        ("don`t can´t", ["do", "n`t", "ca", "n´t"]),
        ("US$5 and HK$ 10 [...] more", ["US$", "5", "and", "HK$", "10", "[", "...", "]", "more"]),
        ("I cannot go, gonna stay", ["I", "can", "not", "go", ",", "gon", "na", "stay"]),
        // quotes are separate
        ("“We will win,” he said.", ["“", "We", "will", "win", ",", "”", "he", "said", "."]),
        ("‘no’ and 'yes'", ["‘", "no", "’", "and", "'", "yes", "'"]),
        ("\"Hello\"", ["\"", "Hello", "\""]),
        // abbreviations, titles, initials
        ("Mr. Smith met Dr. Jones", ["Mr.", "Smith", "met", "Dr.", "Jones"]),
        ("Gen. Tiani and Lt. Col. Abdramane", ["Gen.", "Tiani", "and", "Lt.", "Col.", "Abdramane"]),
        ("the U.S. and U.K. said", ["the", "U.S.", "and", "U.K.", "said"]),
        ("e.g. this, i.e. that, etc.", ["e.g.", "this", ",", "i.e.", "that", ",", "etc."]),
        ("Acme Inc. and Foo Corp. on Jan. 5", ["Acme", "Inc.", "and", "Foo", "Corp.", "on", "Jan.", "5"]),
        ("No. 10 Downing St. vs. them", ["No.", "10", "Downing", "St.", "vs.", "them"]),
        ("He said No. Fig. 3 shows", ["He", "said", "No", ".", "Fig.", "3", "shows"]),
        ("J. K. Rowling wrote", ["J.", "K.", "Rowling", "wrote"]),
        ("Mr Smith left", ["Mr", "Smith", "left"]),
        ("at 10 a.m. today", ["at", "10", "a.m.", "today"]),
        ("He left. She stayed.", ["He", "left", ".", "She", "stayed", "."]),
        ("than I.", ["than", "I", "."]),
        // numbers
        ("1,000.5 people in 2023", ["1,000.5", "people", "in", "2023"]),
        ("up 3.5% today", ["up", "3.5", "%", "today"]),
        ("a $28bn deal", ["a", "$", "28", "bn", "deal"]),
        ("9bn and 5m and 65k", ["9", "bn", "and", "5", "m", "and", "65", "k"]),
        ("at 5pm or 10:30", ["at", "5", "pm", "or", "10:30"]),
        ("on 12/05/2023", ["on", "12/05/2023"]),
        ("the 17th and the 1980s", ["the", "17th", "and", "the", "1980s"]),
        ("£3,500,000", ["£", "3,500,000"]),
        ("1, 2,3 and 7,5", ["1", ",", "2,3", "and", "7,5"]),
        ("call 713-853-5025", ["call", "713-853-5025"]),
        ("from 1946-1954", ["from", "1946", "-", "1954"]),
        ("a 10-year-old", ["a", "10", "-", "year", "-", "old"]),
        ("at 10:30pm, up 3.5bn on 12.05.2023", ["at", "10:30", "pm", ",", "up", "3.5", "bn", "on", "12.05.2023"]),
        ("the 2023/24 season, mid-2023, 21st-century", ["the", "2023/24", "season", ",", "mid-2023", ",", "21st", "-", "century"]),
        ("iOS v1.2 and €5bn", ["iOS", "v1.2", "and", "€", "5", "bn"]),
        ("+44 20 and -5 on 01-Feb-02", ["+44", "20", "and", "-", "5", "on", "01-Feb-02"]),
        ("the '90s and ’73", ["the", "'90s", "and", "’73"]),
        ("Really.? Yes.! ``Quote''", ["Really", ".?", "Yes", ".!", "``", "Quote", "''"]),
        ("mailto:a.b@example.org p&l", ["mailto:a.b@example.org", "p&l"]),
        // hyphens and dashes
        ("long-term state-of-the-art", ["long", "-", "term", "state", "-", "of", "-", "the", "-", "art"]),
        ("non-stop e-mail anti-war co-founder", ["non-stop", "e-mail", "anti-war", "co-founder"]),
        ("F-16 jets and COVID-19", ["F", "-", "16", "jets", "and", "COVID", "-", "19"]),
        ("b/c and/or w/o", ["b/c", "and", "/", "or", "w/o"]),
        ("U.S.-led", ["U.S.", "-", "led"]),
        ("Russia–Ukraine war — again -- yes", ["Russia", "–", "Ukraine", "war", "—", "again", "--", "yes"]),
        // web things
        ("see https://example.com/a_b?x=1&y=2.", ["see", "https://example.com/a_b?x=1&y=2", "."]),
        ("(www.bbc.co.uk/news)", ["(", "www.bbc.co.uk/news", ")"]),
        ("mail jane.doe@example.org now", ["mail", "jane.doe@example.org", "now"]),
        ("@NigerGov #Niger #1", ["@NigerGov", "#Niger", "#", "1"]),
        ("on Amazon.com today", ["on", "Amazon.com", "today"]),
        ("AT&T and S&P", ["AT&T", "and", "S&P"]),
        ("see report_2023.pdf and alt.animals.cats", ["see", "report_2023.pdf", "and", "alt.animals.cats"]),
        ("mail franz371...@gmail.com", ["mail", "franz371...@gmail.com"]),
        ("great :) but :-( and ;P", ["great", ":)", "but", ":-(", "and", ";P"]),
        ("Note:(a) ratio 2:3", ["Note", ":", "(", "a", ")", "ratio", "2:3"]),
        ("=====\n*** $$$ ==---- ->", ["=====", "***", "$$$", "==----", "->"]),
        // punctuation runs
        ("Wait... what?! No!!!", ["Wait", "...", "what", "?!", "No", "!!!"]),
        ("So… yes", ["So", "…", "yes"]),
        ("(a) [b] {c}", ["(", "a", ")", "[", "b", "]", "{", "c", "}"]),
        ("end.The", ["end", ".", "The"]),
        // unicode
        ("Côte d’Ivoire 🇨🇮 👍🏽 ok", ["Côte", "d’Ivoire", "🇨🇮", "👍🏽", "ok"]),
        ("👨‍👩‍👧 family", ["👨‍👩‍👧", "family"]),
        ("Москва и Киев", ["Москва", "и", "Киев"]),
        ("naïve café", ["naïve", "café"]),
        ("a\u{00A0}b\tc\r\nd", ["a", "b", "c", "d"]),
        ("", []),
        ("   \n\n ", []),
    ]

    func testTokenTable() {
        let tokenizer = Tokenizer()
        for (input, expected) in Self.cases {
            XCTAssertEqual(tokenizer.tokenize(input), expected, "input: \(input)")
        }
    }

    func testOffsetsSliceTheOriginal() throws {
        let text = """
            “Niger’s junta,” said Gen. Abdourahamane Tiani 🇳🇪, “won’t yield.” The U.S. — and \
            France’s envoy — left on 12/05/2023 at 10:30… Prices rose 3.5% ($28bn). 👨‍👩‍👧 e-mail: \
            a.b@example.org, https://example.com/x. Côte d’Ivoire's non-stop long-term talks!!!
            Next line\r\nand CRLF.
            """
        var document = Document(text: text)
        try Tokenizer().apply(to: &document)
        XCTAssertGreaterThan(document.count, 50)
        XCTAssertEqual(document.starts.count, document.count)
        XCTAssertEqual(document.ends.count, document.count)
        let slicer = TextSlicer(text)
        var previousEnd = 0
        for index in 0..<document.count {
            XCTAssertEqual(slicer.slice(document.starts[index]..<document.ends[index]), document.words[index])
            XCTAssertLessThanOrEqual(previousEnd, document.starts[index])
            XCTAssertLessThan(document.starts[index], document.ends[index])
            previousEnd = document.ends[index]
        }
    }

    func testApplyResetsDependentAnalyses() throws {
        var document = Document(text: "Old text.")
        document.upos = ["X"]
        document.sentences = [0..<1]
        try Tokenizer().apply(to: &document)
        XCTAssertEqual(document.words, ["Old", "text", "."])
        XCTAssertEqual(document.upos, [])
        XCTAssertEqual(document.sentences, [])
    }

    func testDeterministic() throws {
        let text = String(repeating: "Mr. O’Neill’s $3.5bn deal—won't it? ", count: 200)
        let first = try Pipeline.tokenizing(text)
        let second = try Pipeline.tokenizing(text)
        XCTAssertEqual(first, second)
    }

    func testHostileInputStaysLinear() {
        let tokenizer = Tokenizer()
        let hyphens = String(repeating: "a-", count: 50_000)
        XCTAssertEqual(tokenizer.tokenize(hyphens).count, 100_000)
        let dots = String(repeating: "a.", count: 50_000)
        XCTAssertEqual(tokenizer.tokenize(dots).count, 1)
        let mail = String(repeating: "x.", count: 50_000) + "@"
        XCTAssertGreaterThan(tokenizer.tokenize(mail).count, 0)
        let digits = String(repeating: "1-", count: 50_000)
        XCTAssertGreaterThan(tokenizer.tokenize(digits).count, 0)
    }
}
