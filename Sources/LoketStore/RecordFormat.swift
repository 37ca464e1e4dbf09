/// Byte layout of `journal.log`, exactly as FORMAT.md describes it. All integers little-endian.
public enum JournalFormat {
    public static let magic: [UInt8] = Array("LOKETJ1\n".utf8)
    public static let version: UInt32 = 1
    public static let deskIdSize = 16
    public static let hashSize = 32

    // File header: magic 8 | version 4 | desk id 16 | crc32c of the 28 bytes before it 4
    public static let fileHeaderSize = 32

    // Record: length 4 | crc32c 4 | sequence 8 | previous hash 32 | timestamp 8 | desk id 16 | payload
    // `length` counts the bytes after the CRC field; the CRC covers exactly those bytes.
    public static let recordPrefixSize = 8
    public static let recordFixedBodySize = 64
    public static let recordHeaderSize = recordPrefixSize + recordFixedBodySize
    /// Events are small; a larger length is damage, not data.
    public static let maxPayloadSize = 16 << 20
    public static let maxBodySize = recordFixedBodySize + maxPayloadSize

    /// Field offsets inside a record.
    enum Field {
        static let length = 0
        static let crc = 4
        static let sequence = 8
        static let previousHash = 16
        static let timestamp = 48
        static let deskId = 56
        static let payload = 72
    }

    static let zeroHash = [UInt8](repeating: 0, count: hashSize)

    /// Appends one encoded record to `out`.
    static func appendRecord(sequence: UInt64, previousHash: [UInt8], timestamp: Int64, deskId: [UInt8],
                             payload: UnsafeRawBufferPointer, to out: inout [UInt8]) {
        precondition(previousHash.count == hashSize && deskId.count == deskIdSize)
        let start = out.count
        out.appendLittleEndian(UInt32(recordFixedBodySize + payload.count))
        out.appendLittleEndian(UInt32(0))  // CRC, filled in below
        out.appendLittleEndian(sequence)
        out.append(contentsOf: previousHash)
        out.appendLittleEndian(UInt64(bitPattern: timestamp))
        out.append(contentsOf: deskId)
        out.append(contentsOf: payload)
        let crc = out.withUnsafeBytes { CRC32C.checksum(UnsafeRawBufferPointer(rebasing: $0[(start + Field.sequence)...])) }
        out.withUnsafeMutableBytes { $0.storeBytes(of: crc.littleEndian, toByteOffset: start + Field.crc, as: UInt32.self) }
    }
}

/// The 32 bytes at the start of `journal.log`.
public struct JournalFileHeader: Equatable, Sendable {
    public var version: UInt32
    public var deskId: [UInt8]

    public init(version: UInt32 = JournalFormat.version, deskId: [UInt8]) {
        self.version = version
        self.deskId = deskId
    }

    public func encoded() -> [UInt8] {
        var out = JournalFormat.magic
        out.appendLittleEndian(version)
        out.append(contentsOf: deskId)
        out.appendLittleEndian(CRC32C.checksum(out))
        return out
    }

    public enum DecodeError: Error, Equatable, Sendable {
        case tooShort, badMagic, badChecksum, unsupportedVersion(UInt32)
    }

    public static func decode(_ bytes: UnsafeRawBufferPointer) throws(DecodeError) -> JournalFileHeader {
        guard bytes.count >= JournalFormat.fileHeaderSize else { throw .tooShort }
        let stored = bytes.readLittleEndian(UInt32.self, at: 28)
        // Checksum first, so a flipped byte anywhere in the header reads as damage.
        guard CRC32C.checksum(UnsafeRawBufferPointer(rebasing: bytes[0..<28])) == stored else {
            throw bytes.prefix(8).elementsEqual(JournalFormat.magic) ? .badChecksum : .badMagic
        }
        guard bytes.prefix(8).elementsEqual(JournalFormat.magic) else { throw .badMagic }
        let version = bytes.readLittleEndian(UInt32.self, at: 8)
        guard version == JournalFormat.version else { throw .unsupportedVersion(version) }
        return JournalFileHeader(version: version, deskId: Array(bytes[12..<28]))
    }
}

/// One record decoded into owned values: for tools and tests. The journal itself reads records in place.
public struct JournalRecord: Equatable, Sendable {
    public var sequence: UInt64
    public var previousHash: [UInt8]
    public var timestamp: Int64
    public var deskId: [UInt8]
    public var payload: [UInt8]

    public init(sequence: UInt64, previousHash: [UInt8], timestamp: Int64, deskId: [UInt8], payload: [UInt8]) {
        self.sequence = sequence
        self.previousHash = previousHash
        self.timestamp = timestamp
        self.deskId = deskId
        self.payload = payload
    }

    public func encoded() -> [UInt8] {
        var out = [UInt8]()
        out.reserveCapacity(JournalFormat.recordHeaderSize + payload.count)
        payload.withUnsafeBytes {
            JournalFormat.appendRecord(sequence: sequence, previousHash: previousHash, timestamp: timestamp,
                                       deskId: deskId, payload: $0, to: &out)
        }
        return out
    }

    public enum DecodeResult: Equatable, Sendable {
        /// A record whose CRC checks, and its size in bytes.
        case record(JournalRecord, size: Int)
        /// The bytes end before the record does.
        case incomplete
        case badLength(UInt32)
        case badChecksum
    }

    /// Decodes the record at the start of `bytes`.
    public static func decode(_ bytes: UnsafeRawBufferPointer) -> DecodeResult {
        guard bytes.count >= JournalFormat.recordPrefixSize else { return .incomplete }
        let length = bytes.readLittleEndian(UInt32.self, at: JournalFormat.Field.length)
        guard length >= JournalFormat.recordFixedBodySize, length <= JournalFormat.maxBodySize else {
            return .badLength(length)
        }
        let size = JournalFormat.recordPrefixSize + Int(length)
        guard bytes.count >= size else { return .incomplete }
        let body = UnsafeRawBufferPointer(rebasing: bytes[JournalFormat.recordPrefixSize..<size])
        guard CRC32C.checksum(body) == bytes.readLittleEndian(UInt32.self, at: JournalFormat.Field.crc) else {
            return .badChecksum
        }
        typealias F = JournalFormat.Field
        let record = JournalRecord(
            sequence: bytes.readLittleEndian(UInt64.self, at: F.sequence),
            previousHash: Array(bytes[F.previousHash..<F.timestamp]),
            timestamp: Int64(bitPattern: bytes.readLittleEndian(UInt64.self, at: F.timestamp)),
            deskId: Array(bytes[F.deskId..<F.payload]),
            payload: Array(bytes[F.payload..<size]))
        return .record(record, size: size)
    }
}

extension Array where Element == UInt8 {
    mutating func appendLittleEndian<T: FixedWidthInteger>(_ value: T) {
        Swift.withUnsafeBytes(of: value.littleEndian) { append(contentsOf: $0) }
    }
}

extension UnsafeRawBufferPointer {
    @inline(__always)
    func readLittleEndian<T: FixedWidthInteger>(_: T.Type, at offset: Int) -> T {
        T(littleEndian: loadUnaligned(fromByteOffset: offset, as: T.self))
    }
}
