import XCTest
@testable import Graphviz

final class RelationClassTests: XCTestCase {
    /// The documented lexicon (docs/relation-classes.md), one row per rule family.
    func testLexiconTable() {
        let table: [(String, RelationClass)] = [
            ("say", .statement), ("announce on", .statement), ("quote", .statement), ("respond to move of", .statement),
            ("meet", .consult), ("visit", .consult), ("talk to", .consult), ("hold talks with", .consult),
            ("dispatch delegation to", .consult), ("send envoy to", .consult), ("praise", .consult),
            ("support", .cooperate), ("aid", .cooperate), ("send troops to", .cooperate), ("deliver", .cooperate),
            ("provide training to", .cooperate), ("sign deal with", .cooperate), ("strengthen ties with", .cooperate),
            ("lift sanctions on", .cooperate), ("ease embargo on", .cooperate), ("restore ties with", .cooperate),
            ("withdraw troops from", .cooperate), ("reopen border with", .cooperate),
            ("threaten to leave", .demand), ("demand", .demand), ("warn", .demand), ("urge", .demand),
            ("call for", .demand), ("accuse", .demand), ("condemn", .demand), ("reject", .demand),
            ("sanction", .sanction), ("impose sanctions on", .sanction), ("expel", .sanction), ("suspend", .sanction),
            ("cut ties with", .sanction), ("sever relations with", .sanction), ("leave", .sanction),
            ("withdraw from", .sanction), ("recall ambassador from", .sanction), ("close border with", .sanction),
            ("suspend aid to", .sanction), ("withdraw support for", .sanction),
            ("attack", .coerce), ("oust government of", .coerce), ("arrest", .coerce), ("detain", .coerce),
            ("invade", .coerce), ("declare war on", .coerce), ("fight", .coerce),
            ("lead", .unclassified), ("arrive in", .unclassified), ("specialist for", .unclassified), ("", .unclassified),
        ]
        for (relation, expected) in table {
            XCTAssertEqual(RelationClass.classify(relation), expected, "'\(relation)'")
        }
    }

    func testInflectedAndCasedFormsClassifyLikeLemmas() {
        XCTAssertEqual(RelationClass.classify("Threatened"), .demand)
        XCTAssertEqual(RelationClass.classify("lifted sanctions on"), .cooperate)
        XCTAssertEqual(RelationClass.classify("imposes sanctions on"), .sanction)
        XCTAssertEqual(RelationClass.classify("stopped"), .unclassified)
        XCTAssertEqual(RelationClass.classify("arrested"), .coerce)
        XCTAssertEqual(RelationClass.classify("criticizing"), .demand)
    }

    func testQuadClasses() {
        XCTAssertEqual(RelationClass.consult.quadClass, .verbalCooperation)
        XCTAssertEqual(RelationClass.statement.quadClass, .verbalCooperation)
        XCTAssertEqual(RelationClass.cooperate.quadClass, .materialCooperation)
        XCTAssertEqual(RelationClass.demand.quadClass, .verbalConflict)
        XCTAssertEqual(RelationClass.sanction.quadClass, .materialConflict)
        XCTAssertEqual(RelationClass.coerce.quadClass, .materialConflict)
        XCTAssertNil(RelationClass.unclassified.quadClass)
        XCTAssertEqual(Set(RelationClass.allCases.map(\.color)).count, RelationClass.allCases.count, "colours differ")
    }
}
