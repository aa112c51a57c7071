import XCTest
@testable import Extraction

/// Given names from the census list type people and mark their sex; firms' words outweigh them. Invented sentences.
final class GivenNameTests: XCTestCase {
    func testCensusNamesTypePeopleButNotFirms() throws {
        // "Carolyn" and "Quentin" are in no NER corpus list; the census knows them.
        let types = try Support.types("Carolyn Varga met Quentin Osei in Lagos on Monday.")
        XCTAssertEqual(types["Carolyn Varga"], .person, "\(types)")
        XCTAssertEqual(types["Quentin Osei"], .person, "\(types)")
        // A firm's word in the run wins over the given name that opens it.
        let firm = try Support.types("Marquis Investment Research cut its forecast on Monday.")
        XCTAssertNotEqual(firm["Marquis Investment Research"], .person, "\(firm)")
        let bank = try Support.types("Morgan Stanley cut its forecast on Monday.")
        XCTAssertEqual(bank["Morgan Stanley"], .organization, "\(bank)")
    }

    func testCensusSexKeepsShePointingAtTheWoman() throws {
        let resolver = EntityResolver(gazetteer: try Gazetteer.bundled())
        XCTAssertEqual(resolver.gender(ofGivenNameIn: "Carolyn Varga"), "f")
        XCTAssertEqual(resolver.gender(ofGivenNameIn: "Quentin Osei"), "m")
        // Names one sex bears in the US and the other elsewhere say nothing.
        XCTAssertNil(resolver.gender(ofGivenNameIn: "Andrea Rossi"))
    }

    func testACharacterPlayedIsNoAntecedent() throws {
        // "as troubled Carolyn Varga" names a role played; "her" goes on with the actress the story is about.
        let text = """
            Headline about a film

            Laura Lenz has won praise for a string of roles. The prize went to Lenz's role as troubled Carolyn Varga in Blue Harbour. \
            Her next film pairs her with Tomas Brandt.
            """
        let lines = try Support.read(text)
        XCTAssertFalse(lines.contains { $0.hasPrefix("Carolyn Varga |") }, "\(lines)")
    }

    func testATitleWordAfterAGivenNameIsASurname() throws {
        let writer = try Support.read("Horror writer Stephen King sued Pell Pictures.")
        XCTAssertTrue(writer.contains("Stephen King | sue | Pell Pictures"), "\(writer)")
        let politician = try Support.read("Former prime minister John Major criticised Tony Blair.")
        XCTAssertTrue(politician.contains("John Major | criticise | Tony Blair"), "\(politician)")
        // Titles stay titles after a party word, a determiner, or before "of", and post-nominals are no surname.
        let names = try Support.actors("The Tory Leader met Mary Queen of Scots. Paul Boateng MP spoke to Tony Blair.")
        XCTAssertFalse(names.contains("Tory Leader"), "\(names)")
        XCTAssertFalse(names.contains("Mary Queen"), "\(names)")
        XCTAssertFalse(names.contains("Paul Boateng MP"), "\(names)")
    }
}
