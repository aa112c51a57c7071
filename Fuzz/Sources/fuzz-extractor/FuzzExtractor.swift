import FuzzDriver
import Extraction
import NLP

/// Loading the model takes a while: once per process, not per input.
nonisolated(unsafe) private var extractor: ArticleExtractor? = nil

/// libFuzzer entry: arbitrary bytes through TextDecoder and the whole actor extractor. Throwing
/// is fine (that is the one-line error path); a trap or a triple whose evidence lies outside the
/// text is a finding.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzExtractor(_ bytes: UnsafePointer<UInt8>?, _ count: Int) -> CInt {
    if extractor == nil {
        do { extractor = try ArticleExtractor(mode: .actors) } catch { fatalError("cannot load the model: \(error)") }
    }
    guard let extractor else { return 0 }
    let input = Array(fuzzInput(bytes, count))
    guard let decoded = try? TextDecoder.decode(input, name: "fuzz") else { return 0 }
    let scalarCount = decoded.text.unicodeScalars.count
    guard let triples = try? extractor.triples(in: decoded.text, document: "fuzz") else { return 0 }
    for triple in triples {
        let evidence = triple.evidence
        guard evidence.start >= 0, evidence.start <= evidence.end, evidence.end <= scalarCount else {
            fatalError("evidence \(evidence.start)..<\(evidence.end) outside \(scalarCount) scalars")
        }
        guard !triple.subject.name.isEmpty, !triple.object.name.isEmpty, !triple.relation.isEmpty else {
            fatalError("empty field in \(triple)")
        }
    }
    return 0
}

/// SwiftPM's renamed `main` for this executable: hand over to libFuzzer.
@_cdecl("fuzz_extractor_main")
public func fuzzextractorMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
    runFuzzer(argc, argv, fuzzExtractor)
}
