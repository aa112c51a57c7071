import XCTest

final class QueryCommandTests: CLITestCase {
    override func setUpWithError() throws {
        try super.setUpWithError()
        try write(SampleGraph.json(), to: "g.json")
    }

    func testHelpListsEveryCommand() throws {
        let result = try run("--help")
        XCTAssertEqual(result.status, 0)
        for command in ["extract", "build", "render", "path", "neighbors", "stats", "model"] {
            XCTAssertTrue(result.stdout.contains(command), "help lacks \(command)")
        }
        XCTAssertEqual(try run("path", "--help").status, 0)
    }

    func testPathPrintsHopsWithEvidence() throws {
        let result = try run("path", "moscow", "NIGERIA", "--graph", "g.json")
        XCTAssertEqual(result.status, 0, result.stderr)
        XCTAssertEqual(result.stdout, """
            Russia --[dispatch delegation to]--> Niger
                a.txt:3: Russia dispatched a delegation to Niger.
            Niger --[leave]--> ECOWAS
                a.txt:5: Niger left ECOWAS. (stated 2 times)
            ECOWAS <--[lead]-- Nigeria
                b.txt:2: Nigeria leads ECOWAS.

            """)
        XCTAssertEqual(result.stderr, "")
    }

    func testDirectedPathRespectsDirection() throws {
        let result = try run("path", "Russia", "Nigeria", "-g", "g.json", "--directed")
        assertFails(result, status: 1, mentioning: "no path from 'Russia' to 'Nigeria'")
        XCTAssertEqual(try run("path", "Russia", "ECOWAS", "-g", "g.json", "--directed").status, 0)
    }

    func testMaxHopsLimitsThePath() throws {
        assertFails(try run("path", "Russia", "Nigeria", "-g", "g.json", "--max-hops", "2"), status: 1, mentioning: "within 2 hops")
        XCTAssertEqual(try run("path", "Russia", "Nigeria", "-g", "g.json", "--max-hops", "3").status, 0)
        XCTAssertEqual(try run("path", "Russia", "Nigeria", "-g", "g.json", "--max-hops", "0").status, 2)
    }

    func testAllNumbersEachPath() throws {
        let result = try run("path", "Russia", "Niger", "-g", "g.json", "--all")
        XCTAssertEqual(result.status, 0, result.stderr)
        XCTAssertTrue(result.stdout.hasPrefix("path 1 (1 hop):\nRussia --[dispatch delegation to]--> Niger\n"), result.stdout)
    }

    func testUnknownActorSuggestsClosestNames() throws {
        let result = try run("path", "Nigr", "Russia", "--graph", "g.json")
        assertFails(result, status: 2, mentioning: "error: no actor named 'Nigr'; did you mean: Niger, Nigeria?")
    }

    func testNoPathExitsOne() throws {
        assertFails(try run("path", "Russia", "France", "--graph", "g.json"), status: 1, mentioning: "no path from 'Russia' to 'France'")
    }

    func testNeighborsByDepth() throws {
        let result = try run("neighbors", "niger", "--graph", "g.json", "--depth", "2")
        XCTAssertEqual(result.status, 0, result.stderr)
        XCTAssertEqual(result.stdout, """
            Niger (country): 3 actors within 2 hops
            depth 1:
              ECOWAS (organization)
                Niger --[leave]--> ECOWAS
                    a.txt:5: Niger left ECOWAS. (stated 2 times)
              Russia (country)
                Niger <--[dispatch delegation to]-- Russia
                    a.txt:3: Russia dispatched a delegation to Niger.
            depth 2:
              Nigeria (country)
                ECOWAS <--[lead]-- Nigeria
                    b.txt:2: Nigeria leads ECOWAS.

            """)
        assertFails(try run("neighbors", "Frnace", "-g", "g.json"), status: 2, mentioning: "did you mean: France?")
    }

    func testStats() throws {
        let result = try run("stats", "--graph", "g.json")
        XCTAssertEqual(result.status, 0, result.stderr)
        XCTAssertEqual(result.stdout, """
            actors: 5
            relations: 3
            statements: 4
            components: 2
            actors by type: country 4, organization 1
            top actors by degree:
              ECOWAS   2  organization
              Niger    2  country
              Nigeria  1  country
              Russia   1  country
              France   0  country

            """)
    }

    func testMissingCorruptAndForeignGraphFiles() throws {
        assertFails(try run("stats", "--graph", "none.json"), status: 1, mentioning: "none.json")
        try write("{\"format\":\"newsgraph\",\"schemaVersion\":1,\"nodes\":[", to: "cut.json")
        assertFails(try run("stats", "--graph", "cut.json"), status: 1, mentioning: "cut.json is corrupt")
        try write("{\"format\":\"newsgraph\",\"schemaVersion\":7,\"nodes\":[],\"edges\":[]}", to: "v7.json")
        assertFails(try run("stats", "--graph", "v7.json"), status: 1, mentioning: "schema version 7")
        try write("", to: "empty.json")
        assertFails(try run("stats", "--graph", "empty.json"), status: 1, mentioning: "empty.json is empty")
        assertFails(try run("stats", "--graph", "g.csv"), status: 2, mentioning: "'.csv'")
    }

    func testMalformedDOTIsRejected() throws {
        try write("digraph { a -> }", to: "bad.dot")
        assertFails(try run("stats", "--graph", "bad.dot"), status: 1, mentioning: "bad.dot")
        assertFails(try run("render", "--graph", "bad.dot", "-o", "out.svg"), status: 1, mentioning: "malformed DOT")
        XCTAssertFalse(exists("out.svg"))
    }

    func testMissingGraphOptionIsAUsageError() throws {
        let result = try run("stats")
        XCTAssertEqual(result.status, 2)
        XCTAssertTrue(result.stderr.contains("--graph"), result.stderr)
    }
}
