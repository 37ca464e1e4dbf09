/// Events of bundle exchange (export logged, receipts, keys, status from upstream). Stored inside
/// `DeskEvent.sync`. Tags inside are part of the file format: never reuse or renumber one.
public enum SyncEvent: Hashable, Sendable {
    /// An export of personal data left the desk (UU 27/2022: every export is logged).
    case exported(recipient: String, format: String, lastSequence: UInt64)
}

extension SyncEvent: BinaryCodable {
    public func encode(to w: inout ByteWriter) {
        switch self {
        case .exported(let recipient, let format, let last):
            w.u8(1)
            w.string(recipient)
            w.string(format)
            w.uint(last)
        }
    }

    public init(from r: inout ByteReader) throws {
        let tag = try r.u8()
        switch tag {
        case 1: self = .exported(recipient: try r.string(), format: try r.string(), lastSequence: try r.uint())
        default: throw ByteReaderError.invalid("sync tag \(tag)")
        }
    }
}

/// The sync part of the desk state.
public struct SyncBook: Hashable, Sendable {
    public internal(set) var exportCount = 0
    public init() {}

    mutating func apply(_ event: SyncEvent, operatorID: Int, timestamp: Int64) throws {
        switch event {
        case .exported: exportCount += 1
        }
    }
}
