/// A record as held by one node: the key of `KnowledgeGraph`'s duplicate check.
struct RecordSlot: Hashable, Sendable {
    var node: NodeID
    var record: ActorRecord
}
