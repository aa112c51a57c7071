import XCTest
@testable import Extraction

/// Award categories in lower case and who wins them: "the prize for best X went to Y", "Y was named top Z of the year".
final class PrizeTests: XCTestCase {
    func testThePrizeForACategoryGoesToItsWinner() throws {
        let lines = try Support.read("The main prize for the best debut novel of the year went to Tamsin Orley.")
        XCTAssertTrue(lines.contains("Tamsin Orley | win | best debut novel of the year"), "\(lines)")
    }

    func testAnAwardNamedInARelativeClauseGoesToTheTitleInApposition() throws {
        let lines = try Support.read(
            "Rival studios lost the award for the Best Family Film of 2006, which went to the Pixel title, The Orchard Of Glass.")
        XCTAssertTrue(lines.contains { $0.hasPrefix("Orchard Of Glass | win | Best Family Film of 2006") }, "\(lines)")
        XCTAssertFalse(lines.contains { $0.hasPrefix("Pixel | win") }, "\(lines)")
    }

    func testNamedToACategory() throws {
        let lines = try Support.read("Brightwater Foods was named top exporter of the year, beating Halden Mills.")
        XCTAssertTrue(lines.contains("Brightwater Foods | be named | top exporter of the year"), "\(lines)")
        let voted = try Support.read("Luis Ortega was voted best goalkeeper by the fans.")
        XCTAssertTrue(voted.contains("Luis Ortega | be voted | best goalkeeper"), "\(voted)")
    }

    func testACategoryIsNeverASubjectNorTheObjectOfAnotherVerb() throws {
        let lines = try Support.read("The Last Orchard was named best film and Vera Holm, who played the lead, was named best actress.")
        XCTAssertTrue(lines.contains("Vera Holm | be named | best actress"), "\(lines)")
        XCTAssertFalse(lines.contains { $0.hasPrefix("best film |") }, "\(lines)")
        let described = try Support.read("Singer Rob Dale described their prize for best rock band as a surprise.")
        XCTAssertFalse(described.contains { $0.hasSuffix("| best rock band") }, "\(described)")
    }

    func testTheAwardsForWhichStillReferBack() throws {
        // "the awards for which it was nominated" are the awards named before, not a category.
        let lines = try Support.read("The comedy Blue Harbour dominated the Kestrel Film Awards, winning four of the awards for which it was nominated.")
        XCTAssertTrue(lines.contains { $0.hasPrefix("Blue Harbour | win") && $0.hasSuffix("Kestrel Film Awards") }, "\(lines)")
    }

    func testPostsCausesAndOtherPhrasesAreNoCategories() throws {
        // A post after "named", a cause after "an award for", a period of trading: no node.
        let post = try Support.actors("Nadia Brenner was named chief executive of Halden Mills.")
        XCTAssertFalse(post.contains { $0.lowercased().hasPrefix("chief executive") }, "\(post)")
        let cause = try Support.actors("Firefighter Tom Akers received an award for bravery.")
        XCTAssertFalse(cause.contains("bravery"), "\(cause)")
        let quarter = try Support.actors("Halden Mills said the best quarter of the year went to its bakeries.")
        XCTAssertFalse(quarter.contains { $0.contains("quarter") }, "\(quarter)")
    }

    func testTheAwardsPresentedByAHost() throws {
        let text = "The drama Cold Bay took two prizes at the Silver Lantern awards. It won best drama at the awards, "
            + "presented by Comic Relief star Ivo Marsh."
        let lines = try Support.read(text)
        XCTAssertTrue(lines.contains("Ivo Marsh | present | Silver Lantern awards"), "\(lines)")
        // Only verbs of presenting: a sponsor does not host.
        let sponsored = try Support.read("Cold Bay won best drama at the Silver Lantern awards, sponsored by Ivo Marsh.")
        XCTAssertFalse(sponsored.contains { $0.hasPrefix("Ivo Marsh | present") }, "\(sponsored)")
    }
}
