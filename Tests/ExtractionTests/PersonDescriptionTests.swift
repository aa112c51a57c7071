import XCTest
@testable import Extraction

/// Descriptions of a person with no holder in them ("the prime minister", "the 28-year-old", "her husband"):
/// the one person the article introduced with those words, never a guess. Sentences written for these tests.
final class PersonDescriptionTests: XCTestCase {
    func testARoleStandsForThePersonIntroducedWithIt() throws {
        let lines = try Support.read("On Monday Prime Minister Jane Roe met union leaders in Leeds. Later the prime minister criticised Tom Reed.")
        XCTAssertTrue(lines.contains("Jane Roe | criticise | Tom Reed"), "\(lines)")
        // A title opening the sentence.
        let opening = try Support.read("Prime Minister Jane Roe met union leaders in Leeds on Monday. Later the prime minister criticised Tom Reed.")
        XCTAssertTrue(opening.contains("Jane Roe | criticise | Tom Reed"), "\(opening)")
        // The role after the name, in apposition.
        let after = try Support.read("Omar Haddad, the chief executive, spoke in Leeds. On Tuesday the chief executive sued Varga Industries.")
        XCTAssertTrue(after.contains("Omar Haddad | sue | Varga Industries"), "\(after)")
    }

    func testAPerformerNounAndANationalityBeforeIt() throws {
        let lines = try Support.read("Larkspur Records signed singer Dana Velez in May. The American singer has since sued Varga Industries.")
        XCTAssertTrue(lines.contains("Dana Velez | sue | Varga Industries"), "\(lines)")
    }

    func testTwoPeopleWithTheRoleMeanNobody() throws {
        let lines = try Support.read("Foreign Minister Jane Roe met Defence Minister Tom Reed. Later the minister criticised Dan Colby.")
        XCTAssertFalse(lines.contains { $0.hasSuffix("| criticise | Dan Colby") }, "\(lines)")
        // A former holder is someone else: the current one is still the only one introduced so.
        let former = try Support.read("On Monday Prime Minister Jane Roe met former prime minister Tom Reed. Later the prime minister criticised Dan Colby.")
        XCTAssertTrue(former.contains("Jane Roe | criticise | Dan Colby"), "\(former)")
    }

    func testNobodyIntroducedWithTheRoleMeansNobody() throws {
        let lines = try Support.read("Jane Roe met union leaders in Leeds on Monday. Later the prime minister criticised Tom Reed.")
        XCTAssertFalse(lines.contains { $0.hasSuffix("| criticise | Tom Reed") }, "\(lines)")
    }

    func testAnAgeStandsForThePersonGivenThatAge() throws {
        let lines = try Support.read("Kim Lee, 28, arrived in Doha as the fourth seed. The 28-year-old will play Ana Ruiz in the final.")
        XCTAssertTrue(lines.contains("Kim Lee | play | Ana Ruiz"), "\(lines)")
        let before = try Support.read("Ana Ruiz faced 19-year-old Kim Lee in Doha. The 19-year-old will play Tom Reed next.")
        XCTAssertTrue(before.contains("Kim Lee | play | Tom Reed"), "\(before)")
        // No one was given that age.
        let none = try Support.read("Kim Lee arrived in Doha as the fourth seed. The 23-year-old will play Ana Ruiz in the final.")
        XCTAssertFalse(none.contains { $0.hasSuffix("| play | Ana Ruiz") }, "\(none)")
    }

    func testASpouseStandsForTheSpouseNamedBefore() throws {
        let lines = try Support.read("Dana Velez's husband, Marco Bell, was in Paris on Friday. Her husband directed Blue Harbour for Larkspur Films.")
        XCTAssertTrue(lines.contains { $0.hasPrefix("Marco Bell | direct") }, "\(lines)")
        let none = try Support.read("Dana Velez was in Paris on Friday. Her husband sued Larkspur Films.")
        XCTAssertFalse(none.contains { $0.hasSuffix("| sue | Larkspur Films") }, "\(none)")
    }

    func testARoleOfSomeoneNamedAfterItIsNoDescription() throws {
        // "the director of the museum" may be anyone's director.
        let lines = try Support.read("Director Omar Haddad left Leeds. The director of the museum sued Varga Industries.")
        XCTAssertFalse(lines.contains("Omar Haddad | sue | Varga Industries"), "\(lines)")
    }

    func testWithNoIntroductionTheOnlyPersonOfTheSentenceBeforeIsMeant() throws {
        let lines = try Support.read("Mr Tom Reed won in Doha on Friday. The 25-year-old will play Ana Ruiz on Sunday.")
        XCTAssertTrue(lines.contains("Tom Reed | play | Ana Ruiz"), "\(lines)")
        // Two people in the sentence before: either may be meant.
        let two = try Support.read("Mr Tom Reed lost to Mr Dan Colby in Doha. The 25-year-old will play Ana Ruiz on Sunday.")
        XCTAssertFalse(two.contains { $0.hasSuffix("| play | Ana Ruiz") }, "\(two)")
    }

    func testAnAppositionOrACopulaIsNoDescription() throws {
        // "X is the best striker" says what X is; the description must not take the object's place.
        let lines = try Support.read("Striker Tom Reed joined Harlow Town. Dan Colby is the best striker in Larkspur United.")
        XCTAssertFalse(lines.contains { $0.hasPrefix("Tom Reed") && $0.contains("Larkspur") }, "\(lines)")
    }
}
