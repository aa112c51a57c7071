import XCTest
@testable import Extraction

/// Laws and treaties, listed groupings with digits, and institutions named "X of Y" are actors.
final class InstitutionNameTests: XCTestCase {
    func testLawsAndTreatiesAreNodes() throws {
        let lines = try Support.read("Governor Maria Lopez signed the Clean Water Protection Act on Tuesday. "
            + "Norway left the Oslo Fisheries Agreement. Ghana criticised the Lome Protocol.")
        XCTAssertTrue(lines.contains("Maria Lopez | sign | Clean Water Protection Act"), "\(lines)")
        XCTAssertTrue(lines.contains("Norway | leave | Oslo Fisheries Agreement"), "\(lines)")
        XCTAssertTrue(lines.contains("Ghana | criticise | Lome Protocol"), "\(lines)")
    }

    func testOtherEventsStayOutAndABareLawWordIsNoName() throws {
        // Elections, summits and budgets are events, and "Bill" alone is a given name or a noun.
        let names = try Support.actors("Labour won the General Election. Chile attended the Lima Summit. "
            + "Peru signed the Act. Bill Tanner criticised Peru.")
        XCTAssertFalse(names.contains { $0.hasSuffix("Election") || $0.hasSuffix("Summit") || $0 == "Act" }, "\(names)")
        XCTAssertTrue(names.contains("Bill Tanner"), "\(names)")
    }

    func testListedGroupingsWithDigitsAreActors() throws {
        let lines = try Support.read("The G20 urged Brazil to cut tariffs.")
        XCTAssertTrue(lines.contains("G20 | urge | Brazil"), "\(lines)")
        // A road or a car model of one letter and digits is not a listed name.
        XCTAssertFalse(try Support.actors("The A1 was closed near Leeds.").contains("A1"))
    }

    func testAnInstitutionsHeadNounBeforeOfOutranksATitleAtTheEnd() throws {
        // "Justice" and "Defence" are title words, but "Court of" and "Ministry of" make organisations.
        let lines = try Support.read("The Appeals Court of Justice fined Vodafone. The Ministry of Defence criticised Thales.")
        XCTAssertTrue(lines.contains("Appeals Court of Justice | fine | Vodafone"), "\(lines)")
        XCTAssertTrue(lines.contains("Ministry of Defence | criticise | Thales"), "\(lines)")
    }

    func testOneCapitalBeforeAHyphenOpensAName() throws {
        // The tokenizer splits "T-Mobile" as EWT does; the letter must not be dropped as a one-letter word.
        let lines = try Support.read("Mr Jacobsen tried to hack T-Mobile's network.")
        XCTAssertTrue(lines.contains("Jacobsen | try to hack network of | T-Mobile"), "\(lines)")
        XCTAssertTrue(try Support.actors("Vodafone and T-Systems agreed a deal.").contains("T-Systems"))
        // Spaced or lower-case parts are not joined: "A - Levels" is no name, nor is "U-turn".
        let names = try Support.actors("Vodafone made a U-turn. Grades in A - Levels rose at Eton.")
        XCTAssertFalse(names.contains { $0.hasPrefix("U-") || $0.hasPrefix("A ") || $0.hasPrefix("A-") }, "\(names)")
    }

    func testTheBeforeANameWithOfIsPartOfNoDescription() throws {
        // "the Bank" would be a description of the last bank named; "the Bank of Harrow" is a name.
        let bank = try Support.read("Anna Varga, chief economist at Pell Securities, criticised the Bank of Harrow.")
        XCTAssertTrue(bank.contains("Anna Varga | criticise | Bank of Harrow"), "\(bank)")
        XCTAssertFalse(bank.contains { $0.hasSuffix("| Pell Securities") && !$0.contains("economist") }, "\(bank)")
    }
}
