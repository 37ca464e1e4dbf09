import Foundation
import XCTest

/// Sanggahan on the real binary in tmux (80x24): appeal "memiliki mobil" with one letter missing,
/// print the receipt, come back with the letter, complete the appeal, and find it in the appeals list.
final class AppealTerminalTests: StoreTestCase {
    private var session: TmuxSession?
    /// A letter date safely in the past whatever the machine's date.
    private let letterDate = "02-01-2025"

    override func setUpWithError() throws {
        try super.setUpWithError()
        try TmuxSession.requireTmux()
        session = TmuxSession(name: "loket-sanggahan")
    }

    override func tearDown() {
        session?.stop()
        session = nil
        super.tearDown()
    }

    private var receipts: [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: store + "/tanda-terima")) ?? []).filter { $0.hasPrefix("SG-") }.sorted()
    }

    func testMemilikiMobilIncompleteThenCompletedAndListed() throws {
        XCTAssertEqual(try loket("demo", "--households", "3").status, 0, "a set-up practice desk")
        let s = try XCTUnwrap(session)
        try s.start(terminalCommand(store: store))
        s.waitFor("Masuk operator")
        s.sendText("123456")
        s.send("Enter")
        s.waitFor("Menu utama")

        // First visit: the person is not in this desk's data; the RT/RW letter is missing.
        s.sendText("4")
        s.waitFor("cari warga yang menyanggah")
        s.send("F3")
        s.waitFor("warga yang tidak ada di data loket ini")
        s.sendText("3171011708850003")
        s.send("Tab")
        s.sendText("Budi Santoso")
        s.send("Tab")
        s.sendText("3171011503150007")
        s.send("Tab")
        s.sendText("Tidak dapat diusulkan: memiliki mobil")
        s.send("F2")
        s.waitFor("pilih alasan")
        s.sendText("1")
        s.waitFor("Surat keterangan Samsat")
        s.send("Space")
        s.send("Tab")
        s.sendText("552/SMS/I/2025")
        s.send("Tab")
        s.sendText(letterDate)
        for _ in 0..<4 { s.send("Tab") }
        s.send("Space")
        s.waitFor("Diterima 2 dari 3 dokumen")
        s.send("F2")
        s.waitFor("Sanggahan belum lengkap")
        s.send("Enter")
        s.waitFor("Tersimpan. Tanda terima siap dicetak.")
        XCTAssertTrue(s.screen().contains("belum lengkap"))
        let first = try XCTUnwrap(receipts.first, "the receipt file is written")
        let text = try String(contentsOfFile: store + "/tanda-terima/" + first, encoding: .utf8)
        XCTAssertTrue(text.contains("Dokumen yang BELUM ADA (harap dibawa ke loket ini):\n  [ ] Surat keterangan dari RT/RW"), text)
        XCTAssertTrue(text.contains("3171••••••••0003"))
        XCTAssertFalse(text.contains("3171011708850003"))

        // Print the receipt again: a second file, the first one kept.
        s.send("F6")
        s.waitFor("dicetak ulang")
        XCTAssertEqual(receipts.count, 2)
        s.send("Enter")
        s.waitFor("Menu utama")

        // Second visit: the person comes back with the letter; the appeal is completed from the list.
        s.sendText("4")
        s.waitFor("cari warga yang menyanggah")
        s.send("F4")
        s.waitFor("Daftar sanggahan")
        s.send("Enter")
        s.waitFor("F5/^L Lengkapi")
        s.send("F5")
        s.waitFor("Sanggahan — lengkapi dokumen")
        s.send("Space")
        s.send("Tab")
        s.sendText("07/RT.003/I/2025")
        s.send("Tab")
        s.sendText(letterDate)
        s.waitFor("Lengkap, 3 dari 3 dokumen")
        s.send("F2")
        s.waitFor("diterima lengkap")
        s.waitFor("Batas verifikasi")
        s.send("Enter")
        s.waitFor("Menu utama")

        // Found in the list, complete, with its 14 days.
        s.sendText("4")
        s.waitFor("cari warga yang menyanggah")
        s.send("C-l")
        s.waitFor("Daftar sanggahan")
        let list = s.screen()
        XCTAssertTrue(list.contains("Budi Santoso"), list)
        XCTAssertTrue(list.contains("diterima lengkap"), list)
        XCTAssertTrue(list.contains("14 hari lagi"), list)
        // One Esc at a time: two at once may arrive as one Alt chord.
        s.send("Escape")
        s.waitFor("cari warga yang menyanggah")
        s.send("Escape")
        s.waitFor("Menu utama")
        s.send("F10")
        s.waitForExit()

        let cli = try loket("sanggahan", "daftar", "--status", "lengkap")
        XCTAssertEqual(cli.status, 0, cli.error)
        XCTAssertTrue(cli.output.contains("diterima lengkap"), cli.output)
        XCTAssertTrue(cli.output.contains("14 hari lagi"), cli.output)
        XCTAssertEqual(receipts.count, 3)
        XCTAssertEqual(try loket("verify").status, 0)
    }
}
