/// GDELT's four-way summary of an event: cooperation or conflict, in words or in deeds.
public enum QuadClass: String, Sendable, CaseIterable, Codable {
    case verbalCooperation = "verbal cooperation"
    case materialCooperation = "material cooperation"
    case verbalConflict = "verbal conflict"
    case materialConflict = "material conflict"

    /// True for the two cooperation classes.
    public var isCooperation: Bool { self == .verbalCooperation || self == .materialCooperation }
}
