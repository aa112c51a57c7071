import FuzzDriver
import NLP

/// libFuzzer entry: tokenizes and splits arbitrary bytes (read as UTF-8 with replacement) and
/// checks what every later stage relies on: tokens in order, inside the text, never empty, and
/// sentences that tile the tokens exactly.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzTokenizer(_ bytes: UnsafePointer<UInt8>?, _ count: Int) -> CInt {
    let input = fuzzInput(bytes, count)
    let text = String(decoding: input, as: UTF8.self)
    let scalarCount = text.unicodeScalars.count
    var document = Document(text: text)
    do {
        try Tokenizer().apply(to: &document)
        try SentenceSplitter().apply(to: &document)
    } catch {
        fatalError("tokenizer or splitter threw on text input: \(error)")
    }
    var previousEnd = 0
    for index in document.words.indices {
        let start = document.starts[index], end = document.ends[index]
        guard start >= previousEnd, start < end, end <= scalarCount else {
            fatalError("token \(index) spans \(start)..<\(end) after \(previousEnd) in \(scalarCount) scalars")
        }
        guard !document.words[index].isEmpty else { fatalError("token \(index) is empty") }
        previousEnd = end
    }
    var next = 0
    for sentence in document.sentences {
        guard sentence.lowerBound == next, !sentence.isEmpty, sentence.count <= 300 else {
            fatalError("sentence \(sentence) does not follow token \(next) or is empty or too long")
        }
        next = sentence.upperBound
    }
    guard next == document.words.count else { fatalError("sentences end at \(next) of \(document.words.count) tokens") }
    return 0
}

/// SwiftPM's renamed `main` for this executable: hand over to libFuzzer.
@_cdecl("fuzz_tokenizer_main")
public func fuzztokenizerMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
    runFuzzer(argc, argv, fuzzTokenizer)
}
