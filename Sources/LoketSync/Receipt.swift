import LoketCore

/// The body of a receipt bundle: "I, the signer, hold desk `deskId`'s records up to `lastSequence`,
/// whose hash is `lastHash`". The desk checks the hash against its own record before believing it.
public struct Receipt: Equatable, Sendable, BinaryCodable {
    public var deskId: [UInt8]
    public var lastSequence: UInt64
    public var lastHash: [UInt8]
    public var receivedAt: Int64

    public init(deskId: [UInt8], lastSequence: UInt64, lastHash: [UInt8], receivedAt: Int64) {
        self.deskId = deskId
        self.lastSequence = lastSequence
        self.lastHash = lastHash
        self.receivedAt = receivedAt
    }

    public func encode(to w: inout ByteWriter) {
        w.u8(1)
        w.raw(deskId)
        w.uint(lastSequence)
        w.raw(lastHash)
        w.int(Int(receivedAt))
    }

    public init(from r: inout ByteReader) throws {
        let version = try r.u8()
        guard version == 1 else { throw ByteReaderError.invalid("receipt version \(version)") }
        deskId = try r.raw()
        lastSequence = try r.uint()
        lastHash = try r.raw()
        receivedAt = Int64(try r.int())
    }
}
