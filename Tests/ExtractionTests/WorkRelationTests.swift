import XCTest
@testable import Extraction

/// Titles found from the words around them: a genre noun that taggers misread, acting "in" a title, a show's title
/// before its star, a product noun after a name.
final class WorkCueTests: XCTestCase {
    func testGenreNounsAnnounceTitlesWhateverTheTag() throws {
        XCTAssertEqual(try Support.types("Critics loved the 1994 gangster flick Paper Lanterns.")["Paper Lanterns"], .work)
        XCTAssertEqual(try Support.types("Jon Hale starred in the romantic comedy The Long Lunch.")["The Long Lunch"], .work)
    }

    func testATitleActedInIsAWork() throws {
        let types = try Support.types("Mira Caldwell made her name playing a con artist in The Salt Merchants.")
        XCTAssertEqual(types["The Salt Merchants"], .work, "\(types)")
        // A place after the same words stays a place.
        XCTAssertNotEqual(try Support.types("Jon Hale has played in London for ten years.")["London"], .work)
    }

    func testAShowBeforeItsStarIsAWork() throws {
        let types = try Support.types("The evening was hosted by Weekend Rota star Jenna Hollis.")
        XCTAssertEqual(types["Weekend Rota"], .work, "\(types)")
        XCTAssertNotEqual(types["Jenna Hollis"], .work, "\(types)")
        // One word before "star" is more often a place or a club.
        XCTAssertNotEqual(try Support.types("Hollywood star Jenna Hollis arrived late.")["Hollywood"], .work)
        // Nor is a nationality with a conjunction before "actor".
        XCTAssertFalse(try Support.types("And British actor Jon Hale is hoping to win.").values.contains(.work))
    }

    func testANameAfterAPerformerNounIsAPerson() throws {
        XCTAssertEqual(try Support.types("Film actress Brax Quell flew to Rome.")["Brax Quell"], .person)
        XCTAssertEqual(try Support.types("The film starred comics Ivo Brandt and Tom Verlaine.")["Ivo Brandt"], .person)
        // Untouched without the noun.
        XCTAssertNotEqual(try Support.types("Brax Quell flew to Rome.")["Brax Quell"], .person)
    }

    func testAProductNounEndsAName() throws {
        XCTAssertEqual(try Support.types("Kestrel Systems will add new tools to its Ledgerline software.")["Ledgerline software"], .work)
    }
}

/// Relations of works and awards read from nouns, possessives and prepositions.
final class WorkRelationTests: XCTestCase {
    private func has(_ lines: [String], _ subject: String, _ relation: String, _ object: String) -> Bool {
        lines.contains { $0.hasPrefix(subject + " |") && $0.contains(relation) && $0.hasSuffix("| " + object) }
    }

    /// One sentence per construction, with the triple it must yield (subject, a word of the relation, object).
    private static let cases: [(construction: String, sentence: String, subject: String, relation: String, object: String)] = [
        ("possessor before the work", "Critics admired Rosa Lind's film Blue Harbour at the festival.", "Rosa Lind", "make film", "Blue Harbour"),
        ("possessor in an apposition", "The jury praised Blue Harbour, director Ivo Marsh's film debut, on Friday.", "Ivo Marsh", "make film debut", "Blue Harbour"),
        ("opposite after the clause", "Mira Caldwell made her debut in 1996's Night Ferry, opposite actors Jon Hale and Tom Verlaine.",
         "Mira Caldwell", "opposite", "Jon Hale"),
        ("opposite, second of a list", "Mira Caldwell made her debut in 1996's Night Ferry, opposite actors Jon Hale and Tom Verlaine.",
         "Mira Caldwell", "opposite", "Tom Verlaine"),
        ("a role opposite someone", "Critics praised Mira Caldwell's role opposite Jon Hale in the thriller Cold Water.", "Mira Caldwell", "opposite", "Jon Hale"),
        ("up for an award", "Mira Caldwell is up for an Oscar for the film Cold Water.", "Mira Caldwell", "up for", "Oscar"),
        ("a nomination noun", "Mira Caldwell moved to Paris after gaining a Tony Award nomination in 1990.", "Mira Caldwell", "nomination", "Tony Award"),
        ("a show's star", "The Silver Lantern awards were presented by Weekend Rota star Jenna Hollis.", "Jenna Hollis", "star of", "Weekend Rota"),
        ("a maker compounded with the work noun", "The prize went to the Tegrasoft title, The Stone Circuit.", "Tegrasoft", "make", "Stone Circuit"),
    ]

    func testEachConstructionYieldsItsTriple() throws {
        for c in Self.cases {
            let lines = try Support.read(c.sentence)
            XCTAssertTrue(has(lines, c.subject, c.relation, c.object), "\(c.construction): \(lines)")
        }
    }

    func testCoStarringWithAListOfActors() throws {
        let lines = try Support.read("Mira Caldwell spent a decade co-starring with some of Europe's finest actors, including Jon Hale and Tom Verlaine.")
        XCTAssertTrue(has(lines, "Mira Caldwell", "co-star with", "Jon Hale"), "\(lines)")
        XCTAssertTrue(has(lines, "Mira Caldwell", "co-star with", "Tom Verlaine"), "\(lines)")
        XCTAssertFalse(lines.contains { $0.hasSuffix("| Europe") && $0.contains("co-star with") }, "\(lines)")
    }

    func testPlayingInAWorkAndBeingHandedAnAward() throws {
        // The opposite number is the co-star; the work is where both played.
        let played = try Support.read("Mira Caldwell played Jon Hale's opposite number in the thriller Cold Water.")
        XCTAssertTrue(has(played, "Mira Caldwell", "play", "Jon Hale"), "\(played)")
        XCTAssertTrue(has(played, "Mira Caldwell", "play in", "Cold Water"), "\(played)")
        let handed = try Support.read("The film Cold Water was handed the Golden Lantern award on Monday.")
        XCTAssertTrue(has(handed, "Cold Water", "be handed", "Golden Lantern award"), "\(handed)")
    }

    func testNoMakerForAPlaceOrAnAward() throws {
        let lines = try Support.read("Britain's Kestrel Prize went to Rosa Lind, who praised Ivo Marsh.")
        XCTAssertFalse(lines.contains { $0.contains("author of") || $0.contains("| make |") }, "\(lines)")
    }
}
