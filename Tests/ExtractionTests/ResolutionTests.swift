import XCTest
@testable import Extraction

/// Within-article resolution: acronyms, case variants, surnames, "also known as", descriptions, pronouns.
final class ResolutionTests: XCTestCase {
    private func analysis(_ text: String) throws -> ArticleAnalysis {
        try Support.extractorOrFail().analyze(text, document: "t")
    }

    func testAcronymDefinitionJoinsLongAndShortName() throws {
        let result = try analysis("The Pan African Lawyers Union (PALU) criticised Kenya. PALU later praised Uganda.")
        let union = try XCTUnwrap(result.actors.first { $0.name == "Pan African Lawyers Union" })
        XCTAssertEqual(union.type, .organization)
        XCTAssertEqual(union.aliases, ["PALU"])
        XCTAssertEqual(Support.lines(result.triples),
                       ["Pan African Lawyers Union | criticise | Kenya", "Pan African Lawyers Union | praise | Uganda"])
    }

    func testTheSpeakerBeforeAReportingVerbIsTheSubjectPronoun() throws {
        // "Safin" alone is not known to be a person, but "Safin said he" leaves no doubt who "he" is.
        let text = "Peter Lundgren coached Roger Federer for years. In Melbourne, Safin said he would play Lleyton Hewitt in the final."
        let lines = try Support.read(text)
        XCTAssertTrue(lines.contains("Safin | would play | Lleyton Hewitt"), "\(lines)")
        XCTAssertFalse(lines.contains { $0.hasPrefix("Peter Lundgren | play") }, "\(lines)")
        // A newspaper or a state before the verb is no speaker of "he".
        let paper = try Support.read("George Galloway denied it. The Daily Telegraph said he received money from Saddam Hussein.")
        XCTAssertFalse(paper.contains { $0.hasPrefix("Daily Telegraph") || $0.hasPrefix("The Daily Telegraph") }, "\(paper)")
    }

    func testAnUntypedNameOpeningTheClauseIsTheLaterSubjectPronoun() throws {
        // "Hill" alone is not known to be a person; it is the only name before "she" and opens the clause.
        let text = "Jamie Lee Curtis starred in the film. Born in New Jersey, Hill began her career as an assistant "
            + "before she worked with John Carpenter."
        let lines = try Support.read(text)
        XCTAssertTrue(lines.contains("Hill | work with | John Carpenter"), "\(lines)")
        XCTAssertFalse(lines.contains { $0.hasPrefix("Jamie Lee Curtis | work with") }, "\(lines)")
    }

    func testTheSpeakerOfAQuoteIsNotItsHe() throws {
        let text = "Alex Ferguson praised Mr Walter Smith on Monday. \"He has also managed Glasgow Rangers,\" said Ferguson."
        let lines = try Support.read(text)
        XCTAssertFalse(lines.contains { $0.hasPrefix("Alex Ferguson | manage") }, "\(lines)")
        XCTAssertTrue(lines.contains("Walter Smith | manage | Glasgow Rangers"), "\(lines)")
    }

    func testCaseVariantsMergeUnderTheCapitalForm() throws {
        let result = try analysis("Igad suspended Sudan. IGAD later welcomed Eritrea.")
        XCTAssertEqual(result.actors.map(\.name), ["IGAD", "Sudan", "Eritrea"])
        XCTAssertEqual(result.actors.first?.aliases, ["Igad"])
        XCTAssertEqual(result.actors.first?.type, .organization)
    }

    func testSurnameAndTitleResolveToTheFullName() throws {
        let result = try analysis("Amina Diallo visited Chad. Ms Diallo later praised Niger.")
        let diallo = try XCTUnwrap(result.actors.first)
        XCTAssertEqual(diallo.name, "Amina Diallo")
        XCTAssertEqual(diallo.type, .person)
        XCTAssertEqual(diallo.attributes["title"], "Ms")
        XCTAssertEqual(Support.lines(result.triples), ["Amina Diallo | visit | Chad", "Amina Diallo | praise | Niger"])
    }

    func testTitleIsStrippedIntoAttributes() throws {
        let result = try analysis("President Ada Okafor thanked Ghana.")
        XCTAssertEqual(result.actors.first?.name, "Ada Okafor")
        XCTAssertEqual(result.actors.first?.attributes["title"], "President")
    }

    func testAlsoKnownAsJoinsNames() throws {
        let result = try analysis("The Liberation Front, also known as the Green Brigade, attacked Chad.")
        XCTAssertEqual(result.actors.map(\.name), ["Liberation Front", "Chad"])
        XCTAssertEqual(result.actors.first?.aliases, ["Green Brigade"])
        XCTAssertEqual(Support.lines(result.triples), ["Liberation Front | attack | Chad"])
    }

    func testTheCountryPrefersThePreviousSubject() throws {
        let result = try analysis("Peru signed a deal with Chile. The country also expanded its ties with Brazil.")
        XCTAssertEqual(Support.lines(result.triples), ["Peru | sign deal with | Chile", "Peru | expand ties with | Brazil"])
    }

    func testTheCountryInTheSameSentenceIsNotItsSubject() throws {
        XCTAssertEqual(try Support.read("Brazil sent doctors to Bolivia to support the country's hospitals."),
                       ["Brazil | send doctors to | Bolivia", "Brazil | support hospitals of | Bolivia"])
    }

    func testRegionalDescriptionPicksACountryOfThatRegion() throws {
        let result = try analysis("Germany pledged aid to Ghana. Germany later praised the West African nation.")
        XCTAssertEqual(Support.lines(result.triples), ["Germany | pledge aid to | Ghana", "Germany | praise | Ghana"])
        XCTAssertTrue(try XCTUnwrap(result.actors.first { $0.name == "Ghana" }).aliases.contains("the West African nation"))
    }

    func testDescriptiveNameBeforeANameBecomesItsAlias() throws {
        let result = try analysis("Kenya and the East African trade bloc Comesa welcomed Somalia. The bloc later fined Kenya.")
        let bloc = try XCTUnwrap(result.actors.first { $0.name == "Comesa" })
        XCTAssertEqual(bloc.aliases, ["The bloc", "the East African trade bloc"])
        XCTAssertEqual(Support.lines(result.triples),
                       ["Kenya | welcome | Somalia", "Comesa | welcome | Somalia", "Comesa | fine | Kenya"])
    }

    func testDemonymAliasesJoinTheirCountry() throws {
        let result = try analysis("The Nigerian government thanked Ghana. Nigerians welcomed the decision.")
        let nigeria = try XCTUnwrap(result.actors.first { $0.name == "Nigeria" })
        XCTAssertTrue(nigeria.aliases.contains("The Nigerian government"))
        XCTAssertTrue(nigeria.aliases.contains("Nigerians"))
        XCTAssertNil(result.actors.first { $0.name == "Niger" })
    }

    func testPlaceNameOpeningALongerNameIsAnOrganisation() throws {
        let result = try analysis("UK Coal sold a mine to Germany. US President Joe Biden thanked Kenya.")
        XCTAssertEqual(Support.lines(result.triples), ["UK Coal | sell mine to | Germany", "Joe Biden | thank | Kenya",
                                                      "Joe Biden | president of | United States"])
        XCTAssertEqual(result.actors.first?.type, .organization)
        let biden = try XCTUnwrap(result.actors.first { $0.name == "Joe Biden" })
        XCTAssertEqual(biden.attributes["country"], "United States")
        XCTAssertEqual(biden.attributes["title"], "US President")
    }

    func testPronounSkipsBystandersAndFirstNameJoinsFullName() throws {
        let text = """
        Sir Nicholas Scott was a junior minister. The former minister served during the premiership of Margaret \
        Thatcher. He also merged Ulster Polytechnic and Belfast College. Sir Nicholas was replaced as the member \
        for Chelsea by Alan Clark.
        """
        let result = try analysis(text)
        XCTAssertEqual(Support.lines(result.triples), ["Nicholas Scott | merge | Ulster Polytechnic",
                                                       "Nicholas Scott | merge | Belfast College",
                                                       "Alan Clark | replace | Nicholas Scott"])
        XCTAssertEqual(result.actors.first?.aliases, ["Nicholas", "Sir Nicholas", "Sir Nicholas Scott"])
    }

    func testNationalityBeforeANameIsAnAttribute() throws {
        let result = try analysis("Kenya hired Australian Lynton Crosby.")
        XCTAssertEqual(Support.lines(result.triples), ["Kenya | hire | Lynton Crosby"])
        XCTAssertEqual(result.actors.last?.attributes["country"], "Australia")
        XCTAssertEqual(result.actors.last?.type, .person)
    }

    func testInitialsJoinTheirNameAndStateRolesStandForTheState() throws {
        let text = """
        Sudan's army chief accused the Rapid Support Forces of looting. The RSF, led by Omar Idris, denied it. \
        Kenya hosted talks with Abdel Fattah al-Burhan.
        """
        let result = try analysis(text)
        XCTAssertEqual(Support.lines(result.triples), ["Sudan | accuse | Rapid Support Forces",
                                                       "Omar Idris | lead | Rapid Support Forces",
                                                       "Kenya | host talks with | Abdel Fattah al-Burhan"])
        XCTAssertEqual(try XCTUnwrap(result.actors.first { $0.name == "Rapid Support Forces" }).aliases, ["RSF"])
    }

    func testDistantTheCountryMeansTheArticlesMainCountry() throws {
        let text = """
        Sudan closed its border. Sudan also expelled two envoys. Egypt and Libya held talks in Cairo. \
        Officials met on Monday. A spokesman said the country needed calm.
        """
        let result = try analysis(text)
        XCTAssertTrue(try XCTUnwrap(result.actors.first { $0.name == "Sudan" }).aliases.contains("the country"))
    }

    func testPronounPrefersThePreviousSentencesSubject() throws {
        let result = try analysis("Amina Diallo met Kofi Mensah in Accra. She later praised Ghana.")
        XCTAssertEqual(Support.lines(result.triples).last, "Amina Diallo | praise | Ghana")
    }

    func testHeResolvesToTheLastPerson() throws {
        let result = try analysis("Omar Haddad met Jordan's king. He later criticised Israel.")
        XCTAssertEqual(Support.lines(result.triples).last, "Omar Haddad | criticise | Israel")
    }

    func testAPronounSkipsAPersonWhoseGivenNameIsOfTheOtherSex() throws {
        // The men named last are no antecedent of "she", however close.
        let text = "The film cast Nadia Perrin opposite the comedians Steve Rowan and Brian Tully. "
            + "She later married Oskar Lindqvist."
        let lines = try Support.read(text)
        XCTAssertFalse(lines.contains { $0.hasPrefix("Steve Rowan | marry") || $0.hasPrefix("Brian Tully | marry") }, "\(lines)")
    }
}
