import Foundation

/// Reads CoNLL-U files: gold tokenisation, multiword-token ranges and empty nodes skipped.
public enum CoNLLUReader {
    /// Reads every sentence of the file at `path`.
    /// - Complexity: O(n) in the file size.
    public static func read(path: String) throws -> [CoNLLUSentence] {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw NLPError.unreadable(path: path, reason: "no such file or not readable")
        }
        guard let text = String(data: data, encoding: .utf8) else {
            throw NLPError.unreadable(path: path, reason: "not UTF-8")
        }
        return try parse(text, path: path)
    }

    /// Parses CoNLL-U `text`; `path` names the source in errors.
    /// - Complexity: O(n) in the text size.
    public static func parse(_ text: String, path: String = "<string>") throws -> [CoNLLUSentence] {
        var sentences: [CoNLLUSentence] = []
        var current = CoNLLUSentence(words: [], lemmas: [], upos: [], xpos: [], heads: [], deprels: [])
        var lineNumber = 0
        func finish() throws {
            guard current.count > 0 else { return }
            for head in current.heads where head >= current.count {
                throw NLPError.malformedCoNLLU(path: path, line: lineNumber, reason: "head \(head + 1) beyond the sentence's \(current.count) words")
            }
            sentences.append(current)
            current = CoNLLUSentence(words: [], lemmas: [], upos: [], xpos: [], heads: [], deprels: [])
        }
        for rawLine in text.split(separator: "\n", omittingEmptySubsequences: false) {
            lineNumber += 1
            let line = rawLine.hasSuffix("\r") ? rawLine.dropLast() : rawLine
            if line.isEmpty {
                try finish()
                continue
            }
            if line.hasPrefix("#") { continue }
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false)
            guard fields.count == 10 else {
                throw NLPError.malformedCoNLLU(path: path, line: lineNumber, reason: "expected 10 tab-separated fields, found \(fields.count)")
            }
            let id = fields[0]
            if id.contains("-") || id.contains(".") { continue }
            guard let index = Int(id), index == current.count + 1 else {
                throw NLPError.malformedCoNLLU(path: path, line: lineNumber, reason: "word id '\(id)' out of sequence")
            }
            guard let head = Int(fields[6]), head >= 0 else {
                throw NLPError.malformedCoNLLU(path: path, line: lineNumber, reason: "head '\(fields[6])' is not a number")
            }
            guard head != index else {
                throw NLPError.malformedCoNLLU(path: path, line: lineNumber, reason: "word \(index) is its own head")
            }
            current.words.append(String(fields[1]))
            current.lemmas.append(String(fields[2]))
            current.upos.append(String(fields[3]))
            current.xpos.append(String(fields[4]))
            current.heads.append(head - 1)
            current.deprels.append(String(fields[7]))
        }
        try finish()
        return sentences
    }
}
