import Foundation
import Graph

extension BuildCommand {
    /// `build --triples FILE.tsv -o OUT` by the compact build (see `CompactBuild`) when the input allows
    /// it: one TSV file, no articles, no --append, no statement filter. Returns false, having written
    /// nothing, when the old build must run (which also reports any error in the input).
    /// NEWSGRAPH_COMPACT_BUILD=0 turns it off, to compare the two.
    func compactBuild(kind: GraphFileKind, tripleFiles: [(path: String, format: TripleImport.Format)],
                      filter: StatementFilter) throws -> Bool {
        guard ProcessInfo.processInfo.environment["NEWSGRAPH_COMPACT_BUILD"] != "0", paths.isEmpty, !append,
              tripleFiles.count == 1, let file = tripleFiles.first, file.format == .tsv, filter == StatementFilter.all else {
            return false
        }
        let provenance: CompactBuild.Provenance = kind == .ngraph ? .nativeSections : .inGraph
        guard let built = CompactBuild(tsv: try Self.read(file.path, mapped: true), path: file.path, rules: try identity.rules(),
                                       provenance: provenance) else { return false }
        let graph = built.graph
        if graph.edges.isEmpty { Console.error("warning: no relations between actors were found in the input") }
        if kind == .ngraph {
            try Self.writeNative(to: output) { try built.writeNative(to: &$0) }
        } else {
            try GraphStore.save(graph, to: output, layout: layout)
        }
        let actors = graph.nodes.count, relations = graph.edges.count
        Console.error("wrote \(output): \(actors) actor\(actors == 1 ? "" : "s"), \(relations) relation\(relations == 1 ? "" : "s")")
        return true
    }

    /// Writes a native file to `path` atomically, streamed: the sections are not copied into one `Data` first.
    static func writeNative(to path: String, _ body: (inout NativeFileOutput) throws -> Void) throws {
        try AtomicFile.write(to: path) { url in
            guard FileManager.default.createFile(atPath: url.path, contents: nil) else { throw CocoaError(.fileWriteUnknown) }
            let handle = try FileHandle(forWritingTo: url)
            defer { try? handle.close() }
            var file = NativeFileOutput(descriptor: handle.fileDescriptor)
            try body(&file)
        }
    }
}
