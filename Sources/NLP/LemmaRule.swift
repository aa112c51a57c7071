/// A suffix rewrite: drop `strip` characters from the end of the lowercase form, then add `append`.
struct LemmaRule: Sendable, Hashable {
    var strip: Int
    var append: String

    /// The rule that turns `form` into `lemma`.
    init(form: String, lemma: String) {
        let formCharacters = Array(form), lemmaCharacters = Array(lemma)
        var common = 0
        while common < formCharacters.count, common < lemmaCharacters.count,
              formCharacters[common] == lemmaCharacters[common] { common += 1 }
        strip = formCharacters.count - common
        append = String(lemmaCharacters[common...])
    }

    init(strip: Int, append: String) {
        self.strip = strip
        self.append = append
    }

    /// The lemma of `form`, or nil if the form is too short for the rule.
    func apply(to form: String) -> String? {
        guard strip < form.count else { return nil }
        return String(form.dropLast(strip)) + append
    }
}
