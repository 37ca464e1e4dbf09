import XCTest
@testable import LoketStore

final class CRC32CTests: XCTestCase {
    func testStandardCheckValue() {
        XCTAssertEqual(CRC32C.checksum(Array("123456789".utf8)), 0xE306_9283)
    }

    /// RFC 3720 (iSCSI) appendix B.4 vectors.
    func testISCSIVectors() {
        XCTAssertEqual(CRC32C.checksum([UInt8](repeating: 0, count: 32)), 0x8A91_36AA)
        XCTAssertEqual(CRC32C.checksum([UInt8](repeating: 0xFF, count: 32)), 0x62A8_AB43)
        XCTAssertEqual(CRC32C.checksum((0..<32).map { UInt8($0) }), 0x46DD_794E)
        XCTAssertEqual(CRC32C.checksum((0..<32).reversed().map { UInt8($0) }), 0x113F_DB5C)
    }

    func testEmptyIsZero() {
        XCTAssertEqual(CRC32C.checksum([]), 0)
    }

    func testSliceBy8MatchesBitwiseReferenceAtEveryLengthAndAlignment() {
        func reference(_ bytes: ArraySlice<UInt8>) -> UInt32 {
            var crc: UInt32 = 0xFFFF_FFFF
            for b in bytes {
                crc ^= UInt32(b)
                for _ in 0..<8 { crc = (crc & 1) != 0 ? (crc >> 1) ^ 0x82F6_3B78 : crc >> 1 }
            }
            return ~crc
        }
        let data = testPayload(7, size: 80)
        for start in 0..<9 {
            for end in start...data.count {
                let slice = data[start..<end]
                let fast = slice.withUnsafeBytes { CRC32C.checksum($0) }
                XCTAssertEqual(fast, reference(slice), "bytes \(start)..<\(end)")
            }
        }
    }

    func testContinuingEqualsOneShot() {
        let data = testPayload(3, size: 100)
        let whole = CRC32C.checksum(data)
        for split in 0...data.count {
            let first = data[..<split].withUnsafeBytes { CRC32C.checksum($0) }
            let both = data[split...].withUnsafeBytes { CRC32C.checksum($0, continuing: first) }
            XCTAssertEqual(both, whole)
        }
    }

    func testStepwiseRegisterMatchesChecksum() {
        let data = Array("123456789".utf8)
        var register: UInt32 = 0xFFFF_FFFF
        for b in data { register = CRC32C.step(register, b) }
        XCTAssertEqual(~register, 0xE306_9283)
    }
}
