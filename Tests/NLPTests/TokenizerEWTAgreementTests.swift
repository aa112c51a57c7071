import XCTest
@testable import NLP

/// Measures how closely the tokenizer and splitter reproduce the UD English EWT dev set.
/// Needs the treebank beside the repository (../shared); skipped when it is absent.
final class TokenizerEWTAgreementTests: XCTestCase {
    /// A raw document rebuilt from the treebank with its gold token and sentence spans.
    struct GoldText {
        var text = ""
        var tokens: [Range<Int>] = []
        var sentenceEnds: [Int] = []
    }

    /// The dev set beside the repository; NEWSGRAPH_EWT_FILE measures another CoNLL-U file instead.
    static var devPath: URL {
        if let path = ProcessInfo.processInfo.environment["NEWSGRAPH_EWT_FILE"] { return URL(fileURLWithPath: path) }
        return URL(fileURLWithPath: #filePath)
            .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent()
            .appendingPathComponent("shared/data/ud/en_ewt/en_ewt-ud-dev.conllu")
    }

    func testTokenBoundaryF1AgainstEWTDev() throws {
        let gold = try Self.loadGold()
        let spans = Tokenizer().tokenSpans(Array(gold.text.unicodeScalars))
        let f1 = Self.f1(predicted: spans, gold: gold.tokens)
        print(String(format: "EWT \(Self.devPath.lastPathComponent) token boundary: P %.4f R %.4f F1 %.4f (%d gold, %d predicted)",
                     f1.precision, f1.recall, f1.f1, gold.tokens.count, spans.count))
        XCTAssertGreaterThan(f1.f1, 0.97)
        if let path = ProcessInfo.processInfo.environment["NEWSGRAPH_EWT_DUMP"] {
            try Self.dumpDisagreements(text: gold.text, predicted: spans, gold: gold.tokens, to: path)
        }
    }

    /// Writes each disagreeing stretch with its gold and predicted tokens, for error analysis.
    static func dumpDisagreements(text: String, predicted: [Range<Int>], gold: [Range<Int>], to path: String) throws {
        let slicer = TextSlicer(text)
        let goldSet = Set(gold), predictedSet = Set(predicted)
        var lines: [String] = []
        for span in predicted where !goldSet.contains(span) {
            let golds = gold.filter { $0.overlaps(span) }
            let preds = predicted.filter { golds.contains(where: $0.overlaps) || $0 == span }
            lines.append("PRED \(preds.map { slicer.slice($0) })  GOLD \(golds.map { slicer.slice($0) })")
        }
        for span in gold where !predictedSet.contains(span) && !predicted.contains(where: span.overlaps) {
            lines.append("MISSING \(slicer.slice(span))")
        }
        try lines.joined(separator: "\n").write(toFile: path, atomically: true, encoding: .utf8)
    }

    func testSentenceBoundaryF1AgainstEWTDev() throws {
        let gold = try Self.loadGold()
        let document = try Pipeline.tokenizing(gold.text)
        let predicted = document.sentences.map { document.ends[$0.upperBound - 1] }
        let f1 = Self.f1(predicted: predicted, gold: gold.sentenceEnds)
        print(String(format: "EWT \(Self.devPath.lastPathComponent) sentence boundary: P %.4f R %.4f F1 %.4f (%d gold, %d predicted)",
                     f1.precision, f1.recall, f1.f1, gold.sentenceEnds.count, predicted.count))
        XCTAssertGreaterThan(f1.f1, 0.7)
        if let path = ProcessInfo.processInfo.environment["NEWSGRAPH_EWT_SENTENCE_DUMP"] {
            let slicer = TextSlicer(gold.text)
            let goldSet = Set(gold.sentenceEnds), predictedSet = Set(predicted)
            let missed = gold.sentenceEnds.filter { !predictedSet.contains($0) }.map { "MISSED   \(slicer.slice(max(0, $0 - 40)..<$0)) || \(slicer.slice($0..<($0 + 30)))" }
            let extra = predicted.filter { !goldSet.contains($0) }.map { "SPURIOUS \(slicer.slice(max(0, $0 - 40)..<$0)) || \(slicer.slice($0..<($0 + 30)))" }
            try (missed + extra).joined(separator: "\n").write(toFile: path, atomically: true, encoding: .utf8)
        }
    }

    static func f1<T: Hashable>(predicted: [T], gold: [T]) -> (precision: Double, recall: Double, f1: Double) {
        let goldSet = Set(gold)
        let hits = predicted.filter { goldSet.contains($0) }.count
        let precision = predicted.isEmpty ? 0 : Double(hits) / Double(predicted.count)
        let recall = gold.isEmpty ? 0 : Double(hits) / Double(gold.count)
        let f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall)
        return (precision, recall, f1)
    }

    /// Rebuilds the dev text: sentences joined by a space, paragraphs and documents by a blank line.
    static func loadGold() throws -> GoldText {
        guard let data = FileManager.default.contents(atPath: devPath.path) else {
            throw XCTSkip("EWT dev set not found at \(devPath.path)")
        }
        var gold = GoldText()
        var offset = 0
        var sentenceText: [Unicode.Scalar] = []
        var words: [String] = []
        var mwtEnd = 0
        var mwtForm = ""
        var mwtParts: [String] = []
        var separator = ""
        func flush() {
            guard !sentenceText.isEmpty else { return }
            gold.text += separator
            offset += separator.unicodeScalars.count
            var cursor = 0
            for word in words {
                let form = Array(word.unicodeScalars)
                while cursor < sentenceText.count && sentenceText[cursor].properties.isWhitespace { cursor += 1 }
                if cursor + form.count <= sentenceText.count && Array(sentenceText[cursor..<(cursor + form.count)]) == form {
                    gold.tokens.append((offset + cursor)..<(offset + cursor + form.count))
                    cursor += form.count
                }
            }
            var view = String.UnicodeScalarView()
            view.append(contentsOf: sentenceText)
            gold.text += String(view)
            offset += sentenceText.count
            gold.sentenceEnds.append(offset)
            sentenceText = []
            words = []
            separator = " "
        }
        for line in String(decoding: data, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false) {
            if line.hasPrefix("# newdoc") || line.hasPrefix("# newpar") {
                flush()
                if !gold.text.isEmpty { separator = "\n\n" }
            } else if line.hasPrefix("# text = ") {
                flush()
                sentenceText = Array(line.dropFirst(9).unicodeScalars)
                mwtEnd = 0
            } else if let first = line.first, first.isNumber {
                let columns = line.split(separator: "\t", omittingEmptySubsequences: false)
                guard columns.count > 2 else { continue }
                let id = columns[0]
                let form = String(columns[1])
                if id.contains(".") { continue }
                if let dash = id.firstIndex(of: "-"), let end = Int(id[id.index(after: dash)...]) {
                    mwtEnd = end
                    mwtForm = form
                    mwtParts = []
                } else if let index = Int(id), index <= mwtEnd {
                    mwtParts.append(form)
                    // Parts count as tokens when they spell the surface form ("do" + "n't").
                    if index == mwtEnd { words += mwtParts.joined() == mwtForm ? mwtParts : [mwtForm] }
                } else {
                    words.append(form)
                }
            }
        }
        flush()
        return gold
    }
}
