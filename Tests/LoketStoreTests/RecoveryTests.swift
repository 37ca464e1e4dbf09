import XCTest
@testable import LoketStore

final class RecoveryTests: XCTestCase {
    private let payloadSizes = [0, 1, 17, 100, 260]

    /// A closed store holding five records of different sizes; returns its directory and each record's end offset.
    private func makeLog() throws -> (directory: String, ends: [Int], payloads: [[UInt8]]) {
        let dir = temporaryStorePath()
        let journal = try Journal.open(directory: dir, createWithDeskId: testDeskId)
        let payloads = payloadSizes.enumerated().map { testPayload($0.offset, size: $0.element) }
        for (i, payload) in payloads.enumerated() { try journal.append(payload, timestamp: Int64(1000 + i)) }
        var ends = [Int]()
        journal.forEachRecord { ends.append($0.offset + $0.bytes.count) }
        journal.close()
        return (dir, ends, payloads)
    }

    private func store(with bytes: [UInt8]) -> String {
        let dir = temporaryStorePath()
        try? FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        writeFileBytes(bytes, journalPath(dir))
        return dir
    }

    func testCutAtEveryByteOffsetLosesNothingConfirmedAndInventsNothing() throws {
        let (source, ends, payloads) = try makeLog()
        let full = fileBytes(journalPath(source))
        for cut in JournalFormat.fileHeaderSize...full.count {
            let dir = store(with: Array(full[..<cut]))
            let complete = ends.filter { $0 <= cut }.count
            let validEnd = complete == 0 ? JournalFormat.fileHeaderSize : ends[complete - 1]

            let journal = try Journal.open(directory: dir)
            XCTAssertFalse(journal.isReadOnly, "cut \(cut): \(String(describing: journal.problem))")
            XCTAssertEqual(journal.allRecords().map(\.payload), Array(payloads[..<complete]), "cut \(cut)")
            XCTAssertEqual(journal.recovery.tornByteCount, cut - validEnd, "cut \(cut)")
            XCTAssertEqual(fileBytes(journalPath(dir)).count, validEnd, "cut \(cut)")
            if cut > validEnd {
                let saved = try XCTUnwrap(journal.recovery.savedTornBytesPath, "cut \(cut)")
                XCTAssertEqual(fileBytes(saved), Array(full[validEnd..<cut]), "cut \(cut)")
                XCTAssertTrue(saved.hasPrefix(dir + "/recovered/torn-"))
                XCTAssertTrue(journal.recovery.message.contains("tidak ada data tersimpan yang hilang"))
            } else {
                XCTAssertNil(journal.recovery.savedTornBytesPath)
            }

            let next = try journal.append(Array("setelah".utf8), timestamp: 9)
            XCTAssertEqual(next.sequence, UInt64(complete + 1), "cut \(cut)")
            journal.close()

            let reopened = try Journal.open(directory: dir)
            let records = reopened.allRecords()
            XCTAssertEqual(records.map(\.sequence), (0...complete).map { UInt64($0 + 1) }, "cut \(cut)")
            XCTAssertEqual(records.last?.payload, Array("setelah".utf8))
            XCTAssertEqual(reopened.recovery.tornByteCount, 0)
            for i in records.indices.dropFirst() { XCTAssertEqual(records[i].previousHash, records[i - 1].hash) }
            reopened.close()
            try? FileManager.default.removeItem(atPath: dir)
        }
    }

    func testAnyByteFlippedInAMiddleRecordMakesItReadOnlyNamingThatRecord() throws {
        let (source, ends, _) = try makeLog()
        let full = fileBytes(journalPath(source))
        let third = ends[1]..<ends[2]
        for position in third {
            for mask: UInt8 in [0x01, 0x80] {
                var damaged = full
                damaged[position] ^= mask
                let dir = store(with: damaged)
                let journal = try Journal.open(directory: dir)
                let problem = try XCTUnwrap(journal.problem, "byte \(position)")
                XCTAssertTrue(journal.isReadOnly)
                XCTAssertEqual(problem.sequence, 3, "byte \(position) mask \(mask): \(problem)")
                XCTAssertEqual(problem.offset, third.lowerBound)
                XCTAssertEqual(journal.recordCount, 2)
                XCTAssertEqual(journal.allRecords().map(\.sequence), [1, 2])
                XCTAssertThrowsError(try journal.append([1], timestamp: 1)) {
                    XCTAssertEqual($0 as? JournalError, .readOnly(problem))
                }
                XCTAssertEqual(fileBytes(journalPath(dir)), damaged, "never modified")
                XCTAssertFalse(FileManager.default.fileExists(atPath: dir + "/recovered"))
                journal.close()
                try? FileManager.default.removeItem(atPath: dir)
            }
        }
    }

    func testAnyByteFlippedInTheLastRecordIsReadOnlyNotTruncated() throws {
        let (source, ends, _) = try makeLog()
        let full = fileBytes(journalPath(source))
        for position in ends[3]..<ends[4] {
            var damaged = full
            damaged[position] ^= 0x10
            let dir = store(with: damaged)
            let journal = try Journal.open(directory: dir)
            XCTAssertEqual(journal.problem?.sequence, 5, "byte \(position): \(String(describing: journal.problem))")
            XCTAssertEqual(journal.recordCount, 4)
            XCTAssertEqual(journal.recovery.tornByteCount, 0)
            XCTAssertEqual(fileBytes(journalPath(dir)), damaged, "a confirmed record is never cut silently")
            journal.close()
            try? FileManager.default.removeItem(atPath: dir)
        }
    }

    func testAnyByteFlippedInTheFileHeaderIsAClearError() throws {
        let (source, _, _) = try makeLog()
        let full = fileBytes(journalPath(source))
        for position in 0..<JournalFormat.fileHeaderSize {
            var damaged = full
            damaged[position] ^= 0x20
            let dir = store(with: damaged)
            XCTAssertThrowsError(try Journal.open(directory: dir), "byte \(position)") { error in
                guard case .corruptHeader = error as? JournalError else { return XCTFail("\(error)") }
                XCTAssertTrue((error as! JournalError).userMessage.contains("rusak"))
            }
            XCTAssertEqual(fileBytes(journalPath(dir)), damaged)
            // The failed open released the lock: the second attempt fails on the header again.
            XCTAssertThrowsError(try Journal.open(directory: dir)) {
                guard case .corruptHeader = $0 as? JournalError else { return XCTFail("\($0)") }
            }
        }
    }

    func testBrokenChainWithValidChecksumsIsNamed() throws {
        let (source, ends, _) = try makeLog()
        var bytes = Array(fileBytes(journalPath(source))[..<ends[1]])
        // A well-formed record 3 that does not point at record 2.
        bytes += JournalRecord(sequence: 3, previousHash: [UInt8](repeating: 7, count: 32), timestamp: 1,
                               deskId: testDeskId, payload: [1]).encoded()
        let journal = try Journal.open(directory: store(with: bytes))
        defer { journal.close() }
        XCTAssertEqual(journal.problem?.reason, .chainBroken)
        XCTAssertEqual(journal.problem?.sequence, 3)
    }

    func testSequenceGapAndForeignDeskAreNamed() throws {
        let (source, ends, _) = try makeLog()
        let prefix = Array(fileBytes(journalPath(source))[..<ends[0]])
        let journal = try Journal.open(directory: store(with: prefix))
        let hash = journal.lastHash
        journal.close()

        let gap = prefix + JournalRecord(sequence: 3, previousHash: hash, timestamp: 1, deskId: testDeskId,
                                         payload: []).encoded()
        let gapped = try Journal.open(directory: store(with: gap))
        XCTAssertEqual(gapped.problem?.reason, .sequenceMismatch(found: 3))
        gapped.close()

        let foreign = prefix + JournalRecord(sequence: 2, previousHash: hash, timestamp: 1,
                                             deskId: Array(repeating: 1, count: 16), payload: []).encoded()
        let other = try Journal.open(directory: store(with: foreign))
        XCTAssertEqual(other.problem?.reason, .deskIdMismatch)
        other.close()
    }

    func testZeroFilledTailFromACrashIsCutLikeATornRecord() throws {
        let (source, _, _) = try makeLog()
        let full = fileBytes(journalPath(source))
        let dir = store(with: full + [UInt8](repeating: 0, count: 4096))
        let journal = try Journal.open(directory: dir)
        defer { journal.close() }
        XCTAssertFalse(journal.isReadOnly)
        XCTAssertEqual(journal.recordCount, 5)
        XCTAssertEqual(journal.recovery.tornByteCount, 4096)
        XCTAssertEqual(fileBytes(journalPath(dir)), full)
    }

    func testGarbageAfterTheLastRecordIsDamageNotATear() throws {
        let (source, _, _) = try makeLog()
        let full = fileBytes(journalPath(source))
        var garbage = JournalRecord(sequence: 99, previousHash: JournalFormat.zeroHash, timestamp: 1,
                                    deskId: testDeskId, payload: [1, 2, 3]).encoded()
        garbage.removeLast()
        let dir = store(with: full + garbage)
        let journal = try Journal.open(directory: dir)
        defer { journal.close() }
        XCTAssertEqual(journal.problem?.reason, .damagedTail)
        XCTAssertEqual(journal.recordCount, 5)
        XCTAssertEqual(fileBytes(journalPath(dir)).count, full.count + garbage.count)
    }

    func testTornTailThatCannotBeSavedIsLeftInPlaceReadOnly() throws {
        let (source, ends, _) = try makeLog()
        let full = fileBytes(journalPath(source))
        let dir = store(with: Array(full[..<(ends[4] - 3)]))
        let fs = FaultInjectingFileSystem()
        fs.fail(.createDirectory, errno: ENOSPC, path: "/recovered")
        let journal = try Journal.open(directory: dir, fileSystem: fs)
        defer { journal.close() }
        guard case .tornTailNotSaved = journal.problem?.reason else {
            return XCTFail("\(String(describing: journal.problem))")
        }
        XCTAssertEqual(journal.problem?.sequence, 5)
        XCTAssertEqual(journal.recordCount, 4)
        XCTAssertEqual(fileBytes(journalPath(dir)).count, ends[4] - 3, "nothing cut")
    }
}
