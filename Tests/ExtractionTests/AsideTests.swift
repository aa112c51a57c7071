import XCTest
@testable import Extraction

/// Facts news states in passing, inside noun phrases and asides: where a person comes from, a position behind
/// "its", where a place or body is; each on sentences written for these tests.
final class AsideTests: XCTestCase {
    func testFromAfterANameNamesThePersonsOrganisation() throws {
        XCTAssertEqual(try Support.read("Dana Reyes, from the Lisbon Trade Council, said exports had grown."),
                       ["Dana Reyes | from | Lisbon Trade Council"])
    }

    func testItsRoleOpeningASentenceIsAPositionInThePreviousSubject() throws {
        let text = "Vantor Holdings argued the rules were unfair. Its chief executive, Paolo Santini, said the firm would appeal."
        XCTAssertEqual(try Support.read(text), ["Paolo Santini | chief executive of | Vantor Holdings"])
        // Any other "its" is a thing's, and no actor.
        XCTAssertEqual(try Support.read("Vantor Holdings grew. Its shares rose after Paolo Santini spoke."), [])
    }

    func testAPlaceInsideANounPhraseLocatesTheNameBeforeIt() throws {
        XCTAssertEqual(try Support.read("The Orvalo Museum in Bratislava reopened on Monday."),
                       ["Orvalo Museum | in | Bratislava"])
        XCTAssertEqual(try Support.read("Protesters gathered outside Slovakia's Nitra region on Monday."),
                       ["Nitra | region of | Slovakia"])
    }

    func testAPlaceOnTheVerbLocatesNoName() throws {
        // "in Lisbon" says where the march was, not where the bank is.
        let lines = try Support.read("Staff of Tarvia Bank marched in Lisbon on Friday.")
        XCTAssertFalse(lines.contains { $0.contains("| in | Lisbon") }, "\(lines)")
    }
}
