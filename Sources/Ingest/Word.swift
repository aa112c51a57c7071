/// A run of letters or digits in a sentence, with where it stands, for phrase matching.
struct Word {
    let range: Range<String.Index>
    let lower: String
    let isCapitalized: Bool

    /// The words of `text`: maximal runs of letters and digits ("Tuesday's" gives "Tuesday" and "s").
    static func split(_ text: String) -> [Word] {
        var words: [Word] = []
        var start: String.Index?
        var index = text.startIndex
        while index <= text.endIndex {
            let isWordCharacter = index < text.endIndex && (text[index].isLetter || text[index].isNumber)
            if isWordCharacter, start == nil { start = index }
            if !isWordCharacter, let begin = start {
                let word = text[begin..<index]
                words.append(Word(range: begin..<index, lower: word.lowercased(), isCapitalized: word.first?.isUppercase == true))
                start = nil
            }
            guard index < text.endIndex else { break }
            index = text.index(after: index)
        }
        return words
    }
}
