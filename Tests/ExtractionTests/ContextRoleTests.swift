import XCTest
@testable import Extraction

/// Positions whose organisation the sentence leaves to the article, or puts after the name; on sentences written
/// for these tests.
final class ContextRoleTests: XCTestCase {
    func testABareCorporateRoleBelongsToTheArticlesCompany() throws {
        let text = "Shares in Velmora Foods fell sharply on Monday. Velmora Foods blamed the weather. "
            + "The pair are chief executive Tom Brack and finance director Ann Holt."
        let lines = try Support.read(text)
        XCTAssertTrue(lines.contains("Tom Brack | chief executive of | Velmora Foods"), "\(lines)")
        XCTAssertTrue(lines.contains("Ann Holt | finance director of | Velmora Foods"), "\(lines)")
    }

    func testABareRoleNeedsACorporateHeadAndANearCompany() throws {
        // A spokesman speaks for parties and states as often as firms; a former post says nothing of the firm.
        let text = "Velmora Foods cut 200 jobs. Spokesman Tom Brack met former chairman Ann Holt and Jo Dent."
        let lines = try Support.read(text)
        XCTAssertFalse(lines.contains { $0.contains("Velmora Foods") }, "\(lines)")
        // Five sentences after the firm was last named, the role is no longer read as its.
        let far = "Velmora Foods cut jobs. Prices rose. Rain fell. Trade slowed. Sales fell. Costs rose. "
            + "Chief executive Tom Brack met Jo Dent."
        XCTAssertFalse(try Support.read(far).contains { $0.contains("Velmora Foods") })
    }

    func testAnotherOrganisationInTheSentenceBlocksTheContext() throws {
        let text = "Velmora Foods cut jobs. Velmora Foods closed a plant. Chief executive Tom Brack joined Orlan Bank on Monday."
        let lines = try Support.read(text)
        XCTAssertFalse(lines.contains { $0.hasPrefix("Tom Brack | chief executive of") }, "\(lines)")
    }

    func testARoleWithTheEmployerAfterTheName() throws {
        let lines = try Support.read("\"Prices will fall,\" said economist Dana Pruitt at Harwell Capital Markets.")
        XCTAssertTrue(lines.contains("Dana Pruitt | economist at | Harwell Capital Markets"), "\(lines)")
        // A place after "at" is where the person was, not an employer.
        let place = try Support.read("Analyst Dana Pruitt at London spoke to Reuters.")
        XCTAssertFalse(place.contains { $0.contains("analyst at") }, "\(place)")
    }
}

/// The employer in an aside after the name, and "Its <role>, X" after an untyped institution.
final class AsideEmployerTests: XCTestCase {
    func testACommaAtAnOrganisationIsTheEmployer() throws {
        let lines = try Support.read("\"Demand is slowing,\" said Mark Oyelaran, at Brenton Capital Markets.")
        XCTAssertTrue(lines.contains("Mark Oyelaran | at | Brenton Capital Markets"), "\(lines)")
        let place = try Support.read("\"We won,\" said Mark Oyelaran, at Wembley, to Sky Sports.")
        XCTAssertFalse(place.contains { $0.contains("| at | Wembley") }, "\(place)")
    }

    func testItsRoleAfterAnUntypedInstitution() throws {
        let text = "On Monday, Silver Lantern argued care was underfunded. Its director general, Gordon Pellow, said the plans would fail."
        let lines = try Support.read(text)
        XCTAssertTrue(lines.contains("Gordon Pellow | director general of | Silver Lantern"), "\(lines)")
        // A person named as the subject is no "it".
        let person = "Mark Pellow argued care was underfunded. Its director general, Ann Brisk, said the plans would fail."
        XCTAssertFalse(try Support.read(person).contains { $0.contains("Mark Pellow") })
        let striker = try Support.read("Striker Novo scored twice. It ended Kelso's unbeaten run at Dunmore Park.")
        XCTAssertFalse(striker.contains { $0.hasPrefix("Striker Novo") || $0.hasPrefix("Novo") }, "\(striker)")
    }
}

/// Where the context gives no organisation, or another one stands in the sentence.
final class ContextRoleLimitTests: XCTestCase {
    func testAnotherNameInTheSentenceMayBeTheEmployer() throws {
        let text = "Dorvale sold its stake in Ambry Lines. Dorvale shares rose. Ambry Lines was pleased. Ambry Lines grew. "
            + "\"We can rebuild Dorvale,\" said chief executive Alan Lowry."
        XCTAssertFalse(try Support.read(text).contains { $0.contains("chief executive of | Ambry Lines") })
    }

    func testALoneDirectorMayDirectFilms() throws {
        let text = "Harbour Lights won praise. Harbour Lights opened in May. She starred in director Sam Mendes' film debut."
        XCTAssertFalse(try Support.read(text).contains { $0.contains("director of") })
    }
}
