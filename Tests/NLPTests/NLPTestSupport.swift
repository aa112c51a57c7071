import Foundation
import XCTest
@testable import NLP

/// Loads the committed EWT fixture slice.
enum NLPFixtures {
    static func slice() throws -> [CoNLLUSentence] {
        guard let url = Bundle.module.url(forResource: "en_ewt-test-slice", withExtension: "conllu", subdirectory: "Fixtures") else {
            throw XCTSkip("fixture missing from the test bundle")
        }
        return try CoNLLUReader.read(path: url.path)
    }
}
