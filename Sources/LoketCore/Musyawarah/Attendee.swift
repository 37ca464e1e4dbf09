/// The roles DESIGN.md lists for a musyawarah kelurahan; attendance in the berita acara is by role.
public enum AttendeeRole: UInt8, CaseIterable, Sendable, Hashable {
    case lurah = 1, dprd, kelurahanStaff, pendata, pendamsos, rtRwChair, pkk, communityFigure, other

    public var label: String {
        switch self {
        case .lurah: return "Lurah/wakil"
        case .dprd: return "Anggota DPRD"
        case .kelurahanStaff: return "Staf kelurahan"
        case .pendata: return "Pendata"
        case .pendamsos: return "Pendamping Sosial"
        case .rtRwChair: return "Ketua RT/RW"
        case .pkk: return "PKK/Dasawisma"
        case .communityFigure: return "Tokoh masyarakat"
        case .other: return "Lainnya"
        }
    }

    /// Pendamping sosial and pendata prepare and explain the data; whether they also vote is a setting
    /// of the session (`MusyawarahSetup.facilitatorsVote`).
    public var isFacilitator: Bool { self == .pendamsos || self == .pendata }
}

/// A person on the attendance list. `invited` people count towards the quorum; someone who turns up
/// uninvited may attend and vote but does not change the quorum. A person entered by mistake is struck
/// (`AttendeeStrike`), never removed: the entry stays in the record, marked.
public struct Attendee: Hashable, Sendable {
    public var id: Int
    public var name: String
    public var role: AttendeeRole
    /// "Ketua RW 03", "Kasi Kesra" — what the berita acara prints after the name.
    public var position: String
    public var invited: Bool

    public init(id: Int, name: String, role: AttendeeRole, position: String = "", invited: Bool = true) {
        self.id = id
        self.name = name
        self.role = role
        self.position = position
        self.invited = invited
    }
}

/// One arrival or departure, kept in order for the berita acara.
public struct PresenceChange: Hashable, Sendable {
    public let attendeeID: Int
    public let arrived: Bool
    public let timestamp: Int64
}

/// A person struck from the attendance list because they were entered by mistake (wrong person, typed
/// twice, never invited). From then on they count for nothing: not present, not invited, not a voter.
public struct AttendeeStrike: Hashable, Sendable {
    public let attendeeID: Int
    public let reason: String
    public let timestamp: Int64
    public let operatorID: Int
}
