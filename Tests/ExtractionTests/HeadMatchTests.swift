import XCTest
@testable import Extraction

/// "the awards" after "the Harrow Film Awards": a definite noun phrase that repeats a recent name's head; invented text.
final class HeadMatchTests: XCTestCase {
    func testTheHeadNounStandsForTheRecentName() throws {
        let awards = try Support.read("The Harrow Film Awards will be held in Pellton in May. The awards will be hosted by Anna Varga.")
        XCTAssertTrue(awards.contains("Anna Varga | host | Harrow Film Awards"), "\(awards)")
        let body = try Support.read("The European Commission fined Pell Gas in May. The commission was praised by Harrow Bank.")
        XCTAssertTrue(body.contains("Harrow Bank | praise | European Commission"), "\(body)")
    }

    func testANameHeadedBeforeItsOfIsNoMatch() throws {
        // "the Festival of Harrow Film" is a festival, so "the film" is another thing.
        let festival = try Support.read("The Festival of Harrow Film opened on Monday. The film was made by Anna Varga.")
        XCTAssertFalse(festival.contains { $0.hasPrefix("Anna Varga | make") }, "\(festival)")
    }

    func testTheSurfaceIsNoAlias() throws {
        // "the awards" must not become a name of the actor: it would join other awards across articles.
        let analysis = try Support.extractorOrFail().analyze("The Harrow Film Awards will be held in Pellton in May. The awards will be hosted by Anna Varga.", document: "test")
        let awards = analysis.actors.first { $0.name == "Harrow Film Awards" }
        XCTAssertNotNil(awards)
        XCTAssertFalse(awards?.aliases.contains { $0.lowercased() == "the awards" } ?? true, "\(String(describing: awards))")
    }
}
