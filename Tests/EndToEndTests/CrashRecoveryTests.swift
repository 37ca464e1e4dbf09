import Foundation
import XCTest

/// What survives a crash. The rule (Sources/LoketStore/FORMAT.md): a family counts once its batch's
/// fsync returned; a record cut short by the crash (a "torn tail") was never confirmed. `verify` calls a
/// torn tail healthy (exit 0) and only mentions it; the next open of the store (any command that opens
/// it, here `stats`) copies those bytes to `recovered/` and cuts them.
final class CrashRecoveryTests: StoreTestCase {
    let batchSize = 500

    func testKillDashNineWhileWriting() throws {
        let demo = try LoketProcess(["--store", store, "demo", "--households", "20000"])
        try demo.start()
        XCTAssertTrue(demo.waitForOutput("keluarga tersimpan", timeout: 120), "demo never confirmed a batch: \(demo.outputSoFar)")
        usleep(UInt32.random(in: 0...150_000)) // somewhere in the middle of later batches
        kill(demo.pid, SIGKILL)
        let killed = demo.wait()
        XCTAssertTrue(killed.killedBySignal, "demo had finished before the kill; the test proved nothing")

        // The last count the program reported as saved: all of it must still be there.
        let confirmed = killed.output.split(separator: "\n").compactMap { line -> Int? in
            guard line.contains("keluarga tersimpan") else { return nil }
            return Int(line.split(separator: " ").first ?? "")
        }.max() ?? 0
        XCTAssertGreaterThanOrEqual(confirmed, batchSize)

        let verify = try loket("verify")
        XCTAssertEqual(verify.status, 0, "a crash mid-write is not damage: \(verify.error)")
        let records = try XCTUnwrap(recordCount(in: verify.output))

        let stats = try loket("stats")
        XCTAssertEqual(stats.status, 0, stats.error)
        let households = try XCTUnwrap(number(after: "Keluarga terdaftar:", in: stats.output))
        XCTAssertGreaterThanOrEqual(households, confirmed, "a confirmed family was lost")
        XCTAssertLessThan(households, 20000)
        // One append per batch: the crash keeps whole batches. (In theory a kill inside the write call
        // could keep a prefix of a batch that ends exactly on a record boundary; those families would
        // still be whole, just not a multiple of the batch.)
        XCTAssertEqual(households % batchSize, 0, "households: \(households)")
        XCTAssertEqual(records, households + 2, "every intact record is one family, after 2 set-up records")

        // After the open, the log ends cleanly at the same records.
        let after = try loket("verify")
        XCTAssertEqual(after.status, 0, after.error)
        XCTAssertEqual(recordCount(in: after.output), records)
        XCTAssertFalse(after.output.contains("belum selesai"), after.output)

        // And the desk keeps working after the crash.
        let more = try loket("demo", "--households", "10")
        XCTAssertEqual(more.status, 0, more.error)
        XCTAssertTrue(more.output.contains("kini berisi \(households + 10) keluarga"), more.output)
    }

    func testTornTailIsHealthyForVerifyAndCutOnTheNextOpen() throws {
        XCTAssertEqual(try loket("demo", "--households", "50").status, 0)
        // Remove the last 10 bytes: the last record becomes a prefix of itself, like an interrupted write.
        let handle = try FileHandle(forUpdating: URL(fileURLWithPath: store + "/journal.log"))
        let size = try handle.seekToEnd()
        try handle.truncate(atOffset: size - 10)
        try handle.close()

        let verify = try loket("verify")
        XCTAssertEqual(verify.status, 0, verify.error)
        XCTAssertEqual(recordCount(in: verify.output), 51)
        XCTAssertTrue(verify.output.contains("belum selesai"), verify.output)
        XCTAssertFalse(FileManager.default.fileExists(atPath: store + "/recovered"), "verify changes nothing")

        let stats = try loket("stats")
        XCTAssertEqual(stats.status, 0, stats.error)
        XCTAssertTrue(stats.output.contains("dipotong"), stats.output)
        XCTAssertEqual(number(after: "Keluarga terdaftar:", in: stats.output), 49)
        let saved = try FileManager.default.contentsOfDirectory(atPath: store + "/recovered")
        XCTAssertEqual(saved.count, 1)
        XCTAssertTrue(saved[0].hasPrefix("torn-"), saved[0])

        let clean = try loket("verify")
        XCTAssertEqual(clean.status, 0)
        XCTAssertEqual(recordCount(in: clean.output), 51)
        XCTAssertFalse(clean.output.contains("belum selesai"), clean.output)
    }
}
