import Foundation
import Extraction

/// Decides which actor records are one actor across documents.
///
/// A record gets identity keys; records that share a key are one actor. Keys come only from
/// evidence that holds across documents: an entry of the user's alias file or the curated table,
/// a gazetteer identity (country code, known organisation), the full proper name (folded; persons
/// without honorifics and middle initials), and an acronym whose expansion the article stated.
/// Descriptions ("the country"), bare surnames and bare given names get a key of their document
/// only, so they never join an actor of another article.
public struct IdentityRules: Sendable {
    /// Why a record has a key; `actors` shows it so a doubtful join can be traced.
    public enum Rule: String, Sendable, Comparable, CaseIterable {
        case aliasFile = "aliases file"
        case curated = "curated variant"
        case gazetteer = "gazetteer"
        case acronym = "acronym with expansion"
        case sameName = "same name"
        case nameVariant = "name variant"
        case document = "one document"

        public static func < (lhs: Rule, rhs: Rule) -> Bool {
            allCases.firstIndex(of: lhs) ?? 0 < allCases.firstIndex(of: rhs) ?? 0
        }
    }

    /// One identity key of a record and the rule that gave it.
    public struct Key: Sendable, Hashable {
        public var value: String
        public var rule: Rule
    }

    /// The canonical name and type an identity key fixes, when it comes from a table.
    struct Canon: Sendable {
        var name: String
        var type: EntityType?
    }

    /// The user's table (from `--aliases`), consulted first.
    public var user: AliasTable
    let curated: AliasTable
    let gazetteer: Gazetteer?

    /// The rules with the bundled curated table and gazetteer, and `user`'s entries first.
    public init(user: AliasTable = AliasTable()) {
        self.user = user
        curated = IdentityRules.bundledCurated
        gazetteer = IdentityRules.bundledGazetteer
    }

    static let bundledGazetteer: Gazetteer? = try? Gazetteer.bundled()
    static let bundledCurated: AliasTable = {
        guard let url = Bundle.module.url(forResource: "identity", withExtension: "tsv", subdirectory: "Resources"),
              let text = try? String(contentsOf: url, encoding: .utf8),
              let table = try? AliasTable(text: text, path: "identity.tsv") else { return AliasTable() }
        return table
    }()

    /// The bundled rules, shared.
    public static let standard = IdentityRules()

    /// The keys of `record`, its primary key first. `crossing` holds the folded single-word names
    /// that the whole collection types mostly as non-persons ("Yukos"), so that a record of one of
    /// them typed person is taken as mistyped rather than as a bare surname; `surnames` holds the
    /// last words of full person names, which alone stay in their document.
    /// - Complexity: O(length of the record's names).
    public func keys(for record: ActorRecord, crossing: Set<String> = [], surnames: Set<String> = []) -> [Key] {
        var keys = [primaryKey(for: record, crossing: crossing, surnames: surnames)]
        // A person's initials are no acronym of an institution ("GM" is not Giuseppe Morchio).
        guard keys[0].rule != .document, record.type != .person else { return keys }
        for alias in record.aliases {
            if NameKey.isAcronym(alias, of: record.name) {
                keys.append(Key(value: "name:" + NameKey.plain(alias), rule: .acronym))
            } else if NameKey.isAcronym(record.name, of: alias) {
                keys.append(Key(value: "name:" + NameKey.plain(alias), rule: .acronym))
            }
        }
        return keys
    }

    /// The key a record is filed under before any cross-record evidence is seen.
    func primaryKey(for record: ActorRecord, crossing: Set<String> = [], surnames: Set<String> = []) -> Key {
        primaryKeyDraft(for: record).key(crossing: crossing, surnames: surnames)
    }

    /// The canonical name and type that a table or the gazetteer fixes for `key`, if any.
    func canon(for record: ActorRecord, key: Key) -> Canon? {
        switch key.rule {
        case .aliasFile: return user.entry(for: record.name).map { Canon(name: $0.name, type: $0.type) }
        case .curated: return curated.entry(for: record.name).map { Canon(name: $0.name, type: $0.type) }
        case .gazetteer: return gazetteer?.entry(named: record.name).map { Canon(name: $0.name, type: $0.type) }
        default: return nil
        }
    }

    /// True when the article wrote the actor with a personal title ("Mr Blair").
    func hasHonorific(_ record: ActorRecord) -> Bool {
        if let title = record.attributes["title"], NameKey.honorifics.contains(NameKey.plain(title)) { return true }
        return record.aliases.contains { alias in
            guard let first = NameKey.words(alias).first else { return false }
            return NameKey.honorifics.contains(first) && alias.split(separator: " ").count == 2
        }
    }
}

extension IdentityRules {
    /// The key of an actor that stays in its document: `doc:DOCUMENT\u{1}plain`.
    static func documentKey(document: String, plain: String) -> String { "doc:" + document + "\u{1}" + plain }

    /// How many UTF-8 bytes precede the plain name in a document key made for the document "".
    static let documentKeyPrefixLength = documentKey(document: "", plain: "").utf8.count

    /// The primary key that a bare name would get as an actor of `type` read in no document.
    func key(forName name: String, type: EntityType) -> String {
        primaryKey(for: ActorRecord(document: "", name: name, type: type)).value
    }

    /// The fullest name the article gave: a one-word name ("Bellamy") whose aliases hold exactly one
    /// longer name opening with a given name and ending in it ("Craig Bellamy") is that name, since the
    /// article itself joined them; titles ("President Bush") and descriptions never count.
    func fullName(of record: ActorRecord) -> String {
        let name = record.name
        // `contains(where:)` compares Characters as `contains(" ")` does, without Foundation's string
        // search, which was a twentieth of a build (this runs for every record of every actor).
        guard !name.contains(where: { $0 == " " }), !name.isEmpty, let givenNames = gazetteer?.givenNames else { return name }
        let suffix = " " + name.lowercased()
        let longer = record.aliases.filter { alias in
            let words = alias.split(separator: " ")
            return (2...3).contains(words.count) && alias.lowercased().hasSuffix(suffix) && givenNames.contains(String(words[0]))
        }
        return longer.count == 1 ? longer[0] : name
    }
}
