/// Events of the musyawarah kelurahan (community meeting). Stored inside `DeskEvent.musyawarah`.
/// Tags inside are part of the file format: never reuse or renumber one.
public enum MusyawarahEvent: Hashable, Sendable {
    /// Opens a session; the full set-up is defined with the musyawarah feature.
    case sessionOpened(sessionID: Int, title: String)
}

extension MusyawarahEvent: BinaryCodable {
    public func encode(to w: inout ByteWriter) {
        switch self {
        case .sessionOpened(let id, let title):
            w.u8(1)
            w.uint(UInt64(id))
            w.string(title)
        }
    }

    public init(from r: inout ByteReader) throws {
        let tag = try r.u8()
        switch tag {
        case 1: self = .sessionOpened(sessionID: Int(try r.uint()), title: try r.string())
        default: throw ByteReaderError.invalid("musyawarah tag \(tag)")
        }
    }
}

/// The musyawarah part of the desk state.
public struct MusyawarahBook: Hashable, Sendable {
    public internal(set) var sessionTitles: [Int: String] = [:]
    public init() {}

    mutating func apply(_ event: MusyawarahEvent, operatorID: Int, timestamp: Int64) throws {
        switch event {
        case .sessionOpened(let id, let title): sessionTitles[id] = title
        }
    }
}
