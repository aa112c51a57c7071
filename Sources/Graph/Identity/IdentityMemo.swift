import Extraction
import Foundation

/// Identity keys worked out once per distinct actor shape in one build, not once per record.
///
/// A record's keys depend on its name, type, aliases and title, and on its document only through
/// the one-document key (`doc:DOCUMENT\u{1}plain`). So the keys of a shape are computed for the
/// document "" and that key re-addressed to each record's document. A build sees each actor in
/// dozens of documents; the name folding, table and gazetteer look-ups then run once an actor.
/// The memo holds primary keys (no collection context) for one set of rules: make a new one when they
/// change. The identity pass works out the keys in context once a shape itself (`RecordShapes`) and
/// re-addresses them with `readdressed(_:to:)`.
struct IdentityMemo: Sendable {
    /// What keys depend on, compared byte for byte: canonically equal names spelt differently fold
    /// to different keys, so they must not share a memo entry.
    struct Shape: Hashable {
        let name: ExactString
        let type: EntityType
        let aliases: [ExactString]
        let title: ExactString?

        init(_ record: ActorRecord) {
            name = ExactString(record.name)
            type = record.type
            aliases = record.aliases.map(ExactString.init)
            title = record.attributes["title"].map(ExactString.init)
        }
    }

    private var primary: [Shape: IdentityRules.Key] = [:]

    /// `rules.primaryKey(for: record)` (no collection context), memoised.
    mutating func primaryKey(for record: ActorRecord, rules: IdentityRules) -> IdentityRules.Key {
        let shape = Shape(record)
        let template: IdentityRules.Key
        if let known = primary[shape] {
            template = known
        } else {
            template = rules.primaryKey(for: Self.undocumented(record))
            primary[shape] = template
        }
        return Self.readdressed(template, to: record.document)
    }

    /// The keys of a shape, worked out for the document "", as they are for a record of `document`:
    /// shared as they are unless a one-document key must name the document (a new array per record was
    /// millions of allocations in a large build).
    static func readdressed(_ templates: [IdentityRules.Key], to document: String) -> [IdentityRules.Key] {
        guard !document.isEmpty, templates.contains(where: { $0.rule == .document }) else { return templates }
        return templates.map { readdressed($0, to: document) }
    }

    static func undocumented(_ record: ActorRecord) -> ActorRecord {
        var copy = record
        copy.document = ""
        return copy
    }

    /// A key computed for document "" as it is for `document`: only the one-document key names it.
    static func readdressed(_ key: IdentityRules.Key, to document: String) -> IdentityRules.Key {
        guard key.rule == .document, !document.isEmpty else { return key }
        let plain = String(decoding: key.value.utf8.dropFirst(IdentityRules.documentKeyPrefixLength), as: UTF8.self)
        return IdentityRules.Key(value: IdentityRules.documentKey(document: document, plain: plain), rule: .document)
    }
}

/// A string compared and hashed by its UTF-8 bytes: `String` equality is canonical equivalence,
/// which would merge "é" and "e\u{301}" where byte-exact output must keep them apart.
struct ExactString: Hashable, Sendable {
    let text: String

    init(_ text: String) { self.text = text }

    /// Same UTF-8 bytes: lengths first, then one `memcmp` (a `UTF8View` walked byte by byte was a hot
    /// spot of the compact build's interning).
    static func == (lhs: ExactString, rhs: ExactString) -> Bool {
        let left = lhs.text.utf8, right = rhs.text.utf8
        guard left.count == right.count else { return false }
        let compared = left.withContiguousStorageIfAvailable { lhsBytes in
            right.withContiguousStorageIfAvailable { rhsBytes in
                guard let lhsStart = lhsBytes.baseAddress, let rhsStart = rhsBytes.baseAddress else { return true }
                return memcmp(lhsStart, rhsStart, lhsBytes.count) == 0
            }
        }
        return (compared ?? nil) ?? left.elementsEqual(right)
    }

    func hash(into hasher: inout Hasher) {
        var copy = text
        copy.withUTF8 { hasher.combine(bytes: UnsafeRawBufferPointer($0)) }
    }
}
