import XCTest
import Extraction
@testable import Graph

/// Memoised identity keys must be exactly the keys the rules give each record.
final class IdentityMemoTests: XCTestCase {
    private let records: [ActorRecord] = [
        ActorRecord(document: "a.txt", name: "the regional body", type: .organization),
        ActorRecord(document: "b.txt", name: "the regional body", type: .organization),
        ActorRecord(document: "a.txt", name: "Blair", type: .person),
        ActorRecord(document: "b.txt", name: "Blair", type: .person, aliases: ["Tony Blair"]),
        ActorRecord(document: "c.txt", name: "Blair", type: .person, attributes: ["title": "Mr"]),
        ActorRecord(document: "a.txt", name: "World Health Organization", type: .organization, aliases: ["WHO"]),
        ActorRecord(document: "d.txt", name: "World Health Organization", type: .organization),
        ActorRecord(document: "a.txt", name: "Caf\u{E9} Noir", type: .organization),
        ActorRecord(document: "b.txt", name: "Cafe\u{301} Noir", type: .organization),
        ActorRecord(document: "", name: "Nigeria", type: .country),
        ActorRecord(document: "e.txt", name: "Nigeria", type: .country),
        ActorRecord(document: "e.txt", name: "Yukos", type: .person),
    ]

    func testMemoisedPrimaryKeysEqualTheRules() {
        let rules = IdentityRules.standard
        var memo = IdentityMemo()
        for _ in 0..<2 {
            for record in records {
                XCTAssertEqual(memo.primaryKey(for: record, rules: rules), rules.primaryKey(for: record), "\(record)")
            }
        }
    }

    /// Keys worked out once a shape (`RecordShapes`) and re-addressed to each record's document, as the
    /// identity pass does, are the keys the rules give each record.
    func testKeysOnceAShapeInAContextEqualTheRules() {
        let rules = IdentityRules.standard
        let crossing: Set<String> = ["yukos"], surnames: Set<String> = ["blair"]
        let all = records + records.reversed()
        let shapes = RecordShapes(all)
        XCTAssertLessThan(shapes.representatives.count, all.count)
        let shapeKeys = shapes.representatives.map { rules.keys(for: $0, crossing: crossing, surnames: surnames) }
        for (index, record) in all.enumerated() {
            XCTAssertEqual(IdentityMemo.readdressed(shapeKeys[Int(shapes.shapeOf[index])], to: record.document),
                           rules.keys(for: record, crossing: crossing, surnames: surnames), "\(record)")
        }
    }

    func testCanonicallyEqualNamesSpeltDifferentlyKeepTheirOwnKeys() {
        var memo = IdentityMemo()
        let composed = memo.primaryKey(for: records[7], rules: .standard), decomposed = memo.primaryKey(for: records[8], rules: .standard)
        XCTAssertFalse(composed.value.utf8.elementsEqual(decomposed.value.utf8))
    }
}
