import Foundation
import XCTest
@testable import Extraction

/// Writes the example's triples as TSV for the external scorer when NEWSGRAPH_DUMP names a file.
final class DumpTests: XCTestCase {
    func testDumpWhenAsked() throws {
        guard let path = ProcessInfo.processInfo.environment["NEWSGRAPH_DUMP"] else { throw XCTSkip("NEWSGRAPH_DUMP not set") }
        let input = ProcessInfo.processInfo.environment["NEWSGRAPH_INPUT"]
            ?? Support.repositoryRoot.appendingPathComponent("Examples/articles/niger-russia.txt").path
        var out = "subject\trelation\tobject\tconfidence\tnegated\tsource\tsentence\tsurface\n"
        var actors: [Actor] = []
        for file in input.split(separator: ":").map(String.init) {
            let text = try String(contentsOfFile: file, encoding: .utf8)
            let analysis = try Support.extractorOrFail().analyze(text, document: file)
            for t in analysis.triples {
                out += "\(t.subject.name)\t\(t.relation)\t\(t.object.name)\t\(t.confidence)\t\(t.negated)\t\(t.source ?? "")\t\(t.evidence.sentence)\t\(t.evidence.text)\n"
            }
            actors += analysis.actors
        }
        out += "# actors\n"
        for a in actors {
            out += "# \(a.name)\t\(a.type.rawValue)\t\(a.aliases.joined(separator: "|"))\t\(a.attributes.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }.joined(separator: ","))\n"
        }
        try out.write(toFile: path, atomically: true, encoding: .utf8)
    }
}

/// Prints the rule machinery's view of a text when NEWSGRAPH_DEBUG is set (development aid).
final class DebugViewTests: XCTestCase {
    func testPrintAnalysisWhenAsked() throws {
        guard let text = ProcessInfo.processInfo.environment["NEWSGRAPH_DEBUG"] else { throw XCTSkip("NEWSGRAPH_DEBUG not set") }
        let extractor = try Support.extractorOrFail()
        let document = try extractor.pipeline(text, id: "debug")
        let table = TokenTable(document)
        let gazetteer = try Gazetteer.bundled()
        let content = document.sentences.map { SentenceFilter.isContent(table, $0) }
        var mentions = MentionDetector(gazetteer: gazetteer).mentions(in: table, content: content)
        let entities = EntityResolver(gazetteer: gazetteer).resolve(&mentions, table: table)
        var mentionAt: [Int: Int] = [:]
        for (index, mention) in mentions.enumerated() { for token in mention.tokens { mentionAt[token] = index } }
        for (s, range) in document.sentences.enumerated() {
            print("S\(s) content=\(content[s]) :: " + range.map { i in
                let verb = table.isMainVerb(i, in: range) ? "/V" : table.isAuxiliary(i) ? "/A" : ""
                var tag = table.upos(i).map { "_" + $0 } ?? ""
                if document.isParsed { tag += "_\(document.heads[i] - range.lowerBound):\(document.deprels[i])" }
                return table.word(i) + tag + verb + (mentionAt[i].map { "#\($0)" } ?? "")
            }.joined(separator: " "))
            let reader = ClauseReader(table: table, mentions: mentions, mentionAt: mentionAt, range: range,
                                      entityNames: entities.map(\.name))
            for p in reader.predicates(in: range) { print("   P \(p.lemma) form=\(p.form) passive=\(p.passive) neg=\(p.negated)") }
        }
        for (i, m) in mentions.enumerated() { print("M\(i) \(m.kind) \(m.name) \(m.type) e=\(m.entity) \(m.aliases)") }
    }
}

/// Writes open-mode tuples of a one-sentence-per-line file in CaRB's tabbed format when NEWSGRAPH_OPEN_SENTENCES
/// and NEWSGRAPH_DUMP are set (development aid for Benchmarks/carb).
final class OpenDumpTests: XCTestCase {
    func testDumpOpenTuplesWhenAsked() throws {
        let environment = ProcessInfo.processInfo.environment
        guard let input = environment["NEWSGRAPH_OPEN_SENTENCES"], let path = environment["NEWSGRAPH_DUMP"] else {
            throw XCTSkip("NEWSGRAPH_OPEN_SENTENCES not set")
        }
        let lines = try String(contentsOfFile: input, encoding: .utf8).split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        let extractor = try ArticleExtractor(mode: .open)
        var out = ""
        for t in try extractor.triples(inSentences: lines, document: input) {
            out += "\(lines[t.evidence.sentence])\t\(t.confidence)\t\(t.relation)\t\(t.subject.name)\t\(t.object.name)\n"
        }
        try out.write(toFile: path, atomically: true, encoding: .utf8)
    }
}
