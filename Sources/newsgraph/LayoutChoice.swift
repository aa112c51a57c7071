import ArgumentParser
import Graphviz

/// `--layout`: a named Graphviz engine, or `auto` (dot for graphs dot lays out quickly, sfdp
/// beyond the measured `LayoutLimits`).
enum LayoutChoice: Equatable, ExpressibleByArgument {
    case auto
    case engine(LayoutEngine)

    init?(argument: String) {
        if argument.lowercased() == "auto" {
            self = .auto
        } else if let engine = LayoutEngine(rawValue: argument.lowercased()) {
            self = .engine(engine)
        } else {
            return nil
        }
    }

    static var allValueStrings: [String] { ["auto"] + LayoutEngine.allCases.map(\.rawValue) }

    var defaultValueDescription: String {
        switch self {
        case .auto: return "auto"
        case .engine(let engine): return engine.rawValue
        }
    }

    /// The engine to run for a graph of this size.
    func engine(nodes: Int, edges: Int, limits: LayoutLimits = .measured) -> LayoutEngine {
        switch self {
        case .auto: return limits.automaticEngine(nodes: nodes, edges: edges)
        case .engine(let engine): return engine
        }
    }
}
