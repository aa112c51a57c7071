/// A group of actors more densely joined to one another than to the rest (see `KnowledgeGraph.communities`).
public struct Community: Sendable, Equatable {
    /// The members, most-connected first (pair degree, then statements, then name).
    public var members: [NodeID]
    /// Statements on pairs inside the community.
    public var innerStatements: Int
    /// Statements on pairs joining a member to a non-member.
    public var outerStatements: Int

    public init(members: [NodeID], innerStatements: Int, outerStatements: Int) {
        self.members = members
        self.innerStatements = innerStatements
        self.outerStatements = outerStatements
    }
}
