import XCTest
@testable import Extraction

/// A person named with the body they belong to ("X of Y", "X, from Y,"); on invented sentences.
final class AffiliationTests: XCTestCase {
    func testPersonOfAnOrganisationOrCountry() throws {
        let firm = try Support.read("Peter Varga of Harrow Bank said prices would rise.")
        XCTAssertTrue(firm.contains("Peter Varga | of | Harrow Bank"), "\(firm)")
        let comma = try Support.read("Anna Kowalski, from the Pell Foundation, said the law would help.")
        XCTAssertTrue(comma.contains("Anna Kowalski | from | Pell Foundation"), "\(comma)")
        let country = try Support.read("The top seed will now meet Peter Novak of Poland in the final.")
        XCTAssertTrue(country.contains("Peter Novak | of | Poland"), "\(country)")
    }

    func testPlacesAndLaterPhrasesAreNoAffiliation() throws {
        // A city is where someone lives; an "of" phrase of a noun after the name belongs to that noun.
        let city = try Support.read("Peter Varga of London said prices would rise.")
        XCTAssertFalse(city.contains { $0.hasPrefix("Peter Varga | of") }, "\(city)")
        let later = try Support.read("Peter Varga, the head of research of Harrow Bank, said prices would rise.")
        XCTAssertFalse(later.contains("Peter Varga | of | Harrow Bank"), "\(later)")
    }

    func testAnAppositionsPossessorHoldsTheRole() throws {
        let firm = try Support.read("Prices rose after Harrow Group, Russia's third-biggest gas firm, raised its tariffs.")
        XCTAssertTrue(firm.contains("Harrow Group | third-biggest gas firm of | Russia"), "\(firm)")
        let person = try Support.read("Anna Varga, Harrow Bank's chief economist, said prices would rise.")
        XCTAssertTrue(person.contains("Anna Varga | chief economist of | Harrow Bank"), "\(person)")
        // A name right after the noun is the one who holds the role, not the name before the comma.
        let named = try Support.read("Asked about Pell Gas, Harrow Bank's chief economist Anna Varga said prices would rise.")
        XCTAssertFalse(named.contains { $0.hasPrefix("Pell Gas | chief economist") }, "\(named)")
    }
}
