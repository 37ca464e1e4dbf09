import LoketCore
import LoketTUI

/// The decision for one candidate (or, after closing, a correction): verdict, criterion, reason,
/// consensus or a counted vote, and who recuses. Everything typed stays when saving is refused.
struct DecisionDialog {
    enum Field: Hashable { case verdict, criterion, reason, basis, inFavour, against, recusal }

    let householdID: Int
    let title: String
    /// After closing, a correction: no votes, and a reason is required.
    let correcting: Bool
    var verdict = ChoiceField(options: ["Layak", "Tidak layak", "Tunda"], selected: 0)
    var criterion = ChoiceField(options: Criterion.allCases.map { "\($0.number). \($0.refusal)" },
                                selected: Criterion.notPoorByCommunity.rawValue - 1)
    var reason = TextField(maxLength: 120)
    var basis = ChoiceField(options: ["Mufakat", "Pemungutan suara"], selected: 0)
    var inFavour = TextField(maxLength: 3, filter: .digits)
    var against = TextField(maxLength: 3, filter: .digits)
    var recused: Set<Int> = []
    var recusalList = ListView(pageSize: 3)
    var focus: Field = .verdict
    var error: String?

    init(candidate: MusyawarahCandidate, correcting: Bool, current: Verdict?) {
        householdID = candidate.householdID
        title = "\(candidate.number) \(candidate.headName), RT \(candidate.rt)/RW \(candidate.rw)"
        self.correcting = correcting
        // Start from what is known: the current verdict, or the desk's own exclusion.
        switch current {
        case .layak?: verdict.selected = 0
        case .tidakLayak(let c)?:
            verdict.selected = 1
            criterion.selected = c.rawValue - 1
        case .tunda(let r)?:
            verdict.selected = 2
            if !correcting { reason = TextField(text: r, maxLength: 120) }
        case nil:
            if let c = candidate.exclusions.first {
                verdict.selected = 1
                criterion.selected = c.rawValue - 1
            }
        }
    }

    var chosenVerdictIndex: Int { verdict.selected ?? 0 }
    var isVote: Bool { !correcting && basis.selected == 1 }

    func fields(presentCount: Int) -> [Field] {
        var out: [Field] = [.verdict]
        if chosenVerdictIndex == 1 { out.append(.criterion) }
        out.append(.reason)
        if !correcting {
            out.append(.basis)
            if isVote { out += [.inFavour, .against] }
            if presentCount > 0 { out.append(.recusal) }
        }
        return out
    }

    var reasonLabel: String {
        if correcting { return "Alasan koreksi" }
        return chosenVerdictIndex == 2 ? "Alasan ditunda" : "Catatan"
    }

    /// nil while the key is only for the dialog; `.save` / `.cancel` otherwise.
    enum Outcome { case save, cancel }

    mutating func handle(_ key: Key, present: [Attendee]) -> Outcome? {
        let order = fields(presentCount: present.count)
        if !order.contains(focus) { focus = .verdict }
        switch key {
        case .escape: return .cancel
        case .enter, .function(2), .ctrl("s"): return .save
        case .tab: focus = order[(order.firstIndex(of: focus)! + 1) % order.count]; return nil
        case .backTab: focus = order[(order.firstIndex(of: focus)! + order.count - 1) % order.count]; return nil
        default: break
        }
        error = nil
        switch focus {
        case .verdict: if !verdict.handle(key) { moveVertically(key, order) }
        case .criterion: if !criterion.handle(key) { moveVertically(key, order) }
        case .basis: if !basis.handle(key) { moveVertically(key, order) }
        case .reason: if !reason.handle(key) { moveVertically(key, order) }
        case .inFavour: if !inFavour.handle(key) { moveVertically(key, order) }
        case .against: if !against.handle(key) { moveVertically(key, order) }
        case .recusal:
            recusalList.count = present.count
            if key == .char(" ") || key == .char("x"), present.indices.contains(recusalList.selected) {
                let id = present[recusalList.selected].id
                if recused.contains(id) { recused.remove(id) } else { recused.insert(id) }
            } else if key == .up && recusalList.selected == 0 {
                moveVertically(key, order)
            } else {
                recusalList.handle(key)
            }
        }
        return nil
    }

    private mutating func moveVertically(_ key: Key, _ order: [Field]) {
        guard let i = order.firstIndex(of: focus) else { return }
        if key == .down, i + 1 < order.count { focus = order[i + 1] }
        if key == .up, i > 0 { focus = order[i - 1] }
    }

    /// The verdict as chosen, or why it cannot be saved.
    func chosenVerdict() -> Result<Verdict, DialogProblem> {
        let text = reason.text.trimmingCharacters(in: .whitespaces)
        switch chosenVerdictIndex {
        case 1: return .success(.tidakLayak(Criterion.allCases[criterion.selected ?? 6]))
        case 2:
            guard !text.isEmpty else { return .failure(DialogProblem(field: .reason, message: "Tulis alasan ditunda.")) }
            return .success(.tunda(reason: text))
        default: return .success(.layak)
        }
    }

    /// Builds the decision, checking it with the session's rule so the room sees the problem at once.
    func decision(session: MusyawarahSession) -> Result<CandidateDecision, DialogProblem> {
        let verdict: Verdict
        switch chosenVerdict() {
        case .success(let v): verdict = v
        case .failure(let p): return .failure(p)
        }
        guard session.hasQuorum else {
            return .failure(DialogProblem(field: focus, message: MusyawarahError.noQuorum(
                present: session.quorumPresent, required: session.quorumRequired).message))
        }
        let voters = voterList(session).count - recused.count
        var basisValue = DecisionBasis.consensus
        if isVote {
            guard let yes = Int(inFavour.text) else { return .failure(DialogProblem(field: .inFavour, message: "Isi jumlah yang setuju.")) }
            guard let no = Int(against.text) else { return .failure(DialogProblem(field: .against, message: "Isi jumlah yang tidak setuju.")) }
            guard yes + no <= voters else {
                return .failure(DialogProblem(field: .inFavour, message: "Setuju \(yes) + tidak setuju \(no) lebih dari \(voters) yang bersuara."))
            }
            basisValue = .vote(VoteCount(inFavour: yes, against: no, abstain: voters - yes - no))
        }
        switch session.setup.rule.outcome(of: basisValue, voters: voters) {
        case .carried: break
        case .notCarried(let why): return .failure(DialogProblem(field: .basis, message: why + " Ubah usulan atau pilih Tunda."))
        case .miscounted(let why): return .failure(DialogProblem(field: .inFavour, message: why))
        }
        let note = chosenVerdictIndex == 2 ? "" : reason.text.trimmingCharacters(in: .whitespaces)
        return .success(CandidateDecision(householdID: householdID, verdict: verdict, basis: basisValue,
                                          recused: voterList(session).map(\.id).filter { recused.contains($0) }, note: note))
    }

    /// Those present who may vote: the recusal list (a facilitator without a vote has nothing to recuse from).
    func voterList(_ session: MusyawarahSession) -> [Attendee] { session.presentVoters }

    // MARK: - Render

    func render(into grid: inout Grid, session: MusyawarahSession) {
        let box = Rect(x: 3, y: 4, width: 74, height: 17)
        grid.fill(box)
        grid.box(box, title: (correcting ? "Koreksi: " : "Keputusan: ") + title)
        let x = box.x + 2
        var y = box.y + 2
        let labelWidth = 17
        let present = voterList(session)
        let order = fields(presentCount: present.count)
        func label(_ text: String, _ field: Field) {
            grid.put(text, x: x, y: y, style: focus == field ? .bold : .plain)
        }
        label("Keputusan", .verdict)
        verdict.render(in: Rect(x: x + labelWidth, y: y, width: 20, height: 1), into: &grid, focused: focus == .verdict)
        y += 1
        if order.contains(.criterion) {
            label("Kriteria", .criterion)
            criterion.render(in: Rect(x: x + labelWidth, y: y, width: 52, height: 1), into: &grid, focused: focus == .criterion)
            y += 1
        }
        label(reasonLabel, .reason)
        reason.render(in: Rect(x: x + labelWidth, y: y, width: 52, height: 1), into: &grid, focused: focus == .reason)
        y += 1
        if !correcting {
            label("Dasar keputusan", .basis)
            basis.render(in: Rect(x: x + labelWidth, y: y, width: 24, height: 1), into: &grid, focused: focus == .basis)
            y += 1
            let voters = present.count - recused.count
            if isVote {
                label("Setuju", .inFavour)
                inFavour.render(in: Rect(x: x + labelWidth, y: y, width: 4, height: 1), into: &grid, focused: focus == .inFavour)
                grid.put("Tidak setuju", x: x + labelWidth + 6, y: y, style: focus == .against ? .bold : .plain)
                against.render(in: Rect(x: x + labelWidth + 19, y: y, width: 4, height: 1), into: &grid, focused: focus == .against)
                let abstain = voters - (Int(inFavour.text) ?? 0) - (Int(against.text) ?? 0)
                grid.put("Abstain \(max(0, abstain)) (sisanya)", x: x + labelWidth + 25, y: y)
                y += 1
            }
            y += 1
            label("Mengundurkan diri (ada hubungan keluarga dengan calon; Spasi memilih):", .recusal)
            y += 1
            var view = recusalList
            view.count = present.count
            let rows = Rect(x: x + 1, y: y, width: box.width - 6, height: 3)
            if present.isEmpty {
                grid.put("Belum ada yang hadir dan bersuara.", x: rows.x, y: rows.y, style: .muted)
            } else {
                view.render(in: rows, into: &grid) { i, row, _, grid in
                    let a = present[i]
                    let mark = recused.contains(a.id) ? "[x]" : "[ ]"
                    grid.put("\(mark) \(a.name) — \(a.role.label)" + (a.position.isEmpty ? "" : ", \(a.position)"),
                             x: row.x, y: row.y, maxWidth: row.width)
                }
                if focus != .recusal { grid.style(Rect(x: rows.x, y: rows.y + view.selected - view.visibleTop(height: 3), width: rows.width, height: 1), .plain) }
            }
            y += 3
            let quorum = session.hasQuorum ? "Kuorum terpenuhi." : "BELUM KUORUM."
            let silent = session.presentCount - present.count
            let count = "Hadir \(session.presentCount)" + (silent > 0 ? " (\(silent) tidak bersuara)" : "")
                + ", mengundurkan diri \(recused.count): yang bersuara \(voters)."
            // The quorum goes on its own line when the count needs the width.
            let together = displayWidth(count) + 1 + displayWidth(quorum) <= box.width - 4
            grid.put(together ? count + " " + quorum : count, x: x, y: y, style: session.hasQuorum ? .plain : .error, maxWidth: box.width - 4)
            if !together { grid.put(quorum, x: x, y: y + 1, style: session.hasQuorum ? .plain : .error) }
        } else {
            y += 1
            for line in wrapped("Keputusan yang disegel tidak diubah. Koreksi dicatat terpisah dengan tanggal hari ini "
                                + "dan alasannya, lalu dicetak di berita acara.", width: box.width - 4) {
                grid.put(line, x: x, y: y, style: .muted)
                y += 1
            }
        }
        if let error {
            for (i, line) in wrapped(error, width: box.width - 4).prefix(2).enumerated() {
                grid.put(line, x: x, y: box.maxY - 4 + i, style: .error)
            }
        }
        grid.put("Enter/F2 Simpan · Tab Pindah · ←→ Pilihan · Esc Batal", x: x, y: box.maxY - 2, style: .muted)
    }
}

struct DialogProblem: Error {
    let field: DecisionDialog.Field
    let message: String
}
