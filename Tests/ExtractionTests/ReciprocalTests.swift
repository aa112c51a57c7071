import XCTest
@testable import Extraction

/// Relations between coordinated subjects, and "warn" with its addressee.
final class ReciprocalTests: XCTestCase {
    func testCoordinatedSubjectsOfAReciprocalObject() throws {
        XCTAssertEqual(try Support.read("Kenya and Uganda signed a trade deal on Monday."), ["Kenya | sign deal with | Uganda"])
        XCTAssertEqual(try Support.read("Qatar and Bahrain have established diplomatic relations."),
                       ["Qatar | establish relations with | Bahrain"])
    }

    func testCoordinatedSubjectsOfAReciprocalVerb() throws {
        XCTAssertEqual(try Support.read("On Monday, Labour and the Tories clashed over tax."), ["Labour | clash with | Tories"])
        XCTAssertEqual(try Support.read("France and Germany have not agreed on the budget."), ["France | agree with | Germany"])
        XCTAssertEqual(try Support.extractorOrFail().triples(in: "France and Germany have not agreed on the budget.", document: "t")
                        .map(\.negated), [true])
    }

    func testNonReciprocalCoordinatedSubjectsStayApart() throws {
        XCTAssertEqual(try Support.read("China and Russia vetoed the draft resolution."), [])
        XCTAssertEqual(try Support.read("Kenya and Uganda sent troops."), [])
    }

    func testWarnWithAnAddressee() throws {
        XCTAssertEqual(try Support.read("The United States warned China against any attempt to invade Taiwan."),
                       ["United States | warn | China"])
        // "warned that …" has no addressee: the rest is only what was said.
        XCTAssertEqual(try Support.read("Germany warned that Russia would attack Moldova."), ["Russia | would attack | Moldova"])
    }
}
