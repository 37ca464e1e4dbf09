import Foundation
import XCTest

/// The real binary on a real (tmux) terminal, 80x24.
///
/// To add once the desk screens exist: set up (kelurahan, desk name, first operator and PIN),
/// log in, register a family of four, find it in cek pendaftaran, quit, restart, log in and find it again.
final class TerminalTests: StoreTestCase {
    private var session: TmuxSession?

    override func setUpWithError() throws {
        try super.setUpWithError()
        try TmuxSession.requireTmux()
        session = TmuxSession(name: "loket-ui")
    }

    override func tearDown() {
        session?.stop()
        session = nil
        super.tearDown()
    }

    func testFirstRunShowsSetUpAndF10Quits() throws {
        let session = try XCTUnwrap(session)
        let status = root.appendingPathComponent("status").path
        try session.start(terminalCommand(store: store, statusFile: status))
        session.waitFor("Penyiapan loket")
        XCTAssertTrue(FileManager.default.fileExists(atPath: store + "/journal.log"), "the store is created on first run")

        // F10 asks first (nothing is saved yet); "Tidak" is preselected, so move to "Ya, keluar".
        session.send("F10")
        session.waitFor("Keluar dari penyiapan?")
        session.send("Left")
        session.send("Enter")
        session.waitForExit()
        let code = try String(contentsOfFile: status, encoding: .utf8).trimmingCharacters(in: .whitespacesAndNewlines)
        XCTAssertEqual(code, "0")
        XCTAssertEqual(try loket("verify").status, 0)
    }
}
