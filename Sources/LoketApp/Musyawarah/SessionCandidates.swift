import LoketCore
import LoketTUI

/// Calon: the candidate list with its filter (Tab moves between the list and RW, RT, program) and the
/// facts of the selected family below; Enter opens the decision (after closing: a correction).
extension MusyawarahSessionScreen {
    mutating func updateCandidates(_ key: Key, session: MusyawarahSession, context: AppContext) -> Effect {
        if candidateFocus.handle(key) { return .none }
        switch candidateFocus.index {
        case 1, 2:
            var field = candidateFocus.index == 1 ? rwField : rtField
            if key == .enter || key == .down { candidateFocus.index = 0; return .none }
            guard field.handle(key) else { return .none }
            if candidateFocus.index == 1 { rwField = field } else { rtField = field }
            applyFilter()
            return .none
        case 3:
            if key == .enter || key == .down { candidateFocus.index = 0; return .none }
            if programFilter.handle(key) { applyFilter() }
            return .none
        default:
            break
        }
        switch key {
        case .enter, .function(2), .ctrl("s"):
            guard let c = selectedCandidate else {
                message = .info(candidates.isEmpty ? "Tidak ada calon: semua keluarga sudah diputuskan atau belum sampai tahap ini."
                                                   : "Tidak ada calon yang cocok dengan saringan.")
                return .none
            }
            if session.isClosed {
                guard session.verdict(of: c.householdID) != nil else { return closedNotice() }
                overlay = .decision(DecisionDialog(candidate: c, correcting: true, current: session.verdict(of: c.householdID)))
                return .none
            }
            guard session.hasQuorum else {
                message = .error(MusyawarahError.noQuorum(present: session.quorumPresent, required: session.quorumRequired).message)
                return .none
            }
            overlay = .decision(DecisionDialog(candidate: c, correcting: false, current: session.verdict(of: c.householdID)))
        case .ctrl("f"), .function(7):
            candidateFocus.index = 1
        default:
            candidateList.count = visible.count
            candidateList.handle(key)
        }
        return .none
    }

    /// Pads the typed RW/RT to the three digits the KK uses ("3" → "003").
    mutating func applyFilter() {
        func code(_ t: String) -> String? { t.isEmpty ? nil : String(repeating: "0", count: max(0, 3 - t.count)) + t }
        let program = (programFilter.selected ?? 0) == 0 ? nil : Program.allCases[(programFilter.selected ?? 1) - 1]
        filter = CandidateFilter(rw: code(rwField.text), rt: code(rtField.text), program: program)
        visible = candidates.indices.filter { filter.matches(candidates[$0]) }
        candidateList = ListView(count: visible.count, pageSize: Self.candidateRows)
    }

    func renderCandidates(_ s: MusyawarahSession, in rect: Rect, into grid: inout Grid) -> [(key: String, label: String)] {
        var x = rect.x + 1
        let y = rect.y
        grid.put("RW", x: x, y: y, style: candidateFocus.index == 1 ? .bold : .plain)
        rwField.render(in: Rect(x: x + 3, y: y, width: 6, height: 1), into: &grid, focused: candidateFocus.index == 1, placeholder: "semua")
        x += 11
        grid.put("RT", x: x, y: y, style: candidateFocus.index == 2 ? .bold : .plain)
        rtField.render(in: Rect(x: x + 3, y: y, width: 6, height: 1), into: &grid, focused: candidateFocus.index == 2, placeholder: "semua")
        x += 11
        grid.put("Program", x: x, y: y, style: candidateFocus.index == 3 ? .bold : .plain)
        programFilter.render(in: Rect(x: x + 8, y: y, width: 14, height: 1), into: &grid, focused: candidateFocus.index == 3)
        let decided = visible.reduce(0) { $0 + (s.verdict(of: candidates[$1].householdID) == nil ? 0 : 1) }
        let count = "\(visible.count) calon · \(decided) diputuskan"
        grid.put(count, x: rect.maxX - displayWidth(count) - 1, y: y, style: .bold)

        grid.put(Self.candidateRow(["No. daftar", "Kepala keluarga", "RT/RW", "Jiwa", "Usia", "Krit", "Keputusan"]),
                 x: rect.x + 1, y: y + 1, style: .bold)
        var view = candidateList
        view.count = visible.count
        let listRect = Rect(x: rect.x, y: y + 2, width: rect.width, height: Self.candidateRows)
        if visible.isEmpty {
            grid.put(candidates.isEmpty ? "Tidak ada calon pada tahap musyawarah." : "Tidak ada calon yang cocok dengan saringan.",
                     x: rect.x + 1, y: listRect.y, style: .muted)
        }
        view.render(in: listRect, into: &grid) { i, row, _, grid in
            let c = candidates[visible[i]]
            let ages = c.ages.map(String.init).joined(separator: ",")
            grid.put(Self.candidateRow([c.number.description, c.headName, "\(c.rt)/\(c.rw)", "\(c.memberCount)", ages,
                                        c.exclusions.isEmpty ? "ok" : "K" + c.exclusions.map { String($0.number) }.joined(separator: ","),
                                        Self.verdictCell(s.verdict(of: c.householdID))]), x: row.x + 1, y: row.y)
        }
        if candidateFocus.index != 0, !visible.isEmpty {
            let line = view.selected - view.visibleTop(height: Self.candidateRows)
            grid.style(Rect(x: listRect.x, y: listRect.y + line, width: listRect.width, height: 1), .underline)
        }
        grid.hline(x: rect.x, y: listRect.maxY, width: rect.width, style: .dim)
        if let c = selectedCandidate { renderFacts(c, s, in: Rect(x: rect.x + 1, y: listRect.maxY + 1, width: rect.width - 2, height: rect.maxY - listRect.maxY - 1), into: &grid) }
        if s.isClosed { return [("Enter", "Koreksi"), ("Tab", "Saring"), ("F3–F6", "Bagian"), ("Esc", "Kembali")] }
        return [("Enter/F2", "Putuskan"), ("Tab/F7", "Saring RW/RT/program"), ("F3–F6/Alt-1–4", "Bagian"), ("Esc", "Menu")]
    }

    static func candidateRow(_ cells: [String]) -> String {
        BeritaAcara.row(zip(cells, [10, 20, 7, 4, 11, 5, 15]).map { ($0, $1) })
    }

    static func verdictCell(_ v: Verdict?) -> String {
        switch v {
        case nil: return "—"
        case .layak?: return "LAYAK"
        case .tidakLayak(let c)?: return "TIDAK LAYAK K\(c.number)"
        case .tunda?: return "TUNDA"
        }
    }

    /// What the room needs about the selected family: members with ages (NIKs masked), the desk's
    /// criteria, the programs it was screened for, and the decision so far.
    private func renderFacts(_ c: MusyawarahCandidate, _ s: MusyawarahSession, in rect: Rect, into grid: inout Grid) {
        var lines: [(String, Style)] = []
        lines.append(("\(c.number)  \(c.headName) · \(c.address), RT \(c.rt)/RW \(c.rw) · \(c.memberCount) jiwa", .bold))
        do {
            let members = c.members.map { "\($0.name) (\($0.relationship.label), \($0.age) th, \(maskedNIK($0.nik)))" }
            lines.append((truncated(members.joined(separator: "; "), toWidth: rect.width * 2), .plain))
        }
        let desk = c.exclusions.isEmpty ? "kriteria 1–6 terpenuhi (kriteria 7 diputuskan di sini)"
            : c.exclusions.map { "✗ K\($0.number) \($0.refusal)" }.joined(separator: "; ")
        lines.append(("Pemeriksaan loket: " + desk, c.exclusions.isEmpty ? .plain : .warning))
        lines.append(("Program (penyaringan awal): " + c.programs.map(\.name).joined(separator: ", "), .plain))
        if let entry = s.latestEntry(of: c.householdID) {
            let v = s.verdict(of: c.householdID) ?? entry.decision.verdict
            let revised = s.history(of: c.householdID).count > 1 ? " · diubah dalam rapat" : ""
            let corrected = s.latestCorrection[c.householdID] != nil ? " · DIKOREKSI" : ""
            lines.append(("Keputusan: \(v.longLabel) · \(BeritaAcara.votes(entry.decision))\(revised)\(corrected)", .bold))
        } else {
            lines.append(("Keputusan: belum", .muted))
        }
        var y = rect.y
        for (text, style) in lines {
            for line in wrapped(text, width: rect.width) {
                guard y < rect.maxY else { return }
                grid.put(line, x: rect.x, y: y, style: style)
                y += 1
            }
        }
    }
}
