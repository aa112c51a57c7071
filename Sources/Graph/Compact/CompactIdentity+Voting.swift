import Extraction

extension CompactIdentity {
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

    /// The node of each class in `groups` with records (name and type by vote, its class as id), in class
    /// order; without records unless they are kept.
    /// - Complexity: O(records of the classes), plus the rules once a class.
    static func vote(_ classes: Classes, groups: Range<Int>) -> [KnowledgeGraph.Node] {
        let triples = classes.triples, documents = triples.documents, names = triples.names
        let members = classes.members, canonical = classes.canonical
        var voted: [KnowledgeGraph.Node] = []
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
            // Unkept records are encoded for the record section, from the tables, once the order is known.
            node.records = !classes.keepRecords ? [] : oneShape ? members[range].map(record) : node.records
            voted.append(node)
        }
        return voted
    }

    /// The record section: each class's records, in `order` (classes by final node), encoded from the
    /// tables as `ProvenanceCoding.encode` writes `ActorRecord`s of one name and no aliases or attributes.
    /// - Complexity: O(records), the deflating shared with `BlockWriter`'s worker.
    static func recordSection(_ classes: Classes, order: [Int]) -> [UInt8] {
        let triples = classes.triples, documents = triples.documents, names = triples.names
        var section = BlockWriter()
        for group in order {
            let range = classes.memberStart[group]..<classes.memberStart[group + 1]
            section.append { sink in
                sink.varint(range.count)
                for member in classes.members[range] {
                    ProvenanceCoding.encodeRecord(document: documents[triples.recordDocument(member)], name: names[triples.recordName(member)],
                                                  type: triples.recordType(member), into: &sink)
                }
            }
        }
        return section.finish()
    }
}
