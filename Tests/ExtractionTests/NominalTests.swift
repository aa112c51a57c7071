import XCTest
@testable import Extraction

/// Relations stated as a possessed noun ("Moscow's seizure of X"); each on sentences written for these tests.
final class NominalTests: XCTestCase {
    func testAPossessedNounRelatesThePossessorToTheActorInItsPhrase() throws {
        XCTAssertEqual(try Support.read("Moscow's seizure of Initech Holdings shocked investors."),
                       ["Russia | seizure of | Initech Holdings"])
        // Two phrases deep, and through a resolved possessive pronoun.
        XCTAssertEqual(try Support.read("Ana Lopez said her appointment as chairman of the Vandalian Arts Council was an honour."),
                       ["Ana Lopez | appointment as chairman of | Vandalian Arts Council"])
    }

    func testAListOfExamplesIsNoRelation() throws {
        XCTAssertEqual(try Support.read("Kestrel Foods' rivals, including Delmar Capital, stayed quiet."), [])
        // The listed members of a supporter noun back the possessor (`supporterStatements`); the possessor still
        // does not "backers including" them.
        XCTAssertEqual(try Support.read("Kestrel Foods' backers, including Delmar Capital, stayed quiet."),
                       ["Delmar Capital | backer of | Kestrel Foods"])
    }
}

/// Act nouns whose doer follows in a "by"/"from" phrase ("the takeover of Y by X", "a survey by X and Y").
final class AgentNominalTests: XCTestCase {
    func testTheDoerAfterTheNounActsOnTheNounsOtherActor() throws {
        let takeover = try Support.read("The takeover of Initech Holdings by Globex Corporation was approved.")
        XCTAssertTrue(takeover.contains("Globex Corporation | takeover of | Initech Holdings"), "\(takeover)")
        let arrest = try Support.read("Lawyers condemned the arrest of Ana Lopez by Peru in March.")
        XCTAssertTrue(arrest.contains("Peru | arrest of | Ana Lopez"), "\(arrest)")
    }

    func testTwoDoersOfOneActShareIt() throws {
        let survey = try Support.read("A new survey by Initech Holdings and Globex Corporation found that most offices waste paper.")
        XCTAssertTrue(survey.contains("Initech Holdings | survey with | Globex Corporation"), "\(survey)")
        let decision = try Support.read("Observers praised the decision by Peru and Chile to build a new railway.")
        XCTAssertTrue(decision.contains { $0.hasPrefix("Peru | decision") && $0.hasSuffix("| Chile") }, "\(decision)")
    }

    func testPeopleFromAPlaceAreNoAct() throws {
        // A plural noun with "from" names people of a place; a place phrase is no target of the act.
        let lines = try Support.read("Troops from Peru arrived in Chile. A speech by Ana Lopez in Chile was cheered.")
        XCTAssertFalse(lines.contains { $0.contains("troops") || $0.contains("speech") }, "\(lines)")
    }

    func testAPathTopicOrPassiveAgentIsNoAct() throws {
        // "from X to Y" is a route; "a speech on X" a topic; "joined at the launch by X" the verb's agent.
        let lines = try Support.read("A flight from Peru to Chile was delayed. A speech by Ana Lopez on Initech Holdings was cheered. "
            + "Lena Vogt was joined at the launch by Tom Brandt and Mara Quill.")
        XCTAssertFalse(lines.contains { $0.contains("flight") || $0.contains("speech") || $0.contains("launch") }, "\(lines)")
    }

    func testForBeforeAPersonOrCountryEndsTheDoersName() throws {
        // "Tottenham for Andy Reid" and "Chile for Bolivia" are two actors each, not one name.
        XCTAssertTrue(try Support.read("Rovers received a bid from Tottenham for Andy Reid.").contains("Tottenham | bid for | Andy Reid"))
        XCTAssertTrue(try Support.read("Peru welcomed the support from Chile for Bolivia.").contains("Chile | support for | Bolivia"))
    }
}
