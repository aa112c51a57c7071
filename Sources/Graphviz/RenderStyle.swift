import Graph

/// How a diagram is dressed at render time, on top of the data DOT of `dot(for:)`: relation
/// colours, a legend, highlighted nodes and edges, tooltips with evidence. None of this is
/// written by `dot(for:)`, so DOT meant for data exchange stays free of presentation.
public struct RenderStyle: Sendable, Equatable {
    /// Colour edges by `RelationClass` and use the larger diagram fonts.
    public var colorByRelation: Bool
    /// Add a legend node explaining colours, shapes, dashes and widths.
    public var legend: Bool
    /// Nodes drawn emphasised (e.g. a path); when this or `highlightedEdges` is non-empty,
    /// everything else is drawn faded.
    public var highlightedNodes: Set<NodeID>
    /// Edges drawn thick and emphasised.
    public var highlightedEdges: Set<EdgeID>
    /// Draw all relations between two actors as one edge (width from the statements, colour from
    /// the dominant relation class, the top relations as label, all of them in the tooltip);
    /// false draws one edge per relation. Only diagrams: the DOT export is always per relation.
    public var pairEdges: Bool
    /// With pair edges, how many of the strongest carry a label; nil for the automatic budget
    /// (all up to 40 pairs, else about three quarters of the actor count).
    public var edgeLabelLimit: Int?
    /// Groups of actors drawn in one outline colour per group, best-connected member first;
    /// groups of one are not marked.
    public var clusters: [[NodeID]] = []

    /// A style; the defaults are the standard diagram with nothing highlighted.
    public init(colorByRelation: Bool = true, legend: Bool = true,
                highlightedNodes: Set<NodeID> = [], highlightedEdges: Set<EdgeID> = [],
                pairEdges: Bool = true, edgeLabelLimit: Int? = nil) {
        self.colorByRelation = colorByRelation
        self.legend = legend
        self.highlightedNodes = highlightedNodes
        self.highlightedEdges = highlightedEdges
        self.pairEdges = pairEdges
        self.edgeLabelLimit = edgeLabelLimit
    }

    /// The standard NewsGraph diagram: coloured pair edges and a legend.
    public static let diagram = RenderStyle()

    /// True when some node or edge is highlighted.
    public var highlights: Bool { !highlightedNodes.isEmpty || !highlightedEdges.isEmpty }
}

extension RenderStyle {
    /// The standard diagram with one edge per relation, as before pair edges (`--edges all`).
    public static let perRelation = RenderStyle(pairEdges: false)
}
