import LoketCrypto
import XCTest
@testable import LoketStore

final class JournalTests: XCTestCase {
    func testCreateMakesDirectoryAndEmptyJournal() throws {
        let dir = temporaryStorePath() + "/nested/store"
        let journal = try Journal.open(directory: dir, createWithDeskId: testDeskId)
        defer { journal.close() }
        XCTAssertEqual(journal.recordCount, 0)
        XCTAssertEqual(journal.lastSequence, 0)
        XCTAssertEqual(journal.lastHash, [UInt8](repeating: 0, count: 32))
        XCTAssertEqual(journal.deskId, testDeskId)
        XCTAssertFalse(journal.isReadOnly)
        XCTAssertEqual(journal.byteCount, JournalFormat.fileHeaderSize)
        XCTAssertEqual(fileBytes(journalPath(dir)), JournalFileHeader(deskId: testDeskId).encoded())
        XCTAssertEqual(filesIn(dir), ["LOCK", "journal.log"], "no temporary file left behind")
    }

    func testCreatingFsyncsTheFileAndTheDirectory() throws {
        let fs = FaultInjectingFileSystem()
        let journal = try Journal.open(directory: temporaryStorePath(), fileSystem: fs, createWithDeskId: testDeskId)
        journal.close()
        XCTAssertGreaterThanOrEqual(fs.count(.sync), 1)
        XCTAssertGreaterThanOrEqual(fs.count(.syncDirectory), 2, "the store's parent and the store itself")
    }

    func testAppendCloseReopenKeepsRecordsAndContinuesSequenceAndChain() throws {
        let dir = temporaryStorePath()
        var journal = try Journal.open(directory: dir, createWithDeskId: testDeskId)
        let first = try journal.append([testPayload(1, size: 10), [], testPayload(3, size: 300)], timestamp: 1000)
        XCTAssertEqual(first.map(\.sequence), [1, 2, 3])
        let fourth = try journal.append(testPayload(4, size: 5), timestamp: 2000)
        XCTAssertEqual(fourth.sequence, 4)
        XCTAssertEqual(journal.lastHash, fourth.hash)
        let before = journal.allRecords()
        journal.close()

        journal = try Journal.open(directory: dir)
        XCTAssertEqual(journal.recovery, RecoveryReport(recordCount: 4, tornByteCount: 0))
        XCTAssertEqual(journal.allRecords(), before)
        XCTAssertEqual(journal.lastSequence, 4)
        XCTAssertEqual(journal.lastHash, fourth.hash)
        let fifth = try journal.append(testPayload(5, size: 1), timestamp: 3000)
        XCTAssertEqual(fifth.sequence, 5)
        journal.close()

        journal = try Journal.open(directory: dir)
        defer { journal.close() }
        let records = journal.allRecords()
        XCTAssertEqual(records.map(\.sequence), [1, 2, 3, 4, 5])
        XCTAssertEqual(records.map(\.payload), [testPayload(1, size: 10), [], testPayload(3, size: 300),
                                                testPayload(4, size: 5), testPayload(5, size: 1)])
        XCTAssertEqual(records.map(\.timestamp), [1000, 1000, 1000, 2000, 3000])
        XCTAssertEqual(records[0].previousHash, [UInt8](repeating: 0, count: 32))
        for i in 1..<records.count { XCTAssertEqual(records[i].previousHash, records[i - 1].hash) }
        XCTAssertEqual(records[4].hash, fifth.hash)
    }

    func testRecordHashIsSHA256OfTheRecordBytes() throws {
        let journal = try Journal.open(directory: temporaryStorePath(), createWithDeskId: testDeskId)
        defer { journal.close() }
        let infos = try journal.append([[1, 2, 3], [4]], timestamp: 7)
        var seen = 0
        journal.forEachRecord { view in
            XCTAssertEqual(view.hash, SHA256.hash(Array(view.bytes)))
            XCTAssertEqual(view.hash, infos[seen].hash)
            XCTAssertEqual(view.offset, infos[seen].offset)
            XCTAssertEqual(view.deskId, testDeskId)
            seen += 1
        }
        XCTAssertEqual(seen, 2)
        XCTAssertEqual(journal.byteCount, fileBytes(journalPath(journal.directory)).count)
    }

    func testForEachRecordFromASequence() throws {
        let journal = try Journal.open(directory: temporaryStorePath(), createWithDeskId: testDeskId)
        defer { journal.close() }
        try journal.append((1...6).map { [UInt8($0)] }, timestamp: 1)
        var sequences = [UInt64]()
        journal.forEachRecord(from: 4) { sequences.append($0.sequence) }
        XCTAssertEqual(sequences, [4, 5, 6])
        journal.forEachRecord(from: 7) { _ in XCTFail("past the end") }
    }

    func testBatchIsOneWriteAndOneFsync() throws {
        let fs = FaultInjectingFileSystem()
        let journal = try Journal.open(directory: temporaryStorePath(), fileSystem: fs, createWithDeskId: testDeskId)
        defer { journal.close() }
        let writes = fs.count(.write), syncs = fs.count(.sync)
        try journal.append((0..<50).map { testPayload($0, size: $0) }, timestamp: 1)
        XCTAssertEqual(fs.count(.write) - writes, 1)
        XCTAssertEqual(fs.count(.sync) - syncs, 1)
        XCTAssertEqual(try journal.append([], timestamp: 1), [])
        XCTAssertEqual(fs.count(.write) - writes, 1, "an empty batch writes nothing")
    }

    func testMissingStoreWithoutDeskIdIsNotFound() {
        let dir = temporaryStorePath()
        XCTAssertThrowsError(try Journal.open(directory: dir)) { error in
            XCTAssertEqual(error as? JournalError, .notFound(directory: dir))
        }
        XCTAssertFalse(FileManager.default.fileExists(atPath: dir), "nothing created")
    }

    func testDeskIdIsOnlyUsedWhenCreatingAndBadDeskIdRejected() throws {
        let dir = temporaryStorePath()
        try Journal.open(directory: dir, createWithDeskId: testDeskId).close()
        // Callers cannot know the id before opening ("create if missing" with a fresh random id).
        let existing = try Journal.open(directory: dir, createWithDeskId: Array(repeating: 9, count: 16))
        XCTAssertEqual(existing.deskId, testDeskId)
        existing.close()
        XCTAssertThrowsError(try Journal.open(directory: dir, createWithDeskId: [1, 2, 3])) {
            XCTAssertEqual($0 as? JournalError, .invalidDeskId(byteCount: 3))
        }
        // The refused opens released the lock.
        try Journal.open(directory: dir, createWithDeskId: testDeskId).close()
    }

    func testAppendAfterCloseThrows() throws {
        let journal = try Journal.open(directory: temporaryStorePath(), createWithDeskId: testDeskId)
        journal.close()
        XCTAssertThrowsError(try journal.append([1], timestamp: 1)) { XCTAssertEqual($0 as? JournalError, .closed) }
    }

    func testOversizedPayloadIsRefusedBeforeWriting() throws {
        let journal = try Journal.open(directory: temporaryStorePath(), createWithDeskId: testDeskId)
        defer { journal.close() }
        let big = [UInt8](repeating: 0, count: JournalFormat.maxPayloadSize + 1)
        XCTAssertThrowsError(try journal.append([[1], big], timestamp: 1)) {
            XCTAssertEqual($0 as? JournalError, .payloadTooLarge(byteCount: big.count))
        }
        XCTAssertEqual(journal.recordCount, 0)
    }

    func testEveryErrorHasAUserMessage() {
        let problem = JournalProblem(sequence: 3, offset: 200, reason: .chainBroken, validRecordCount: 2)
        let errors: [JournalError] = [
            .notFound(directory: "/x"), .locked(holder: nil), .invalidDeskId(byteCount: 1),
            .corruptHeader(path: "/x", reason: "r"),
            .unsupportedVersion(path: "/x", version: 2), .readOnly(problem), .payloadTooLarge(byteCount: 1),
            .diskFull(detail: "d"), .writeFailed(detail: "d"), .fsyncFailed(detail: "d"), .io(detail: "d"), .closed,
        ]
        for error in errors {
            XCTAssertFalse(error.userMessage.isEmpty)
            XCTAssertFalse(error.description.isEmpty)
        }
        XCTAssertTrue(JournalError.readOnly(problem).userMessage.contains("Catatan nomor 3"))
    }
}
