/// The three files of a Neo4j export: admin-import CSVs and a Cypher script.
public struct Neo4jExport: Sendable, Equatable {
    /// `nodes.csv`: `id:ID,name,:LABEL,type,aliases:string[]` and one column per node attribute.
    public var nodes: String
    /// `relationships.csv`: `:START_ID,:END_ID,:TYPE,relation,count:int,negated:boolean,documents:string[],evidence`.
    public var relationships: String
    /// `import.cypher`: the admin-import command line, and LOAD CSV statements for a running database.
    public var script: String

    /// The file names, in the order above, for a given prefix ("" for a folder).
    public static func fileNames(prefix: String) -> [String] {
        ["nodes.csv", "relationships.csv", "import.cypher"].map { prefix + $0 }
    }

    /// The Neo4j relationship type for a relation: upper-cased, runs of anything but ASCII letters and
    /// digits as one `_`, never empty and never starting with a digit, e.g. "send delegation to" → `SEND_DELEGATION_TO`.
    public static func relationshipType(_ relation: String) -> String {
        var out = ""
        for scalar in relation.uppercased().unicodeScalars {
            if ("A"..."Z").contains(scalar) || ("0"..."9").contains(scalar) {
                out.unicodeScalars.append(scalar)
            } else if !out.hasSuffix("_") {
                out += "_"
            }
        }
        while out.hasSuffix("_") { out.removeLast() }
        while out.hasPrefix("_") { out.removeFirst() }
        if out.isEmpty || out.first?.isNumber == true { out = "REL_" + out }
        return out
    }

    /// The Neo4j label for an actor type, e.g. `country` → `Country`.
    public static func label(_ type: String) -> String { type.prefix(1).uppercased() + type.dropFirst() }
}
