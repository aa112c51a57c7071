import ArgumentParser
import Graphviz

/// How a diagram draws relations: one edge per pair of actors (the default) or one per relation.
struct DrawingOptions: ParsableArguments {
    /// The `--edges` values.
    enum EdgeMode: String, ExpressibleByArgument, CaseIterable {
        case pairs, all
    }

    @Option(help: ArgumentHelp("pairs: one edge per pair of actors (width: statements; colour: the dominant relation class; label: the top relations with counts; tooltip: all of them). all: one edge per relation.", valueName: "mode"))
    var edges: EdgeMode = .pairs

    @Option(help: ArgumentHelp("With pair edges, label only the n strongest (default: all up to 40 pairs, else about ¾ of the actor count); the rest keep their tooltips.", valueName: "n"))
    var edgeLabels: Int?

    func validate() throws {
        if let edgeLabels, edgeLabels < 0 { throw ValidationError("--edge-labels must be 0 or more, not \(edgeLabels).") }
    }

    /// True when diagrams draw pair edges.
    var pairs: Bool { edges == .pairs }

    /// `style` with these choices.
    func applied(to style: RenderStyle) -> RenderStyle {
        var style = style
        style.pairEdges = pairs
        style.edgeLabelLimit = edgeLabels
        return style
    }
}
