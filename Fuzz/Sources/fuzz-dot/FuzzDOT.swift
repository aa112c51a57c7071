import FuzzDriver
import Graph
import Graphviz

/// libFuzzer entry: arbitrary text through the DOT importer. A graph it accepts must survive
/// writing back to DOT and reading again unchanged (the exporter's escaping matches the importer).
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzDOT(_ bytes: UnsafePointer<UInt8>?, _ count: Int) -> CInt {
    let input = fuzzInput(bytes, count)
    let text = String(decoding: input, as: UTF8.self)
    guard let graph = try? GraphvizEngine.shared.graph(fromDOT: text) else { return 0 }
    let written: String
    do { written = try GraphvizEngine.shared.dot(for: graph) } catch { fatalError("cannot write an imported graph: \(error)") }
    let again: KnowledgeGraph
    do { again = try GraphvizEngine.shared.graph(fromDOT: written) } catch { fatalError("cannot re-read its own DOT: \(error)\n\(written)") }
    guard again == graph else { fatalError("DOT round trip changed the graph:\n\(written)") }
    return 0
}

/// SwiftPM's renamed `main` for this executable: hand over to libFuzzer.
@_cdecl("fuzz_dot_main")
public func fuzzdotMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
    runFuzzer(argc, argv, fuzzDOT)
}
