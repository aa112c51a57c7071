/// Closed word lists the tokenizer and the sentence splitter consult.
///
/// The lists follow the tokenisation of the UD English Web Treebank (EWT), which is what the
/// tagger and parser are trained on: abbreviations keep their period, most hyphenated
/// compounds are split but prefixed words ("non-stop", "e-mail") are not, and unit suffixes
/// after numbers ("5pm", "28bn") are separate tokens while ordinals and decades ("17th",
/// "1980s") stay whole.
enum TokenLexicon {
    /// Abbreviations that precede a name; a sentence never ends after them ("Gen. Tiani").
    /// Matched case-sensitively, without the period.
    static let titles: Set<String> = [
        "Mr", "Mrs", "Ms", "Mx", "Dr", "Drs", "Prof", "Gen", "Lt", "Col", "Maj", "Capt", "Cpt", "Sgt",
        "Cmdr", "Adm", "Brig", "Cpl", "Pvt", "Sen", "Sens", "Rep", "Reps", "Gov", "Pres", "Rev", "Hon",
        "Messrs", "Mme", "Mlle", "Fr", "Supt", "Insp", "Det", "Amb", "Atty", "Gens",
    ]

    /// Abbreviations that keep their period only before a number ("No. 10", "Fig. 3"); elsewhere
    /// they are words ending a sentence ("The answer was No.").
    static let numberAbbreviations: Set<String> = ["No", "Nos", "Fig", "Figs", "Vol", "Art", "Ch", "Sec", "pp"]

    /// Other abbreviations that keep their period; a sentence may end after them.
    /// Matched case-sensitively, without the period.
    static let abbreviations: Set<String> = [
        // months and weekdays (not "May", "Sun", "Sat": they are ordinary words too)
        "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec",
        "Mon", "Tue", "Tues", "Wed", "Thu", "Thur", "Thurs", "Fri",
        // companies, addresses, name suffixes
        "Inc", "Corp", "Co", "Ltd", "Bros", "Plc", "Jr", "Sr", "Esq", "Ave", "Blvd", "Rd", "Ln", "Univ",
        "Assn", "Govt", "Est", "St", "Sts", "Mt", "Ft", "Dept",
        // U.S. states as written in news datelines
        "Ala", "Ariz", "Ark", "Calif", "Colo", "Conn", "Del", "Fla", "Ga", "Ill", "Ind", "Kan", "Ky",
        "La", "Md", "Mich", "Minn", "Miss", "Mo", "Mont", "Neb", "Nev", "Okla", "Ore", "Pa", "Tenn",
        "Tex", "Va", "Vt", "Wash", "Wis", "Wyo",
        // lower-case Latin and scholarly forms
        "etc", "vs", "al", "approx", "cf", "ca", "esp", "incl", "viz", "ext", "min", "max", "vol",
        "eg", "ie", "Ph", "Attn",
    ]

    /// First parts of hyphenated words that EWT keeps as one token ("non-stop", "e-mail").
    static let hyphenPrefixes: Set<String> = [
        "e", "non", "anti", "mid", "pre", "re", "co", "post", "over", "pro", "multi", "ex", "semi",
        "counter", "sub", "vice", "psycho", "neo", "cross", "un", "socio", "micro", "intra",
        "mis", "arch", "x", "ultra", "macro", "mega", "bi", "tri", "trans", "infra", "hyper",
        "quasi", "pseudo",
    ]

    /// Unit and scale suffixes split off a number ("5pm" → 5 pm, "28bn" → 28 bn), as EWT does.
    /// Matched case-sensitively.
    static let unitSuffixes: Set<String> = [
        "am", "pm", "AM", "PM", "bn", "bln", "mn", "mln", "m", "M", "k", "K", "b", "B", "tn", "trn",
        "mm", "cm", "km", "kg", "mg", "lb", "lbs", "oz", "ft", "mi", "mph", "kph", "kmh", "ml",
        "kb", "KB", "mb", "MB", "gb", "GB", "TB", "Hz", "kHz", "MHz", "GHz", "kW", "MW", "GW", "kWh",
        "MWh", "GWh", "TWh", "hr", "hrs", "yr", "yrs", "min", "mins", "sec", "secs",
    ]

    /// Lower-case top-level domains and file extensions that let a period join two words
    /// ("bbc.co.uk", "Amazon.com", "report.pdf").
    static let dottedSuffixes: Set<String> = [
        "com", "org", "net", "gov", "edu", "int", "mil", "co", "uk", "io", "info", "biz", "eu", "us",
        "fr", "de", "ru", "ng", "ne", "za", "ke", "ca", "au", "in", "cn", "jp", "news", "tv", "me",
        "ly", "ai", "app", "dev",
        "pdf", "doc", "docx", "htm", "html", "jpg", "jpeg", "png", "gif", "txt", "xls", "xlsx", "ppt",
        "pptx", "zip", "mp3", "mp4", "csv", "xml", "json", "exe", "php", "asp", "aspx",
    ]

    /// Words without an apostrophe that EWT splits into two syntactic words.
    static let fusedWords: [String: Int] = [
        "cannot": 3, "Cannot": 3, "CANNOT": 3,
        "gonna": 3, "Gonna": 3, "wanna": 3, "Wanna": 3, "gotta": 3, "Gotta": 3,
    ]

    /// Clitics (after the apostrophe, lower-cased) split off the word they end.
    static let apostropheClitics: Set<String> = ["s", "re", "ve", "ll", "d", "m"]
}
