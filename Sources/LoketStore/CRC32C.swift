/// CRC-32C (Castagnoli, reflected polynomial 0x82F63B78), the checksum of every journal record.
/// A checksum, not a cryptographic hash: it catches torn writes and bit flips cheaply; the SHA-256
/// chain is what makes tampering visible.
public enum CRC32C {
    /// Slice-by-8 lookup tables, flattened: entry `k * 256 + b` is the CRC of byte `b` followed by `k` zero bytes.
    static let tables: [UInt32] = {
        var t = [UInt32](repeating: 0, count: 8 * 256)
        for b in 0..<256 {
            var c = UInt32(b)
            for _ in 0..<8 { c = (c & 1) != 0 ? (c >> 1) ^ 0x82F6_3B78 : c >> 1 }
            t[b] = c
        }
        for b in 0..<256 {
            var c = t[b]
            for k in 1..<8 {
                c = (c >> 8) ^ t[Int(c & 0xFF)]
                t[k * 256 + b] = c
            }
        }
        return t
    }()

    /// CRC-32C of `bytes`. Pass the result of an earlier call as `previous` to checksum data in pieces.
    public static func checksum(_ bytes: UnsafeRawBufferPointer, continuing previous: UInt32 = 0) -> UInt32 {
        guard var p = bytes.baseAddress, bytes.count > 0 else { return previous }
        var n = bytes.count
        var crc = ~previous
        tables.withUnsafeBufferPointer { table in
            let t0 = table.baseAddress!
            let t1 = t0 + 256, t2 = t0 + 512, t3 = t0 + 768
            let t4 = t0 + 1024, t5 = t0 + 1280, t6 = t0 + 1536, t7 = t0 + 1792
            while n >= 8 {
                let word = UInt64(littleEndian: p.loadUnaligned(as: UInt64.self)) ^ UInt64(crc)
                let low: UInt32 = t7[Int(word & 0xFF)] ^ t6[Int((word >> 8) & 0xFF)]
                    ^ t5[Int((word >> 16) & 0xFF)] ^ t4[Int((word >> 24) & 0xFF)]
                let high: UInt32 = t3[Int((word >> 32) & 0xFF)] ^ t2[Int((word >> 40) & 0xFF)]
                    ^ t1[Int((word >> 48) & 0xFF)] ^ t0[Int(word >> 56)]
                crc = low ^ high
                p += 8
                n -= 8
            }
            while n > 0 {
                crc = (crc >> 8) ^ t0[Int((crc ^ UInt32(p.load(as: UInt8.self))) & 0xFF)]
                p += 1
                n -= 1
            }
        }
        return ~crc
    }

    public static func checksum(_ bytes: [UInt8]) -> UInt32 {
        bytes.withUnsafeBytes { checksum($0) }
    }

    /// One byte at a time, keeping the running (non-inverted) register: used when every prefix's CRC
    /// matters (searching a damaged tail for the true end of a record).
    @inline(__always)
    static func step(_ register: UInt32, _ byte: UInt8) -> UInt32 {
        tables.withUnsafeBufferPointer { t in (register >> 8) ^ t[Int((register ^ UInt32(byte)) & 0xFF)] }
    }
}
