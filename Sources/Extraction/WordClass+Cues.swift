/// Cue words that type a capitalised name, and the titles that mark a person.
extension WordClass {
    /// A capitalised name holding one of these words names an organisation.
    static let organizationCues: Set<String> = [
        "foundation", "corps", "ministry", "community", "union", "council", "party", "bank", "agency",
        "organisation", "organization", "institute", "university", "college", "school", "company",
        "corporation", "corp", "inc", "ltd", "plc", "llc", "group", "association", "commission", "committee",
        "court", "parliament", "assembly", "congress", "senate", "army", "navy", "force", "forces", "front",
        "movement", "league", "alliance", "federation", "fund", "service", "services", "department", "office",
        "board", "authority", "church", "club", "network", "news", "times", "post", "bureau", "society",
        "trust", "airlines", "airways", "television", "radio", "press", "guard", "brigade", "coalition",
        "institution", "centre", "center", "police", "cabinet", "secretariat", "tribunal", "bloc", "government",
        "unit", "battalion", "division", "forum", "programme", "program", "initiative", "exchange", "reserve",
        "industries", "holdings", "motors", "telecom", "broadcasting", "fc", "united", "chamber", "chambers",
        "commerce", "watch", "democrats", "republicans", "conservatives", "liberals", "socialists", "greens",
        "labour", "tories", "nationalists", "executive", "commons", "lords", "ministries", "arts",
    ]
    /// A capitalised name holding one of these words names a place.
    static let locationCues: Set<String> = [
        "region", "river", "mountains", "mountain", "sea", "ocean", "lake", "desert", "province", "island",
        "islands", "valley", "street", "city", "county", "gulf", "peninsula", "coast", "strait", "basin",
        "delta", "plateau", "district", "square", "bay", "canal", "airport", "port",
    ]
    /// Nouns for what an owner keeps somewhere: "the US camp at Guantanamo Bay", "Nissan's plant in Sunderland".
    static let facilityNouns: Set<String> = [
        "camp", "camps", "base", "bases", "prison", "prisons", "embassy", "consulate", "plant", "plants", "factory",
        "factories", "mine", "mines", "refinery", "headquarters", "troops", "forces", "soldiers", "garrison",
        "facility", "facilities", "operations", "subsidiary", "branch", "outpost", "warehouse", "depot",
    ]
    /// Nouns of events held somewhere: their place is a venue ("held its conference in London"), not an actor
    /// the event relates to.
    static let venueNouns: Set<String> = [
        "conference", "conferences", "meeting", "meetings", "summit", "rally", "rallies", "briefing", "briefings",
        "ceremony", "congress", "convention", "debate", "party", "gathering", "session", "event", "events",
    ]
    /// Nouns of going to or meeting another party, with the preposition that names it: "a visit to Y",
    /// "a tour of Y", "talks with Y".
    static let visitNouns: [String: String] = [
        "visit": "to", "trip": "to", "journey": "to", "tour": "of", "talks": "with", "negotiations": "with",
        "discussions": "with", "consultations": "with", "meeting": "with", "meetings": "with",
    ]
    /// Titles before a person's name; stripped into `attributes["title"]`.
    static let titles: Set<String> = [
        "mr", "mrs", "ms", "miss", "dr", "prof", "professor", "president", "minister", "general", "gen",
        "sen", "senator", "gov", "governor", "king", "queen", "prince", "princess", "chancellor", "colonel",
        "col", "lt", "lieutenant", "captain", "capt", "sir", "lord", "lady", "rev", "reverend", "pope",
        "sheikh", "ambassador", "secretary", "judge", "justice", "mayor", "commander", "major", "sergeant",
        "sgt", "admiral", "marshal", "emir", "sultan", "premier", "rep", "representative", "dame", "bishop",
        "archbishop", "cardinal", "imam", "rabbi", "chief", "vice", "deputy", "prime", "foreign", "defence",
        "defense", "interior", "finance", "health", "home", "state", "former", "acting", "interim",
        "mp", "msp", "mep", "mla", "ceo", "pm", "leader", "spokesman", "spokeswoman", "chairman", "chairwoman",
        "head", "envoy", "undersecretary", "commissioner", "director", "coach", "manager", "mr.", "mrs.", "dr.",
    ]
    /// Honorifics that make a person of a single following name ("Mr Laessing"); other titles need more
    /// ("General Election" is no person).
    static let honorifics: Set<String> = ["mr", "mrs", "ms", "miss", "dr", "sir", "lord", "lady", "dame", "mr.", "mrs.", "dr.", "ms."]
    /// Capitalised nouns that end names of events, documents and prizes, never of actors.
    static let eventCues: Set<String> = [
        "election", "elections", "budget", "bill", "act", "review", "report", "summit", "conference", "war",
        "crisis", "treaty", "agreement", "accord", "games", "cup", "championship", "championships", "olympics",
        "day", "week", "prize", "award", "awards", "festival", "strategy", "plan", "speech", "referendum",
        "inquiry", "debate", "campaign", "reform", "reforms", "law", "declaration", "protocol", "charter",
        "open", "marathon", "tournament", "trophy", "prix", "derby",
    ]
    /// Capitalised common nouns and acronyms of things, media and ailments that news writes mid-sentence
    /// ("mobile TV standard", "three Majors", "his Achilles problem"): never an actor, nor part of one's name.
    static let commonCapitals: Set<String> = [
        "tv", "hdtv", "pc", "dvd", "dvds", "cd", "gdp", "hiv", "gmt", "agm", "rfid", "mms", "sms",
        "mp3", "p2p", "ram", "cpu", "gps", "majors", "achilles",
    ]
    /// Event cues that end the names of laws and treaties, which are nodes: actors sign, pass, break and leave them.
    static let lawCues: Set<String> = ["act", "bill", "treaty", "agreement", "accord", "protocol", "charter", "directive"]
    /// Nouns that announce the title of a work ("the film Being Julia", "TV shows Number 73 and Motormouth"):
    /// the capitalised words after them name a work, not an actor.
    static let workNouns: Set<String> = [
        "film", "films", "movie", "movies", "album", "albums", "song", "songs", "single", "singles", "show", "shows",
        "series", "sitcom", "novel", "novels", "book", "books", "play", "musical", "programme", "documentary",
        "drama", "comedy", "opera", "soap", "thriller", "blockbuster", "hit", "track", "biopic", "adaptation",
        "ballet", "poem", "painting", "sequel", "remake", "franchise", "flick",
    ]
    /// Work nouns that are never verbs or adjectives, trusted when no tagger has run.
    static let unambiguousWorkNouns: Set<String> = [
        "film", "films", "movie", "movies", "album", "albums", "sitcom", "novel", "novels", "documentary",
        "musical", "biopic", "sequel", "blockbuster",
    ]
    /// Title words that may open a title but do not make one on their own ("Foreign Minister").
    static let titleModifiers: Set<String> = [
        "vice", "deputy", "prime", "foreign", "defence", "defense", "interior", "finance", "health", "home",
        "state", "former", "acting", "interim", "chief",
    ]
    /// Nationality and people adjectives without a country of their own in the gazetteer; never actors alone.
    static let peopleAdjectives: Set<String> = [
        "welsh", "scottish", "english", "irish", "flemish", "basque", "catalan", "kurdish", "arab", "arabic",
        "tibetan", "palestinian", "hispanic", "latino", "jewish", "muslim", "christian", "hindu", "sikh", "buddhist",
        "sunni", "shia", "shiite", "catholic", "protestant", "orthodox", "western", "eastern", "northern", "southern",
    ]
    /// Adjectives of wide regions: "West African nation" narrows "the nation" to countries there.
    static let regionAdjectives: [String: [String]] = [
        "african": ["Africa"], "west african": ["Western Africa"], "east african": ["Eastern Africa"],
        "north african": ["Northern Africa"], "southern african": ["Southern Africa"],
        "central african": ["Middle Africa"], "european": ["Europe"], "eastern european": ["Eastern Europe"],
        "western european": ["Western Europe"], "asian": ["Asia"], "central asian": ["Central Asia"],
        "south asian": ["Southern Asia"], "southeast asian": ["South-Eastern Asia"],
        "east asian": ["Eastern Asia"], "middle eastern": ["Western Asia"], "gulf": ["Western Asia"],
        "latin american": ["South America", "Central America", "Caribbean"],
        "south american": ["South America"], "caribbean": ["Caribbean"], "pacific": ["Oceania"],
        "sahel": ["Western Africa", "Northern Africa"], "balkan": ["Southeast Europe"],
        "baltic": ["Northern Europe"], "nordic": ["Northern Europe"], "scandinavian": ["Northern Europe"],
    ]
    /// Every word of a `regionAdjectives` key ("west", "african", …).
    static let regionWords: Set<String> = Set(regionAdjectives.keys.flatMap { $0.split(separator: " ").map(String.init) })
    /// Boilerplate openings of site furniture lines (newsletters, sharing, navigation).
    static let boilerplatePrefixes: [String] = [
        "subscribe", "discover more from", "sign up", "click here", "share this", "follow us", "all rights reserved",
        "read more", "advertisement", "related:", "copyright", "©", "newsletter", "like this:", "share on",
        "continue reading", "leave a comment", "posted in", "tags:", "loading", "skip to content",
    ]
    /// `boilerplatePrefixes` as matched against a sentence's words, which never keep a colon.
    static let boilerplateWordPrefixes: [String] = boilerplatePrefixes.map { $0.filter { $0 != ":" } }
    /// The first word of each of `boilerplateWordPrefixes`.
    static let boilerplateFirstWords: [String] = boilerplateWordPrefixes.map { String($0.prefix { $0 != " " }) }
}
