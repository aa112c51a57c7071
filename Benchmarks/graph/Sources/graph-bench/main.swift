// Graph benchmarks; each mode runs in its own process so its peak memory (VmHWM) is its own.
//   graph-bench build [TRIPLES] [ACTORS]   synthetic triples merged into a graph (default 1M over 100k)
//   graph-bench tsv [TRIPLES] [ACTORS]     the same triples as extract-format TSV, parsed and merged
//   graph-bench paths NODES EDGES [QUERIES] random graph, random undirected shortest-path queries
import Foundation
import Extraction
import Graph

let arguments = CommandLine.arguments.dropFirst()
let mode = arguments.first ?? "build"
func argument(_ index: Int, _ fallback: Int) -> Int {
    let values = Array(arguments.dropFirst())
    return index < values.count ? Int(values[index]) ?? fallback : fallback
}

switch mode {
case "build":
    let triples = argument(0, 1_000_000), actors = argument(1, 100_000)
    var random = SplitMix(seed: 1)
    let relations = Synthetic.relations
    // Generating the triples alone, timed apart so the build figure is the merging.
    var generator = SplitMix(seed: 1)
    let generationStart = Clock.now(), generationCPU = Clock.cpuNow()
    for index in 0..<triples {
        let triple = Synthetic.triple(index, actors: actors, relations: relations, random: &generator)
        if triple.relation.isEmpty { print("unreachable") }
    }
    let generation = Clock.seconds(since: generationStart), generationCPUSeconds = Clock.cpuSeconds(since: generationCPU)
    let start = Clock.now(), startCPU = Clock.cpuNow()
    var graph = KnowledgeGraph()
    // A bulk load states its size, as `importTriples` does from the line count.
    graph.reserveCapacity(edges: triples)
    for index in 0..<triples {
        graph.add(Synthetic.triple(index, actors: actors, relations: relations, random: &random))
    }
    let seconds = Clock.seconds(since: start), cpu = Clock.cpuSeconds(since: startCPU)
    print(String(format: "build: %d triples over %d actors -> %d nodes, %d edges in %.2f s wall / %.2f s CPU, of which generating "
                 + "them %.2f s / %.2f s (merging alone %.2f s wall / %.2f s CPU), peak RSS %@", triples, actors, graph.nodes.count,
                 graph.edges.count, seconds, cpu, generation, generationCPUSeconds, seconds - generation, cpu - generationCPUSeconds,
                 Memory.peak()))
case "tsv":
    let triples = argument(0, 1_000_000), actors = argument(1, 100_000)
    var random = SplitMix(seed: 1)
    var text = KnowledgeGraph.tripleColumns.joined(separator: "\t") + "\n"
    for index in 0..<triples {
        let t = Synthetic.triple(index, actors: actors, relations: Synthetic.relations, random: &random)
        text += [t.subject.name, t.relation, t.object.name, t.subject.type.rawValue, t.object.type.rawValue, t.surface, "false", "",
                 t.evidence.document, String(t.evidence.sentence), String(t.evidence.start), String(t.evidence.end), t.evidence.text]
            .joined(separator: "\t") + "\n"
    }
    let data = Data(text.utf8)
    text = ""
    let start = Clock.now(), startCPU = Clock.cpuNow()
    var graph = KnowledgeGraph()
    do {
        try graph.importTriples(data, format: .tsv, path: "synthetic.tsv")
    } catch {
        print("tsv import failed: \(error)")
        exit(1)
    }
    let seconds = Clock.seconds(since: start), cpu = Clock.cpuSeconds(since: startCPU)
    print(String(format: "tsv import: %d rows (%.0f MB) -> %d nodes, %d edges in %.2f s wall / %.2f s CPU, peak RSS %@ (includes the TSV text)",
                 triples, Double(data.count) / 1e6, graph.nodes.count, graph.edges.count, seconds, cpu, Memory.peak()))
case "paths":
    let nodeCount = argument(0, 100_000), edgeCount = argument(1, 300_000), queries = argument(2, 1_000)
    var random = SplitMix(seed: 42)
    let buildStart = Clock.now()
    var graph = KnowledgeGraph()
    let ids = (0..<nodeCount).map { graph.addNode(name: "v\($0)", type: .other) }
    for _ in 0..<edgeCount {
        graph.addEdge(from: ids[random.next(nodeCount)], to: ids[random.next(nodeCount)],
                      relation: Synthetic.relations[random.next(Synthetic.relations.count)], evidence: [])
    }
    _ = graph.outgoing
    _ = graph.shortestPath(from: ids[0], to: ids[1])
    let buildSeconds = Clock.seconds(since: buildStart)
    var times: [Double] = [], cpuTimes: [Double] = [], found = 0, hops = 0
    for _ in 0..<queries {
        let from = ids[random.next(nodeCount)], to = ids[random.next(nodeCount)]
        let start = Clock.now(), startCPU = Clock.cpuNow()
        let path = graph.shortestPath(from: from, to: to)
        cpuTimes.append(Clock.cpuSeconds(since: startCPU) * 1000)
        times.append(Clock.seconds(since: start) * 1000)
        if let path { found += 1; hops += path.hops.count }
    }
    func percentile(_ values: [Double], _ fraction: Double) -> Double {
        let sorted = values.sorted()
        return sorted[min(sorted.count - 1, Int(Double(sorted.count) * fraction))]
    }
    print(String(format: "paths: %d nodes, %d edges (built in %.1f s): %d undirected queries, %d found (mean %.1f hops): "
                 + "median %.4f ms, p95 %.4f ms wall; median %.4f ms, p95 %.4f ms CPU; peak RSS %@",
                 nodeCount, graph.edges.count, buildSeconds, queries, found, Double(hops) / Double(max(1, found)),
                 percentile(times, 0.5), percentile(times, 0.95), percentile(cpuTimes, 0.5), percentile(cpuTimes, 0.95), Memory.peak()))
default:
    print("usage: graph-bench build|tsv [TRIPLES] [ACTORS] | paths NODES EDGES [QUERIES]")
    exit(2)
}
