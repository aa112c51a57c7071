import XCTest
@testable import Extraction

/// Titles of works and sporting events are capitalised like names but are no actors.
final class WorkTitleTests: XCTestCase {
    func testTitlesAfterAWorkNounAreNotActors() throws {
        let names = try Support.actors("Annette Bening, the star of the film Being Julia, beat Imelda Staunton. "
            + "She presented the children’s programme Number 73 and Motormouth before she joined the BBC.")
        XCTAssertTrue(names.contains("Annette Bening"), "\(names)")
        XCTAssertTrue(names.contains("Imelda Staunton"), "\(names)")
        for title in ["Julia", "Being Julia", "Number", "Motormouth"] { XCTAssertFalse(names.contains(title), "\(title) in \(names)") }
        XCTAssertFalse(try Support.read("But the film Being Julia has made Bening an award-winning actress.")
            .contains { $0.contains("Julia") })
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
        XCTAssertFalse(names.contains("Vera Drake"), "\(names)")
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
        XCTAssertFalse(names.contains { $0.contains("Treasure") }, "\(names)")
        XCTAssertTrue(names.contains("Nicolas Cage"), "\(names)")
    }

    func testADescriptionAfterANameMakesItATitle() throws {
        let names = try Support.actors("Small Island, Levy's fourth novel, is set in London. Mel Gibson, star of the film, met Tony Blair.")
        XCTAssertFalse(names.contains { $0.contains("Island") }, "\(names)")
        XCTAssertTrue(names.contains("Mel Gibson"), "\(names)")
    }

    func testAPossessorOfATitleIsNoObject() throws {
        // "recorded a version of Eric Clapton's hit Tears In Heaven": Clapton is not what was recorded.
        let lines = try Support.read("Elton John recorded a version of Eric Clapton's 1991 hit Tears In Heaven.")
        XCTAssertFalse(lines.contains { $0.contains("Clapton") || $0.contains("Tears") }, "\(lines)")
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
