/// Hyphenated words ("call-up", "head-on", "longest-serving"): the tokenizer splits them at the hyphen, so a
/// relation built from one token would keep half a word ("seek tie with", "become longest of").
extension TokenTable {
    /// True when token `i` is a hyphen written against the words on both sides ("tie-up"), not a dash.
    func isJoiningHyphen(_ i: Int, in sentence: Range<Int>) -> Bool {
        guard i - 1 >= sentence.lowerBound, i + 1 < sentence.upperBound, lower[i] == "-",
              document.starts.count == count, document.ends.count == count else { return false }
        return document.ends[i - 1] == document.starts[i] && document.ends[i] == document.starts[i + 1]
            && !isPunctuation(i - 1) && !isPunctuation(i + 1)
    }

    /// The tokens of the hyphenated word that holds token `i` (just `i` when it stands alone).
    func hyphenatedWord(containing i: Int, in sentence: Range<Int>) -> Range<Int> {
        var start = i, end = i + 1
        if lower[i] == "-", isJoiningHyphen(i, in: sentence) { start = i - 1; end = i + 2 }
        while start - 2 >= sentence.lowerBound, isJoiningHyphen(start - 1, in: sentence) { start -= 2 }
        while end + 1 < sentence.upperBound, isJoiningHyphen(end, in: sentence) { end += 2 }
        return start..<end
    }

    /// The lower-cased hyphenated word that holds token `i` ("call-up" for "call" or "up").
    func relationWord(_ i: Int, in sentence: Range<Int>) -> String {
        hyphenatedWord(containing: i, in: sentence).map { lower[$0] }.joined()
    }
}
