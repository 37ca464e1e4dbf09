import XCTest
@testable import LoketStore

/// Every failure path of `append`, reached through `FaultInjectingFileSystem`.
final class FaultInjectionTests: XCTestCase {
    private func openWithRecords(_ fs: FaultInjectingFileSystem) throws -> Journal {
        let journal = try Journal.open(directory: temporaryStorePath(), fileSystem: fs, createWithDeskId: testDeskId)
        try journal.append([testPayload(1, size: 40), testPayload(2, size: 3)], timestamp: 1)
        return journal
    }

    private func confirmedPayloads(_ directory: String) throws -> [[UInt8]] {
        let journal = try Journal.open(directory: directory)
        defer { journal.close() }
        XCTAssertFalse(journal.isReadOnly)
        return journal.allRecords().map(\.payload)
    }

    func testFailedWriteLeavesLogAtLastCompleteRecordAndJournalUsable() throws {
        let fs = FaultInjectingFileSystem()
        let journal = try openWithRecords(fs)
        let size = journal.byteCount
        fs.shortWrite(keeping: 100, errno: EIO, path: Journal.fileName)
        XCTAssertThrowsError(try journal.append([testPayload(3, size: 500)], timestamp: 2)) { error in
            guard case .writeFailed = error as? JournalError else { return XCTFail("\(error)") }
            XCTAssertTrue((error as! JournalError).userMessage.contains("TIDAK tersimpan"))
        }
        XCTAssertEqual(fileBytes(journalPath(journal.directory)).count, size)
        XCTAssertEqual(journal.lastSequence, 2)
        XCTAssertNil(journal.failure)
        XCTAssertEqual(try journal.append([testPayload(4, size: 1)], timestamp: 3)[0].sequence, 3)
        journal.close()
        XCTAssertEqual(try confirmedPayloads(journal.directory),
                       [testPayload(1, size: 40), testPayload(2, size: 3), testPayload(4, size: 1)])
    }

    func testDiskFullShortWriteIsClearAndLosesNothingConfirmed() throws {
        let fs = FaultInjectingFileSystem()
        let journal = try openWithRecords(fs)
        let size = journal.byteCount
        fs.shortWrite(keeping: 7, errno: ENOSPC, path: Journal.fileName)
        XCTAssertThrowsError(try journal.append([testPayload(3, size: 50), testPayload(4, size: 50)], timestamp: 2)) {
            guard case .diskFull = $0 as? JournalError else { return XCTFail("\($0)") }
            XCTAssertTrue(($0 as! JournalError).userMessage.hasPrefix("Disk penuh"))
        }
        XCTAssertEqual(fileBytes(journalPath(journal.directory)).count, size)
        journal.close()
        XCTAssertEqual(try confirmedPayloads(journal.directory), [testPayload(1, size: 40), testPayload(2, size: 3)])
    }

    func testShortWriteWhoseCutBackFailsStopsTheSessionAndReopenRecovers() throws {
        let fs = FaultInjectingFileSystem()
        let journal = try openWithRecords(fs)
        let directory = journal.directory
        fs.shortWrite(keeping: 90, errno: ENOSPC, path: Journal.fileName)
        fs.fail(.truncate, errno: EIO, path: Journal.fileName)
        XCTAssertThrowsError(try journal.append([testPayload(3, size: 200)], timestamp: 2)) {
            guard case .fsyncFailed = $0 as? JournalError else { return XCTFail("\($0)") }
        }
        XCTAssertThrowsError(try journal.append([[1]], timestamp: 3)) {
            guard case .fsyncFailed = $0 as? JournalError else { return XCTFail("\($0)") }
        }
        journal.close()
        let reopened = try Journal.open(directory: directory)
        defer { reopened.close() }
        XCTAssertEqual(reopened.allRecords().map(\.payload), [testPayload(1, size: 40), testPayload(2, size: 3)])
        XCTAssertEqual(reopened.recovery.tornByteCount, 90)
    }

    func testFailedFsyncIsFatalForTheSession() throws {
        let fs = FaultInjectingFileSystem()
        let journal = try openWithRecords(fs)
        fs.failSync(errno: EIO, path: Journal.fileName)
        XCTAssertThrowsError(try journal.append([[9]], timestamp: 2)) { error in
            guard case .fsyncFailed = error as? JournalError else { return XCTFail("\(error)") }
            let message = (error as! JournalError).userMessage
            XCTAssertTrue(message.hasPrefix("Penyimpanan gagal"))
            XCTAssertTrue(message.contains("data terakhir belum pasti tersimpan"))
        }
        XCTAssertNotNil(journal.failure)
        let writes = fs.count(.write)
        for _ in 0..<3 {
            XCTAssertThrowsError(try journal.append([[10]], timestamp: 3)) {
                guard case .fsyncFailed = $0 as? JournalError else { return XCTFail("\($0)") }
            }
        }
        XCTAssertEqual(fs.count(.write), writes, "never retries")
        XCTAssertEqual(journal.lastSequence, 2, "the unconfirmed record is not reported")
        journal.close()
        // The unconfirmed record may or may not have reached the disk; the confirmed ones did.
        let payloads = try confirmedPayloads(journal.directory)
        XCTAssertEqual(Array(payloads.prefix(2)), [testPayload(1, size: 40), testPayload(2, size: 3)])
    }

    func testFailedDirectoryFsyncWhenCreatingIsReported() throws {
        let fs = FaultInjectingFileSystem()
        let dir = temporaryStorePath()
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        fs.failDirectorySync()
        XCTAssertThrowsError(try Journal.open(directory: dir, fileSystem: fs, createWithDeskId: testDeskId)) {
            guard case .fsyncFailed = $0 as? JournalError else { return XCTFail("\($0)") }
        }
        // The lock was released; the (already renamed) empty journal opens fine.
        let journal = try Journal.open(directory: dir, createWithDeskId: testDeskId)
        XCTAssertEqual(journal.recordCount, 0)
        journal.close()
    }

    func testUnreadableJournalIsAnIOError() throws {
        let fs = FaultInjectingFileSystem()
        let journal = try openWithRecords(fs)
        journal.close()
        fs.fail(.read, errno: EIO, path: Journal.fileName)
        XCTAssertThrowsError(try Journal.open(directory: journal.directory, fileSystem: fs)) {
            guard case .io = $0 as? JournalError else { return XCTFail("\($0)") }
        }
        try Journal.open(directory: journal.directory).close()
    }

    func testFaultsFireOnTheNthMatchingCallOnly() throws {
        let dir = temporaryStorePath()
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        let fs = FaultInjectingFileSystem()
        let file = try fs.open(dir + "/f", .readWriteCreate)
        defer { fs.close(file) }
        fs.failWrite(number: 2, errno: EIO)
        XCTAssertNoThrow(try fs.write(file, [1], at: 0))
        XCTAssertThrowsError(try fs.write(file, [2], at: 1)) {
            XCTAssertEqual(($0 as? FileSystemError)?.code, EIO)
            XCTAssertTrue(($0 as? FileSystemError)?.description.contains("Input/output error") ?? false)
        }
        XCTAssertNoThrow(try fs.write(file, [3], at: 1))
        XCTAssertEqual(try fs.readAll(file), [1, 3])
        XCTAssertEqual(fs.pendingFaultCount, 0)
    }
}
