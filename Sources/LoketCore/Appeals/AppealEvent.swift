/// Events of sanggahan (appeal) intake. Stored inside `DeskEvent.appeal`.
/// Tags inside are part of the file format: never reuse or renumber one.
public enum AppealEvent: Hashable, Sendable {
    /// Receives an appeal; the full shape is defined with the sanggahan feature.
    case received(appealID: Int, nik: String)
}

extension AppealEvent: BinaryCodable {
    public func encode(to w: inout ByteWriter) {
        switch self {
        case .received(let id, let nik):
            w.u8(1)
            w.uint(UInt64(id))
            w.string(nik)
        }
    }

    public init(from r: inout ByteReader) throws {
        let tag = try r.u8()
        switch tag {
        case 1: self = .received(appealID: Int(try r.uint()), nik: try r.string())
        default: throw ByteReaderError.invalid("appeal tag \(tag)")
        }
    }
}

/// The sanggahan part of the desk state.
public struct AppealBook: Hashable, Sendable {
    public internal(set) var appealNIKs: [Int: String] = [:]
    public init() {}

    mutating func apply(_ event: AppealEvent, operatorID: Int, timestamp: Int64) throws {
        switch event {
        case .received(let id, let nik): appealNIKs[id] = nik
        }
    }
}
