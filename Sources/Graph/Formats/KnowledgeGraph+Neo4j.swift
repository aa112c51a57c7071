extension KnowledgeGraph {
    /// The separator of Neo4j array properties (admin-import's default `--array-delimiter`).
    public static let neo4jArrayDelimiter = ";"

    /// The graph as Neo4j admin-import CSV plus a Cypher script; `prefix` is prepended to the file
    /// names the script refers to ("" when the files sit in their own folder).
    ///
    /// Node ids are the actors' IRI slugs (`RDFNaming`), so they are stable across exports; every node
    /// has the labels `Actor` and its type (`Country`, …). Array items cannot contain the delimiter, so
    /// a `;` inside an alias or document name is written as `,`. Line breaks in evidence become spaces,
    /// so the files load without `--multiline-fields`. When any statement is dated, relationships also
    /// carry `first_seen`, `last_seen` and `periods` (`2024-02:3` per month) from `EdgeTimeline`. Columns an
    /// imported triple file carried beyond the known ones become `attr.<name>:string[]` relationship columns
    /// (the edge's distinct values; admin-import reads them, the script leaves them out).
    /// - Complexity: O(V + E + total evidence).
    public func neo4jCSV(prefix: String = "") -> Neo4jExport {
        let attributeKeys = Set(nodes.flatMap(\.attributes.keys)).sorted()
        let ids = nodes.map { FormatEscaping.iriSegment($0.name) }
        func array(_ items: [String]) -> String {
            items.map { $0.replacingOccurrences(of: Self.neo4jArrayDelimiter, with: ",") }.joined(separator: Self.neo4jArrayDelimiter)
        }
        func row(_ fields: [String]) -> String { fields.map(FormatEscaping.csv).joined(separator: ",") + "\n" }

        var nodeFile = row(["id:ID", "name", ":LABEL", "type", "aliases:string[]"] + attributeKeys)
        for node in nodes {
            nodeFile += row([ids[node.id.index], node.name, "Actor;" + Neo4jExport.label(node.type.rawValue), node.type.rawValue,
                             array(node.aliases)] + attributeKeys.map { node.attributes[$0] ?? "" })
        }
        let dated = hasDatedStatements
        let edgeAttributeKeys = evidenceAttributeNames
        var relationshipFile = row([":START_ID", ":END_ID", ":TYPE", "relation", "count:int", "negated:boolean",
                                    "documents:string[]", "evidence"] + (dated ? ["first_seen", "last_seen", "periods:string[]"] : [])
                                   + edgeAttributeKeys.map { "attr.\($0):string[]" })
        for edge in edges {
            var fields = [ids[edge.source.index], ids[edge.target.index], Neo4jExport.relationshipType(edge.relation),
                          edge.relation, String(edge.count), edge.negated ? "true" : "false",
                          array(Set(edge.evidence.map(\.document)).sorted()), (edge.evidence.first?.text ?? "").oneLine]
            if dated {
                let timeline = edge.timeline
                fields += [timeline.firstSeen ?? "", timeline.lastSeen ?? "", array(timeline.periods.map { "\($0.month):\($0.count)" })]
            }
            fields += edgeAttributeKeys.map { key in array(Set(edge.evidence.compactMap { $0.attributes?[key]?.oneLine }).sorted()) }
            relationshipFile += row(fields)
        }
        let timeColumns = dated ? """
            ,
                r.first_seen = row.first_seen, r.last_seen = row.last_seen,
                r.periods = CASE row.`periods:string[]` WHEN '' THEN [] ELSE split(row.`periods:string[]`, ';') END
            """ : ""
        let names = Neo4jExport.fileNames(prefix: prefix)
        let script = """
            // NewsGraph export for Neo4j 5.
            // Offline, into an empty database (fastest):
            //   neo4j-admin database import full --nodes=\(names[0]) --relationships=\(names[1]) neo4j
            // Into a running database: copy both CSV files into its import folder and run this script
            // (dynamic relationship types need Neo4j 5.26 or later).
            CREATE CONSTRAINT actor_id IF NOT EXISTS FOR (a:Actor) REQUIRE a.id IS UNIQUE;
            LOAD CSV WITH HEADERS FROM 'file:///\(names[0])' AS row
            MERGE (a:Actor {id: row.`id:ID`})
            SET a.name = row.name, a.type = row.type,
                a.aliases = CASE row.`aliases:string[]` WHEN '' THEN [] ELSE split(row.`aliases:string[]`, ';') END
            WITH a, row
            SET a:$(split(row.`:LABEL`, ';'));
            LOAD CSV WITH HEADERS FROM 'file:///\(names[1])' AS row
            MATCH (s:Actor {id: row.`:START_ID`}), (o:Actor {id: row.`:END_ID`})
            CREATE (s)-[r:$(row.`:TYPE`)]->(o)
            SET r.relation = row.relation, r.count = toInteger(row.`count:int`), r.negated = row.`negated:boolean` = 'true',
                r.documents = CASE row.`documents:string[]` WHEN '' THEN [] ELSE split(row.`documents:string[]`, ';') END,
                r.evidence = row.evidence\(timeColumns);

            """
        return Neo4jExport(nodes: nodeFile, relationships: relationshipFile, script: script)
    }
}
