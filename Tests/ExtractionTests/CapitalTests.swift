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

    func testCapitalsInTheGazetteer() throws {
        let gazetteer = try Gazetteer.bundled()
        XCTAssertEqual(gazetteer.entry(named: ["Moscow"])?.capitalOf, "country:RUS")
        XCTAssertEqual(gazetteer.entry(named: ["Washington"])?.capitalOf, "country:USA")
        XCTAssertNil(gazetteer.entry(named: ["Lagos"])?.capitalOf)
    }
}
