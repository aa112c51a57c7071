import XCTest
import Graph

/// The Neo4j CSV files follow neo4j-admin import's header rules and reference only known ids.
final class Neo4jHeaderTests: XCTestCase {
    /// Property types admin-import accepts (each may end in `[]` for arrays).
    private static let propertyTypes: Set<String> = ["int", "long", "float", "double", "boolean", "byte", "short", "char",
                                                     "string", "point", "date", "localtime", "time", "localdatetime",
                                                     "datetime", "duration"]

    /// Splits RFC 4180 text into rows of fields.
    private func parseCSV(_ text: String) -> [[String]] {
        var rows: [[String]] = [], row: [String] = [], field = "", quoted = false
        var scalars = text.unicodeScalars.makeIterator()
        var pending: Unicode.Scalar? = scalars.next()
        while let scalar = pending {
            pending = scalars.next()
            if quoted {
                if scalar == "\"" {
                    if pending == "\"" { field.unicodeScalars.append("\""); pending = scalars.next() } else { quoted = false }
                } else {
                    field.unicodeScalars.append(scalar)
                }
            } else if scalar == "\"" {
                quoted = true
            } else if scalar == "," {
                row.append(field); field = ""
            } else if scalar == "\n" {
                row.append(field); rows.append(row); row = []; field = ""
            } else {
                field.unicodeScalars.append(scalar)
            }
        }
        if !field.isEmpty || !row.isEmpty { row.append(field); rows.append(row) }
        return rows
    }

    /// Checks every header column is `name`, `name:type`, or a special `[name]:ID`-style column, and returns the specials.
    private func checkHeader(_ header: [String], specials allowed: Set<String>, file: String) -> [String: Int] {
        var specials: [String: Int] = [:]
        for (index, column) in header.enumerated() {
            let parts = column.split(separator: ":", maxSplits: 1, omittingEmptySubsequences: false).map(String.init)
            XCTAssertLessThanOrEqual(parts.count, 2, "\(file): \(column)")
            guard parts.count == 2 else { continue }
            let type = parts[1]
            if allowed.contains(type) {
                XCTAssertNil(specials[type], "\(file): two \(type) columns")
                specials[type] = index
            } else {
                let base = type.hasSuffix("[]") ? String(type.dropLast(2)) : type
                XCTAssertTrue(Self.propertyTypes.contains(base), "\(file): column \(column) has unknown type \(type)")
                XCTAssertFalse(parts[0].isEmpty, "\(file): typed column without a name: \(column)")
            }
        }
        return specials
    }

    func testHeadersFollowAdminImportRules() throws {
        let graph = ConformanceFixtures.tricky()
        let export = graph.neo4jCSV()
        let nodes = parseCSV(export.nodes), relationships = parseCSV(export.relationships)
        let nodeHeader = try XCTUnwrap(nodes.first), relationshipHeader = try XCTUnwrap(relationships.first)
        let nodeSpecials = checkHeader(nodeHeader, specials: ["ID", "LABEL"], file: "nodes.csv")
        let relationshipSpecials = checkHeader(relationshipHeader, specials: ["START_ID", "END_ID", "TYPE"], file: "relationships.csv")
        XCTAssertEqual(Array(nodeHeader.prefix(3)), ["id:ID", "name", ":LABEL"])
        XCTAssertEqual(Array(relationshipHeader.prefix(3)), [":START_ID", ":END_ID", ":TYPE"])
        XCTAssertTrue(relationshipHeader.contains("count:int"))
        XCTAssertTrue(relationshipHeader.contains("negated:boolean"))
        XCTAssertEqual(nodes.count - 1, graph.nodes.count)
        XCTAssertEqual(relationships.count - 1, graph.edges.count)
        for row in nodes.dropFirst() { XCTAssertEqual(row.count, nodeHeader.count, "\(row)") }
        for row in relationships.dropFirst() { XCTAssertEqual(row.count, relationshipHeader.count, "\(row)") }

        let idColumn = try XCTUnwrap(nodeSpecials["ID"]), labelColumn = try XCTUnwrap(nodeSpecials["LABEL"])
        let ids = nodes.dropFirst().map { $0[idColumn] }
        XCTAssertEqual(Set(ids).count, ids.count, "node ids must be unique")
        XCTAssertEqual(nodes.dropFirst().map { $0[1] }, graph.nodes.map(\.name), "names survive CSV quoting")
        for row in nodes.dropFirst() {
            XCTAssertTrue(row[labelColumn].hasPrefix("Actor;"), row[labelColumn])
        }
        let start = try XCTUnwrap(relationshipSpecials["START_ID"]), end = try XCTUnwrap(relationshipSpecials["END_ID"])
        let type = try XCTUnwrap(relationshipSpecials["TYPE"])
        for row in relationships.dropFirst() {
            XCTAssertTrue(ids.contains(row[start]) && ids.contains(row[end]), "\(row)")
            XCTAssertTrue(row[type].unicodeScalars.allSatisfy { ("A"..."Z").contains($0) || ("0"..."9").contains($0) || $0 == "_" }, row[type])
            let count = try XCTUnwrap(relationshipHeader.firstIndex(of: "count:int"))
            XCTAssertNotNil(Int(row[count]), row[count])
        }
        XCTAssertTrue(export.script.contains("neo4j-admin database import full --nodes=nodes.csv --relationships=relationships.csv"))
        XCTAssertTrue(graph.neo4jCSV(prefix: "g.").script.contains("'file:///g.nodes.csv'"))
    }
}
