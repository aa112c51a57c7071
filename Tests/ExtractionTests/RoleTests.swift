import XCTest
@testable import Extraction

/// Positions people hold, from the phrases news wraps around names, and pronoun chains; each on sentences
/// written for these tests, asserting the exact triples and their direction.
final class RoleTests: XCTestCase {
    func testOrganisationThenRoleThenName() throws {
        XCTAssertEqual(try Support.read("On Monday, Green Party leader Maria Olsen attacked the budget."),
                       ["Maria Olsen | leader of | Green Party"])
        XCTAssertEqual(try Support.read("Later, Oxfam chief executive, Daniel Hart, said the aid had arrived."),
                       ["Daniel Hart | chief executive of | Oxfam"])
        XCTAssertEqual(try Support.read("Police questioned former Enron chief Kenneth Lay on Monday."),
                       ["Kenneth Lay | former chief of | Enron"])
    }

    func testADescriptionsRelationComesFromItsRoleOrNearestNoun() throws {
        // The preposition belongs to the role, or to the noun right before it, never to a possessor.
        let gates = try Support.read("Software pioneer Hugo Marsh, the world's richest man and a regular at Davos, will speak on Friday.")
        XCTAssertTrue(gates.contains("Hugo Marsh | regular at | Davos"), "\(gates)")
        XCTAssertFalse(gates.contains { $0.contains("world at") }, "\(gates)")
        let rimmer = try Support.read("Mr Rimmer, the service director for registrations of marriages at Brent Council, spoke.")
        XCTAssertTrue(rimmer.contains { $0.hasSuffix("| director at | Brent Council") }, "\(rimmer)")
    }

    func testAProfessionGivesANationalityNotAPosition() throws {
        let lines = try Support.read("Moscow-based US lawyer Jamie Firestone said Rosneft would pay. Goldman Sachs economist Jim Grant disagreed.")
        XCTAssertFalse(lines.contains { $0.contains("lawyer of") }, "\(lines)")
        XCTAssertTrue(lines.contains("Jim Grant | economist of | Goldman Sachs"), "\(lines)")
        XCTAssertEqual(try Support.read("Russian minister Sergei Lavrov spoke."), ["Sergei Lavrov | minister of | Russia"])
        XCTAssertFalse(try Support.read("British director Mike Leigh met Kate Winslet.").contains { $0.contains("director of") })
    }

    func testAPartyBeforeANameQualifiesThePerson() throws {
        let text = "Democrat John Kerry conceded the election. Liberal Democrat leader Charles Kennedy welcomed the result."
        let names = try Support.actors(text)
        XCTAssertTrue(names.contains("John Kerry"), "\(names)")
        XCTAssertFalse(names.contains("Democrat John Kerry"), "\(names)")
        XCTAssertFalse(try Support.read(text).contains { $0.contains("| leader of | John Kerry") })
    }

    func testTwoFirmsJoinedByAndStayTwoWhenOneIsNamedAlone() throws {
        let text = "Fiat and General Motors formed an alliance in 2000. Fiat will sell its car division to General Motors."
        let names = try Support.actors(text)
        XCTAssertTrue(names.contains("Fiat") && names.contains("General Motors"), "\(names)")
        XCTAssertFalse(names.contains("Fiat and General Motors"), "\(names)")
        XCTAssertTrue(try Support.actors("The Securities and Exchange Commission fined Enron.").contains("Securities and Exchange Commission"))
    }

    func testAcronymEndingLikeANationalityIsStillAName() throws {
        XCTAssertEqual(try Support.read("HACAN chairman John Stewart said the plan was flawed."),
                       ["John Stewart | chairman of | HACAN"])
    }

    func testCoordinatedRoles() throws {
        XCTAssertEqual(try Support.read("\"We are ready,\" said Siemens president and chief executive Klaus Weber."),
                       ["Klaus Weber | president and chief executive of | Siemens"])
    }

    func testNameThenOrganisationRole() throws {
        XCTAssertEqual(try Support.read("Sir Peter Lane, Unilever finance director, resigned on Friday."),
                       ["Peter Lane | finance director of | Unilever"])
    }

    func testNameThenRoleOfOrganisationWithoutArticle() throws {
        XCTAssertEqual(try Support.read("Carla Munoz, spokeswoman for the World Food Programme, said supplies were short."),
                       ["Carla Munoz | spokeswoman for | World Food Programme"])
    }

    func testRoleOfOrganisationThenName() throws {
        XCTAssertEqual(try Support.read("The head of the Red Cross, Peter Maurer, visited the camp."),
                       ["Peter Maurer | head of | Red Cross"])
        // After a verb the phrase may be one of a list of objects: no role is read.
        XCTAssertFalse(try Support.read("Officials met the head of the Red Cross, Peter Maurer and the mayor.").contains { $0.contains("head of") })
    }

    func testNationalityAndTitleNameAStatePosition() throws {
        XCTAssertEqual(try Support.read("Brazilian President Luiz Silva visited Angola."),
                       ["Luiz Silva | visit | Angola", "Luiz Silva | president of | Brazil"])
        // A lowercase role after a nationality works the same way, and stays out of the verb's relation.
        XCTAssertEqual(try Support.read("Luiz Silva met Chinese leader Wen Jiabao in Luanda."),
                       ["Luiz Silva | meet | Wen Jiabao", "Wen Jiabao | leader of | China"])
    }

    func testOrganisationOpeningATitle() throws {
        XCTAssertEqual(try Support.read("Nato Secretary General Mark Rutte visited Estonia."),
                       ["Mark Rutte | visit | Estonia", "Mark Rutte | secretary general of | NATO"])
    }

    func testAnOrganisationOrPartyOpeningACapitalisedTitleHoldsThePost() throws {
        XCTAssertEqual(try Support.read("Harbour Police Commissioner Dan Colby praised the volunteers."),
                       ["Dan Colby | commissioner of | Harbour Police"])
        let former = try Support.read("The plan was attacked by former Labour MP Rosa Kemp.")
        XCTAssertTrue(former.contains("Rosa Kemp | former mp of | Labour"), "\(former)")
        // A firm named elsewhere in the article holds the post; an unknown word does not.
        let firm = try Support.read("Kestrel Foods cut prices. Kestrel Foods Director Anna Whitby said sales rose.")
        XCTAssertTrue(firm.contains("Anna Whitby | director of | Kestrel Foods"), "\(firm)")
        XCTAssertFalse(try Support.read("Harlow Director Anna Whitby said sales rose.").contains { $0.contains("director of") })
        // Before a minister the words name a portfolio, not an organisation; an office is one.
        XCTAssertFalse(try Support.read("Labour Minister Omar Haddad said the law would change.").contains { $0.contains("minister of") })
        XCTAssertFalse(try Support.read("Armed Forces Minister Omar Haddad visited the base.").contains { $0.contains("minister of") })
        XCTAssertTrue(try Support.read("Cabinet Office Minister Omar Haddad visited the base.").contains("Omar Haddad | minister of | Cabinet Office"))
    }

    func testLowercaseRoleAfterANationalityKeepsAllItsWords() throws {
        XCTAssertEqual(try Support.read("Israeli industry minister Amos Peled praised Jordan."),
                       ["Amos Peled | praise | Jordan", "Amos Peled | industry minister of | Israel"])
    }

    func testANameQualifyingTheRoleNounIsNoHolder() throws {
        XCTAssertEqual(try Support.read("David Cole, head of UK equities for Aviva, said the bid was fair."),
                       ["David Cole | head for | Aviva"])
    }

    func testCountryPossessiveTitle() throws {
        XCTAssertEqual(try Support.read("Ghana's President John Kufuor praised Togo."),
                       ["John Kufuor | president of | Ghana", "John Kufuor | praise | Togo"])
    }

    func testHonorificsAreNoRole() throws {
        XCTAssertEqual(try Support.read("Mr Grant Ellis criticised Kenya."), ["Grant Ellis | criticise | Kenya"])
        let extractor = PatternTripleExtractor(gazetteer: try Gazetteer.bundled())
        XCTAssertNil(extractor.splitTitle("Mr"))
        XCTAssertEqual(extractor.splitTitle("Former US Secretary of State")?.role, "former secretary of state")
        XCTAssertEqual(extractor.splitTitle("Former US Secretary of State")?.holder?.name, "United States")
        XCTAssertEqual(extractor.splitTitle("Israeli Industry Minister")?.role, "industry minister")
        XCTAssertEqual(extractor.splitTitle("Israeli Industry Minister")?.holder?.name, "Israel")
        XCTAssertEqual(extractor.splitTitle("President")?.role, "president")
        XCTAssertNil(extractor.splitTitle("President")?.holder)
    }

    func testAPronounChainKeepsItsPerson() throws {
        // The second "he" names Bush nearer, but the first "He" (the chain's person) is the salient one.
        let lines = try Support.read("President Amadou Toure met Jacques Chirac on Monday. He flew to Washington, where he met "
                                     + "President George Bush. He is due to visit Canada on Friday.")
        XCTAssertTrue(lines.contains("Amadou Toure | due to visit | Canada"), lines.joined(separator: "\n"))
        XCTAssertFalse(lines.contains("George Bush | due to visit | Canada"), lines.joined(separator: "\n"))
    }

    func testAParsedObjectIsNoVerbWhateverItsTag() throws {
        XCTAssertEqual(try Support.read("General Musa Keita held talks with Blaise Compaore on Monday."),
                       ["Musa Keita | hold talks with | Blaise Compaore"])
    }

    func testABritishCabinetPostIsOfTheUnitedKingdomOnlyWhenTheArticleNamesIt() throws {
        let lines = try Support.read("The UK has welcomed the agreement. Foreign Secretary Jane Holt praised Peru for its work.")
        XCTAssertTrue(lines.contains("Jane Holt | foreign secretary of | United Kingdom"), "\(lines)")
        let unnamed = try Support.read("Foreign Secretary Jane Holt met Sanjay Rao in Lima. Home Secretary Ian Pell criticised Oxfam.")
        XCTAssertFalse(unnamed.contains { $0.contains("secretary of") }, "\(unnamed)")
    }

    func testARolesOwnOfPhraseStaysInTheRole() throws {
        let lines = try Support.read("On Monday Harlow director of rugby Tom Marsh named the side.")
        XCTAssertTrue(lines.contains("Tom Marsh | director of rugby of | Harlow"), "\(lines)")
    }
}
