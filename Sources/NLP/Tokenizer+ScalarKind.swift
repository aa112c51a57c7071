/// The coarse class of a Unicode scalar, as the tokenizer and splitter see it.
enum ScalarKind: UInt8, Sendable {
    case space, newline, lower, upper, letter, digit, mark, apostrophe, hyphen, period, symbol

    /// Letters (any case), digits and combining marks: the stuff words are made of.
    var isWordPart: Bool {
        switch self {
        case .lower, .upper, .letter, .digit, .mark: return true
        default: return false
        }
    }

    var isLetter: Bool { self == .lower || self == .upper || self == .letter }

    var isSpace: Bool { self == .space || self == .newline }

    /// ASCII classes by code point, so the common case is one array load.
    private static let ascii: [ScalarKind] = (0..<128).map { code -> ScalarKind in
        switch code {
        case 0x0A, 0x0B, 0x0C, 0x0D: return .newline
        case 0x09, 0x20: return .space
        case 0x00..<0x20, 0x7F: return .space
        case 0x30...0x39: return .digit
        case 0x41...0x5A: return .upper
        case 0x61...0x7A: return .lower
        case 0x27: return .apostrophe
        case 0x2D: return .hyphen
        case 0x2E: return .period
        default: return .symbol
        }
    }

    /// Classifies `scalar`; non-ASCII scalars go through their Unicode properties.
    @inline(__always)
    static func of(_ scalar: Unicode.Scalar) -> ScalarKind {
        let value = scalar.value
        if value < 128 { return ascii[Int(value)] }
        return nonASCII(scalar)
    }

    private static func nonASCII(_ scalar: Unicode.Scalar) -> ScalarKind {
        switch scalar.value {
        case 0x2019, 0x02BC: return .apostrophe           // ’ and modifier-letter apostrophe
        case 0x2010, 0x2011: return .hyphen               // hyphen, non-breaking hyphen
        case 0x00AD, 0x200C, 0x200D: return .mark         // soft hyphen and joiners stay inside words
        case 0x2028, 0x2029, 0x0085: return .newline
        case 0x00A0, 0x200B, 0xFEFF, 0x2060: return .space
        default: break
        }
        let properties = scalar.properties
        switch properties.generalCategory {
        case .uppercaseLetter, .titlecaseLetter: return .upper
        case .lowercaseLetter: return .lower
        case .modifierLetter, .otherLetter: return .letter
        case .decimalNumber: return .digit
        case .nonspacingMark, .spacingMark, .enclosingMark: return .mark
        case .spaceSeparator, .control, .format: return .space   // invisible: direction marks, C1 controls
        case .lineSeparator, .paragraphSeparator: return .newline
        default: return .symbol
        }
    }

    /// Scalars that extend the symbol before them into one token: variation selectors, emoji
    /// modifiers, zero-width joiners and tag characters (flags, family emoji, keycaps).
    @inline(__always)
    static func extendsSymbol(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0xFE00...0xFE0F, 0x1F3FB...0x1F3FF, 0x200D, 0xE0020...0xE007F, 0x20E3: return true
        default: return false
        }
    }

    /// Regional indicator letters, which pair up into flags.
    @inline(__always)
    static func isRegionalIndicator(_ scalar: Unicode.Scalar) -> Bool {
        (0x1F1E6...0x1F1FF).contains(scalar.value)
    }
}
