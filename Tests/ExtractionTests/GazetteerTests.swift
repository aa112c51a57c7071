import XCTest
@testable import Extraction

final class GazetteerTests: XCTestCase {
    private func gazetteer() throws -> Gazetteer { try Gazetteer.bundled() }

    func testHomeNationsAndRegionsAreEntriesButGivenNamesAreNot() throws {
        let g = try gazetteer()
        XCTAssertEqual(g.entry(named: ["Northern", "Ireland"])?.type, .country)
        XCTAssertEqual(g.entry(named: "Wales")?.key, "region:Wales")
        XCTAssertEqual(g.country(demonym: "Scottish")?.name, "Scotland")
        XCTAssertEqual(g.entry(named: "Texas")?.type, .location)
        XCTAssertEqual(g.entry(named: "Georgia")?.type, .country, "the country, not the US state")
        XCTAssertNil(g.entry(named: "Virginia"), "a given name as often as a state")
        let lines = try Support.read("Northern Ireland criticised Italy. Wales beat Scotland in Cardiff.")
        XCTAssertTrue(lines.contains("Northern Ireland | criticise | Italy"), "\(lines)")
        XCTAssertTrue(lines.contains("Wales | beat | Scotland"), "\(lines)")
    }

    func testDemonymsKeepNigerAndNigeriaApart() throws {
        let g = try gazetteer()
        XCTAssertEqual(g.country(demonym: "Nigerian")?.name, "Nigeria")
        XCTAssertEqual(g.country(demonym: "Nigerians")?.name, "Nigeria")
        XCTAssertEqual(g.country(demonym: "Nigerien")?.name, "Niger")
        XCTAssertEqual(g.entry(named: "Niger")?.key, "country:NER")
        XCTAssertEqual(g.entry(named: "Nigeria")?.key, "country:NGA")
        XCTAssertNotEqual(g.entry(named: "Niger")?.key, g.entry(named: "Nigeria")?.key)
    }

    func testPluralDemonymsAndShortForms() throws {
        let g = try gazetteer()
        XCTAssertEqual(g.country(demonym: "Russians")?.name, "Russia")
        XCTAssertEqual(g.entry(named: "UK")?.name, "United Kingdom")
        XCTAssertEqual(g.entry(named: "US")?.name, "United States")
        XCTAssertEqual(g.entry(named: "USA")?.name, "United States")
        XCTAssertEqual(g.entry(named: "UAE")?.name, "United Arab Emirates")
        XCTAssertEqual(g.entry(named: "DRC")?.name, "DR Congo")
        XCTAssertEqual(g.entry(named: ["Burkina", "Faso"])?.name, "Burkina Faso")
    }

    func testShortCapitalFormsNeedCapitals() throws {
        let g = try gazetteer()
        // "us" the pronoun and "who" the question word are not the US or the WHO.
        XCTAssertNil(g.entry(named: "us"))
        XCTAssertNil(g.entry(named: "who"))
        XCTAssertEqual(g.entry(named: "WHO")?.name, "World Health Organization")
    }

    func testAliasesThatAreEnglishWordsOrPersonalNamesAreLeftOut() throws {
        // Source spellings such as Iceland's "Island" or the Isle of Man's "Mann" would turn a novel
        // ("Small Island") or a person (Aimee Mann) into a country.
        let g = try gazetteer()
        for word in ["Island", "Mann", "Dominique", "Mexicanos"] { XCTAssertNil(g.entry(named: word), word) }
        XCTAssertEqual(g.entry(named: "Iceland")?.name, "Iceland")
        XCTAssertEqual(g.entry(named: "Holland")?.name, "Netherlands")
        XCTAssertFalse(try Support.read("Small Island, her fourth novel, is set in London and won a prize in Dublin.")
            .contains { $0.contains("Iceland") })
    }

    func testAmbiguousDemonymIsDropped() throws {
        // Both Congos call their people "Congolese": the table refuses to guess.
        XCTAssertNil(try gazetteer().country(demonym: "Congolese"))
    }

    func testCountriesCarryRegions() throws {
        let niger = try XCTUnwrap(try gazetteer().entry(named: "Niger"))
        XCTAssertEqual(niger.regions, ["Africa", "Western Africa"])
        XCTAssertEqual(niger.type, .country)
    }

    func testMalformedTableIsAnErrorNotACrash() {
        let text = "# comment\nname\ttype\taliases\nACME\tnonsense\t\n"
        XCTAssertThrowsError(try Gazetteer.parseOrganizations(text, file: "organizations.tsv")) { error in
            XCTAssertEqual(error as? ExtractionError,
                           .malformedResource(file: "organizations.tsv", line: 3, reason: "unknown type 'nonsense'"))
        }
        XCTAssertThrowsError(try Gazetteer.parseCountries("h\nNER\tNiger\n", file: "countries.tsv"))
    }

    func testSuffixLemmatizer() {
        XCTAssertEqual(SuffixLemmatizer.verbLemma("dispatched"), "dispatch")
        XCTAssertEqual(SuffixLemmatizer.verbLemma("arrived"), "arrive")
        XCTAssertEqual(SuffixLemmatizer.verbLemma("imposed"), "impose")
        XCTAssertEqual(SuffixLemmatizer.verbLemma("stopped"), "stop")
        XCTAssertEqual(SuffixLemmatizer.verbLemma("led"), "lead")
        XCTAssertEqual(SuffixLemmatizer.verbLemma("carries"), "carry")
        XCTAssertEqual(SuffixLemmatizer.verbLemma("promotes"), "promote")
        XCTAssertEqual(SuffixLemmatizer.verbLemma("tabled"), "table")
        XCTAssertEqual(SuffixLemmatizer.verbLemma("filed"), "file")
        XCTAssertEqual(SuffixLemmatizer.verbLemma("failed"), "fail")
        XCTAssertEqual(SuffixLemmatizer.verbLemma("agreed"), "agree")
        XCTAssertEqual(SuffixLemmatizer.verbLemma("called"), "call")
        XCTAssertEqual(SuffixLemmatizer.verbLemma("expelled"), "expel")
        XCTAssertEqual(SuffixLemmatizer.verbLemma("bringing"), "bring")
    }
}
