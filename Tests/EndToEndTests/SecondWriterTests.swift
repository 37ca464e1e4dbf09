import Foundation
import XCTest

/// One writer per store: a second `loket` on the same store is refused and told who holds it.
final class SecondWriterTests: StoreTestCase {
    func testSecondProcessIsRefusedWhileDemoWrites() throws {
        let first = try LoketProcess(["--store", store, "demo", "--households", "100000"])
        try first.start()
        XCTAssertTrue(first.waitForOutput("keluarga tersimpan", timeout: 120), first.outputSoFar)

        let second = try loket("stats")
        XCTAssertEqual(second.status, 1)
        XCTAssertTrue(second.error.contains("Data sedang dipakai oleh loket lain"), second.error)
        XCTAssertTrue(second.error.contains("pid \(first.pid),"), second.error)
        XCTAssertTrue(second.error.contains("pengguna "), second.error)
        let writer = try loket("demo", "--households", "1")
        XCTAssertEqual(writer.status, 1)
        XCTAssertTrue(writer.error.contains("pid \(first.pid),"), writer.error)

        // verify takes no lock: it runs beside the writer.
        let verify = try loket("verify")
        XCTAssertEqual(verify.status, 0, verify.error)

        kill(first.pid, SIGKILL)
        XCTAssertTrue(first.wait().killedBySignal, "demo finished before the checks; they proved nothing")
        // flock dies with the process: the store is free again.
        XCTAssertEqual(try loket("stats").status, 0)
    }

    func testSecondProcessIsRefusedWhileTheScreensAreOpen() throws {
        try TmuxSession.requireTmux()
        let session = TmuxSession(name: "loket-lock")
        defer { session.stop() }
        try session.start(terminalCommand(store: store))
        session.waitFor("Penyiapan loket")

        let second = try loket("demo", "--households", "1")
        XCTAssertEqual(second.status, 1)
        XCTAssertTrue(second.error.contains("Data sedang dipakai oleh loket lain (pid "), second.error)
        let third = try loket("stats")
        XCTAssertEqual(third.status, 1)
        XCTAssertTrue(third.error.contains("Tutup program itu dulu."), third.error)
    }
}

/// The shell command tmux runs: the binary with a UTF-8 locale and a known TERM; its own output is
/// never redirected (it draws on the pane). The exit status goes to a file beside the store.
func terminalCommand(store: String, statusFile: String? = nil) throws -> String {
    let binary = try LoketBinary.path()
    let run = "env LANG=C.UTF-8 TERM=xterm-256color LOKET_STORE=\(shellQuoted(store)) \(shellQuoted(binary))"
    guard let statusFile else { return run }
    return "\(run); echo $? > \(shellQuoted(statusFile))"
}
