import Foundation
import XCTest
@testable import NLP

final class ModelFileTests: XCTestCase {
    private func temporaryPath(_ name: String) -> String {
        NSTemporaryDirectory() + "ngmodel-\(ProcessInfo.processInfo.processIdentifier)-\(name)"
    }

    func testBundledModelLoadsAndRoundTrips() throws {
        let model = try NLPModel.bundled()
        let bytes = model.serialized()
        let again = try NLPModel.decode(bytes, path: "memory")
        XCTAssertEqual(again.serialized(), bytes)
    }

    func testCorruptModelsAreErrorsNotCrashes() throws {
        let bytes = try NLPModel.bundled().serialized()
        var flipped = bytes
        flipped[bytes.count / 2] ^= 0x5A
        let cases: [(String, [UInt8])] = [
            ("empty", []),
            ("not a model", Array("hello world, this is not a model file".utf8)),
            ("truncated", Array(bytes.prefix(bytes.count / 3))),
            ("flipped byte", flipped),
            ("header only", Array(bytes.prefix(28))),
        ]
        for (name, data) in cases {
            XCTAssertThrowsError(try NLPModel.decode(data, path: name), name) { error in
                guard case let NLPError.corruptModel(path, _) = error else { return XCTFail("\(name): \(error)") }
                XCTAssertEqual(path, name)
            }
        }
    }

    func testMissingModelFileIsModelNotFound() {
        XCTAssertThrowsError(try NLPModel.load(path: "/nonexistent/english.ngmodel")) { error in
            XCTAssertEqual(error as? NLPError, .modelNotFound("/nonexistent/english.ngmodel"))
        }
    }

    func testWrittenFileLoadsBack() throws {
        let path = temporaryPath("write")
        defer { try? FileManager.default.removeItem(atPath: path) }
        let model = try NLPModel.bundled()
        try model.write(to: path)
        let loaded = try NLPModel.load(path: path)
        let words = ["Russia", "signed", "the", "deal", "."]
        XCTAssertEqual(loaded.analyze(words), model.analyze(words))
    }
}
