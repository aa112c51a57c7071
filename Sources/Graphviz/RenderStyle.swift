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

    /// A style; the defaults are the standard diagram with nothing highlighted.
    public init(colorByRelation: Bool = true, legend: Bool = true,
                highlightedNodes: Set<NodeID> = [], highlightedEdges: Set<EdgeID> = []) {
        self.colorByRelation = colorByRelation
        self.legend = legend
        self.highlightedNodes = highlightedNodes
        self.highlightedEdges = highlightedEdges
    }

    /// The standard NewsGraph diagram: coloured relations and a legend.
    public static let diagram = RenderStyle()

    /// True when some node or edge is highlighted.
    public var highlights: Bool { !highlightedNodes.isEmpty || !highlightedEdges.isEmpty }
}
