import Foundation
import XCTest
@testable import Extraction

/// End to end on the project's example article against its hand-written gold.
final class ExampleArticleTests: XCTestCase {
    private func load() throws -> (analysis: ArticleAnalysis, gold: GoldScorer, entities: String) {
        let article = Support.repositoryRoot.appendingPathComponent("Examples/articles/niger-russia.txt")
        let text = try String(contentsOf: article, encoding: .utf8)
        let gold = try String(contentsOf: Support.fixtures.appendingPathComponent("niger-russia.gold.tsv"), encoding: .utf8)
        let entities = try String(contentsOf: Support.fixtures.appendingPathComponent("niger-russia.entities.tsv"), encoding: .utf8)
        return (try Support.extractorOrFail().analyze(text, document: "niger-russia.txt"), GoldScorer(gold: gold), entities)
    }

    func testRequiredTriplesAndPrecision() throws {
        let (analysis, gold, _) = try load()
        let predictions = analysis.triples.map { ($0.subject.name, $0.relation, $0.object.name) }
        let (found, matched) = gold.score(predictions)
        let required = gold.rows.indices.filter { gold.rows[$0].required }
        let foundRequired = required.filter { found[$0] }.count
        XCTAssertEqual(required.count, 15)
        XCTAssertGreaterThanOrEqual(foundRequired, 14, "required \(foundRequired)/\(required.count)")
        let precision = Double(matched) / Double(max(1, predictions.count))
        XCTAssertGreaterThanOrEqual(precision, 0.8, "precision \(matched)/\(predictions.count)")
    }

    func testWordListFallbackWithoutTheModelStillFindsTheActors() throws {
        let article = Support.repositoryRoot.appendingPathComponent("Examples/articles/niger-russia.txt")
        let text = try String(contentsOf: article, encoding: .utf8)
        let gold = GoldScorer(gold: try String(contentsOf: Support.fixtures.appendingPathComponent("niger-russia.gold.tsv"), encoding: .utf8))
        let fallback = try ArticleExtractor(mode: .actors, pipeline: .tokenizing)
        let predictions = try fallback.triples(in: text, document: "n").map { ($0.subject.name, $0.relation, $0.object.name) }
        let (found, matched) = gold.score(predictions)
        XCTAssertGreaterThanOrEqual(gold.rows.indices.filter { gold.rows[$0].required && found[$0] }.count, 14)
        XCTAssertGreaterThanOrEqual(Double(matched) / Double(max(1, predictions.count)), 0.8)
    }

    func testEntitiesOfTheGraph() throws {
        let (analysis, _, entities) = try load()
        let byName = Dictionary(analysis.actors.map { ($0.name, $0) }, uniquingKeysWith: { first, _ in first })
        // Every listed entity is one node of the listed type.
        for line in entities.split(separator: "\n") where !line.hasPrefix("#") && !line.hasPrefix("canonical") {
            let cells = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            guard cells.count >= 2 else { continue }
            let actor = try XCTUnwrap(byName[cells[0]], "missing entity \(cells[0])")
            XCTAssertEqual(actor.type.rawValue, cells[1], cells[0])
        }
        let ecowas = try XCTUnwrap(byName["ECOWAS"])
        for alias in ["Ecowas", "Economic Community of West African Countries", "the regional body", "the West African regional bloc"] {
            XCTAssertTrue(ecowas.aliases.contains(alias), "ECOWAS lacks alias \(alias): \(ecowas.aliases)")
        }
        XCTAssertNotNil(byName["Niger"])
        XCTAssertNotNil(byName["Nigeria"])
        XCTAssertFalse(try XCTUnwrap(byName["Niger"]).aliases.contains { $0.contains("Nigeria") })
        XCTAssertFalse(try XCTUnwrap(byName["Nigeria"]).aliases.contains { $0 == "Niger" || $0.contains("Nigerien") })
        let forbidden = ["Regional Implications", "Discover", "Subscribe", "Pluboard", "He", "it", "their", "Regional"]
        for actor in analysis.actors {
            for word in forbidden {
                XCTAssertFalse(([actor.name] + actor.aliases).contains { $0 == word || $0.contains("Pluboard") || $0.contains("Implications") },
                               "forbidden node or alias \(actor.name): \(word)")
            }
        }
    }
}
