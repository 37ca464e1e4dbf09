import Foundation
import XCTest
@testable import LoketStore

final class StoreLockTests: XCTestCase {
    func testFlockConflictsBetweenTwoOpensInOneProcess() throws {
        // flock belongs to the open file description, not the process: the premise of the tests below.
        let dir = temporaryStorePath()
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        let fs = PosixFileSystem()
        let first = try fs.open(dir + "/LOCK", .readWriteCreate)
        let second = try fs.open(dir + "/LOCK", .readWriteCreate)
        XCTAssertTrue(try fs.tryLockExclusive(first))
        XCTAssertFalse(try fs.tryLockExclusive(second))
        fs.close(first)
        XCTAssertTrue(try fs.tryLockExclusive(second))
        fs.close(second)
    }

    func testSecondOpenerIsRefusedAndToldWhoHoldsTheStore() throws {
        let dir = temporaryStorePath()
        let journal = try Journal.open(directory: dir, createWithDeskId: testDeskId)
        XCTAssertThrowsError(try Journal.open(directory: dir)) { error in
            guard case .locked(let holder?) = error as? JournalError else { return XCTFail("\(error)") }
            XCTAssertEqual(holder.pid, getpid())
            XCTAssertEqual(holder.program, ProcessInfo.processInfo.processName)
            XCTAssertLessThan(abs(holder.since - currentMilliseconds()), 60_000)
            let message = (error as! JournalError).userMessage
            XCTAssertTrue(message.hasPrefix("Data sedang dipakai oleh loket lain (pid \(getpid()), pengguna "), message)
            XCTAssertTrue(message.hasSuffix("Tutup program itu dulu."), message)
        }
        journal.close()
        let again = try Journal.open(directory: dir)
        again.close()
    }

    func testVerifyNeedsNoLock() throws {
        let dir = temporaryStorePath()
        let journal = try Journal.open(directory: dir, createWithDeskId: testDeskId)
        defer { journal.close() }
        try journal.append([[1]], timestamp: 1)
        XCTAssertTrue(Journal.verify(directory: dir).isHealthy)
    }

    func testHolderTextRoundTrip() {
        let holder = LockHolder(pid: 1234, user: "budi", host: "loket-2", since: 1_700_000_000_000, program: "loket")
        XCTAssertEqual(LockHolder(fileText: holder.fileText), holder)
        XCTAssertNil(LockHolder(fileText: "garbage"))
        XCTAssertTrue(holder.userDescription.hasPrefix("pid 1234, pengguna budi, komputer loket-2, sejak "))
    }

    func testClockTextIsShortForToday() {
        let now = currentMilliseconds()
        XCTAssertEqual(localClockText(milliseconds: now, now: now).count, 5)
        XCTAssertEqual(localClockText(milliseconds: now - 3 * 86_400_000, now: now).count, 16)
    }
}
