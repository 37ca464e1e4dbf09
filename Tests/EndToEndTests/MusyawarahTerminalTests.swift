import Foundation
import XCTest

/// The whole musyawarah on the real binary in tmux: demo data, attendance, five decisions (one with a
/// recusal, one deferred), a program ranked over its quota, closing with a seal, the berita acara, and
/// `loket verify` recomputing the seal printed in it.
final class MusyawarahTerminalTests: StoreTestCase {
    private var session: TmuxSession?

    override func setUpWithError() throws {
        try super.setUpWithError()
        try TmuxSession.requireTmux()
        session = TmuxSession(name: "loket-musyawarah")
    }

    override func tearDown() {
        session?.stop()
        session = nil
        super.tearDown()
    }

    func testAWholeMeetingFromAttendanceToVerifiedBeritaAcara() throws {
        XCTAssertEqual(try loket("demo", "--households", "30").status, 0)
        let tmux = try XCTUnwrap(session)
        try tmux.start(terminalCommand(store: store))
        tmux.waitFor("Masuk operator")
        tmux.sendText("123456")
        tmux.send("Enter")
        tmux.waitFor("Menu utama")
        tmux.sendText("3")
        tmux.waitFor("Belum ada musyawarah")
        tmux.send("F2")
        tmux.waitFor("buka musyawarah baru")
        tmux.sendText("Aula Kantor Kelurahan Gambir")
        tmux.send("Tab")
        tmux.sendText("Drs. Ahmad Fauzi")
        tmux.send("Tab")
        tmux.sendText("Dewi Lestari")
        tmux.send("F2")
        tmux.waitFor("Belum ada peserta")

        // Five invitees, four of them arrive: 4 of 5, two thirds of five is four.
        let people: [(String, Int, Bool)] = [("Hendra Gunawan", 0, true), ("Bambang Sutrisno", 5, true),
                                             ("Sri Mulyani", 6, true), ("Abdul Rahman", 7, true), ("Agus Setiawan", 5, false)]
        for (i, p) in people.enumerated() {
            tmux.send("F2")
            tmux.waitFor("Tambah peserta")
            tmux.sendText(p.0)
            tmux.send("Tab")
            for _ in 0...p.1 { tmux.send("Right") }
            tmux.send("Enter")
            tmux.send("Enter")
            tmux.send("Enter")
            if !p.2 { tmux.send("Space") }
            tmux.send("Enter")
            tmux.waitFor("\(i + 1)   \(p.0)")
        }
        tmux.waitFor("KUORUM ✓ hadir 4/5, perlu 4")
        // A sixth invitee typed by mistake (not arrived) joins the quorum's base; F8 strikes the name
        // (the new row is selected) and the base is five again.
        tmux.send("F2")
        tmux.waitFor("Tambah peserta")
        tmux.sendText("Salah Ketik")
        tmux.send("Tab")
        tmux.send("Right")
        tmux.send("Enter")
        tmux.send("Enter")
        tmux.send("Enter")
        tmux.send("Space")
        tmux.send("Enter")
        tmux.waitFor("6   Salah Ketik")
        tmux.waitFor("KUORUM ✓ hadir 4/6, perlu 4")
        tmux.send("F8")
        tmux.waitFor("Coret dari daftar hadir")
        tmux.send("Enter")
        tmux.waitFor("(dicoret: salah catat)")
        tmux.waitFor("KUORUM ✓ hadir 4/5, perlu 4")

        tmux.send("F4")
        tmux.waitFor("0 diputuskan")
        // 1: layak by consensus.
        decide(tmux, ["1"], count: 1)
        // 2: layak, the RW chair (second on the list) recuses: Shift-Tab wraps to the recusal list.
        decide(tmux, ["1", "BTab", "Down", "Space"], count: 2)
        // 3: deferred, with the reason.
        tmux.send("Enter")
        tmux.waitFor("Keputusan: 26-")
        tmux.sendText("3")
        tmux.send("Tab")
        tmux.sendText("Surat domisili belum ada")
        tmux.send("Enter")
        tmux.waitFor("3 diputuskan")
        decide(tmux, ["1"], count: 4)
        decide(tmux, ["1"], count: 5)

        // BPNT (every family) with a quota of 2: the fourth layak family moves up, into the quota.
        tmux.send("F5")
        tmux.waitFor("Kuota & urutan")
        tmux.send("Right")
        tmux.waitFor("‹ BPNT ›")
        tmux.send("C-k")
        tmux.waitFor("Kuota untuk kelurahan ini")
        tmux.sendText("2")
        tmux.send("Enter")
        tmux.waitFor("Kuota 2 · layak 4 · dalam kuota 2 · daftar tunggu 2")
        tmux.send("Down")
        tmux.send("Down")
        tmux.send("F7")
        tmux.waitFor("3 teratas diurutkan rapat")

        tmux.send("F6")
        tmux.waitFor("Diputuskan 5 dari")
        tmux.send("F9")
        tmux.waitFor("Tutup dan segel musyawarah?")
        tmux.sendText("t")
        tmux.waitFor("Segel SHA-256")
        tmux.send("C-p")
        tmux.waitFor("Berita acara tersimpan")

        let text = try String(contentsOfFile: store + "/berita-acara/musyawarah-1.txt", encoding: .utf8)
        let seal = try XCTUnwrap(text.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }
            .first { $0.count == 64 && $0.allSatisfy(\.isHexDigit) })
        XCTAssertTrue(tmux.screen().contains(seal), "the seal on screen is the one printed")
        XCTAssertTrue(text.contains("Tunda") && text.contains("Surat domisili belum ada"))
        XCTAssertTrue(text.contains("M1"), "the recusal is counted in the berita acara")
        XCTAssertTrue(text.contains("--- batas kuota; di bawah ini daftar tunggu ---"))
        XCTAssertTrue(text.contains("Salah Ketik") && text.contains("(dicoret: salah catat, pukul"), "the struck name is on the record")

        // verify runs beside the open desk and recomputes the seal from the journal.
        let verify = try loket("verify")
        XCTAssertEqual(verify.status, 0, verify.error)
        XCTAssertTrue(verify.output.contains("Musyawarah 1 (") && verify.output.contains("\(seal) COCOK"), verify.output)

        tmux.send("Escape")
        tmux.waitFor("ditutup, segel \(seal.prefix(8))")
        tmux.send("Escape")
        tmux.waitFor("Menu utama")
        tmux.send("F10")
        tmux.waitForExit()
        let printed = try loket("berita-acara", "1")
        XCTAssertEqual(printed.status, 0, printed.error)
        XCTAssertTrue(printed.output.contains(seal))
    }

    /// Opens the decision for the selected candidate, presses `keys`, saves, and waits for the count.
    private func decide(_ tmux: TmuxSession, _ keys: [String], count: Int) {
        tmux.send("Enter")
        tmux.waitFor("Keputusan: 26-")
        for k in keys {
            if k.count == 1 { tmux.sendText(k) } else { tmux.send(k) }
        }
        tmux.send("Enter")
        tmux.waitFor("\(count) diputuskan")
    }
}
