import XCTest
@testable import Extraction

/// Definite descriptions that name a firm or a government again ("the airline", "the government"); each on
/// sentences written for these tests.
final class DescriptionTests: XCTestCase {
    func testAFirmsDescriptionMeansTheArticlesMainFirm() throws {
        let text = "Norvex Airways cut fares again. Rival carrier Skylane said it would not follow. The airline is 60% owned by the Slovak government."
        XCTAssertEqual(try Support.read(text), ["Slovakia | own | Norvex Airways"])
        // The most named firm, not the last one named.
        let main = "Kestrel Foods bought Delmar Oils last year. Delmar Oils sold one plant. Kestrel Foods grew. The company then sued Varga Industries."
        XCTAssertEqual(try Support.read(main), ["Kestrel Foods | buy | Delmar Oils", "Kestrel Foods | sue | Varga Industries"])
    }

    func testADescriptionsHeadPicksTheFirmOfItsKind() throws {
        // "the newspaper" is the paper named, not the most named firm; with no paper named, no one.
        let paper = try Support.read("Varga Industries cut 300 jobs. Varga Industries shares fell. The Morning Herald said Varga Industries had debts. The newspaper also accused Delmar Oils of price fixing.")
        XCTAssertTrue(paper.contains("Morning Herald | accuse | Delmar Oils"), "\(paper)")
        let unnamed = try Support.read("Varga Industries cut 300 jobs. Varga Industries shares fell. \"We will recover,\" Tom Reed told the newspaper.")
        XCTAssertFalse(unnamed.contains { $0.hasPrefix("Tom Reed | told") }, "\(unnamed)")
        // "the airline" prefers the airline among the firms named, even when another was named more.
        let airline = try Support.read("Kestrel Foods sponsors Harlow. Kestrel Foods grew. Vijay Rao founded Skylane Airways in May. The new airline then sued Delmar Oils.")
        XCTAssertTrue(airline.contains("Skylane Airways | sue | Delmar Oils"), "\(airline)")
        // A party is never "the firm".
        let party = try Support.read("The Green Party attacked Kestrel Foods. The Green Party said so twice. The firm then bought Delmar Oils.")
        XCTAssertTrue(party.contains("Kestrel Foods | buy | Delmar Oils"), "\(party)")
    }

    func testTheGovernmentIsAStateAlreadyCalledSo() throws {
        let text = "The Slovak government sold shares in Norvex Airways in May. Prices rose. Later the government sued Skylane Holdings."
        XCTAssertEqual(try Support.read(text), ["Slovakia | sell shares in | Norvex Airways", "Slovakia | sue | Skylane Holdings"])
        // A state only visited is not "the government" of what follows.
        XCTAssertEqual(try Support.read("Ana Lopez visited Spain on Monday. She said the government had misled Norvex Airways."),
                       ["Ana Lopez | visit | Spain"])
    }

    func testARoleAfterAHoldersNameDescribesTheLastPerson() throws {
        XCTAssertEqual(try Support.read("Tom Reed was named in the side on Monday. The Harlow flanker replaces Denis Holt, who is injured."),
                       ["Tom Reed | replace | Denis Holt", "Tom Reed | flanker of | Harlow"])
        XCTAssertEqual(try Support.read("Paul Kerr spoke at a rally in Leeds. The former Labour leader said Oxfam had been right."),
                       ["Paul Kerr | said about | Oxfam", "Paul Kerr | former leader of | Labour"])
        // A noun after the role makes it a modifier, not a person.
        XCTAssertEqual(try Support.read("Paul Kerr spoke at a rally in Leeds. The Labour member states agreed with Oxfam."), [])
    }

    func testARoleDescriptionSkipsAPersonWhoHoldsThatRoleElsewhere() throws {
        let lines = try Support.read("Green leader Anna Whitby met Paul Kerr on Friday. Later the Labour leader said the Greens were wrong.")
        XCTAssertFalse(lines.contains("Anna Whitby | leader of | Labour"), "\(lines)")
        XCTAssertTrue(lines.contains("Paul Kerr | leader of | Labour"), "\(lines)")
        // A name in the description's own sentence would have been "he": the Harlow captain is someone else.
        XCTAssertEqual(try Support.read("Dan Colby believes the Harlow captain should be a forward."), [])
    }
}
