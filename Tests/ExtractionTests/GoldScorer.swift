import Foundation

/// The matching rules of the project's `score-triples` tool, re-implemented for tests: names equal an alias or
/// contain one as whole words after normalising; some relation word starts with a stem.
struct GoldScorer {
    struct Row {
        var subjects: [String]
        var stems: [String]
        var objects: [String]
        var required: Bool
    }

    let rows: [Row]

    init(gold text: String) {
        var rows: [Row] = []
        var header: [String]?
        for line in text.split(separator: "\n") where !line.hasPrefix("#") && !line.trimmingCharacters(in: .whitespaces).isEmpty {
            let cells = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            guard let names = header else { header = cells; continue }
            var row: [String: String] = [:]
            for (name, cell) in zip(names, cells) { row[name] = cell }
            rows.append(Row(subjects: (row["subject"] ?? "").split(separator: "|").map { Self.normalise(String($0)) },
                            stems: (row["relation"] ?? "").split(separator: "|").map { $0.lowercased() },
                            objects: (row["object"] ?? "").split(separator: "|").map { Self.normalise(String($0)) },
                            required: (row["kind"] ?? "required") == "required"))
        }
        self.rows = rows
    }

    static func normalise(_ text: String) -> String {
        var t = text.lowercased().replacingOccurrences(of: "\u{2019}", with: "'")
        t = t.replacingOccurrences(of: "'s\\b", with: "", options: .regularExpression)
        t = t.replacingOccurrences(of: "[^\\w\\s-]", with: " ", options: .regularExpression)
        t = t.replacingOccurrences(of: "\\s+", with: " ", options: .regularExpression).trimmingCharacters(in: .whitespaces)
        for article in ["the ", "a ", "an "] where t.hasPrefix(article) {
            t = String(t.dropFirst(article.count))
            break
        }
        return t
    }

    static func nameMatches(_ name: String, _ aliases: [String]) -> Bool {
        let n = normalise(name)
        return aliases.contains { n == $0 || " \(n) ".contains(" \($0) ") }
    }

    static func relationMatches(_ relation: String, _ stems: [String]) -> Bool {
        normalise(relation).split(separator: " ").contains { word in stems.contains { word.hasPrefix($0) } }
    }

    /// Which gold rows the predictions found, and how many predictions match some row.
    func score(_ predictions: [(subject: String, relation: String, object: String)]) -> (found: [Bool], matched: Int) {
        var found = Array(repeating: false, count: rows.count)
        var matched = 0
        for p in predictions {
            var hit = false
            for (i, row) in rows.enumerated()
            where Self.nameMatches(p.subject, row.subjects) && Self.nameMatches(p.object, row.objects)
                && Self.relationMatches(p.relation, row.stems) {
                found[i] = true
                hit = true
            }
            if hit { matched += 1 }
        }
        return (found, matched)
    }
}
