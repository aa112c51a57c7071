/// The text shape shared by every reader: the headline on the first line, then one paragraph a line.
enum ArticleText {
    /// `paragraphs` as text with `title` as the first line, unless the text already opens with it.
    static func lines(_ paragraphs: [String], title: String?) -> String {
        var lines = paragraphs
        if let title, !title.isEmpty, lines.first != title { lines.insert(title, at: 0) }
        return lines.joined(separator: "\n") + "\n"
    }

    /// The `number`th (1-based) article of the feed or dump `name`, named `name#number`.
    static func item(_ number: Int, of name: String, paragraphs: [String], metadata: ArticleMetadata) -> Article {
        Article(name: "\(name)#\(number)", text: lines(paragraphs, title: metadata.title), metadata: metadata)
    }

    /// A feed or dump field's paragraphs: HTML reduced to its text, plain text split at line breaks.
    static func paragraphs(ofTextOrHTML text: String) -> [String] {
        let plain = Markup.looksLikeMarkup(text) ? HTMLReader.text(ofFragment: text) : text
        return plain.split(separator: "\n").map(Whitespace.collapse).filter { !$0.isEmpty }
    }
}
