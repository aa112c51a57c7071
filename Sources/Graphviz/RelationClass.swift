/// A small CAMEO-like classification of relations, used to colour edges by polarity.
///
/// Each class maps onto one CAMEO root range and so onto one GDELT QuadClass; the lexicon
/// that assigns relations to classes is in `RelationClass+Lexicon.swift` and documented in
/// docs/relation-classes.md.
public enum RelationClass: String, Sendable, CaseIterable, Codable {
    /// Public statements and reports (CAMEO 01): say, announce, quote.
    case statement
    /// Meetings, visits, talks and other verbal cooperation (CAMEO 03–05).
    case consult
    /// Agreements put into practice, aid, support, easing of pressure (CAMEO 06–08).
    case cooperate
    /// Demands, threats, warnings, accusations and rejections (CAMEO 10–13).
    case demand
    /// Sanctions, expulsions, suspensions, broken ties (CAMEO 16).
    case sanction
    /// Coercion and force: arrests, coups, attacks, fighting (CAMEO 17–20).
    case coerce
    /// Relations the lexicon does not place (be, lead, arrive in…).
    case unclassified

    /// A short human label, as shown in legends.
    public var label: String {
        switch self {
        case .statement: return "statement"
        case .consult: return "consult"
        case .cooperate: return "cooperate or aid"
        case .demand: return "demand or threaten"
        case .sanction: return "sanction or reduce relations"
        case .coerce: return "coerce or fight"
        case .unclassified: return "other relation"
        }
    }

    /// The GDELT QuadClass of the class; nil for unclassified relations. Statements are
    /// verbal cooperation, as in GDELT (CAMEO roots 01–05).
    public var quadClass: QuadClass? {
        switch self {
        case .statement, .consult: return .verbalCooperation
        case .cooperate: return .materialCooperation
        case .demand: return .verbalConflict
        case .sanction, .coerce: return .materialConflict
        case .unclassified: return nil
        }
    }

    /// Edge colour: blue–green for cooperation, orange–red for conflict, greys for neutral
    /// text (Okabe–Ito hues, distinguishable under the common colour-vision deficiencies;
    /// the edge label still names the relation, so colour is never the only cue).
    public var color: String {
        switch self {
        case .statement: return "#666666"
        case .consult: return "#0072B2"
        case .cooperate: return "#009E73"
        case .demand: return "#E69F00"
        case .sanction: return "#D55E00"
        case .coerce: return "#A3001B"
        case .unclassified: return "#9A9A9A"
        }
    }

    /// Colour for label text: the edge colour, darkened where it would be too pale on white.
    public var labelColor: String {
        switch self {
        case .demand: return "#A86400"
        case .unclassified: return "#6E6E6E"
        default: return color
        }
    }
}
