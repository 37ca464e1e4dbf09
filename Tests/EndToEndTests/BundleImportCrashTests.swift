#if canImport(Glibc)
import Glibc
#endif
import Foundation
import XCTest

/// A bundle import killed with kill -9 leaves the recipient as before, or holds the whole bundle:
/// never part of it. Afterwards the same import completes and a third changes nothing.
final class BundleImportCrashTests: StoreTestCase {
    private var desk: String { root.appendingPathComponent("desk").path }
    private var hub: String { root.appendingPathComponent("kecamatan").path }

    /// Runs a shell command line (for piping a PIN into set-up); output goes to files, not a pipe.
    private func shell(_ command: String) throws -> Int32 {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/bash")
        process.arguments = ["-c", command + " > /dev/null 2>&1"]
        process.environment = LoketBinary.environment()
        try process.run()
        process.waitUntilExit()
        return process.terminationStatus
    }

    private func publicKey(_ store: String) throws -> String {
        let out = try LoketProcess.run(["--store", store, "keys"]).output
        let token = out.split(whereSeparator: { $0 == " " || $0 == "\n" }).first { $0.hasPrefix("LK1-") }
        return try XCTUnwrap(token.map(String.init), out)
    }

    /// Records of the one desk copied into the aggregator (0 when none arrived).
    private func mirroredRecords() throws -> Int {
        let desks = root.appendingPathComponent("kecamatan/desks")
        guard let ids = try? FileManager.default.contentsOfDirectory(atPath: desks.path), let id = ids.first else { return 0 }
        let verify = try LoketProcess.run(["--store", desks.appendingPathComponent(id).path, "verify"])
        XCTAssertEqual(verify.status, 0, verify.output + verify.error)
        return recordCount(in: verify.output) ?? 0
    }

    func testImportKilledMidWayIsAllOrNothing() throws {
        let binary = try LoketBinary.path()
        XCTAssertEqual(try LoketProcess.run(["--store", desk, "demo", "--households", "20000", "--seed", "3"]).status, 0)
        XCTAssertEqual(try shell("echo 123456 | \(shellQuoted(binary)) --store \(shellQuoted(hub)) setup-aggregator --role kecamatan --name 'Kecamatan Gambir' --region 317101 --operator Sari"), 0)
        let hubKey = try publicKey(hub), deskKey = try publicKey(desk)
        XCTAssertEqual(try LoketProcess.run(["--store", desk, "keys", "add", "Kecamatan Gambir", hubKey]).status, 0)
        XCTAssertEqual(try LoketProcess.run(["--store", hub, "keys", "add", "Loket Demo", deskKey]).status, 0)
        let bundle = root.appendingPathComponent("desk.bundle").path
        XCTAssertEqual(try LoketProcess.run(["--store", desk, "bundle", "export", "--to", "Kecamatan Gambir", "--out", bundle]).status, 0)
        let total = try XCTUnwrap(recordCount(in: try LoketProcess.run(["--store", desk, "verify"]).output))

        let hubJournal = try Data(contentsOf: URL(fileURLWithPath: hub + "/journal.log"))
        let importer = try LoketProcess(["--store", hub, "bundle", "import", bundle])
        try importer.start()
        // Anywhere from decrypting to copying the records (the whole import takes a few seconds here).
        usleep(UInt32.random(in: 30_000...1_500_000))
        kill(importer.process.processIdentifier, SIGKILL)
        let killed = importer.wait()
        XCTAssertTrue(killed.killedBySignal, "the import finished before the kill; the test proved nothing")

        XCTAssertEqual(try LoketProcess.run(["--store", hub, "verify"]).status, 0)
        let mirrored = try mirroredRecords()
        XCTAssertTrue(mirrored == 0 || mirrored == total, "part of a bundle arrived: \(mirrored) of \(total) records")
        if killed.killedBySignal && mirrored == 0 {
            let after = try Data(contentsOf: URL(fileURLWithPath: hub + "/journal.log"))
            XCTAssertEqual(after, hubJournal, "nothing of an interrupted import stays in the aggregator's own journal")
        }

        // The same bundle again completes the import; a third time changes nothing.
        let again = try LoketProcess.run(["--store", hub, "bundle", "import", bundle])
        XCTAssertEqual(again.status, 0, again.output + again.error)
        XCTAssertEqual(try mirroredRecords(), total)
        let journalAfterImport = try Data(contentsOf: URL(fileURLWithPath: hub + "/journal.log"))
        XCTAssertEqual(try LoketProcess.run(["--store", hub, "bundle", "import", bundle]).status, 0)
        XCTAssertEqual(try mirroredRecords(), total)
        XCTAssertEqual(try Data(contentsOf: URL(fileURLWithPath: hub + "/journal.log")), journalAfterImport,
                       "importing the same bundle twice changes nothing")
    }
}
