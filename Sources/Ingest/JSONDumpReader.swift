import Foundation

/// Reads crawler dumps: JSON Lines (one article object a line), a JSON array of article objects, or one object.
/// A record's text may be HTML, which is reduced to its text; records without text are skipped with a warning.
struct JSONDumpReader {
    let fields: JSONFields

    /// The articles of a dump named `name`, each named `name#N` by its line in JSON Lines (so `sed -n Np` finds it)
    /// or its 1-based position in a JSON array, and the warnings.
    /// - Throws: `IngestError.malformedJSON` naming the first bad line, `.noArticles` when no record has text.
    func articles(in text: String, name: String) throws(IngestError) -> (articles: [Article], warnings: [String]) {
        var records: [(line: Int, object: [String: Any])] = []
        let trimmed = text.drop { $0.isWhitespace }
        if trimmed.hasPrefix("[") || (trimmed.hasPrefix("{") && Self.parse(String(trimmed)) != nil) {
            guard let value = Self.parse(String(trimmed)) else {
                throw .malformedJSON(name: name, line: 0, reason: "not a JSON array or object")
            }
            let items = (value as? [Any]) ?? [value]
            for (index, item) in items.enumerated() {
                guard let object = item as? [String: Any] else {
                    throw .malformedJSON(name: name, line: 0, reason: "item \(index + 1) of the array is not an object")
                }
                records.append((index + 1, object))
            }
        } else {
            var lineNumber = 0
            for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
                lineNumber += 1
                guard line.contains(where: { !$0.isWhitespace }) else { continue }
                guard let object = Self.parse(String(line)) as? [String: Any] else {
                    throw .malformedJSON(name: name, line: lineNumber, reason: "not a JSON object")
                }
                records.append((lineNumber, object))
            }
        }
        var articles: [Article] = [], warnings: [String] = []
        for record in records {
            let place = "\(name):\(record.line)"
            guard let body = first(fields.text, in: record.object) else {
                warnings.append("\(place): no text (looked for \(fields.text.joined(separator: ", "))); record skipped")
                continue
            }
            let metadata = ArticleMetadata(
                title: first(fields.title, in: record.object).map(Whitespace.collapse),
                date: first(fields.date, in: record.object).flatMap(ISODate.normalize),
                url: first(fields.url, in: record.object), outlet: first(fields.outlet, in: record.object))
            let paragraphs = ArticleText.paragraphs(ofTextOrHTML: body)
            guard !paragraphs.isEmpty else {
                warnings.append("\(place): empty text; record skipped")
                continue
            }
            articles.append(ArticleText.item(record.line, of: name, paragraphs: paragraphs, metadata: metadata))
        }
        guard !articles.isEmpty else { throw .noArticles(name: name, reason: "no record has text") }
        return (articles, warnings)
    }

    private static func parse(_ text: String) -> Any? {
        try? JSONSerialization.jsonObject(with: Data(text.utf8), options: [])
    }

    /// The first of `keys` holding a non-empty string (numbers are read as text; `a.b` descends into objects).
    private func first(_ keys: [String], in record: [String: Any]) -> String? {
        for key in keys {
            var value: Any? = record[key]
            if value == nil, key.contains(".") {
                value = key.split(separator: ".").reduce(record as Any?) { ($0 as? [String: Any])?[String($1)] }
            }
            if let object = value as? [String: Any] { value = object["name"] }
            if let text = value as? String, !text.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty { return text }
            if let number = value as? NSNumber, !(value is Bool) { return number.stringValue }
        }
        return nil
    }
}
