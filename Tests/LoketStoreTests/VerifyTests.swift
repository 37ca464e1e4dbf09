import XCTest
@testable import LoketStore

final class VerifyTests: XCTestCase {
    private func makeStore(records: Int) throws -> String {
        let dir = temporaryStorePath()
        let journal = try Journal.open(directory: dir, createWithDeskId: testDeskId)
        try journal.append((0..<records).map { testPayload($0, size: 10 * $0) }, timestamp: 1)
        journal.close()
        return dir
    }

    func testHealthyLog() throws {
        let dir = try makeStore(records: 6)
        let report = Journal.verify(directory: dir)
        XCTAssertTrue(report.isHealthy, report.description)
        XCTAssertEqual(report.recordCount, 6)
        XCTAssertEqual(report.lastSequence, 6)
        XCTAssertEqual(report.fileByteCount, fileBytes(journalPath(dir)).count)
        XCTAssertEqual(report.message, "Data utuh: 6 catatan, rantai hash lengkap.")
        let journal = try Journal.open(directory: dir)
        XCTAssertEqual(report.lastHash, journal.lastHash)
        journal.close()
    }

    func testCorruptedLogNamesTheFirstBadRecord() throws {
        let dir = try makeStore(records: 6)
        var offsets = [Int]()
        let journal = try Journal.open(directory: dir)
        journal.forEachRecord { offsets.append($0.offset) }
        journal.close()
        var bytes = fileBytes(journalPath(dir))
        bytes[offsets[3] + 80] ^= 0xFF
        writeFileBytes(bytes, journalPath(dir))

        let report = Journal.verify(directory: dir)
        XCTAssertFalse(report.isHealthy)
        XCTAssertEqual(report.recordCount, 3)
        XCTAssertEqual(report.problem?.sequence, 4)
        XCTAssertEqual(report.problem?.offset, offsets[3])
        XCTAssertEqual(report.problem?.reason, .checksumMismatch)
        XCTAssertTrue(report.message.hasPrefix("Catatan nomor 4 (posisi bita \(offsets[3])) rusak"), report.message)
        XCTAssertTrue(report.description.contains("record 4 at byte \(offsets[3])"), report.description)
        XCTAssertEqual(fileBytes(journalPath(dir)), bytes, "verify changes nothing")
    }

    func testTornTailIsReportedButLeftAlone() throws {
        let dir = try makeStore(records: 3)
        let bytes = fileBytes(journalPath(dir))
        writeFileBytes(Array(bytes.dropLast(5)), journalPath(dir))
        let report = Journal.verify(directory: dir)
        XCTAssertTrue(report.isHealthy)
        XCTAssertEqual(report.recordCount, 2)
        XCTAssertGreaterThan(report.tornByteCount, 0)
        XCTAssertEqual(fileBytes(journalPath(dir)).count, bytes.count - 5)
    }

    func testMissingAndDamagedHeader() throws {
        let missing = Journal.verify(directory: temporaryStorePath())
        guard case .notFound = missing.error else { return XCTFail(missing.description) }

        let dir = try makeStore(records: 1)
        var bytes = fileBytes(journalPath(dir))
        bytes[3] ^= 1
        writeFileBytes(bytes, journalPath(dir))
        let damaged = Journal.verify(directory: dir)
        guard case .corruptHeader = damaged.error else { return XCTFail(damaged.description) }
        XCTAssertTrue(damaged.message.contains("rusak"))
    }
}
