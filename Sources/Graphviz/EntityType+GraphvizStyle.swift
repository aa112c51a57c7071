import Extraction

/// Node styling per actor type. Colours are pale tints of the Okabe–Ito palette (readable
/// under the common colour-vision deficiencies, with black text), and every type also has
/// its own shape so the distinction never rests on colour alone.
extension EntityType {
    /// The Graphviz node shape for this type.
    var graphvizShape: String {
        switch self {
        case .country: return "box"
        case .location: return "house"
        case .organization: return "hexagon"
        case .person: return "ellipse"
        case .group: return "octagon"
        case .work: return "tab"
        case .other: return "note"
        }
    }

    /// The Graphviz fill colour for this type.
    var graphvizFillColor: String {
        switch self {
        case .country: return "#A6D8F5"       // sky blue
        case .location: return "#9EDCC8"      // bluish green
        case .organization: return "#F5CC70"  // orange
        case .person: return "#F7F1A1"        // yellow
        case .group: return "#E8B8D5"         // reddish purple
        case .work: return "#F2C4A8"          // vermillion tint
        case .other: return "#DDDDDD"         // grey
        }
    }
}
