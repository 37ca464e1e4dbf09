import LoketCore
import LoketCrypto
import LoketTUI

/// The berita acara: the signed record of a musyawarah, as plain text ready to print at 78 columns.
/// NIKs never appear; families are named by registration number, head of family and RT/RW.
/// Every layak family appears once in the decisions table; the per-program rankings print those within
/// the quota and the head of the waiting list, and the full rankings follow as an appendix.
public enum BeritaAcara {
    static let width = 78

    public static func text(_ s: MusyawarahSession, desk: DeskState, printedAt: String) -> String {
        var out: [String] = []
        let kel = RegionDirectory.shared.kelurahan(code: s.setup.kelurahanCode)
        let kelName = kel?.name ?? s.setup.kelurahanCode
        header(s, kel: kel, desk: desk, into: &out)
        attendance(s, into: &out)
        decisions(s, desk: desk, into: &out)
        summary(s, into: &out)
        rankings(s, desk: desk, into: &out)
        corrections(s, desk: desk, into: &out)
        conflicts(s, desk: desk, into: &out)
        seal(s, into: &out)
        signatures(s, kelurahan: kelName, into: &out)
        appendix(s, desk: desk, into: &out)
        out.append("")
        out.append("Dicetak dari \(desk.profile?.name ?? "Loket") pada \(printedAt) WIB.")
        return out.joined(separator: "\n") + "\n"
    }

    // MARK: - Sections

    private static func header(_ s: MusyawarahSession, kel: Kelurahan?, desk: DeskState, into out: inout [String]) {
        let setup = s.setup
        out.append(centered("BERITA ACARA"))
        out.append(centered("MUSYAWARAH KELURAHAN \((kel?.name ?? setup.kelurahanCode).uppercased())"))
        out.append(centered("Usulan Data Terpadu Kesejahteraan Sosial"))
        out.append(centered("Nomor musyawarah: \(setup.sessionID)" + (s.isClosed ? "" : " — DRAF, BELUM DITUTUP")))
        out.append(String(repeating: "=", count: width))
        let when = "Pada hari \(weekday(setup.date)), \(setup.date.longDescription)"
            + (setup.time.isEmpty ? "" : ", pukul \(setup.time)") + ", bertempat di \(setup.place), "
            + "telah dilaksanakan musyawarah kelurahan untuk memutuskan keluarga yang diusulkan "
            + "(layak) dan yang tidak, serta urutan prioritas setiap program dalam kuotanya."
        out.append(contentsOf: wrapped(when, width: width))
        out.append("")
        let rows: [(String, String)] = [
            ("Kelurahan", kel.map { "\($0.name) (\($0.dottedCode))" } ?? setup.kelurahanCode),
            ("Kecamatan", kel?.kecamatan ?? "-"),
            ("Kota", kel?.kotaLabel ?? "-"),
            ("Pimpinan rapat", setup.chair),
            ("Sekretaris", setup.secretary),
            ("Aturan keputusan", setup.rule.label),
            ("Kuorum", "\(setup.quorum.label) yang bersuara: \(s.quorumRequired) dari \(s.quorumBase) undangan"),
            ("Hak suara", setup.votingLabel),
            ("Urutan prioritas", setup.priority.label + ", lalu urutan yang ditetapkan rapat"),
        ]
        for (label, value) in rows { out.append(contentsOf: field(label, value, labelWidth: 18)) }
    }

    private static func attendance(_ s: MusyawarahSession, into out: inout [String]) {
        section("I. KEHADIRAN", into: &out)
        // Struck names are listed, marked, but never counted.
        let everArrived = Set(s.presenceLog.filter { $0.arrived && !s.isStruck($0.attendeeID) }.map(\.attendeeID))
        let invitedPresent = s.attendees.filter { $0.invited && everArrived.contains($0.id) }.count
        let guests = s.attendees.filter { !$0.invited && everArrived.contains($0.id) }.count
        out.append("Undangan \(s.invitedCount) orang, yang hadir \(invitedPresent) orang"
                   + (guests > 0 ? ", ditambah \(guests) peserta tidak diundang." : "."))
        if !s.strikes.isEmpty {
            out.append(contentsOf: wrapped("\(s.strikes.count) nama dicoret dari daftar karena salah catat; tidak dihitung "
                                           + "sebagai undangan, hadir, kuorum maupun suara.", width: width))
        }
        out.append("")
        out.append(row([("No", 3), ("Nama", 24), ("Peran / jabatan", 32), ("Hadir", 6), ("Keluar", 6)]))
        for (i, a) in s.attendees.enumerated() {
            let arrivals = s.presenceLog.filter { $0.attendeeID == a.id && $0.arrived }.map { clockTime($0.timestamp) }
            let departures = s.presenceLog.filter { $0.attendeeID == a.id && !$0.arrived }.map { clockTime($0.timestamp) }
            let role = a.position.isEmpty ? a.role.label : "\(a.role.label), \(a.position)"
            let mark = (a.invited ? "" : " *") + (s.mayVote(a) || s.isStruck(a.id) ? "" : " °")
            out.append(row([("\(i + 1)", 3), (a.name + mark, 24), (role, 32),
                            (arrivals.first ?? "tidak", 6), (departures.last ?? "", 6)]))
            if let strike = s.strike(of: a.id) {
                out.append(contentsOf: wrapped("(dicoret: \(strike.reason), pukul \(clockTime(strike.timestamp)); tidak dihitung)",
                                               width: width - 5).map { "     " + $0 })
            }
        }
        let counted = s.attendees.filter { !s.isStruck($0.id) }
        if counted.contains(where: { !$0.invited }) { out.append("* tidak diundang: ikut bersuara, tidak dihitung untuk kuorum.") }
        if counted.contains(where: { !s.mayVote($0) }) {
            out.append("° pendamping: hadir tercatat, tidak bersuara, tidak dihitung untuk kuorum.")
        }
        out.append("")
        var perRole: [String] = []
        for role in AttendeeRole.allCases {
            let n = counted.filter { $0.role == role && everArrived.contains($0.id) }.count
            if n > 0 { perRole.append("\(role.label) \(n)") }
        }
        out.append(contentsOf: wrapped("Hadir menurut peran: " + (perRole.isEmpty ? "-" : perRole.joined(separator: ", ")) + ".", width: width))
    }

    private static func decisions(_ s: MusyawarahSession, desk: DeskState, into out: inout [String]) {
        section("II. KEPUTUSAN PER CALON", into: &out)
        guard !s.decidedOrder.isEmpty else {
            out.append("Tidak ada keputusan.")
            return
        }
        out.append(contentsOf: wrapped("Suara: S setuju, T tidak setuju, A abstain, M mengundurkan diri (ada hubungan "
                                       + "keluarga dengan calon, tidak ikut dihitung). Mufakat: disetujui semua yang bersuara.", width: width))
        out.append("")
        out.append(row([("No", 3), ("No. daftar", 12), ("Kepala keluarga", 22), ("RT/RW", 7), ("Keputusan", 11), ("Suara", 15)]))
        for (i, id) in s.decidedOrder.enumerated() {
            guard let entry = s.latestEntry(of: id) else { continue }
            let d = entry.decision
            out.append(row([("\(i + 1)", 3), (number(id, desk), 12), (headName(id, desk), 22), (rtRw(id, desk), 7),
                            (d.verdict.label, 11), (votes(d), 15)]))
            var details: [String] = []
            switch d.verdict {
            case .layak: break
            case .tidakLayak(let c): details.append("Kriteria \(c.number): \(c.refusal).")
            case .tunda(let reason): details.append("Alasan ditunda: \(reason).")
            }
            if !d.note.isEmpty { details.append("Catatan: \(d.note).") }
            let revisions = s.history(of: id).count - 1
            if revisions > 0 { details.append("Diubah \(revisions) kali dalam rapat; keputusan sebelumnya tetap tercatat.") }
            for line in details.flatMap({ wrapped($0, width: width - 5) }) { out.append("     " + line) }
        }
    }

    private static func summary(_ s: MusyawarahSession, into out: inout [String]) {
        section("III. RINGKASAN", into: &out)
        let tally = MusyawarahTally(s)
        out.append("Calon diputuskan: \(tally.decided). Layak \(tally.layak), tidak layak \(tally.tidakLayak), ditunda \(tally.tunda).")
        for (c, n) in tally.perCriterion { out.append("  Tidak layak karena kriteria \(c.number) (\(c.refusal)): \(n)") }
    }

    private static func rankings(_ s: MusyawarahSession, desk: DeskState, into out: inout [String]) {
        section("IV. URUTAN PRIORITAS PER PROGRAM", into: &out)
        let candidates = MusyawarahCandidates.decided(in: s, desk: desk)
        var any = false
        for program in Program.allCases {
            let r = ProgramRanking.make(program, session: s, candidates: candidates)
            guard !r.order.isEmpty || r.quota != nil else { continue }
            any = true
            out.append("")
            let quota = r.quota.map { "kuota \($0)" } ?? "tanpa kuota"
            out.append("\(program.name) — \(program.longName)")
            out.append("  \(quota.prefix(1).uppercased() + quota.dropFirst()); layak \(r.order.count), "
                       + "dalam kuota \(r.withinQuota.count), daftar tunggu \(r.waiting.count).")
            let shown = r.withinQuota.count + min(r.waiting.count, waitingShown)
            rankingRows(r, upTo: shown, desk: desk, into: &out)
            if shown < r.order.count {
                out.append("   … dan \(r.order.count - shown) keluarga lain di daftar tunggu (lihat lampiran)")
            }
        }
        if !any { out.append("Belum ada calon layak.") }
    }

    /// Families of the waiting list printed in section IV; the rest is in the appendix.
    static let waitingShown = 10

    private static func rankingRows(_ r: ProgramRanking, upTo end: Int, desk: DeskState, into out: inout [String]) {
        for (i, id) in r.order.prefix(end).enumerated() {
            if i == r.withinQuota.count && !r.waiting.isEmpty { out.append("   --- batas kuota; di bawah ini daftar tunggu ---") }
            out.append(row([("\(i + 1).", 4), (number(id, desk), 12), (headName(id, desk), 26), (rtRw(id, desk), 7),
                            (r.isWithinQuota(position: i) ? "dalam kuota" : "daftar tunggu", 13)]))
        }
    }

    /// The full ranking of every program whose waiting list section IV cut short.
    private static func appendix(_ s: MusyawarahSession, desk: DeskState, into out: inout [String]) {
        let candidates = MusyawarahCandidates.decided(in: s, desk: desk)
        let long = Program.allCases.map { ProgramRanking.make($0, session: s, candidates: candidates) }
            .filter { $0.waiting.count > waitingShown }
        guard !long.isEmpty else { return }
        section("LAMPIRAN: URUTAN LENGKAP PER PROGRAM", into: &out)
        out.append(contentsOf: wrapped("Bagian dari berita acara musyawarah nomor \(s.id); melengkapi bagian IV untuk program "
                                       + "yang daftar tunggunya lebih dari \(waitingShown) keluarga.", width: width))
        for r in long {
            out.append("")
            out.append("\(r.program.name) — \(r.program.longName)")
            out.append("  Kuota \(r.quota ?? r.order.count); layak \(r.order.count), dalam kuota \(r.withinQuota.count), "
                       + "daftar tunggu \(r.waiting.count).")
            rankingRows(r, upTo: r.order.count, desk: desk, into: &out)
        }
    }

    private static func corrections(_ s: MusyawarahSession, desk: DeskState, into out: inout [String]) {
        guard !s.corrections.isEmpty else { return }
        section("V. KOREKSI SETELAH PENUTUPAN", into: &out)
        out.append(contentsOf: wrapped("Koreksi dicatat terpisah, bertanggal dan beralasan. Keputusan di atas tidak diubah; "
                                       + "yang berlaku adalah koreksi terakhir.", width: width))
        for c in s.corrections {
            let x = c.correction
            out.append("- \(x.date): \(number(x.householdID, desk)) \(headName(x.householdID, desk)) menjadi \(x.verdict.longLabel).")
            for line in wrapped("Alasan: \(x.reason)", width: width - 2) { out.append("  " + line) }
        }
    }

    /// Only a journal written before corrections were checked against later sessions can hold a
    /// contradiction (the book refuses new ones); both sessions' berita acara say so plainly.
    private static func conflicts(_ s: MusyawarahSession, desk: DeskState, into out: inout [String]) {
        let book = desk.musyawarah
        let mine = book.conflicts.filter { $0.sessionID == s.id || $0.laterSessionID == s.id }
        guard !mine.isEmpty else { return }
        section("PERINGATAN: KOREKSI YANG BERTENTANGAN", into: &out)
        for c in mine {
            guard let older = book.session(id: c.sessionID), older.corrections.indices.contains(c.correctionIndex) else { continue }
            let x = older.corrections[c.correctionIndex].correction
            let later = book.session(id: c.laterSessionID)?.verdict(of: c.householdID)?.longLabel ?? "-"
            let text = "- \(number(c.householdID, desk)) \(headName(c.householdID, desk)): koreksi musyawarah nomor "
                + "\(c.sessionID) pada \(x.date) menjadi \(x.verdict.longLabel), padahal musyawarah nomor \(c.laterSessionID) "
                + "sudah memutuskan keluarga ini: \(later). Periksa dan tetapkan mana yang berlaku."
            out.append(contentsOf: wrapped(text, width: width - 2).enumerated().map { $0.offset == 0 ? $0.element : "  " + $0.element })
        }
    }

    private static func seal(_ s: MusyawarahSession, into out: inout [String]) {
        section("SEGEL", into: &out)
        guard let closure = s.closure else {
            out.append(contentsOf: wrapped("DRAF: musyawarah belum ditutup, jadi belum bersegel. Isi dapat berubah sampai rapat ditutup.", width: width))
            return
        }
        out.append(contentsOf: wrapped("Musyawarah ditutup pada \(localDateTime(closure.timestamp)) WIB. \(closure.eventCount) catatan rapat "
                                       + "disegel dengan SHA-256:", width: width))
        out.append("  " + hexString(closure.seal))
        out.append("Periksa keaslian dengan perintah: loket verify")
    }

    private static func signatures(_ s: MusyawarahSession, kelurahan: String, into out: inout [String]) {
        section("TANDA TANGAN", into: &out)
        let lurah = s.attendees.first { $0.role == .lurah && !s.isStruck($0.id) }?.name
        let community = s.attendees.filter { $0.role == .communityFigure && !s.isStruck($0.id) }.map(\.name)
        let blocks: [[(String, String?)]] = [
            [("Lurah \(kelurahan)", lurah), ("Pimpinan rapat", s.setup.chair), ("Sekretaris", s.setup.secretary)],
            [("Wakil masyarakat", community.first), ("Wakil masyarakat", community.dropFirst().first)],
        ]
        for group in blocks {
            out.append("")
            out.append(signatureRow(group.map { $0.0 }))
            out.append("")
            out.append("")
            out.append("")
            out.append(signatureRow(group.map { _ in "(____________________)" }))
            out.append(signatureRow(group.map { $0.1 ?? "Nama: ................" }))
        }
    }

    // MARK: - Helpers

    private static func section(_ title: String, into out: inout [String]) {
        out.append("")
        out.append(title)
        out.append(String(repeating: "-", count: displayWidth(title)))
    }

    private static func centered(_ text: String) -> String {
        let pad = max(0, (width - displayWidth(text)) / 2)
        return String(repeating: " ", count: pad) + text
    }

    private static func field(_ label: String, _ value: String, labelWidth: Int) -> [String] {
        let lines = wrapped(value, width: width - labelWidth - 2)
        return lines.enumerated().map { i, line in
            (i == 0 ? padded(label, toWidth: labelWidth) + ": " : String(repeating: " ", count: labelWidth + 2)) + line
        }
    }

    /// Columns padded by display width and separated by one space; the last one is not padded.
    static func row(_ cells: [(String, Int)]) -> String {
        var line = ""
        for (i, cell) in cells.enumerated() {
            if i > 0 { line += " " }
            line += i == cells.count - 1 ? truncated(cell.0, toWidth: cell.1) : padded(cell.0, toWidth: cell.1)
        }
        while line.last == " " { line.removeLast() }
        return line
    }

    private static func signatureRow(_ cells: [String]) -> String {
        var line = ""
        for cell in cells { line += padded(cell, toWidth: 26) }
        while line.last == " " { line.removeLast() }
        return line
    }

    static func votes(_ d: CandidateDecision) -> String {
        let m = d.recused.isEmpty ? "" : " M\(d.recused.count)"
        switch d.basis {
        case .consensus: return "Mufakat" + m
        case .vote(let v): return "S\(v.inFavour) T\(v.against) A\(v.abstain)" + m
        }
    }

    private static func number(_ id: Int, _ desk: DeskState) -> String { desk.household(id: id)?.number.description ?? "#\(id)" }
    private static func headName(_ id: Int, _ desk: DeskState) -> String { desk.household(id: id)?.current.head?.name ?? "-" }
    private static func rtRw(_ id: Int, _ desk: DeskState) -> String {
        desk.household(id: id).map { "\($0.current.rt)/\($0.current.rw)" } ?? "-"
    }

    static func weekday(_ date: CivilDate) -> String {
        // 1970-01-01 was a Thursday.
        ["Kamis", "Jumat", "Sabtu", "Minggu", "Senin", "Selasa", "Rabu"][((date.dayNumber % 7) + 7) % 7]
    }

    /// "10.31", the time part of a timestamp in WIB.
    static func clockTime(_ timestamp: Int64) -> String {
        String(localDateTime(timestamp).suffix(5)).replacingOccurrences(of: ":", with: ".")
    }
}
