import Extraction

extension CompactIdentity {
    /// What voting gives for a range of classes: their nodes (each with its class as id) and, unless the
    /// records are kept on the nodes, the records encoded as the record section holds them.
    struct Voted: Sendable {
        var nodes: [KnowledgeGraph.Node] = []
        var encoded = ByteSink()
        /// Each class's bytes in `encoded`, by class less the range's first (empty for a class of no records).
        var encodedRange: [Range<Int>] = []
    }

    /// What voting reads: every class's members, in record order.
    struct Classes {
        let triples: CompactTriples
        let rules: IdentityRules
        /// Members of class c are `members[memberStart[c]..<memberStart[c + 1]]`.
        let members: [Int]
        let memberStart: [Int]
        /// Each shape's canonical key (indexed by shape).
        let canonical: [IdentityRules.Key]
        let givenNames: Set<String>
        let keepRecords: Bool
    }

    /// The node of each class in `groups` with records (name and type by vote), in class order.
    /// - Complexity: O(records of the classes), plus the rules once a class.
    static func vote(_ classes: Classes, groups: Range<Int>) -> Voted {
        let triples = classes.triples, documents = triples.documents, names = triples.names
        let members = classes.members, canonical = classes.canonical
        var voted = Voted()
        voted.encodedRange = [Range<Int>](repeating: 0..<0, count: groups.count)
        for group in groups where classes.memberStart[group] < classes.memberStart[group + 1] {
            let range = classes.memberStart[group]..<classes.memberStart[group + 1]
            let first = members[range.lowerBound], template = canonical[Int(triples.recordShape(first))]
            let key = template.rule == .document
                ? IdentityMemo.readdressed(template, to: documents[triples.recordDocument(first)]).value : template.value
            func record(_ record: Int) -> ActorRecord {
                ActorRecord(document: documents[triples.recordDocument(record)], name: names[triples.recordName(record)],
                            type: triples.recordType(record))
            }
            // A class of one (name, type) is voted as its first record alone: every vote of `node` (name,
            // type, canonical form) counts records of that one shape, which agree, and none has aliases.
            let shape = triples.recordShape(first)
            let oneShape = members[range].allSatisfy { triples.recordShape($0) == shape }
            let voters = oneShape ? range.lowerBound..<range.lowerBound + 1 : range
            var node = classes.rules.node(records: members[voters].map(record),
                                          keys: members[voters].map { [IdentityRules.Key(value: key, rule: canonical[Int(triples.recordShape($0))].rule)] },
                                          givenNames: classes.givenNames)
            node.id = NodeID(group)
            if classes.keepRecords {
                node.records = oneShape ? members[range].map(record) : node.records
            } else {
                let start = voted.encoded.bytes.count
                voted.encoded.varint(range.count)
                for member in members[range] {
                    ProvenanceCoding.encodeRecord(document: documents[triples.recordDocument(member)], name: names[triples.recordName(member)],
                                                  type: triples.recordType(member), into: &voted.encoded)
                }
                voted.encodedRange[group - groups.lowerBound] = start..<voted.encoded.bytes.count
                node.records = []
            }
            voted.nodes.append(node)
        }
        return voted
    }
}
