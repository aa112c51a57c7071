/// A rendered picture plus what the caller should be told about how it was made.
public struct Rendering: Sendable, Equatable {
    /// The picture, in the requested format.
    public var bytes: [UInt8]
    /// The layout engine actually used (may differ from the one requested).
    public var layout: LayoutEngine
    /// Human-readable notes, e.g. that dot was swapped for sfdp on a large graph, or
    /// warnings Graphviz raised while laying out. Empty when there is nothing to say.
    public var notices: [String]

    public init(bytes: [UInt8], layout: LayoutEngine, notices: [String]) {
        self.bytes = bytes
        self.layout = layout
        self.notices = notices
    }
}
