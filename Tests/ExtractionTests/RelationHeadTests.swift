import XCTest
@testable import Extraction

/// A relation is headed by a verb: a noun naming a work or a person is no relation on its own.
final class RelationHeadTests: XCTestCase {
    func testAPersonsWorkIsWrittenRecordedOrMade() throws {
        XCTAssertTrue(try Support.read("Critics praised Rosa Lind's novel Blue Harbour.").contains("Rosa Lind | write novel | Blue Harbour"))
        XCTAssertEqual(try Support.read("Rosa Lind's album Blue Harbour topped the chart."), ["Rosa Lind | record album | Blue Harbour"])
        XCTAssertEqual(try Support.read("Rosa Lind's family comedy Blue Harbour fell to second place."), ["Rosa Lind | make comedy | Blue Harbour"])
    }

    func testAPersonNounIsNoVerbWhateverItsTag() throws {
        let tribute = try Support.read("Kofi Mensah paid tribute to actor Amina Bello at a funeral in Accra.")
        XCTAssertFalse(tribute.contains { $0.contains("| actor |") }, "\(tribute)")
        let replaced = try Support.read("Ghana will replace former Accra Hearts midfielder Kofi Mensah.")
        XCTAssertFalse(replaced.contains { $0.contains("| midfielder |") }, "\(replaced)")
    }

    func testRoleWordsThatAreVerbsStayVerbs() throws {
        XCTAssertEqual(try Support.read("Kofi Mensah will captain Ghana."), ["Kofi Mensah | captain | Ghana"])
        XCTAssertEqual(try Support.read("Amina Bello heads Acme Holdings."), ["Amina Bello | head | Acme Holdings"])
    }
}
