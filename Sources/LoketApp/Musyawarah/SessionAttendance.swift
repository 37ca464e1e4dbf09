import LoketCore
import LoketTUI

/// Kehadiran: the attendance list; Enter records an arrival or a departure, F2 adds a person, F8
/// strikes a person entered by mistake (only before they took part in a decision).
extension MusyawarahSessionScreen {
    mutating func updateAttendance(_ key: Key, session: MusyawarahSession, context: AppContext) -> Effect {
        attendanceList.count = session.attendees.count
        switch key {
        case .function(2), .ctrl("n"):
            guard !session.isClosed else { return closedNotice() }
            overlay = .attendee(AttendeeForm())
        case .enter, .char(" "):
            guard !session.isClosed else { return closedNotice() }
            guard session.attendees.indices.contains(attendanceList.selected) else {
                message = .info("Daftar hadir masih kosong. Tekan F2 untuk menambah peserta.")
                return .none
            }
            let a = session.attendees[attendanceList.selected]
            if let strike = session.strike(of: a.id) {
                message = .info(truncated("\(a.name) sudah dicoret (\(strike.reason)). Tambahkan lagi dengan F2 bila perlu.", toWidth: 78))
                return .none
            }
            return .command(.musyawarah(session.isPresent(a.id) ? .leave(sessionID: sessionID, attendeeID: a.id)
                                                                : .arrive(sessionID: sessionID, attendeeID: a.id)))
        case .function(8), .alt("c"):
            guard !session.isClosed else { return closedNotice() }
            guard session.attendees.indices.contains(attendanceList.selected) else {
                message = .info("Daftar hadir masih kosong.")
                return .none
            }
            let a = session.attendees[attendanceList.selected]
            // The same refusals as the fold, before the reason is asked for.
            if session.isStruck(a.id) {
                message = .info(MusyawarahError.attendeeStruck(a.name).message)
            } else if session.tookPart(a.id) {
                message = .error(MusyawarahError.attendeeTookPart(a.name).message)
            } else {
                overlay = .strike(AttendeeStrikeForm(attendee: a))
            }
        default:
            attendanceList.handle(key)
        }
        return .none
    }

    mutating func closedNotice() -> Effect {
        message = .warning("Musyawarah ini sudah ditutup dan disegel. Perubahan hanya lewat koreksi di bagian Calon.")
        return .none
    }

    func renderAttendance(_ s: MusyawarahSession, in rect: Rect, into grid: inout Grid) -> [(key: String, label: String)] {
        let columns = [("No", 3), ("Nama", 26), ("Peran", 18), ("Jabatan", 16), ("Keadaan", 10)]
        grid.put(BeritaAcara.row(columns), x: rect.x + 1, y: rect.y, style: .bold)
        if s.attendees.isEmpty {
            grid.put("Belum ada peserta. Tekan F2 untuk menambah: nama, peran, dan apakah diundang.", x: rect.x + 1, y: rect.y + 2)
            grid.put("Kuorum dihitung dari undangan yang bersuara: \(s.setup.quorum.label).", x: rect.x + 1, y: rect.y + 3, style: .muted)
        }
        var view = attendanceList
        view.count = s.attendees.count
        view.render(in: Rect(x: rect.x, y: rect.y + 1, width: rect.width, height: 12), into: &grid) { i, row, _, grid in
            let a = s.attendees[i]
            let name = a.name + (a.invited ? "" : " (tamu)")
            if let strike = s.strike(of: a.id) {
                // Struck: the position gives way to the mark, which is what the room must read.
                grid.put(BeritaAcara.row([("\(i + 1)", 3), (name, 26), (a.role.label, 18), ("(dicoret: \(strike.reason))", 27)]),
                         x: row.x + 1, y: row.y, style: .muted)
                return
            }
            let state: String
            if s.isPresent(a.id) { state = "HADIR" } else if s.presenceLog.contains(where: { $0.attendeeID == a.id }) { state = "keluar" } else { state = "belum" }
            let role = a.role.label + (s.mayVote(a) ? "" : "*")
            grid.put(BeritaAcara.row([("\(i + 1)", 3), (name, 26), (role, 18),
                                      (a.position, 16), (state, 10)]), x: row.x + 1, y: row.y,
                     style: s.isPresent(a.id) ? .bold : .plain)
        }
        let guests = s.presentVoters.filter { !$0.invited }.count
        let silent = s.attendees.contains { !s.isStruck($0.id) && !s.mayVote($0) }
        let line = "Undangan bersuara \(s.quorumBase) · hadir \(s.quorumPresent)" + (guests > 0 ? " + tamu \(guests)" : "")
            + " · kuorum \(s.setup.quorum.numerator)/\(s.setup.quorum.denominator) = \(s.quorumRequired) orang"
            + (silent ? " · * tidak bersuara" : "")
        grid.put(line, x: rect.x + 1, y: rect.maxY - 2, maxWidth: rect.width - 2)
        grid.put(s.hasQuorum ? "Kuorum terpenuhi: keputusan bisa dicatat."
                 : "Belum kuorum: kurang \(s.quorumRequired - s.quorumPresent) undangan lagi. Keputusan belum bisa dicatat.",
                 x: rect.x + 1, y: rect.maxY - 1, style: s.hasQuorum ? .success : .warning, maxWidth: rect.width - 2)
        if s.isClosed { return [("F3–F6", "Bagian"), ("↑↓", "Pilih"), ("Esc", "Kembali")] }
        return [("F2/^N", "Tambah"), ("Enter", "Hadir/keluar"), ("F8/Alt-C", "Coret"), ("F3–F6/Alt-1–4", "Bagian"), ("Esc", "Menu")]
    }
}
