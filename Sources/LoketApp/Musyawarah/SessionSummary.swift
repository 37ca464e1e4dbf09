import LoketCore
import LoketCrypto
import LoketTUI

/// Ringkasan & penutupan: counts per decision and per program, then close-and-seal, and the
/// berita acara (F7 / Ctrl-P writes it to a file; before closing it is marked DRAF).
extension MusyawarahSessionScreen {
    mutating func updateSummary(_ key: Key, session: MusyawarahSession, context: AppContext) -> Effect {
        switch key {
        case .function(9), .ctrl("t"):
            guard !session.isClosed else { return closedNotice() }
            let tally = MusyawarahTally(session)
            let undecided = candidates.count - tally.decided
            overlay = .confirmClose(Dialog(title: "Tutup dan segel musyawarah?", message: [
                "Diputuskan \(tally.decided): layak \(tally.layak), tidak layak \(tally.tidakLayak), tunda \(tally.tunda).",
                undecided > 0 ? "\(undecided) calon belum dibahas; mereka tetap calon untuk musyawarah berikutnya." : "Semua calon sudah dibahas.",
                "",
                "Setelah ditutup, keputusan tidak bisa diubah lagi. Perbaikan hanya lewat koreksi bertanggal dengan alasan.",
            ], buttons: ["Tutup dan segel", "Batal"], selected: 1))
        case .function(11), .ctrl("p"):
            return .command(.musyawarah(.printBeritaAcara(sessionID: sessionID)))
        default:
            break
        }
        return .none
    }

    func renderSummary(_ s: MusyawarahSession, in rect: Rect, into grid: inout Grid) -> [(key: String, label: String)] {
        let t = MusyawarahTally(s)
        let x = rect.x + 1
        var y = rect.y
        grid.put("Diputuskan \(t.decided) dari \(candidates.count) calon:  layak \(t.layak) · tidak layak \(t.tidakLayak) · tunda \(t.tunda)",
                 x: x, y: y, style: .bold, maxWidth: rect.width - 2)
        y += 1
        if !t.perCriterion.isEmpty {
            let why = t.perCriterion.map { "K\($0.0.number) \($0.1)" }.joined(separator: ", ")
            grid.put("Tidak layak menurut kriteria: \(why)", x: x, y: y, maxWidth: rect.width - 2)
        }
        y += 2
        grid.put(BeritaAcara.row([("Program", 10), ("Kuota", 6), ("Layak", 6), ("Dalam kuota", 11), ("Daftar tunggu", 13)]), x: x, y: y, style: .bold)
        y += 1
        let rows = Program.allCases.map { ProgramRanking.make($0, session: s, candidates: candidatesByID) }
            .filter { !$0.order.isEmpty || $0.quota != nil }
        let bottom = rect.maxY - (s.isClosed ? 6 : 4)
        let room = max(1, bottom - y - 1)
        for r in rows.prefix(rows.count > room ? room - 1 : room) {
            grid.put(BeritaAcara.row([(r.program.name, 10), (r.quota.map(String.init) ?? "-", 6), ("\(r.order.count)", 6),
                                      ("\(r.withinQuota.count)", 11), ("\(r.waiting.count)", 13)]), x: x, y: y)
            y += 1
        }
        if rows.count > room { grid.put("… dan \(rows.count - room + 1) program lain (lihat berita acara).", x: x, y: y, style: .muted) }
        if rows.isEmpty { grid.put("Belum ada calon layak.", x: x, y: y, style: .muted) }
        grid.put("Kehadiran: \(s.quorumPresent) dari \(s.quorumBase) undangan bersuara hadir sekarang; kuorum \(s.quorumRequired).",
                 x: x, y: bottom, maxWidth: rect.width - 2)
        grid.put("Aturan keputusan: \(s.setup.rule.shortLabel.lowercased()).", x: x, y: bottom + 1, maxWidth: rect.width - 2)
        if let closure = s.closure {
            grid.put("DITUTUP \(localDateTime(closure.timestamp)) WIB. Segel SHA-256 (\(closure.eventCount) catatan):",
                     x: x, y: bottom + 3, style: .bold)
            grid.put(hexString(closure.seal), x: x, y: bottom + 4, style: .bold)
            if !s.corrections.isEmpty {
                grid.put("Koreksi setelah penutupan: \(s.corrections.count) (tercatat terpisah).", x: x, y: bottom + 5, style: .warning)
            }
            return [("F11/^P", "Cetak berita acara"), ("F3–F6", "Bagian"), ("Esc", "Kembali")]
        }
        grid.put("Periksa ringkasan ini bersama peserta, lalu tutup dan segel (F9).", x: x, y: bottom + 3, style: .muted)
        return [("F9/^T", "Tutup & segel"), ("F11/^P", "Cetak draf"), ("F3–F6/Alt-1–4", "Bagian"), ("Esc", "Menu")]
    }
}
