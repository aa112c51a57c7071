import Extraction

extension CompactIdentity {
    /// What voting reads: every class's members, in record order.
    struct Classes {
        let triples: CompactTriples
        let rules: IdentityRules
        /// Members of class c are `members[memberStart[c]..<memberStart[c + 1]]`, as packed record words.
        let members: [UInt64]
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
            let first = members[range.lowerBound], template = canonical[Int(CompactTriples.shape(ofRecord: first))]
            let key = template.rule == .document
                ? IdentityMemo.readdressed(template, to: documents[CompactTriples.document(ofRecord: first)]).value : template.value
            func record(_ word: UInt64) -> ActorRecord {
                ActorRecord(document: documents[CompactTriples.document(ofRecord: word)], name: names[CompactTriples.name(ofRecord: word)],
                            type: CompactTriples.types[Int(word & 7)])
            }
            // A class of one (name, type) is voted as its first record alone: every vote of `node` (name,
            // type, canonical form) counts records of that one shape, which agree, and none has aliases.
            let shape = CompactTriples.shape(ofRecord: first)
            let oneShape = members[range].allSatisfy { CompactTriples.shape(ofRecord: $0) == shape }
            let voters = oneShape ? range.lowerBound..<range.lowerBound + 1 : range
            var node = classes.rules.node(records: members[voters].map(record),
                                          keys: members[voters].map { word in
                                              [IdentityRules.Key(value: key, rule: canonical[Int(CompactTriples.shape(ofRecord: word))].rule)]
                                          },
                                          givenNames: classes.givenNames)
            node.id = NodeID(group)
            // Unkept records are encoded for the record section, from the tables, once the order is known.
            node.records = !classes.keepRecords ? [] : oneShape ? members[range].map(record) : node.records
            voted.append(node)
        }
        return voted
    }

    /// The record section: each class's records, in `order` (classes by final node), as
    /// `ProvenanceCoding.encode` writes `ActorRecord`s of one name and no aliases or attributes, put
    /// together from each document's, name's and type's bytes encoded once rather than once a record.
    /// - Complexity: O(records + distinct strings), the deflating shared with `BlockWriter`'s worker.
    static func recordSection(_ classes: Classes, order: [Int]) -> [UInt8] {
        let triples = classes.triples
        let documents = encodedStrings(triples.documents), names = encodedStrings(triples.names)
        let tails = CompactTriples.types.map { type in
            var sink = ByteSink()
            ProvenanceCoding.encodeRecordTail(type: type, into: &sink)
            return sink.bytes
        }
        var section = BlockWriter()
        for group in order {
            let range = classes.memberStart[group]..<classes.memberStart[group + 1]
            section.append { sink in
                sink.varint(range.count)
                for member in classes.members[range] {
                    let document = Int(CompactTriples.document(ofRecord: member)), name = Int(CompactTriples.name(ofRecord: member))
                    sink.bytes.append(contentsOf: documents.bytes[documents.starts[document]..<documents.starts[document + 1]])
                    sink.bytes.append(contentsOf: names.bytes[names.starts[name]..<names.starts[name + 1]])
                    sink.bytes.append(contentsOf: tails[Int(member & 7)])
                }
            }
        }
        return section.finish()
    }

    /// Each string of `table` as `ByteSink.string` writes it, string i at `bytes[starts[i]..<starts[i + 1]]`.
    private static func encodedStrings(_ table: CompactTriples.Table) -> (bytes: [UInt8], starts: [Int]) {
        var sink = ByteSink(), starts = [0]
        starts.reserveCapacity(table.count + 1)
        for text in table.strings {
            sink.string(text)
            starts.append(sink.bytes.count)
        }
        return (sink.bytes, starts)
    }
}
