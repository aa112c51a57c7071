import XCTest
@testable import Extraction

/// Relation phrases built from the right words: whole hyphenated words, the preposition of a name with describing
/// nouns before it, and actors listed after "including" getting the verb's relation each.
final class RelationPhraseTests: XCTestCase {
    func testAHyphenatedObjectNounStaysWhole() throws {
        XCTAssertEqual(try Support.read("Qantas sought a tie-up with Air New Zealand."), ["Qantas | seek tie-up with | Air New Zealand"])
    }

    func testAHyphenatedAdjectiveIsNotThePossessedNoun() throws {
        XCTAssertEqual(try Support.read("Tony Blair has become the Labour Party's longest-serving leader."),
                       ["Tony Blair | become leader of | Labour Party"])
    }

    func testNounsDescribingANameKeepItsPreposition() throws {
        XCTAssertEqual(try Support.read("Goodrem also performed a duet with boyfriend Brian McFadden."),
                       ["Goodrem | perform duet with | Brian McFadden"])
    }

    func testActorsListedAfterAGroupObjectAreTheObjects() throws {
        XCTAssertEqual(try Support.read("Russia has angered several neighbours, including Ukraine and Georgia."),
                       ["Russia | anger | Ukraine", "Russia | anger | Georgia"])
        XCTAssertEqual(try Support.read("Microsoft faces rivals including Apple and Google."),
                       ["Microsoft | face | Apple", "Microsoft | face | Google"])
    }

    func testActorsListedInAPrepositionalPhraseKeepThePreposition() throws {
        XCTAssertEqual(try Support.read("Germany signed trade deals with several countries, including France and Spain."),
                       ["Germany | sign deals with | France", "Germany | sign deals with | Spain"])
    }

    func testDescribingWordsBeforeANameKeepItsPreposition() throws {
        XCTAssertEqual(try Support.read("Toyota launched a joint venture with Chinese carmaker Geely."), ["Toyota | launch venture with | Geely"])
        XCTAssertEqual(try Support.read("Ford bought a stake in loss-making carmaker Mazda."), ["Ford | buy stake in | Mazda"])
        XCTAssertEqual(try Support.read("Chelsea signed a deal with US firm Adidas."), ["Chelsea | sign deal with | Adidas"])
    }

    func testAListItemThatIsNoActorGivesNoRelationToTheActorInside() throws {
        let lines = try Support.read("Reuters has interviewed several officials, including one from Kenya.")
        XCTAssertFalse(lines.contains { $0.hasSuffix("| Kenya") }, "\(lines)")
    }

    func testTheDoerOfAPossessedActIsInItsByPhrase() throws {
        XCTAssertEqual(try Support.read("The coach criticised the referee in Northampton's defeat by Saracens."), ["Saracens | defeat of | Northampton"])
    }
}
