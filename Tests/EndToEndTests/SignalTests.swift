#if canImport(Glibc)
import Glibc
#endif
import Foundation
import XCTest

/// `kill` must give the terminal back (not leave it in raw mode) and leave the store whole. ncurses'
/// own SIGTERM handler restores the terminal and exits with status 1; this test keeps it that way.
final class SignalTests: StoreTestCase {
    func testSIGTERMRestoresTheTerminalAndKeepsTheStore() throws {
        try TmuxSession.requireTmux()
        let session = TmuxSession(name: "loket-signal")
        defer { session.stop() }
        let status = root.appendingPathComponent("status").path
        let stty = root.appendingPathComponent("stty").path
        // After loket ends, the same shell records the terminal's modes, then waits so the pane stays.
        try session.start(terminalCommand(store: store, statusFile: status) + "; stty -a > \(shellQuoted(stty)); sleep 30")
        session.waitFor("Penyiapan loket")

        let lock = try String(contentsOfFile: store + "/LOCK", encoding: .utf8)
        let pid = try XCTUnwrap(lock.split(separator: "\n").first { $0.hasPrefix("pid=") }.flatMap { Int32($0.dropFirst(4)) })
        XCTAssertEqual(kill(pid, SIGTERM), 0)

        let deadline = Date().addingTimeInterval(10)
        while !FileManager.default.fileExists(atPath: stty) && Date() < deadline { usleep(50_000) }
        usleep(100_000)
        XCTAssertNotEqual(try String(contentsOfFile: status, encoding: .utf8).trimmingCharacters(in: .whitespacesAndNewlines), "0")
        let modes = try String(contentsOfFile: stty, encoding: .utf8)
        let flags = Set(modes.split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == ";" }).map(String.init))
        // Raw mode turns these off ("-icanon" …); a restored terminal has them on again.
        for mode in ["icanon", "echo", "isig", "icrnl"] {
            XCTAssertTrue(flags.contains(mode), "terminal mode \(mode) not restored:\n\(modes)")
        }
        XCTAssertEqual(try loket("verify").status, 0)
    }
}
