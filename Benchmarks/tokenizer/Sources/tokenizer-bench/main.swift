// Tokenizes and sentence-splits every .txt file under a folder (default: the BBC corpus in
// ../shared), best of five rounds, and prints tokens per second for each step.
import Foundation
import NLP

let defaultCorpus = "../../../shared/data/news/bbc"
let root = CommandLine.arguments.count > 1 ? CommandLine.arguments[1] : defaultCorpus
let manager = FileManager.default
guard let paths = manager.enumerator(atPath: root)?.compactMap({ $0 as? String }).filter({ $0.hasSuffix(".txt") }),
      !paths.isEmpty
else {
    print("no .txt files under \(root); pass a folder of text files")
    exit(0)
}
var texts: [String] = []
for path in paths.sorted() {
    guard let data = manager.contents(atPath: root + "/" + path),
          let decoded = try? TextDecoder.decode([UInt8](data), name: path)
    else { continue }
    texts.append(decoded.text)
}
let corpus = texts.joined(separator: "\n\n")
print("\(texts.count) files, \(corpus.unicodeScalars.count) scalars")

var bestTokenizer = Double.infinity, bestSplitter = Double.infinity
var tokens = 0, sentences = 0
for _ in 0..<5 {
    var document = Document(text: corpus)
    let start = DispatchTime.now().uptimeNanoseconds
    try Tokenizer().apply(to: &document)
    let tokenized = DispatchTime.now().uptimeNanoseconds
    try SentenceSplitter().apply(to: &document)
    let split = DispatchTime.now().uptimeNanoseconds
    bestTokenizer = min(bestTokenizer, Double(tokenized - start) / 1e9)
    bestSplitter = min(bestSplitter, Double(split - tokenized) / 1e9)
    tokens = document.count
    sentences = document.sentences.count
}
print("\(tokens) tokens, \(sentences) sentences")
print(String(format: "tokenizer: %.3f s, %.2f M tokens/s", bestTokenizer, Double(tokens) / bestTokenizer / 1e6))
print(String(format: "splitter:  %.3f s, %.2f M tokens/s", bestSplitter, Double(tokens) / bestSplitter / 1e6))
