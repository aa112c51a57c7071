import Graph

/// The JSON shapes of `--format json` on the query commands (documented in docs/query-json.md).
/// Keys are written sorted, so one graph and one query always give the same bytes.
enum QueryJSON {
    /// An actor: its identity key, name and type.
    struct Actor: Encodable, Equatable {
        var key, name, type: String

        init(_ id: NodeID, in graph: some QuerySource) {
            key = graph.actorKey(id)
            name = graph.actorName(id)
            type = graph.actorType(id).rawValue
        }
    }

    /// `rank`: actors best first.
    struct Ranking: Encodable {
        struct Entry: Encodable {
            var rank: Int
            var score: Double
            var actor: Actor
        }
        var by: String
        var actors: [Entry]
    }

    /// `components`: sizes and (up to --names) actors by name.
    struct Components: Encodable {
        struct Component: Encodable {
            var size: Int
            var actors: [Actor]
        }
        var count: Int
        var components: [Component]
    }

    /// `stats`: the summary figures.
    struct Stats: Encodable {
        struct Ranked: Encodable {
            var name, type: String
            var degree: Int
        }
        var actors, relations, statements, components: Int
        var types: [String: Int]
        var topActors: [Ranked]

        init(_ stats: GraphStats) {
            actors = stats.nodeCount
            relations = stats.edgeCount
            statements = stats.statementCount
            components = stats.componentCount
            types = Dictionary(uniqueKeysWithValues: stats.nodesByType.map { ($0.key.rawValue, $0.value) })
            topActors = stats.topActors.map { Ranked(name: $0.name, type: $0.type.rawValue, degree: $0.degree) }
        }
    }

    /// `neighbors`: every actor reached, by depth then name.
    struct Neighborhood: Encodable {
        struct Reached: Encodable {
            var depth: Int
            var actor: Actor
        }
        var center: Actor
        var depth: Int
        var reached: [Reached]

        /// - Complexity: O(V log V + E).
        init(of center: NodeID, depth: Int, directed: Bool, in graph: some QuerySource) {
            self.center = Actor(center, in: graph)
            self.depth = depth
            reached = graph.reach(from: center, depth: depth, directed: directed)
                .filter { $0.key != center }
                .map { (node: $0.key, depth: $0.value, name: graph.actorName($0.key).lowercased()) }
                .sorted { ($0.depth, $0.name, $0.node) < ($1.depth, $1.name, $1.node) }
                .map { Reached(depth: $0.depth, actor: Actor($0.node, in: graph)) }
        }
    }

    /// `path`: each path as hops, each hop with its relation and first evidence.
    struct Paths: Encodable {
        struct Hop: Encodable {
            var from, to: Actor
            var relation: String
            var negated, forward: Bool
            var count: Int
            var evidence: Evidence?
        }
        struct Evidence: Encodable {
            var document: String
            var sentence: Int
            var text: String
        }
        var from, to: Actor
        var paths: [[Hop]]

        init(_ paths: [GraphPath], from source: NodeID, to target: NodeID, in graph: some QuerySource) throws {
            from = Actor(source, in: graph)
            to = Actor(target, in: graph)
            self.paths = try paths.map { path in
                try path.hops.map { hop in
                    let edge = graph.edgeFacts(hop.edge)
                    return Hop(from: Actor(hop.from, in: graph), to: Actor(hop.to, in: graph), relation: edge.relation,
                               negated: edge.negated, forward: hop.forward, count: edge.count,
                               evidence: try graph.firstEvidence(of: hop.edge).map { Evidence(document: $0.document, sentence: $0.sentence, text: $0.text) })
                }
            }
        }
    }
}
