import XCTest
@testable import Extraction

/// Site furniture, headings and pronouns must never become actors.
final class FilterTests: XCTestCase {
    private func actors(_ text: String) throws -> [String] {
        try Support.extractorOrFail().analyze(text, document: "t").actors.map(\.name)
    }

    func testBoilerplateLinesYieldNoActors() throws {
        let text = """
        Kenya signed a trade pact with Uganda.
        Discover more from Savanna Wire
        Subscribe to get the latest posts from Savanna Wire sent to your email.
        Follow us on Facebook for more stories.
        """
        XCTAssertEqual(try actors(text), ["Kenya", "Uganda"])
    }

    func testHeadingsYieldNoActors() throws {
        let text = """
        Border Tensions Rise:
        Economic Outlook
        Ghana expelled Togo's ambassador.
        """
        XCTAssertEqual(try actors(text), ["Ghana", "Togo"])
    }

    func testPronounsNeverBecomeActors() throws {
        let text = "He said they would visit it soon. She thanked him."
        XCTAssertEqual(try actors(text), [])
        XCTAssertEqual(try Support.read("He criticised Mali."), [])
    }

    func testSentenceInitialCommonWordsAreNotNames() throws {
        let text = "Officials said talks had stalled. Analysts expect Peru to respond."
        XCTAssertEqual(try actors(text), ["Peru"])
    }

    func testMonthsAreNotNames() throws {
        XCTAssertEqual(try actors("Chile recalled its envoy from Peru in March."), ["Chile", "Peru"])
    }
}
