import Foundation

/// Both adjacency lists of a graph value, built on first use.
///
/// A graph copy shares its cache until either copy is mutated; mutation swaps in a fresh
/// cache, so a cache never describes a graph other than the one that built it.
final class AdjacencyCache: @unchecked Sendable {
    private let lock = NSLock()
    private var built: (outgoing: Adjacency, incoming: Adjacency)?
    private var builtNeighbors: NeighborList?
    /// Idle search scratch sized for this graph; concurrent queries each take their own.
    private var idleScratch: [SearchScratch] = []

    /// The cached lists, building them with `make` the first time.
    func value(_ make: () -> (outgoing: Adjacency, incoming: Adjacency)) -> (outgoing: Adjacency, incoming: Adjacency) {
        lock.lock()
        defer { lock.unlock() }
        if let built { return built }
        let made = make()
        built = made
        return made
    }

    /// The cached two-way neighbour list, building it with `make` the first time.
    func neighbors(_ make: () -> NeighborList) -> NeighborList {
        lock.lock()
        defer { lock.unlock() }
        if let builtNeighbors { return builtNeighbors }
        let made = make()
        builtNeighbors = made
        return made
    }

    /// True once the lists were built, so a mutation knows it must drop them.
    var isBuilt: Bool {
        lock.lock()
        defer { lock.unlock() }
        return built != nil
    }

    /// Scratch for one search over `nodeCount` nodes; hand it back with `giveBack` when done.
    func takeScratch(nodeCount: Int) -> SearchScratch {
        lock.lock()
        defer { lock.unlock() }
        while let scratch = idleScratch.popLast() {
            if scratch.nodeCount == nodeCount { return scratch }
        }
        return SearchScratch(nodeCount: nodeCount)
    }

    /// Returns scratch for reuse; at most a few are kept.
    func giveBack(_ scratch: SearchScratch) {
        lock.lock()
        defer { lock.unlock() }
        if idleScratch.count < 4 { idleScratch.append(scratch) }
    }
}
