import LoketCrypto
import XCTest
@testable import LoketStore

final class RecordFormatTests: XCTestCase {
    func testRecordRoundTrip() {
        for size in [0, 1, 7, 64, 1000] {
            let record = JournalRecord(sequence: 42, previousHash: SHA256.hash(Array("prev".utf8)),
                                       timestamp: -1_700_000_000_123, deskId: testDeskId,
                                       payload: testPayload(size, size: size))
            let bytes = record.encoded()
            XCTAssertEqual(bytes.count, JournalFormat.recordHeaderSize + size)
            let decoded = bytes.withUnsafeBytes { JournalRecord.decode($0) }
            XCTAssertEqual(decoded, .record(record, size: bytes.count))
        }
    }

    func testLayoutIsLittleEndianAsDocumented() {
        let record = JournalRecord(sequence: 0x0102_0304_0506_0708, previousHash: JournalFormat.zeroHash,
                                   timestamp: 0x1122, deskId: testDeskId, payload: [0xAA, 0xBB])
        let bytes = record.encoded()
        XCTAssertEqual(Array(bytes[0..<4]), [66, 0, 0, 0], "length counts bytes after the CRC field")
        let crc = bytes[8...].withUnsafeBytes { CRC32C.checksum($0) }
        XCTAssertEqual(Array(bytes[4..<8]), [UInt8(crc & 0xFF), UInt8(crc >> 8 & 0xFF), UInt8(crc >> 16 & 0xFF), UInt8(crc >> 24)])
        XCTAssertEqual(Array(bytes[8..<16]), [8, 7, 6, 5, 4, 3, 2, 1])
        XCTAssertEqual(Array(bytes[16..<48]), JournalFormat.zeroHash)
        XCTAssertEqual(Array(bytes[48..<56]), [0x22, 0x11, 0, 0, 0, 0, 0, 0])
        XCTAssertEqual(Array(bytes[56..<72]), testDeskId)
        XCTAssertEqual(Array(bytes[72...]), [0xAA, 0xBB])
    }

    func testDecodeReportsIncompleteBadChecksumAndBadLength() {
        let bytes = JournalRecord(sequence: 1, previousHash: JournalFormat.zeroHash, timestamp: 5,
                                  deskId: testDeskId, payload: [1, 2, 3]).encoded()
        for cut in 0..<bytes.count {
            XCTAssertEqual(bytes[..<cut].withUnsafeBytes { JournalRecord.decode($0) }, .incomplete)
        }
        var flipped = bytes
        flipped[bytes.count - 1] ^= 1
        XCTAssertEqual(flipped.withUnsafeBytes { JournalRecord.decode($0) }, .badChecksum)
        var short = bytes
        short[0] = 10
        XCTAssertEqual(short.withUnsafeBytes { JournalRecord.decode($0) }, .badLength(10))
    }

    func testFileHeaderRoundTripAndDamage() throws {
        let header = JournalFileHeader(deskId: testDeskId)
        let bytes = header.encoded()
        XCTAssertEqual(bytes.count, JournalFormat.fileHeaderSize)
        XCTAssertEqual(Array(bytes[0..<8]), Array("LOKETJ1\n".utf8))
        XCTAssertEqual(try bytes.withUnsafeBytes { try JournalFileHeader.decode($0) }, header)
        for i in 0..<bytes.count {
            var damaged = bytes
            damaged[i] ^= 0x04
            XCTAssertThrowsError(try damaged.withUnsafeBytes { try JournalFileHeader.decode($0) }, "byte \(i)")
        }
    }

    func testUnknownVersionWithValidChecksumIsNamed() {
        let bytes = JournalFileHeader(version: 9, deskId: testDeskId).encoded()
        XCTAssertThrowsError(try bytes.withUnsafeBytes { try JournalFileHeader.decode($0) }) { error in
            XCTAssertEqual(error as? JournalFileHeader.DecodeError, .unsupportedVersion(9))
        }
    }
}
