/// Word lists behind the sentence splitter's decisions.
enum SentenceLexicon {
    /// Capitalised words that usually open a sentence; after an abbreviation that may end one
    /// ("in the U.S. He said"), they signal a boundary, while a name ("the U.S. Army") does not.
    static let sentenceStarters: Set<String> = [
        "The", "A", "An", "He", "She", "It", "They", "We", "I", "You", "This", "That", "These", "Those",
        "There", "Here", "His", "Her", "Its", "Their", "Our", "My", "Your", "But", "And", "Or", "So",
        "Yet", "However", "In", "On", "At", "For", "From", "With", "After", "Before", "When", "While",
        "If", "As", "Although", "Though", "Since", "Because", "Meanwhile", "Also", "Still", "Now",
        "Then", "Some", "Many", "Most", "All", "No", "Not", "What", "Who", "Why", "How", "Where",
        "Which", "One", "Both", "Each", "Such", "Other", "Last", "Earlier", "Later", "Today",
        "Yesterday", "During", "Under", "Despite", "According", "Officials", "Mr.", "Mrs.", "Ms.",
        "Dr.", "Thus", "Instead", "Even", "Only", "More", "By", "Over", "Until", "Following",
        "Please", "Thanks", "Do", "Does", "Did", "See", "Let", "Can", "Could", "Would", "Will",
        "Should", "Is", "Are", "Was", "Were", "Has", "Have", "Had", "Every", "Another",
    ]

    /// Lower-case words that cannot end a line of prose: a line break after them is a wrap.
    static let continuationWords: Set<String> = [
        "the", "a", "an", "of", "to", "and", "or", "but", "in", "on", "at", "for", "with", "by",
        "from", "that", "as", "is", "are", "was", "were", "be", "been", "has", "have", "had", "its",
        "their", "his", "her", "this", "which", "who", "into", "than", "said", "not", "will",
        "would", "could", "should", "about", "after", "before", "over", "under", "between",
    ]
}
