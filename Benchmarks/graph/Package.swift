// swift-tools-version:6.0
// Speed and memory benchmarks for the Graph module: triples-import build and shortest-path queries.
// A package of its own so the main package needs no benchmark target and `swift test` never builds
// it; Sources/{NLP,Extraction,Graph} link to the real modules, so it measures what the tool ships.
import PackageDescription

let package = Package(
    name: "graph-bench",
    targets: [
        .target(name: "NLP", resources: [.copy("Resources")]),
        .target(name: "Extraction", dependencies: ["NLP"], resources: [.copy("Resources")]),
        .target(name: "Graph", dependencies: ["Extraction"]),
        .executableTarget(name: "graph-bench", dependencies: ["Graph", "Extraction"]),
    ]
)
