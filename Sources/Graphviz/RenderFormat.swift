/// Picture formats rendered by libgvc.
public enum RenderFormat: String, Sendable, CaseIterable {
    case svg, png, pdf

    /// The format called `name` (case-insensitive), or `GraphvizError.unknownFormat`.
    public init(validating name: String) throws {
        guard let format = RenderFormat(rawValue: name.lowercased()) else {
            throw GraphvizError.unknownFormat(name)
        }
        self = format
    }
}
