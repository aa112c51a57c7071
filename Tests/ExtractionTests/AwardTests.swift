import XCTest
@testable import Extraction

/// Named awards and prize ceremonies are nodes of type `work`, which actors win, present and are nominated for.
final class AwardTests: XCTestCase {
    func testNamedPrizesAreWorkNodes() throws {
        let text = "The painter Rosa Lind won the Kestrel Prize in Glasgow. Comedian Ivo Marsh presented the Silver Lantern awards."
        let types = try Support.types(text)
        XCTAssertEqual(types["Kestrel Prize"], .work, "\(types)")
        XCTAssertEqual(types["Silver Lantern awards"], .work, "\(types)")
    }

    func testWinningAndPresentingAnAwardAreTriples() throws {
        let lines = try Support.read("Rosa Lind won the Kestrel Prize. Ivo Marsh presented the Silver Lantern awards.")
        XCTAssertTrue(lines.contains { $0.contains("Rosa Lind") && $0.contains("Kestrel Prize") }, "\(lines)")
        XCTAssertTrue(lines.contains { $0.contains("Ivo Marsh") && $0.contains("Silver Lantern awards") }, "\(lines)")
    }

    func testABareOscarIsTheAwardOnlyWhereWrittenAsOne() throws {
        let award = try Support.types("Actress Mira Caldwell won an Oscar for the role.")
        XCTAssertEqual(award["Oscar"], .work, "\(award)")
        let nomination = try Support.types("Mira Caldwell earned an Oscar nomination last year.")
        XCTAssertEqual(nomination["Oscar"], .work, "\(nomination)")
        // A given name before a surname or a verb is still a person.
        let person = try Support.types("Oscar Delmont met Mira Caldwell in Paris.")
        XCTAssertEqual(person["Oscar Delmont"], .person, "\(person)")
        XCTAssertNotEqual(try Support.types("Oscar said the band would tour.")["Oscar"], .work)
    }

    func testUnambiguousAwardNamesAndCeremoniesOfSport() throws {
        XCTAssertEqual(try Support.types("Jon Hale won a Bafta in 2003.")["Bafta"], .work)
        // Sporting events stay events: neither the tournament nor its trophy is a node.
        XCTAssertTrue(try Support.actors("Tony Roche won the Davis Cup.").allSatisfy { !$0.contains("Cup") })
    }
}

/// An award's name before a person noun qualifies the person ("Oscar hopeful X"): no award node there.
final class AwardModifierTests: XCTestCase {
    func testAnAwardBeforeHopefulOrWinnerIsNoNode() throws {
        let lines = try Support.read("Oscar hopeful Mira Caldwell praised the film Blue Harbour.")
        XCTAssertFalse(lines.contains { $0.hasPrefix("Oscar |") }, "\(lines)")
        XCTAssertNil(try Support.types("Bafta winner Jon Hale joined the cast.")["Bafta"])
    }
}
