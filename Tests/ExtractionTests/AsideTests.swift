import XCTest
@testable import Extraction

/// Facts news states in passing, inside noun phrases and asides: where a person comes from, a position behind
/// "its", where a place or body is; each on sentences written for these tests.
final class AsideTests: XCTestCase {
    func testFromAfterANameNamesThePersonsOrganisation() throws {
        XCTAssertEqual(try Support.read("Dana Reyes, from the Lisbon Trade Council, said exports had grown."),
                       ["Dana Reyes | from | Lisbon Trade Council"])
    }

    func testItsRoleOpeningASentenceIsAPositionInThePreviousSubject() throws {
        let text = "Vantor Holdings argued the rules were unfair. Its chief executive, Paolo Santini, said the firm would appeal."
        XCTAssertEqual(try Support.read(text), ["Paolo Santini | chief executive of | Vantor Holdings"])
        // Any other "its" is a thing's, and no actor.
        XCTAssertEqual(try Support.read("Vantor Holdings grew. Its shares rose after Paolo Santini spoke."), [])
    }

    func testAPlaceInsideANounPhraseLocatesTheNameBeforeIt() throws {
        XCTAssertEqual(try Support.read("The Orvalo Museum in Bratislava reopened on Monday."),
                       ["Orvalo Museum | in | Bratislava"])
        XCTAssertEqual(try Support.read("Protesters gathered outside Slovakia's Nitra region on Monday."),
                       ["Nitra | region of | Slovakia"])
    }

    func testAPlaceOnTheVerbLocatesNoName() throws {
        // "in Lisbon" says where the march was, not where the bank is.
        let lines = try Support.read("Staff of Tarvia Bank marched in Lisbon on Friday.")
        XCTAssertFalse(lines.contains { $0.contains("| in | Lisbon") }, "\(lines)")
    }

    func testCoordinatedRolesInAnAsideShareTheirOrganisation() throws {
        XCTAssertEqual(try Support.read("Paul Roe, chairman and founder of Acme's Media Group, says he is busy."),
                       ["Paul Roe | chairman and founder of | Media Group"])
    }

    func testARoleOrKinNounInAnAsideRelatesTwoPeople() throws {
        XCTAssertEqual(try Support.read("Lena Varga, the wife of Oskar Brandt, spoke at the launch."), ["Lena Varga | wife of | Oskar Brandt"])
        XCTAssertEqual(try Support.read("Nina Ross, a lawyer for Daniel Stone, said the case was weak."),
                       ["Nina Ross | lawyer for | Daniel Stone"])
        // A fan holds no position: no relation between the two people.
        XCTAssertEqual(try Support.read("Tom Baker, a fan of Bruce Willis, watched."), [])
    }

    func testADashSetsOffARoleButNotADescription() throws {
        XCTAssertEqual(try Support.read("Andrei Volkov - then economic adviser to President Boris Yeltsin - told a press conference."),
                       ["Andrei Volkov | economic adviser to | Boris Yeltsin"])
        let lines = try Support.read("The Dutch documentary Shape Of Water - a study of a family in Indonesia - took the top prize.")
        XCTAssertFalse(lines.contains { $0.contains("Indonesia") }, "\(lines)")
    }
}

/// Party words before a role name the party the person holds the role in; sentences written for these tests.
final class PartyRoleTests: XCTestCase {
    func testAPartyWordBeforeARoleIsTheParty() throws {
        XCTAssertEqual(try Support.read("Tory spokesman Simon Burns said care places had been lost."), ["Simon Burns | spokesman of | Tory"])
        XCTAssertEqual(try Support.read("Liberal Democrat chief executive Lord Rennard attacked Labour."),
                       ["Rennard | chief executive of | Liberal Democrat", "Rennard | attack | Labour"])
    }

    func testAQualifierBeforeThePartyStaysOutOfItsName() throws {
        XCTAssertEqual(try Support.read("Former Labour leader Ian Dodd met Anna Berg."),
                       ["Ian Dodd | former leader of | Labour", "Ian Dodd | meet | Anna Berg"])
    }
}

/// Relative clauses after coordinated names; sentences written for these tests.
final class CoordinatedRelativeTests: XCTestCase {
    func testAPluralRelativeVerbIsAboutEveryCoordinatedName() throws {
        XCTAssertEqual(try Support.read("Rugby stars Tom Hale and Ben Marsh, who own a 20% stake in Kestrel Foods, will sell."),
                       ["Tom Hale | own stake in | Kestrel Foods", "Ben Marsh | own stake in | Kestrel Foods"])
    }

    func testASingularRelativeVerbIsAboutTheLastName() throws {
        let lines = try Support.read("Lena Vogt and Piet Maas, who owns Delmar Oils, met Ana Ruiz.")
        XCTAssertTrue(lines.contains("Piet Maas | own | Delmar Oils"), "\(lines)")
        XCTAssertFalse(lines.contains("Lena Vogt | own | Delmar Oils"), "\(lines)")
    }
}

/// "X, whose N V Y": the owner of the subject noun is what the relative clause is about; sentences written for
/// these tests.
final class WhoseTests: XCTestCase {
    func testTheOwnerBeforeWhoseTakesTheClauseWithItsNoun() throws {
        XCTAssertEqual(try Support.read("Vantor Holdings, whose units include Delmar Oils and Kestrel Foods, posted a loss."),
                       ["Vantor Holdings | units include | Delmar Oils", "Vantor Holdings | units include | Kestrel Foods"])
        // The main clause keeps its own subject.
        XCTAssertEqual(try Support.read("Norvex Airways, whose pilots struck in May, hired Tomas Brandt."),
                       ["Norvex Airways | hire | Tomas Brandt"])
    }

    func testAPlaceBesideItsCountryIsInIt() throws {
        let lines = try Support.read("A new bus service linking the Indian city of Jaipur with Multan in Pakistan was announced.")
        XCTAssertTrue(lines.contains("Jaipur | city of | India"), "\(lines)")
        XCTAssertTrue(lines.contains("Multan | in | Pakistan"), "\(lines)")
        let comma = try Support.read("Ines Marlowe flew to Jaipur, India, on Monday.")
        XCTAssertTrue(comma.contains("Jaipur | in | India"), "\(comma)")
        // A list of states is no placement.
        XCTAssertFalse(try Support.read("Trade between Jaipur, India and Peru grew.").contains("Jaipur | in | India"))
    }
}
