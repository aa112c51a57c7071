// swift-tools-version:6.0
// The module graph is the data flow: text → Document (NLP) → [Triple] (Extraction)
// → KnowledgeGraph (Graph) → Graphviz → the `newsgraph` CLI. Imports only go forward,
// and nothing up to Graph links against Graphviz.
import PackageDescription

let package = Package(
    name: "NewsGraph",
    products: [
        .executable(name: "newsgraph", targets: ["newsgraph"]),
        .library(name: "NewsGraph", targets: ["Ingest", "NLP", "Extraction", "Graph", "Graphviz"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.0"),
    ],
    targets: [
        // Ingest stands apart from the NLP chain: it turns files (HTML, feeds, JSON dumps, .gz) into
        // articles with metadata, and only the CLI joins the two.
        .systemLibrary(name: "CZlib", pkgConfig: "zlib", providers: [.apt(["zlib1g-dev"])]),
        .target(name: "Ingest", dependencies: ["CZlib"]),
        .target(name: "NLP", resources: [.copy("Resources")]),
        .target(name: "Extraction", dependencies: ["NLP"], resources: [.copy("Resources")]),
        .target(name: "Graph", dependencies: ["Extraction", "CZlib"], resources: [.copy("Resources")]),
        .systemLibrary(
            name: "CGraphviz",
            pkgConfig: "libgvc",
            providers: [.apt(["libgraphviz-dev"])]
        ),
        .target(name: "Graphviz", dependencies: ["CGraphviz", "Graph"]),
        .executableTarget(
            name: "newsgraph",
            dependencies: [
                "Ingest", "NLP", "Extraction", "Graph", "Graphviz",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .testTarget(name: "IngestTests", dependencies: ["Ingest"], resources: [.copy("Fixtures")]),
        .testTarget(name: "NLPTests", dependencies: ["NLP"], resources: [.copy("Fixtures")]),
        .testTarget(name: "ExtractionTests", dependencies: ["Extraction"], exclude: ["Fixtures"]),
        .testTarget(name: "GraphTests", dependencies: ["Graph"]),
        .testTarget(name: "GraphvizTests", dependencies: ["Graphviz"]),
        .testTarget(name: "CLITests", dependencies: ["newsgraph"]),
        .testTarget(name: "ConformanceTests", dependencies: ["Graph", "Graphviz"]),
        .testTarget(name: "HostileInputTests", dependencies: ["newsgraph"]),
    ]
)
