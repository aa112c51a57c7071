import Foundation
import XCTest

/// The fixture pages, feeds and dumps under Fixtures/.
enum FixtureFiles {
    static func url(_ name: String) throws -> URL {
        guard let base = Bundle.module.resourceURL else { throw XCTSkip("no resource bundle") }
        return base.appendingPathComponent("Fixtures").appendingPathComponent(name)
    }

    static func bytes(_ name: String) throws -> [UInt8] { [UInt8](try Data(contentsOf: try url(name))) }

    static func text(_ name: String) throws -> String { String(decoding: try bytes(name), as: UTF8.self) }
}
