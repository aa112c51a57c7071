import Foundation
import XCTest
@testable import Extraction

/// Shared helpers: one extractor per process and compact views of triples.
enum Support {
    static let extractor: Result<ArticleExtractor, Error> = Result {
        if ProcessInfo.processInfo.environment["NEWSGRAPH_PIPELINE"] == "tokenizing" {
            return try ArticleExtractor(mode: .actors, pipeline: .tokenizing)
        }
        if ProcessInfo.processInfo.environment["NEWSGRAPH_PIPELINE"] == "english" {
            return try ArticleExtractor(mode: .actors, pipeline: .english())
        }
        if let name = ProcessInfo.processInfo.environment["NEWSGRAPH_READING"], let reading = PatternTripleExtractor.Reading(rawValue: name) {
            return try ArticleExtractor(mode: .actors, pipeline: .english(), reading: reading)
        }
        return try ArticleExtractor()
    }

    static func extractorOrFail() throws -> ArticleExtractor { try extractor.get() }

    /// "subject | relation | object" lines, the form most assertions compare.
    static func lines(_ triples: [Triple]) -> [String] {
        triples.map { "\($0.subject.name) | \($0.relation) | \($0.object.name)" }
    }

    /// The triples of `text` as lines.
    static func read(_ text: String) throws -> [String] {
        lines(try extractorOrFail().triples(in: text, document: "test"))
    }

    /// The names of every actor resolved in `text`, in or out of a triple.
    static func actors(_ text: String) throws -> [String] {
        try extractorOrFail().analyze(text, document: "test").actors.map(\.name)
    }

    /// The type of every actor resolved in `text`, by name.
    static func types(_ text: String) throws -> [String: EntityType] {
        Dictionary(try extractorOrFail().analyze(text, document: "test").actors.map { ($0.name, $0.type) }, uniquingKeysWith: { a, _ in a })
    }

    /// The repository root, found from this file's path.
    static var repositoryRoot: URL {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    }

    static var fixtures: URL {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures")
    }
}
