/// The kind of actor an entity is; drives graph styling and filtering.
public enum EntityType: String, Codable, Sendable, CaseIterable, Comparable {
    case country, location, organization, person, group, work, other

    public static func < (lhs: EntityType, rhs: EntityType) -> Bool {
        lhs.rank < rhs.rank
    }

    private var rank: Int {
        switch self {
        case .country: return 0
        case .location: return 1
        case .organization: return 2
        case .person: return 3
        case .group: return 4
        case .work: return 5
        case .other: return 6
        }
    }
}
