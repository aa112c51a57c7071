/// Verb lemmas by suffix rules and a table of irregular forms, for when no trained lemmatizer ran.
enum SuffixLemmatizer {
    /// Irregular verb forms → lemma; the common ones of news English.
    static let irregular: [String: String] = [
        "led": "lead", "sent": "send", "took": "take", "taken": "take", "made": "make", "said": "say",
        "told": "tell", "met": "meet", "won": "win", "lost": "lose", "gave": "give", "given": "give",
        "came": "come", "went": "go", "gone": "go", "held": "hold", "left": "leave", "saw": "see", "seen": "see",
        "brought": "bring", "bought": "buy", "began": "begin", "begun": "begin", "became": "become",
        "fought": "fight", "struck": "strike", "sought": "seek", "paid": "pay", "built": "build", "kept": "keep",
        "spoke": "speak", "spoken": "speak", "wrote": "write", "written": "write", "ran": "run", "rose": "rise",
        "risen": "rise", "fell": "fall", "fallen": "fall", "knew": "know", "known": "know", "thought": "think",
        "found": "find", "stood": "stand", "chose": "choose", "chosen": "choose", "drove": "drive",
        "driven": "drive", "meant": "mean", "felt": "feel", "heard": "hear", "dealt": "deal", "withdrew": "withdraw",
        "withdrawn": "withdraw", "overthrew": "overthrow", "overthrown": "overthrow", "undertook": "undertake",
        "got": "get", "gotten": "get", "sold": "sell", "shot": "shoot", "hid": "hide", "hidden": "hide",
        "flew": "fly", "flown": "fly", "threw": "throw", "thrown": "throw", "broke": "break", "broken": "break",
        "forbade": "forbid", "forbidden": "forbid", "froze": "freeze", "frozen": "freeze", "beat": "beat",
        "beaten": "beat", "bore": "bear", "borne": "bear", "swore": "swear", "sworn": "swear", "drew": "draw",
        "drawn": "draw", "grew": "grow", "grown": "grow", "wore": "wear", "is": "be",
        "are": "be", "was": "be", "were": "be", "been": "be", "am": "be", "has": "have", "had": "have",
        "does": "do", "did": "do", "done": "do", "sat": "sit", "lay": "lie", "laid": "lay", "spent": "spend",
        "lent": "lend", "bent": "bend", "fled": "flee", "fed": "feed", "bred": "breed", "slid": "slide",
        "understood": "understand", "ate": "eat", "eaten": "eat", "overtook": "overtake", "overtaken": "overtake",
        "stole": "steal", "stolen": "steal", "forgave": "forgive", "forgiven": "forgive", "mistook": "mistake",
        "misled": "mislead", "outran": "outrun", "upheld": "uphold", "withheld": "withhold", "overcame": "overcome",
    ]
    private static let vowels: Set<Character> = ["a", "e", "i", "o", "u"]
    /// Stem endings after which a stripped "-ed"/"-ing" nearly always hid a silent "e" ("mediat(e)",
    /// "restor(e)", "promot(e)", "approv(e)"); "-itor"/"-ntor" verbs ("monitor") and "-it" ("visit") are not here.
    private static let silentEEndings: [String] = [
        "at", "iz", "is", "ov", "iv", "uc", "rg", "dg", "id", "ud", "ut", "ot", "ir", "ag", "ur", "stor", "gnor",
        "plor", "scor", "dor", "bl", "pl", "ng", "ns", "rs", "lv", "rc", "ul", "plet", "elet", "ps", "ik", "nit", "vit",
        "mpet", "ced",
    ]
    /// Vowel pairs that make one sound: after them the consonant closes the word ("chair", "float", "treat").
    private static let digraphs: Set<String> = ["ai", "ea", "oa", "ee", "oo", "ou", "ei", "au", "ie"]

    /// True when a short stem's last vowel sound is a pair ("foul", "tout", "heap", "boot"): its "-ed" hid no "e".
    static func endsInVowelPair(_ stem: String) -> Bool {
        let letters = Array(stem.suffix(3))
        return letters.count == 3 && digraphs.contains(String(letters[0...1]))
    }

    /// True when `stem` (a verb with "-ed"/"-ing" stripped) most likely lost a silent "e".
    static func likelyLostSilentE(_ stem: String) -> Bool {
        guard silentEEndings.contains(where: { stem.hasSuffix($0) }) else { return false }
        // "cre-ate" is two syllables, unlike "treat" and "defeat"; "-ceive" keeps its "e" after "ei".
        if stem.hasSuffix("creat") || stem.hasSuffix("ceiv") { return true }
        let letters = Array(stem.suffix(3))
        guard letters.count == 3 else { return true }
        return !digraphs.contains(String(letters[0...1]))
    }

    /// The lemma of `word` read as a verb form.
    static func verbLemma(_ word: String) -> String {
        let w = word.lowercased()
        if let lemma = irregular[w] { return lemma }
        if w.count > 4, w.hasSuffix("ied") { return String(w.dropLast(3)) + "y" }
        if w.count > 4, w.hasSuffix("ies") { return String(w.dropLast(3)) + "y" }
        // "agreed", "freed" lose their "d"; "succeed", "proceed", "exceed" are already base forms.
        if w.count > 4, w.hasSuffix("eed") { return w.hasSuffix("ceed") ? w : String(w.dropLast()) }
        if w.count > 4, w.hasSuffix("ed") { return restoreStem(String(w.dropLast(2)), past: true) }
        if w.count > 5, w.hasSuffix("ing") { return restoreStem(String(w.dropLast(3)), past: false) }
        if w.count > 3, w.hasSuffix("es"), ["ch", "sh", "ss", "x", "z", "o"].contains(where: { String(w.dropLast(2)).hasSuffix($0) }) {
            return String(w.dropLast(2))
        }
        if w.count > 3, w.hasSuffix("s"), !w.hasSuffix("ss"), !w.hasSuffix("us"), !w.hasSuffix("is") {
            return String(w.dropLast())
        }
        return w
    }

    private static func vowelGroups(_ word: String) -> Int {
        var groups = 0
        var inVowel = false
        for ch in word {
            let isVowel = vowels.contains(ch)
            if isVowel && !inVowel { groups += 1 }
            inVowel = isVowel
        }
        return groups
    }

    /// Undoes consonant doubling and restores a dropped final "e" after "-ed"/"-ing" was cut.
    private static func restoreStem(_ stem: String, past: Bool) -> String {
        let chars = Array(stem)
        guard let last = chars.last, chars.count >= 2 else { return stem }
        let previous = chars[chars.count - 2]
        if last == previous, !["l", "s", "z", "f"].contains(last), !vowels.contains(last) {
            return String(chars.dropLast())
        }
        // "expelled", "controlled" lose an l; "called", "installed", "killed" keep it.
        if last == "l", previous == "l", !stem.hasSuffix("all"), vowelGroups(stem) >= 2 { return String(chars.dropLast()) }
        if ["dg", "rg", "lg"].contains(where: { stem.hasSuffix($0) }) { return stem + "e" }
        if past, stem.hasSuffix("ng"), chars.count >= 4 { return stem + "e" }
        // "tabled", "struggled", "settled", "filed": a consonant or single vowel-consonant before a final l.
        if last == "l", ["b", "d", "g", "k", "p", "t", "z", "f"].contains(previous) { return stem + "e" }
        if stem.hasSuffix("il"), chars.count >= 3, !vowels.contains(chars[chars.count - 3]) { return stem + "e" }
        if stem.hasSuffix("in"), chars.count >= 3, !vowels.contains(chars[chars.count - 3]) { return stem + "e" }
        if stem.hasSuffix("om"), chars.count >= 4, !vowels.contains(chars[chars.count - 3]) { return stem + "e" }
        // No English verb ends in these after the "-e" was dropped: arriv(e), announc(e), seiz(e), continu(e).
        if ["v", "c", "z", "u"].contains(last) { return stem + "e" }
        if last == "s", vowels.contains(previous) { return stem + "e" }
        if last == "g", previous == "n", chars.count >= 3, chars[chars.count - 3] == "a" { return stem + "e" }
        if stem.hasSuffix("at"), chars.count > 4, !vowels.contains(chars[chars.count - 3]) { return stem + "e" }
        if ["ot", "ut", "ir", "ur", "ok", "ar", "id", "ib", "ud", "ap", "ag", "am", "um", "im"].contains(where: { stem.hasSuffix($0) }),
           chars.count >= 3, !vowels.contains(chars[chars.count - 3]) {
            return stem + "e"
        }
        return stem
    }
}
