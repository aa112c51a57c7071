/// Layout engines NewsGraph offers.
public enum LayoutEngine: String, Sendable, CaseIterable {
    case dot, neato, fdp, sfdp, circo

    /// The engine called `name` (case-insensitive), or `GraphvizError.unknownLayout`.
    public init(validating name: String) throws {
        guard let engine = LayoutEngine(rawValue: name.lowercased()) else {
            throw GraphvizError.unknownLayout(name)
        }
        self = engine
    }
}
