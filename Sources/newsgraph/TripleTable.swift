import ArgumentParser
import Foundation
import Extraction
import Graph

/// The `extract` output: one TSV row or JSONL object per triple, with a fixed column order.
struct TripleTable {
    enum Format: String, ExpressibleByArgument, CaseIterable {
        case tsv, jsonl
    }

    /// The contract's columns, in order.
    static let columns = ["subject", "relation", "object", "subject_type", "object_type", "surface", "negated",
                          "source", "document", "sentence", "start", "end", "evidence"]

    /// The document metadata and stated-time columns, after the others when present.
    static let metadataColumns = KnowledgeGraph.metadataColumns

    let format: Format
    /// Adds the `confidence` column (for `--open`).
    let withConfidence: Bool
    /// Adds the metadata columns to TSV (JSONL has each key whenever its value is known).
    var withMetadata = false

    var header: [String] { Self.columns + (withConfidence ? ["confidence"] : []) + (withMetadata ? Self.metadataColumns : []) }

    /// The header line (TSV only; JSONL has none).
    var preamble: String {
        format == .tsv ? header.joined(separator: "\t") + "\n" : ""
    }

    /// One output line per triple, in order.
    /// - Complexity: O(n) in the total text of the triples.
    func lines(_ triples: [Triple]) -> String {
        var out = ""
        for triple in triples {
            let cells = cells(triple)
            switch format {
            case .tsv:
                out += cells.map { Self.clean($0.text) }.joined(separator: "\t") + "\n"
            case .jsonl:
                // Metadata keys appear only with a value, so .txt articles give the same objects as ever.
                let keys = Self.columns + (withConfidence ? ["confidence"] : []) + Self.metadataColumns
                let known = zip(keys, cells).filter { !Self.metadataColumns.contains($0.0) || !$0.1.text.isEmpty }
                out += Self.jsonObject(known.map { ($0, $1) } + Self.actorFields(triple)) + "\n"
            }
        }
        return out
    }

    /// A cell's text and whether JSON should write it as a bare number or boolean.
    struct Cell {
        let text: String
        let bare: Bool
    }

    private func cells(_ t: Triple) -> [Cell] {
        func text(_ value: String) -> Cell { Cell(text: value, bare: false) }
        func bare(_ value: String) -> Cell { Cell(text: value, bare: true) }
        var row = [text(t.subject.name), text(t.relation), text(t.object.name), text(t.subject.type.rawValue),
                   text(t.object.type.rawValue), text(t.surface), bare(t.negated ? "true" : "false"), text(t.source ?? ""),
                   text(t.evidence.document), bare(String(t.evidence.sentence)), bare(String(t.evidence.start)),
                   bare(String(t.evidence.end)), text(t.evidence.text)]
        if withConfidence { row.append(bare(Self.decimal(t.confidence))) }
        if withMetadata || format == .jsonl {
            let e = t.evidence
            row += [e.title, e.date, e.url, e.outlet, e.eventStart, e.eventEnd, e.eventPhrase].map { text($0 ?? "") }
        }
        return row
    }

    /// The actors' aliases and attributes, which `build` computes actor identity from, so that importing
    /// the JSON lines gives the graph `build` gives; keys appear only when non-empty.
    private static func actorFields(_ t: Triple) -> [(String, Cell)] {
        var fields: [(String, Cell)] = []
        for (role, actor) in [("subject", t.subject), ("object", t.object)] {
            if !actor.aliases.isEmpty {
                fields.append(("\(role)_aliases", Cell(text: "[" + actor.aliases.map(jsonString).joined(separator: ",") + "]", bare: true)))
            }
            if !actor.attributes.isEmpty {
                let body = actor.attributes.sorted { $0.key < $1.key }.map { jsonString($0.key) + ":" + jsonString($0.value) }
                fields.append(("\(role)_attributes", Cell(text: "{" + body.joined(separator: ",") + "}", bare: true)))
            }
        }
        return fields
    }

    /// A `kind: document` record: the document was read, and its content hash (for `extract --documents`).
    static func documentRecord(name: String, hash: String) -> String {
        jsonObject([("kind", Cell(text: "document", bare: false)), ("document", Cell(text: name, bare: false)),
                    ("hash", Cell(text: hash, bare: false))]) + "\n"
    }

    /// A `kind: skipped` record: the article could not be read, and why (for `extract --documents --keep-going`).
    static func skippedRecord(name: String, reason: String) -> String {
        jsonObject([("kind", Cell(text: "skipped", bare: false)), ("document", Cell(text: name, bare: false)),
                    ("reason", Cell(text: clean(reason), bare: false))]) + "\n"
    }

    /// Tabs, newlines and other breaks become single spaces so a cell never splits a row.
    static func clean(_ text: String) -> String {
        // Every break is a control character or non-ASCII, so printable ASCII (most evidence) is already clean.
        if text.utf8.allSatisfy({ $0 >= 0x20 && $0 < 0x7F }) { return text }
        var out = String.UnicodeScalarView()
        var lastWasBreak = false
        for scalar in text.unicodeScalars {
            let isBreak: Bool
            switch scalar.value {
            case 0x09, 0x0A, 0x0B, 0x0C, 0x0D, 0x85: isBreak = true
            // Only non-ASCII scalars need the (costly) category look-up.
            case 0x80...: isBreak = scalar.properties.generalCategory == .lineSeparator || scalar.properties.generalCategory == .paragraphSeparator
            default: isBreak = false
            }
            if isBreak {
                if !lastWasBreak { out.append(" ") }
            } else {
                out.append(scalar)
            }
            lastWasBreak = isBreak
        }
        return String(out)
    }

    /// Three decimals, fixed, so output never depends on float printing.
    static func decimal(_ value: Double) -> String {
        let scaled = (value * 1000).rounded()
        guard scaled.isFinite else { return "0.000" }
        let thousandths = Int(scaled)
        let sign = thousandths < 0 ? "-" : ""
        let magnitude = abs(thousandths)
        let fraction = String(magnitude % 1000)
        return "\(sign)\(magnitude / 1000).\(String(repeating: "0", count: 3 - fraction.count))\(fraction)"
    }

    /// A JSON object with keys sorted, strings escaped per RFC 8259.
    static func jsonObject(_ fields: [(String, Cell)]) -> String {
        let body = fields.sorted { $0.0 < $1.0 }.map { key, cell in
            "\(jsonString(key)):\(cell.bare ? cell.text : jsonString(cell.text))"
        }
        return "{" + body.joined(separator: ",") + "}"
    }

    static func jsonString(_ text: String) -> String { FormatEscaping.json(text) }
}
