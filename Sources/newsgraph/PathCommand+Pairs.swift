import ArgumentParser
import Foundation
import Graph

extension PathCommand {
    /// Answers every FROM<TAB>TO line of `file`, printing one block per query:
    /// `[line] FROM -> TO: N hops` and the path, or `[line] …: error: reason`. Returns true when all were found.
    func answerPairs(in graph: KnowledgeGraph, file: String, filter: PathFilter) throws -> Bool {
        let text = try readPairs(file)
        var allFound = true, first = true
        for (offset, rawLine) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let line = rawLine.hasSuffix("\r") ? rawLine.dropLast() : rawLine
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            guard !trimmed.isEmpty, !trimmed.hasPrefix("#") else { continue }
            var block: [String] = []
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false)
                .map { $0.trimmingCharacters(in: .whitespaces) }
            if fields.count != 2 || fields.contains(where: \.isEmpty) {
                block.append("[\(offset + 1)] error: expected FROM<TAB>TO, found \(fields.count) field\(fields.count == 1 ? "" : "s")")
                allFound = false
            } else {
                let header = "[\(offset + 1)] \(fields[0]) -> \(fields[1])"
                do {
                    let source = try graph.resolve(fields[0]), target = try graph.resolve(fields[1])
                    let answer = try lines(in: graph, from: source, to: target, names: (fields[0], fields[1]), filter: filter)
                    block.append(header + ":")
                    block += answer
                } catch {
                    block.append("\(header): error: \(error)")
                    allFound = false
                }
            }
            Console.out((first ? "" : "\n") + block.map { $0 + "\n" }.joined())
            first = false
        }
        return allFound
    }

    private func readPairs(_ file: String) throws -> String {
        let data: Data
        if file == "-" {
            data = FileHandle.standardInput.readDataToEndOfFile()
        } else {
            do {
                data = try Data(contentsOf: URL(fileURLWithPath: file))
            } catch {
                throw CLIError("cannot read \(file): \(ArticleReader.reason(error))")
            }
        }
        guard let text = String(data: data, encoding: .utf8) else { throw CLIError("\(file) is not UTF-8 text") }
        return text
    }
}
