import XCTest
@testable import Extraction

/// A national capital acting or addressed stands for its country; one visited or attacked stays a place.
final class CapitalTests: XCTestCase {
    func testACapitalActingIsItsCountry() throws {
        XCTAssertEqual(try Support.read("Moscow denied the claims and accused Kyiv of staging the attack."),
                       ["Russia | accuse | Ukraine"])
        XCTAssertEqual(try Support.read("Washington imposed sanctions on Tehran."), ["United States | impose sanctions on | Iran"])
    }

    func testACapitalAsAPlaceStaysAPlace() throws {
        XCTAssertEqual(try Support.read("Russia launched missiles at Kyiv overnight."), ["Russia | launch missiles at | Kyiv"])
        XCTAssertEqual(try Support.read("Antony Blinken visited Beijing on Monday."), ["Antony Blinken | visit | Beijing"])
    }

    func testADescribedCapitalStaysAPlace() throws {
        let lines = try Support.read("The firm will move to London, the home of the Bank of England.")
        XCTAssertFalse(lines.contains { $0.hasPrefix("United Kingdom") }, lines.joined(separator: "\n"))
    }

    func testBrusselsStandsForTheEuropeanUnion() throws {
        XCTAssertEqual(try Support.read("Washington filed a complaint against Brussels at the WTO."),
                       ["United States | file complaint against | European Union"])
        // A venue is a place even with a word of dealings before it.
        XCTAssertEqual(try Support.read("Mr Straw will hold talks in Beijing on Thursday."), ["Straw | hold talks in | Beijing"])
    }

    func testCapitalsInTheGazetteer() throws {
        let gazetteer = try Gazetteer.bundled()
        XCTAssertEqual(gazetteer.entry(named: ["Moscow"])?.capitalOf, "country:RUS")
        XCTAssertEqual(gazetteer.entry(named: ["Washington"])?.capitalOf, "country:USA")
        XCTAssertNil(gazetteer.entry(named: ["Lagos"])?.capitalOf)
    }
}
