import XCTest
@testable import Extraction

/// Titles of works and sporting events are capitalised like names but are no actors.
final class WorkTitleTests: XCTestCase {
    func testTitlesAfterAWorkNounAreWorks() throws {
        let text = "Annette Bening, the star of the film Being Julia, beat Imelda Staunton. "
            + "She presented the children’s programme Number 73 and Motormouth before she joined the BBC."
        let names = try Support.actors(text)
        XCTAssertTrue(names.contains("Annette Bening"), "\(names)")
        XCTAssertTrue(names.contains("Imelda Staunton"), "\(names)")
        for fragment in ["Julia", "Number", "Motormouth"] { XCTAssertFalse(names.contains(fragment), "\(fragment) in \(names)") }
        // A title is a node of its own type: no person, and no pronoun's antecedent.
        let types = try Support.types(text)
        XCTAssertEqual(types["Being Julia"], .work, "\(types)")
        XCTAssertEqual(types["Number 73 and Motormouth"], .work, "\(types)")
    }

    func testAVerbOrAdjectiveIsNoWorkNoun() throws {
        // "show" as a verb and "single" as an adjective announce no title.
        let names = try Support.actors("Polls show Labour ahead of the Conservatives. The single European currency helped Germany.")
        XCTAssertTrue(names.contains("Labour Party") || names.contains("Labour"), "\(names)")
        XCTAssertTrue(names.contains("Germany"), "\(names)")
    }

    func testATitleStopsBeforeAPersonAfterAnd() throws {
        let names = try Support.actors("The cast of the film Vera Drake and Mike Leigh were praised by Kate Winslet.")
        XCTAssertTrue(names.contains("Mike Leigh"), "\(names)")
        XCTAssertEqual(try Support.types("The cast of the film Vera Drake and Mike Leigh were praised by Kate Winslet.")["Vera Drake"], .work)
    }

    func testSportingEventsAreNotActors() throws {
        let lines = try Support.read("Tony Roche won the French Open and coached Lleyton Hewitt at the US Open.")
        XCTAssertFalse(lines.contains { $0.contains("Open") }, "\(lines)")
        XCTAssertTrue(try Support.actors("Tony Roche won the French Open.").allSatisfy { !$0.contains("Open") })
    }
}

/// Titles recognised once stay titles in the whole article, and a description after a name can make it one.
final class WorkTitleSpreadTests: XCTestCase {
    func testATitleAnnouncedOnceIsATitleEverywhere() throws {
        let names = try Support.actors("Disney released the film National Treasure in November. "
            + "National Treasure, which stars Nicolas Cage, has been made by Disney Studios.")
        XCTAssertFalse(names.contains { $0.contains("Treasure") && $0 != "National Treasure" }, "\(names)")
        XCTAssertTrue(names.contains("Nicolas Cage"), "\(names)")
        XCTAssertEqual(try Support.types("Disney released the film National Treasure. National Treasure, which stars Nicolas Cage, did well.")["National Treasure"], .work)
    }

    func testADescriptionAfterANameMakesItATitle() throws {
        let names = try Support.actors("Small Island, Levy's fourth novel, is set in London. Mel Gibson, star of the film, met Tony Blair.")
        XCTAssertFalse(names.contains { $0.contains("Island") && $0 != "Small Island" }, "\(names)")
        XCTAssertTrue(names.contains("Mel Gibson"), "\(names)")
    }

    func testAPossessorOfATitleIsNoObject() throws {
        // "recorded a version of Eric Clapton's hit Tears In Heaven": Clapton is not what was recorded; the song,
        // a work node, is. Clapton is the song's maker ("X's hit Y", as "X's film Y").
        let lines = try Support.read("Elton John recorded a version of Eric Clapton's 1991 hit Tears In Heaven.")
        XCTAssertTrue(lines.contains("Elton John | record version of | Tears In Heaven"), "\(lines)")
        XCTAssertFalse(lines.contains { $0.hasSuffix("| Eric Clapton") }, "\(lines)")
        XCTAssertEqual(lines.filter { $0.contains("Clapton") }, ["Eric Clapton | record hit | Tears In Heaven"])
        XCTAssertFalse(lines.contains { $0.contains("Tears") && !$0.hasSuffix("| Tears In Heaven") }, "\(lines)")
    }
}

/// A person or place right after a work noun is the next actor, not a title.
final class WorkTitleBoundaryTests: XCTestCase {
    func testAPersonAfterAWorkNounIsNoTitle() throws {
        let text = "In Mr Peston's book Mr Brown is alleged to have told Tony Blair he would stay. "
            + "Mr Brown, meanwhile, is visiting Tanzania and Kenya."
        let lines = try Support.read(text)
        XCTAssertTrue(lines.contains("Gordon Brown | visit | Tanzania") || lines.contains("Brown | visit | Tanzania"), "\(lines)")
        let names = try Support.actors("On the Today programme Mr Johnson met Doug Smith.")
        XCTAssertTrue(names.contains { $0.contains("Johnson") }, "\(names)")
    }
}

/// A sentence-initial adjective opens a name when the article writes the same name mid-sentence.
final class SentenceStartNameTests: XCTestCase {
    func testANameSeenMidSentenceKeepsItsFirstWordAtASentenceStart() throws {
        let text = "Games firm Electronic Arts had a good year. Electronic Arts was named top publisher, taking the crown from Nintendo."
        let lines = try Support.read(text)
        XCTAssertTrue(lines.contains("Electronic Arts | take crown from | Nintendo"), "\(lines)")
        XCTAssertEqual(try Support.read("New Zealand beat Australia in Sydney."), ["New Zealand | beat | Australia"])
        let roxy = try Support.read("Roxy Music will play in London. Roxy Music were formed by Bryan Ferry and Brian Eno.")
        XCTAssertTrue(roxy.contains("Bryan Ferry | form | Roxy Music"), "\(roxy)")
        XCTAssertTrue(try Support.read("The Barbarians defeated the All Blacks in Cardiff.").contains("Barbarians | defeat | All Blacks"))
        // "Arts" names a firm or an order, so the adjective before it opens the name even without that evidence.
        XCTAssertTrue(try Support.read("Digital Arts was named publisher of the year, taking the crown from Nintendo.")
            .contains("Digital Arts | take crown from | Nintendo"))
        XCTAssertTrue(try Support.read("Ana Lopez was made an officer in the Order of Arts and Sciences, one of Peru's highest honours.")
            .contains("Ana Lopez | be made officer in | Order of Arts and Sciences"))
        // Without the article's evidence, a capitalised adjective stays outside the name.
        XCTAssertFalse(try Support.actors("Senior Labour figures met Tony Blair.").contains { $0.hasPrefix("Senior") })
    }
}

/// Numbers that finish a title's name ("Doom 3"); sentences written for these tests.
final class SequelNumberTests: XCTestCase {
    func testASmallNumberOrRomanNumeralAfterANameIsPartOfIt() throws {
        let names = try Support.actors("The Vandal Prize went to Moon Quest 2. Lena Vogt played Richard III in Oslo.")
        XCTAssertTrue(names.contains("Moon Quest 2"), "\(names)")
        XCTAssertTrue(names.contains("Richard III"), "\(names)")
    }

    func testAScoreLineKeepsItsNumbersOut() throws {
        let names = try Support.actors("Riverton Rovers 2 Lakeside United 1 was the final score, and Lakeside United appealed.")
        XCTAssertFalse(names.contains { $0.hasSuffix(" 1") || $0.hasSuffix(" 2") }, "\(names)")
    }
}

/// Works as nodes with the relations stated through them; sentences written for these tests.
final class WorkNodeTests: XCTestCase {
    func testARoleInAWorkRelatesTheActorToIt() throws {
        let lines = try Support.read("Mara Quill won praise for her role in the film Silver Orchard.")
        XCTAssertTrue(lines.contains("Mara Quill | role in | Silver Orchard"), "\(lines)")
    }

    func testAYearsPossessiveAnnouncesATitle() throws {
        let types = try Support.types("Tom Brandt starred in 1997's Winter Harbour Lights and won a prize.")
        XCTAssertEqual(types["Winter Harbour Lights"], .work, "\(types)")
        XCTAssertTrue(try Support.actors("Tom Brandt had a role in Dogs Don't Dance.").contains("Dogs Don't Dance"))
    }

    func testAWorkIsNoPronounsPerson() throws {
        let lines = try Support.read("Mara Quill starred in the film Silver Orchard. Silver Orchard was a hit, and she married Tom Brandt.")
        XCTAssertFalse(lines.contains { $0.hasPrefix("Silver Orchard | marry") }, "\(lines)")
    }
}
