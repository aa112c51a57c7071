// swift-tools-version:6.0
// Throughput benchmark for the NLP tokenizer and sentence splitter. A package of its own so the
// main package needs no benchmark target; Sources/NLP is a link to the real module.
import PackageDescription

let package = Package(
    name: "tokenizer-bench",
    targets: [
        .target(name: "NLP", resources: [.copy("Resources")]),
        .executableTarget(name: "tokenizer-bench", dependencies: ["NLP"]),
    ]
)
