/// One known name-bearer: a country, city or organisation with every name it goes by.
public struct GazetteerEntry: Sendable, Hashable {
    /// A stable key, e.g. "country:NER", "org:ECOWAS", "city:Lagos".
    public var key: String
    /// The canonical display name, e.g. "Niger".
    public var name: String
    /// The entity type it gives a mention.
    public var type: EntityType
    /// Every other name (official names, acronyms, short forms).
    public var aliases: [String]
    /// Demonyms, singular and plural ("Nigerien", "Nigeriens"); empty except for countries.
    public var demonyms: [String]
    /// Region and subregion (countries only), e.g. ["Africa", "Western Africa"].
    public var regions: [String]
    /// For a national capital, the key of its country ("country:RUS" for Moscow).
    public var capitalOf: String?

    /// An entry with its names; `aliases` and `demonyms` must not repeat `name`.
    public init(key: String, name: String, type: EntityType, aliases: [String] = [], demonyms: [String] = [],
                regions: [String] = [], capitalOf: String? = nil) {
        self.key = key
        self.name = name
        self.type = type
        self.aliases = aliases
        self.demonyms = demonyms
        self.regions = regions
        self.capitalOf = capitalOf
    }
}
