import FuzzDriver
import Foundation
import Graph

/// libFuzzer entry: arbitrary bytes through the JSON graph reader. A graph it accepts must write
/// back to JSON that reads as the same graph.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzJSON(_ bytes: UnsafePointer<UInt8>?, _ count: Int) -> CInt {
    let input = fuzzInput(bytes, count)
    let data = Data(input)
    guard let graph = try? KnowledgeGraph(jsonData: data, path: "fuzz.json") else { return 0 }
    let written: Data
    do { written = try graph.jsonData() } catch { fatalError("cannot write a graph it read: \(error)") }
    let again: KnowledgeGraph
    do { again = try KnowledgeGraph(jsonData: written, path: "again.json") } catch { fatalError("cannot re-read its own JSON: \(error)") }
    guard again == graph else { fatalError("JSON round trip changed the graph") }
    return 0
}

/// SwiftPM's renamed `main` for this executable: hand over to libFuzzer.
@_cdecl("fuzz_json_main")
public func fuzzjsonMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
    runFuzzer(argc, argv, fuzzJSON)
}
