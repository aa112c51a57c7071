import XCTest
import Extraction
@testable import Graph

/// Cross-document identity, proved on small multi-article fixtures written for these tests.
final class IdentityTests: XCTestCase {
    private func triple(_ subject: Actor, _ relation: String, _ object: Actor, in document: String, sentence: Int = 0) -> Triple {
        Triple(subject: subject, relation: relation, object: object,
               evidence: Evidence(document: document, sentence: sentence, text: "\(subject.name) \(relation) \(object.name).",
                                  start: sentence * 100, end: sentence * 100 + 50))
    }

    private func graph(_ triples: [Triple], rules: IdentityRules = .standard) -> KnowledgeGraph {
        var graph = KnowledgeGraph()
        graph.identity = rules
        graph.add(triples)
        return graph.canonicalized()
    }

    private let london = Actor(name: "London", type: .location)
    private let paris = Actor(name: "Paris", type: .location)

    func testTwoJohnsonsSharingASurnameStayApart() {
        let mayor = Actor(name: "Boris Johnson", type: .person, aliases: ["Johnson", "Mr Johnson"])
        let writer = Actor(name: "Jimmy James Johnson", type: .person, aliases: ["Johnson"])
        let result = graph([triple(mayor, "visit", paris, in: "a.txt"), triple(writer, "leave", london, in: "b.txt")])
        XCTAssertEqual(result.nodes.filter { $0.type == .person }.map(\.name).sorted(), ["Boris Johnson", "Jimmy James Johnson"])
        XCTAssertNil(result.node(named: "Johnson"), "a surname both carry names neither")
        XCTAssertEqual(result.nodes(named: "Johnson").count, 2)
    }

    func testBareSurnamesNeverCrossAnArticle() throws {
        let spinDoctor = Actor(name: "Campbell", type: .person, aliases: ["Mr Campbell"])
        let defender = Actor(name: "Campbell", type: .person)
        let fullName = Actor(name: "Sol Campbell", type: .person, aliases: ["Campbell"])
        let result = graph([triple(spinDoctor, "brief", london, in: "politics.txt"),
                            triple(defender, "join", paris, in: "sport.txt"),
                            triple(fullName, "leave", london, in: "sport2.txt")])
        let campbells = result.nodes.filter { $0.name.hasSuffix("Campbell") }
        XCTAssertEqual(campbells.count, 3, "two bare surnames of two articles and one full name are three actors")
        XCTAssertThrowsError(try result.resolve("Campbell")) { error in
            guard case GraphError.ambiguousActor(_, _, let candidates) = error else { return XCTFail("\(error)") }
            XCTAssertEqual(candidates.count, 2)
            XCTAssertTrue(candidates.contains { $0.contains("politics.txt") }, "\(candidates)")
        }
        XCTAssertEqual(try result.resolve("Sol Campbell"), result.node(named: "Sol Campbell"))
        // Each choice the error lists resolves as written, to the actor of that document.
        let chosen = try result.resolve("Campbell (person, from politics.txt)")
        XCTAssertEqual(result.nodes[chosen.index].records.map(\.document), ["politics.txt"])
        XCTAssertThrowsError(try result.resolve("Campbell (person, from nowhere.txt)"))
    }

    func testTheCountryInTwoArticlesStaysWithItsOwnCountry() {
        let iraq = Actor(name: "Iraq", type: .country, aliases: ["the country"])
        let india = Actor(name: "India", type: .country, aliases: ["the country", "Indian"])
        let blair = Actor(name: "Tony Blair", type: .person, aliases: ["Mr Blair"])
        let result = graph([triple(blair, "visit", iraq, in: "iraq.txt"), triple(blair, "visit", india, in: "india.txt")])
        XCTAssertEqual(result.nodes.filter { $0.type == .country }.map(\.name), ["India", "Iraq"])
        let iraqID = result.node(named: "Iraq"), indiaID = result.node(named: "India")
        XCTAssertNotNil(iraqID)
        XCTAssertNotEqual(iraqID, indiaID)
        XCTAssertNil(result.node(named: "the country"), "a description shared by two actors names neither")
        let visitIraq = result.edges.first { $0.target == iraqID }
        XCTAssertEqual(visitIraq?.evidence.map(\.document), ["iraq.txt"])
    }

    func testPartyVariantsAreOneNodeWithTheCuratedName() {
        let tories = Actor(name: "Tories", type: .organization)
        let conservatives = Actor(name: "Conservatives", type: .group)
        let party = Actor(name: "Conservative Party", type: .organization, aliases: ["the party"])
        let libDems = Actor(name: "Lib Dems", type: .organization)
        let liberals = Actor(name: "Liberal Democrats", type: .organization)
        let result = graph([triple(tories, "attack", libDems, in: "a.txt"), triple(conservatives, "court", liberals, in: "b.txt"),
                            triple(party, "attack", liberals, in: "c.txt")])
        XCTAssertEqual(result.nodes.map(\.name), ["Conservative Party", "Liberal Democrats"])
        XCTAssertEqual(result.nodes[0].type, .organization, "the curated type wins over an article's 'group'")
        XCTAssertEqual(result.nodes[0].records.map(\.document), ["a.txt", "b.txt", "c.txt"])
        let attack = result.edges.first { $0.relation == "attack" }
        XCTAssertEqual(attack?.count, 2)
    }

    func testMiddleInitialsAndHonorificsJoinButDifferentGivenNamesDoNot() {
        let bush = Actor(name: "George W Bush", type: .person), plain = Actor(name: "George Bush", type: .person)
        let dotted = Actor(name: "Mr George W. Bush", type: .person), laura = Actor(name: "Laura Bush", type: .person)
        let result = graph([triple(bush, "visit", london, in: "a.txt"), triple(plain, "visit", london, in: "b.txt"),
                            triple(dotted, "leave", london, in: "c.txt"), triple(laura, "visit", paris, in: "d.txt")])
        let people = result.nodes.filter { $0.type == .person }
        XCTAssertEqual(people.map(\.name), ["George W Bush", "Laura Bush"], "ties go to the fuller name")
        XCTAssertEqual(result.actorReports(matching: "george").first?.names.map(\.name), ["George Bush", "George W Bush", "Mr George W. Bush"])
        XCTAssertEqual(result.actorReports(matching: "george").first?.names.map(\.rule), [.sameName, .nameVariant, .nameVariant])
    }

    func testAcronymJoinsOnlyWhenTheExpansionWasStated() {
        let stated = Actor(name: "Confederation of Widget Makers", type: .organization, aliases: ["CWM"])
        let bare = Actor(name: "CWM", type: .organization)
        let initials = Actor(name: "Carla Wendy Moss", type: .person, aliases: ["CWM"])
        let result = graph([triple(stated, "lobby", london, in: "a.txt"), triple(bare, "lobby", paris, in: "b.txt"),
                            triple(initials, "visit", paris, in: "c.txt")])
        let organisation = result.nodes.filter { $0.type == .organization }
        XCTAssertEqual(organisation.count, 1, "\(organisation.map(\.name))")
        XCTAssertEqual(Set(organisation[0].records.map(\.document)), ["a.txt", "b.txt"])
        XCTAssertEqual(result.nodes.filter { $0.type == .person }.map(\.name), ["Carla Wendy Moss"], "a person's initials are no acronym")
    }

    func testTypesAreVotedAndAPersonNeverAbsorbsACompany() {
        var triples: [Triple] = []
        for index in 0..<4 {
            triples.append(triple(Actor(name: "Zentrix", type: index == 0 ? .person : .organization), "buy", london, in: "z\(index).txt"))
        }
        triples.append(triple(Actor(name: "Peter Halloran", type: .person), "join", london, in: "p1.txt"))
        triples.append(triple(Actor(name: "Peter Halloran", type: .organization, aliases: ["the club"]), "leave", paris, in: "p2.txt"))
        let result = graph(triples)
        XCTAssertEqual(result.nodes.first { $0.name == "Zentrix" }?.type, .organization)
        XCTAssertEqual(result.nodes.first { $0.name == "Peter Halloran" }?.type, .person, "a tie goes to what the name says")
    }

    func testMergeOrderDoesNotMatterAndEqualsOneBuild() throws {
        let articles: [[Triple]] = [
            [triple(Actor(name: "Tories", type: .organization), "attack", Actor(name: "Labour", type: .organization), in: "one.txt")],
            [triple(Actor(name: "Labour Party", type: .organization), "court", Actor(name: "Iraq", type: .country, aliases: ["the country"]), in: "two.txt"),
             triple(Actor(name: "Campbell", type: .person), "brief", Actor(name: "Labour", type: .organization), in: "two.txt", sentence: 1)],
            [triple(Actor(name: "Campbell", type: .person), "join", Actor(name: "Arsenal", type: .organization), in: "three.txt")],
        ]
        let built = graph(articles.flatMap { $0 })
        var forward = KnowledgeGraph(), backward = KnowledgeGraph()
        for article in articles { forward.merge(graph(article)) }
        for article in articles.reversed() { backward.merge(graph(article)) }
        XCTAssertEqual(try forward.canonicalized().jsonData(), try built.jsonData())
        XCTAssertEqual(try backward.canonicalized().jsonData(), try built.jsonData())
        var twice = built
        twice.merge(built)
        XCTAssertEqual(try twice.canonicalized().jsonData(), try built.jsonData(), "a statement merged twice counts once")
    }

    func testRemovingADocumentDropsItsStatementsAndItsOwnActors() {
        let built = graph([triple(Actor(name: "Acme Corp", type: .organization), "sue", Actor(name: "Globex", type: .organization), in: "a.txt"),
                           triple(Actor(name: "Acme Corp", type: .organization), "buy", Actor(name: "Initech", type: .organization), in: "b.txt")])
        let without = built.removingDocument("b.txt")
        XCTAssertEqual(without.nodes.map(\.name), ["Acme Corp", "Globex"])
        XCTAssertEqual(without.edges.map(\.relation), ["sue"])
        XCTAssertNil(without.documents["b.txt"])
    }

    func testViewsKeepEveryNodesOwnNameAndKey() {
        let usa = Actor(name: "United States", type: .country, aliases: ["the country", "America"])
        let china = Actor(name: "China", type: .country, aliases: ["the country"])
        let uk = Actor(name: "United Kingdom", type: .country, aliases: ["the country", "Britain"])
        let result = graph([triple(usa, "warn", china, in: "a.txt"), triple(uk, "court", china, in: "b.txt"),
                            triple(usa, "meet", uk, in: "c.txt")])
        let views = [result.mostConnected(2), result.egoGraph(of: result.node(named: "China") ?? NodeID(rawValue: 0), depth: 1),
                     result.filteringEdges { $0.relation != "meet" }, result.subgraph(Set(result.nodes.map(\.id)))]
        for view in views {
            XCTAssertGreaterThanOrEqual(view.nodes.count, 2)
            for node in view.nodes {
                guard let original = result.node(key: node.key) else { return XCTFail("\(node.key) is not in the whole graph") }
                let whole = result.nodes[original.index]
                XCTAssertEqual([node.name, node.type.rawValue] + node.aliases, [whole.name, whole.type.rawValue] + whole.aliases)
            }
        }
    }

    func testAliasFileJoinsSeparatesAndRenames() throws {
        let text = "# analyst fixes\nAcme Corporation\torganization\tAcme|Acme Corp\n!distinct\tCWM\tConfederation of Widget Makers\n"
        let table = try AliasTable(text: text, path: "aliases.tsv")
        let rules = IdentityRules(user: table)
        let result = graph([triple(Actor(name: "Acme", type: .other), "sue", london, in: "a.txt"),
                            triple(Actor(name: "Acme Corp", type: .organization), "sue", paris, in: "b.txt"),
                            triple(Actor(name: "Confederation of Widget Makers", type: .organization, aliases: ["CWM"]), "lobby", london, in: "c.txt"),
                            triple(Actor(name: "CWM", type: .organization), "lobby", paris, in: "d.txt")], rules: rules)
        XCTAssertEqual(result.nodes.filter { $0.type == .organization }.map(\.name),
                       ["Acme Corporation", "CWM", "Confederation of Widget Makers"])
        XCTAssertEqual(result.actorReports(matching: "acme").first?.names.map(\.rule), [.aliasFile, .aliasFile])
        XCTAssertThrowsError(try AliasTable(text: "X\tplanet\t\n", path: "bad.tsv")) { error in
            XCTAssertEqual("\(error)", "bad.tsv:1: unknown type 'planet' (known: country, location, organization, person, group, work, other)")
        }
        XCTAssertThrowsError(try AliasTable(text: "!same\tonly one\n", path: "bad.tsv"))
    }
}
