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

    func testTheGovernmentIsAStateAlreadyCalledSo() throws {
        let text = "The Slovak government sold shares in Norvex Airways in May. Prices rose. Later the government sued Skylane Holdings."
        XCTAssertEqual(try Support.read(text), ["Slovakia | sell shares in | Norvex Airways", "Slovakia | sue | Skylane Holdings"])
        // A state only visited is not "the government" of what follows.
        XCTAssertEqual(try Support.read("Ana Lopez visited Spain on Monday. She said the government had misled Norvex Airways."),
                       ["Ana Lopez | visit | Spain"])
    }
}
