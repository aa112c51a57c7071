import XCTest
@testable import Extraction

/// A capitalised word the tagger never learnt, opening a clause before its verb, is a name even where the article
/// only writes it at sentence starts.
final class UnknownWordNameTests: XCTestCase {
    func testAnUnknownWordOpeningClausesIsAName() throws {
        // The tagger reads "Siemens" as a plural noun; it opens both sentences.
        let lines = try Support.read("Siemens said it would cut 1,000 jobs in Germany. Siemens also criticised Nokia over the deal.")
        XCTAssertTrue(lines.contains("Siemens | criticise | Nokia"), "\(lines)")
    }

    func testOneSentenceInitialUnknownWordBeforeItsVerbIsKept() throws {
        XCTAssertTrue(try Support.read("Ofcom fined Vodafone last year.").contains("Ofcom | fine | Vodafone"))
    }

    func testPersonNounsAndWordsWrittenInLowerCaseStayOut() throws {
        // Plurals of person nouns, and words the article also writes in lower case, are ordinary words.
        let names = try Support.actors("Campaigners criticised Vodafone. Dieselgate hurt Volkswagen. "
            + "Volkswagen said dieselgate was over.")
        XCTAssertFalse(names.contains("Campaigners"), "\(names)")
        XCTAssertFalse(names.contains("Dieselgate"), "\(names)")
    }
}
