import XCTest
@testable import NLP

final class SentenceSplitterTests: XCTestCase {
    /// Input → expected sentence texts (sliced from the original by the sentence spans).
    static let cases: [(String, [String])] = [
        ("He left. She stayed.", ["He left.", "She stayed."]),
        ("Is it? Yes! Fine.", ["Is it?", "Yes!", "Fine."]),
        ("“We will win.” The crowd cheered.", ["“We will win.”", "The crowd cheered."]),
        ("He said \"no.\" Then he left.", ["He said \"no.\"", "Then he left."]),
        ("(It rained.) We stayed.", ["(It rained.)", "We stayed."]),
        ("“Why?” he asked.", ["“Why?” he asked."]),
        // titles, initials, abbreviations
        ("Gen. Abdourahamane Tiani took power. Mr. Bazoum was detained.",
         ["Gen. Abdourahamane Tiani took power.", "Mr. Bazoum was detained."]),
        ("J. K. Rowling wrote it. George W. Bush read it.", ["J. K. Rowling wrote it.", "George W. Bush read it."]),
        ("The U.S. Army arrived.", ["The U.S. Army arrived."]),
        ("Troops left the U.S. They went home.", ["Troops left the U.S.", "They went home."]),
        ("Acme Inc. said profits rose.", ["Acme Inc. said profits rose."]),
        ("Fruit, nuts, etc. The rest was fine.", ["Fruit, nuts, etc.", "The rest was fine."]),
        ("It starts at 10 a.m. on Monday.", ["It starts at 10 a.m. on Monday."]),
        ("He met Dr. Smith on Jan. 5 in St. Louis.", ["He met Dr. Smith on Jan. 5 in St. Louis."]),
        ("He was born in Washington, D.C. He moved.", ["He was born in Washington, D.C.", "He moved."]),
        ("They live on Main St. The house is old. St. Louis is far.",
         ["They live on Main St.", "The house is old.", "St. Louis is far."]),
        ("It is 5 p.m. The polls close.", ["It is 5 p.m.", "The polls close."]),
        ("Troops left the U.S. Mr. Biden said so.", ["Troops left the U.S.", "Mr. Biden said so."]),
        ("Acme Inc.\nShares rose.", ["Acme Inc.", "Shares rose."]),
        ("Two points. 1. Sanctions end. 2. Troops leave.", ["Two points.", "1. Sanctions end.", "2. Troops leave."]),
        ("Demands:\n1. Free Bazoum.\nb. Hold elections.", ["Demands:", "1. Free Bazoum.", "b. Hold elections."]),
        ("Was it wise? No. Definitely not. See No. 10 for more.", ["Was it wise?", "No.", "Definitely not.", "See No. 10 for more."]),
        // numbers and ellipses
        ("Growth was 3.5 percent. It fell to 2.1.", ["Growth was 3.5 percent.", "It fell to 2.1."]),
        ("He paused... then spoke.", ["He paused... then spoke."]),
        ("Wait… What happened?", ["Wait…", "What happened?"]),
        ("Sales rose in 2023. 2024 was worse.", ["Sales rose in 2023.", "2024 was worse."]),
        // lines: headings, bylines, boilerplate, colons, blank lines, wrapped prose
        ("Regional Implications:\nThe coup shook the region.", ["Regional Implications:", "The coup shook the region."]),
        ("Niger expels envoy\nBy Jane Doe\nNiamey (Reuters) - The junta acted.",
         ["Niger expels envoy", "By Jane Doe", "Niamey (Reuters) - The junta acted."]),
        ("Discover more from Pluboard\nSubscribe to get the latest posts sent to your email.",
         ["Discover more from Pluboard", "Subscribe to get the latest posts sent to your email."]),
        ("The junta said that it\nwould hold talks.", ["The junta said that it\nwould hold talks."]),
        ("The ministers of\nFrance and Niger met.", ["The ministers of\nFrance and Niger met."]),
        ("First paragraph without a stop\n\nsecond paragraph", ["First paragraph without a stop", "second paragraph"]),
        ("Prices rose\r\nSales fell.", ["Prices rose", "Sales fell."]),
        ("one\n\n\ntwo", ["one", "two"]),
        ("Published: 12 May 2023\nPhoto: Reuters\nThe talks failed.", ["Published: 12 May 2023", "Photo: Reuters", "The talks failed."]),
        ("• Sanctions lifted\n• Troops withdrawn\n", ["• Sanctions lifted", "• Troops withdrawn"]),
        ("Nice people :) We will return.", ["Nice people :)", "We will return."]),
        ("Great food! :) We will return.", ["Great food! :)", "We will return."]),
        ("A single sentence", ["A single sentence"]),
        ("", []),
    ]

    func testSentenceTable() throws {
        for (input, expected) in Self.cases {
            let document = try Pipeline.tokenizing(input)
            let texts = document.sentences.indices.map { document.text(of: document.sentence($0)) }
            XCTAssertEqual(texts, expected, "input: \(input)")
            Self.assertCoversAllTokens(document)
        }
    }

    func testHardWrappedProseIsJoined() throws {
        let text = """
            President Mohamed Bazoum was detained by members of the Presidential
            Guard on Wednesday, and General Abdourahamane Tiani declared himself
            the head of a transitional government. West African leaders met in
            Abuja to discuss the crisis. They threatened sanctions against the
            Niger junta.
            """
        let document = try Pipeline.tokenizing(text)
        XCTAssertEqual(document.sentences.count, 3)
        XCTAssertTrue(document.text(of: document.sentence(0)).hasSuffix("transitional government."))
    }

    func testLongRunsAreCapped() throws {
        let text = String(repeating: "word ", count: 100_000)
        var document = Document(text: text)
        try Tokenizer().apply(to: &document)
        try SentenceSplitter(maxTokens: 300).apply(to: &document)
        XCTAssertEqual(document.count, 100_000)
        XCTAssertEqual(document.sentences.count, 334)
        XCTAssertTrue(document.sentences.allSatisfy { $0.count <= 300 })
        Self.assertCoversAllTokens(document)
    }

    func testClosersAbsorbedAfterAStopStayUnderTheCap() throws {
        // Found by fuzz-tokenizer (the input is kept as a fixture and in the fuzz seed corpus): a stop near the
        // cap absorbed a run of closing brackets, and the sentence it ended came out 302 tokens long.
        guard let url = Bundle.module.url(forResource: "splitter-cap-overshoot", withExtension: "bin", subdirectory: "Fixtures") else {
            return XCTFail("fixture missing")
        }
        let text = String(decoding: try Data(contentsOf: url), as: UTF8.self)
        let document = try Pipeline([Tokenizer(), SentenceSplitter()])(text)
        XCTAssertGreaterThan(document.sentences.count, 4)
        XCTAssertTrue(document.sentences.allSatisfy { !$0.isEmpty && $0.count <= 300 }, "\(document.sentences)")
        Self.assertCoversAllTokens(document)
    }

    func testCapPrefersCommas() throws {
        let clause = "and then some more words came along here , "
        let document = try Pipeline([Tokenizer(), SentenceSplitter(maxTokens: 30)])(String(repeating: clause, count: 20))
        XCTAssertTrue(document.sentences.dropLast().allSatisfy { document.words[$0.upperBound - 1] == "," })
        XCTAssertTrue(document.sentences.allSatisfy { $0.count <= 30 })
    }

    func testRejectsMismatchedArrays() {
        var document = Document(text: "a b")
        document.words = ["a", "b"]
        document.starts = [0]
        XCTAssertThrowsError(try SentenceSplitter().apply(to: &document))
    }

    static func assertCoversAllTokens(_ document: Document, file: StaticString = #filePath, line: UInt = #line) {
        var next = 0
        for range in document.sentences {
            XCTAssertEqual(range.lowerBound, next, file: file, line: line)
            XCTAssertFalse(range.isEmpty, file: file, line: line)
            next = range.upperBound
        }
        XCTAssertEqual(next, document.count, file: file, line: line)
    }
}
