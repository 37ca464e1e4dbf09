import Foundation
import XCTest

/// The whole desk scenario on the real binary in tmux: first-run set-up, register a family
/// of four, find it in cek pendaftaran, quit, start again, log in and find it again.
final class RegistrationTerminalTests: StoreTestCase {
    private var session: TmuxSession?

    override func setUpWithError() throws {
        try super.setUpWithError()
        try TmuxSession.requireTmux()
        session = TmuxSession(name: "loket-reg")
    }

    override func tearDown() {
        session?.stop()
        session = nil
        super.tearDown()
    }

    /// Esc is sent alone and followed by a pause, so the terminal does not read it as Alt+next key.
    private func escape(_ s: TmuxSession) {
        s.send("Escape")
        usleep(200_000)
    }

    private func typeMember(_ s: TmuxSession, nik: String, name: String, relationship: String, count: Int) {
        s.send("F3")
        s.waitFor("Periksa NIK")
        s.sendText(nik)
        s.waitFor("NIK sah")
        s.send("Tab")
        s.sendText(name)
        // Sex and birth date came from the NIK; birth place stays empty.
        for _ in 0..<4 { s.send("Tab") }
        s.sendText(relationship)
        s.send("Tab")
        s.sendText("1")         // agama: Islam
        s.send("Tab")
        s.sendText("3")         // pendidikan: SD
        s.send("Tab")
        s.sendText("Wiraswasta")
        s.send("Tab")
        s.sendText("2")         // status perkawinan: Kawin Tercatat
        escape(s)
        s.waitFor("\(count) anggota.")
    }

    func testSetUpRegisterFamilyOfFourFindItRestartFindItAgain() throws {
        let s = try XCTUnwrap(session)
        let status = root.appendingPathComponent("status").path
        try s.start(terminalCommand(store: store, statusFile: status))

        // First run: kelurahan, desk name, first operator with PIN twice.
        s.waitFor("Langkah 1 dari 3")
        s.sendText("gambir")
        s.waitFor("31.71.01.1001")
        s.send("Enter")
        s.waitFor("Langkah 2 dari 3")
        s.send("Enter")
        s.waitFor("Langkah 3 dari 3")
        s.sendText("Rina Wulandari")
        s.send("Tab")
        s.sendText("482913")
        s.send("Tab")
        s.sendText("482913")
        s.send("Enter")
        s.waitFor("Menu utama", timeout: 15)

        // Register a family of four from its KK.
        s.sendText("1")
        s.waitFor("Pendaftaran baru — 1/5")
        s.sendText("3171011503150007")
        s.waitFor("No. KK sah")
        s.send("Tab")
        s.sendText("Jl. Melati No. 5")
        s.send("Tab")
        s.sendText("3")
        s.send("Tab")
        s.sendText("7")
        s.send("Tab")
        s.sendText("081234567890")
        s.send("NPage")
        s.waitFor("2/5 Anggota")
        typeMember(s, nik: "3171011708850003", name: "Budi Santoso", relationship: "1", count: 1)
        typeMember(s, nik: "3171015203880004", name: "Siti Aminah", relationship: "3", count: 2)
        typeMember(s, nik: "3171010510150001", name: "Rizky Santoso", relationship: "4", count: 3)
        typeMember(s, nik: "3171014106220002", name: "Dewi Putri", relationship: "4", count: 4)
        s.send("NPage")
        s.waitFor("3/5 Rumah")
        s.sendText("1")
        s.send("Tab")
        s.sendText("36")
        for choice in ["1", "1", "1", "1", "2", "1", "1", "1", "1"] {
            s.send("Tab")
            s.sendText(choice)
        }
        s.send("NPage")
        s.waitFor("4/5 Kriteria")
        for (i, answer) in ["1", "1", "2", "2", "2", "2"].enumerated() {
            if i > 0 { s.send("Tab") }
            s.sendText(answer)
        }
        s.waitFor("Hasil: dapat diusulkan.")
        s.send("NPage")
        s.waitFor("Data lengkap")
        s.send("F2")
        s.waitFor("TERSIMPAN")
        let number = try XCTUnwrap(registrationNumber(in: s.screen()), s.screen())
        XCTAssertTrue(FileManager.default.fileExists(atPath: store + "/tanda-terima/\(number).txt"), "the receipt is written")

        // Find it in cek pendaftaran by name.
        escape(s)
        s.waitFor("Menu utama")
        s.sendText("2")
        s.waitFor("Cek pendaftaran")
        s.sendText("siti ami")
        s.waitFor("Siti Aminah")
        XCTAssertTrue(s.screen().contains(number))
        XCTAssertFalse(s.screen().contains("3171015203880004"), "NIKs are masked")
        s.send("Enter")
        s.waitFor("Data keluarga")
        s.waitFor("Dewi Putri")
        escape(s)
        escape(s)
        s.waitFor("Menu utama")
        s.send("F10")
        s.waitForExit()
        XCTAssertEqual(try String(contentsOfFile: status, encoding: .utf8).trimmingCharacters(in: .whitespacesAndNewlines), "0")

        // Start again: log in with the PIN and find the family by its registration number.
        try s.start(terminalCommand(store: store, statusFile: status))
        s.waitFor("Masuk operator")
        s.sendText("482913")
        s.send("Enter")
        s.waitFor("Menu utama", timeout: 15)
        s.sendText("2")
        s.waitFor("Cek pendaftaran")
        s.sendText(number)
        s.waitFor("Budi Santoso")
        XCTAssertTrue(s.screen().contains("Tahap 2/11 Pendaftaran"))
        escape(s)
        s.waitFor("Menu utama")
        s.send("F10")
        s.waitForExit()
        XCTAssertEqual(try loket("verify").status, 0)
    }

    /// "No. pendaftaran:  26-00001-0" on the saved screen → "26-00001-0".
    private func registrationNumber(in screen: String) -> String? {
        guard let line = screen.split(separator: "\n").first(where: { $0.contains("No. pendaftaran:") }) else { return nil }
        return line.split(separator: " ").last.map(String.init)
    }
}
