import XCTest
@testable import Extraction

/// Places as what actors act on or keep, against places as mere venues; on sentences written for these tests.
final class PlaceActionTests: XCTestCase {
    func testAnOwnersFacilityIsPlaced() throws {
        let lines = try Support.read("Critics condemned the detentions at the US camp at Palm Bay in Cuba.")
        XCTAssertTrue(lines.contains("United States | camp at | Palm Bay"), "\(lines)")
        let plant = try Support.read("Workers protested outside Globex Holdings' factory in Germany.")
        XCTAssertTrue(plant.contains("Globex Holdings | factory in | Germany"), "\(plant)")
    }

    func testAnEventIsNoFacility() throws {
        let lines = try Support.read("Delegates praised the Labour conference in Brighton.")
        XCTAssertFalse(lines.contains { $0.contains("| conference in | Brighton") }, "\(lines)")
    }

    func testTheVenueOfAnEventIsNoRelation() throws {
        let lines = try Support.read("The Vandal Party will not hold a daily news conference in London.")
        XCTAssertFalse(lines.contains { $0.hasSuffix("| London") }, "\(lines)")
        let avoided = try Support.read("The Vandal Party was avoiding rallies in France.")
        XCTAssertFalse(avoided.contains { $0.hasSuffix("| France") }, "\(avoided)")
        // Jobs are no event: where they are cut is what the cut acts on.
        let cuts = try Support.read("Globex Holdings is cutting 9,000 jobs in Germany.")
        XCTAssertTrue(cuts.contains { $0.hasPrefix("Globex Holdings | cut jobs in | Germany") }, "\(cuts)")
    }

    func testTalksAreHeldWithTheOtherSide() throws {
        let lines = try Support.read("Tomas Brandt took part in talks with Initech Systems on Friday.")
        XCTAssertTrue(lines.contains("Tomas Brandt | talks with | Initech Systems"), "\(lines)")
        // Refused talks are no talks.
        let refused = try Support.read("Tomas Brandt did not travel for talks with Initech Systems.")
        XCTAssertFalse(refused.contains { $0.contains("talks with") }, "\(refused)")
    }

    func testAVisitBesideAClauseIsTheVisitorsVisit() throws {
        let aside = try Support.read("Foreign Secretary Helga Moss, on a visit to Kenya, praised the deal.")
        XCTAssertTrue(aside.contains("Helga Moss | visit to | Kenya"), "\(aside)")
        let circumstance = try Support.read("During a visit to Kenya, Helga Moss said trade had slowed.")
        XCTAssertTrue(circumstance.contains("Helga Moss | visit to | Kenya"), "\(circumstance)")
        let predicate = try Support.read("Helga Moss is on a three-day visit to Kenya.")
        XCTAssertTrue(predicate.contains("Helga Moss | visit to | Kenya"), "\(predicate)")
    }

    func testAMisparsedComplementIsStillReported() throws {
        // The parser may hang the reported clause on the verb as a relative clause.
        let lines = try Support.read("Party chair Baroness Ilse Varga suggested Globex Holdings was avoiding press briefings in Paris because it wanted less scrutiny.")
        XCTAssertTrue(lines.contains { $0.contains("Ilse Varga | suggested about | Globex Holdings") }, "\(lines)")
    }
}
