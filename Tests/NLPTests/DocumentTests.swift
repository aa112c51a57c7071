import XCTest
@testable import NLP

final class DocumentTests: XCTestCase {
    func testSlicerUsesUnicodeScalarOffsets() {
        let slicer = TextSlicer("Côte d’Ivoire 🇨🇮 ok")
        XCTAssertEqual(slicer.slice(0..<4), "Côte")
        XCTAssertEqual(slicer.slice(5..<13), "d’Ivoire")
        XCTAssertEqual(slicer.slice(17..<19), "ok")
    }
}
