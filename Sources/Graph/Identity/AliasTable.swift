import Extraction

/// A table of actor identities written by hand: canonical names with their variants, plus pairs
/// that must or must not be one actor.
///
/// The format is TSV, one entry a line: `canonical name<TAB>type<TAB>alias|alias|…` (type and
/// aliases may be empty); `!same<TAB>A<TAB>B` joins two names, `!distinct<TAB>A<TAB>B` keeps them
/// apart; `#` starts a comment line. Names match after `NameKey` folding.
public struct AliasTable: Sendable, Equatable {
    /// One canonical actor and every name that stands for it.
    public struct Entry: Sendable, Equatable {
        public var name: String
        public var type: EntityType?
        public var aliases: [String]
    }

    public private(set) var entries: [Entry] = []
    /// Pairs of names that are one actor.
    public private(set) var same: [(String, String)] = []
    /// Pairs of names that are never one actor.
    public private(set) var distinct: [(String, String)] = []
    /// Folded name → entry index; a name claimed twice keeps its first entry.
    private var index: [String: Int] = [:]

    public init() {}

    /// Parses the table; `path` names the source in errors.
    /// - Throws: `GraphError.badAliases` naming the 1-based line and the problem.
    /// - Complexity: O(n) in the size of the text.
    public init(text: String, path: String) throws(GraphError) {
        for (offset, rawLine) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let line = rawLine.hasSuffix("\r") ? rawLine.dropLast() : rawLine
            let trimmed = String(line).trimmingSpaces
            if trimmed.isEmpty || trimmed.hasPrefix("#") { continue }
            let cells = line.split(separator: "\t", omittingEmptySubsequences: false).map { String($0).trimmingSpaces }
            let number = offset + 1
            if cells[0] == "!same" || cells[0] == "!distinct" {
                guard cells.count == 3, !cells[1].isEmpty, !cells[2].isEmpty else {
                    throw GraphError.badAliases(path: path, line: number, reason: "\(cells[0]) needs two tab-separated names")
                }
                if cells[0] == "!same" { same.append((cells[1], cells[2])) } else { distinct.append((cells[1], cells[2])) }
                continue
            }
            guard !cells[0].hasPrefix("!") else {
                throw GraphError.badAliases(path: path, line: number, reason: "unknown directive '\(cells[0])' (known: !same, !distinct)")
            }
            guard cells.count <= 3 else {
                throw GraphError.badAliases(path: path, line: number, reason: "expected at most 3 tab-separated fields, found \(cells.count)")
            }
            var type: EntityType?
            if cells.count > 1, !cells[1].isEmpty {
                guard let parsed = EntityType(rawValue: cells[1]) else {
                    let known = EntityType.allCases.map(\.rawValue).joined(separator: ", ")
                    throw GraphError.badAliases(path: path, line: number, reason: "unknown type '\(cells[1])' (known: \(known))")
                }
                type = parsed
            }
            let aliases = cells.count > 2 ? cells[2].split(separator: "|").map { String($0).trimmingSpaces }.filter { !$0.isEmpty } : []
            add(Entry(name: cells[0], type: type, aliases: aliases))
        }
    }

    /// Adds an entry; names already claimed keep their earlier entry.
    mutating func add(_ entry: Entry) {
        let position = entries.count
        entries.append(entry)
        for name in [entry.name] + entry.aliases {
            let key = NameKey.plain(name)
            if !key.isEmpty, index[key] == nil { index[key] = position }
        }
    }

    /// The entry that `name` names, if any.
    /// - Complexity: O(length of `name`).
    public func entry(for name: String) -> Entry? {
        entry(plain: NameKey.plain(name))
    }

    /// The entry whose name or alias has the plain key `plain` (`NameKey.plain`), for callers that made it already.
    func entry(plain: String) -> Entry? {
        index[plain].map { entries[$0] }
    }

    public static func == (lhs: AliasTable, rhs: AliasTable) -> Bool {
        lhs.entries == rhs.entries && lhs.same.map { [$0.0, $0.1] } == rhs.same.map { [$0.0, $0.1] }
            && lhs.distinct.map { [$0.0, $0.1] } == rhs.distinct.map { [$0.0, $0.1] }
    }
}
