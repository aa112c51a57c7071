extension TokenTable {
    /// A lowercase word of content ("finance", "director"): no capital, punctuation or function word.
    func isLowercaseContentWord(_ k: Int) -> Bool {
        !isCapitalised(k) && !isPunctuation(k) && !isClosedClass(k) && lower[k].first?.isLetter == true
    }
}
