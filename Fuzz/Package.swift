// swift-tools-version:6.0
// libFuzzer targets for the parsers that read untrusted input. A package of its own so the main
// package is untouched; Sources/{NLP,Extraction,Graph,CGraphviz,Graphviz} link to the real modules.
// Build only with the fuzzer flags (see README.md or `make fuzz`): each target defines
// LLVMFuzzerTestOneInput and takes its `main` from libFuzzer.
import PackageDescription

let package = Package(
    name: "newsgraph-fuzz",
    targets: [
        .target(name: "NLP", resources: [.copy("Resources")]),
        .target(name: "Extraction", dependencies: ["NLP"], resources: [.copy("Resources")]),
        .target(name: "Graph", dependencies: ["Extraction"]),
        .systemLibrary(name: "CGraphviz", pkgConfig: "libgvc", providers: [.apt(["libgraphviz-dev"])]),
        .target(name: "Graphviz", dependencies: ["CGraphviz", "Graph"]),
        .target(name: "FuzzDriver"),
        .executableTarget(name: "fuzz-tokenizer", dependencies: ["FuzzDriver", "NLP"]),
        .executableTarget(name: "fuzz-extractor", dependencies: ["FuzzDriver", "NLP", "Extraction"]),
        .executableTarget(name: "fuzz-dot", dependencies: ["FuzzDriver", "Graph", "Graphviz"]),
        .executableTarget(name: "fuzz-json", dependencies: ["FuzzDriver", "Graph"]),
    ]
)
