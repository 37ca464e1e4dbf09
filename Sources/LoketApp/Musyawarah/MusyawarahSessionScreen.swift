import LoketCore
import LoketCrypto
import LoketTUI

/// One musyawarah, on the projector: attendance, candidates and decisions, quota and priority, and the
/// closing summary, each a part reached with F3–F6 (or Alt-1–4). The session itself lives in the journal;
/// this value only holds where the meeting is looking, so an interrupted session reopens where it stopped.
public struct MusyawarahSessionScreen: Screen {
    public enum Part: Int, CaseIterable, Sendable {
        case attendance, candidates, quota, summary

        var label: String { ["Kehadiran", "Calon & keputusan", "Kuota & urutan", "Ringkasan & tutup"][rawValue] }
        var functionKey: Int { rawValue + 3 }
    }

    enum Overlay {
        case attendee(AttendeeForm)
        case strike(AttendeeStrikeForm)
        case decision(DecisionDialog)
        case quota(TextField, error: String?)
        case confirmClose(Dialog)
    }

    public let sessionID: Int
    public internal(set) var part: Part
    var overlay: Overlay?
    public internal(set) var message: StatusMessage?

    /// The families of this meeting with the facts the room needs, built once when the screen opens.
    let candidates: [MusyawarahCandidate]
    let candidatesByID: [Int: MusyawarahCandidate]
    let positionByID: [Int: Int]
    /// Indexes into `candidates` that pass the filter.
    public internal(set) var visible: [Int]
    public internal(set) var filter = CandidateFilter()
    var rwField = TextField(maxLength: 3, filter: .digits)
    var rtField = TextField(maxLength: 3, filter: .digits)
    var programFilter = ChoiceField(options: ["Semua"] + Program.allCases.map(\.name), selected: 0)
    /// 0 the list, 1 RW, 2 RT, 3 program.
    var candidateFocus = FocusRing(count: 4)
    public internal(set) var candidateList = ListView(pageSize: MusyawarahSessionScreen.candidateRows)

    var attendanceList = ListView(pageSize: 12)
    var quotaProgram = ChoiceField(options: Program.allCases.map(\.name), selected: 1)
    public internal(set) var rankingList = ListView(pageSize: MusyawarahSessionScreen.rankingRows)

    static let candidateRows = 7
    static let rankingRows = 12

    public init(sessionID: Int, context: AppContext) {
        self.sessionID = sessionID
        let session = context.desk.musyawarah.session(id: sessionID)
        var list: [MusyawarahCandidate]
        if let session, session.isClosed {
            let decided = MusyawarahCandidates.decided(in: session, desk: context.desk)
            list = session.decidedOrder.compactMap { decided[$0] }
        } else {
            list = MusyawarahCandidates.build(context.desk, on: session?.setup.date ?? context.today)
        }
        candidates = list
        var byID: [Int: MusyawarahCandidate] = [:]
        var position: [Int: Int] = [:]
        byID.reserveCapacity(list.count)
        position.reserveCapacity(list.count)
        for (i, c) in list.enumerated() {
            byID[c.householdID] = c
            position[c.householdID] = i
        }
        candidatesByID = byID
        positionByID = position
        visible = Array(list.indices)
        candidateList.count = list.count
        part = .attendance
        if let session { resume(session) }
    }

    /// Reopens on the part the journal says the meeting was in.
    private mutating func resume(_ session: MusyawarahSession) {
        attendanceList.count = session.attendees.count
        switch session.lastActivity {
        case .attendance:
            part = session.decidedOrder.isEmpty ? .attendance : .candidates
        case .decision(let id):
            part = .candidates
            if let i = positionByID[id] { candidateList.selected = nextUndecided(after: i, session) }
        case .ranking(let program):
            part = .quota
            quotaProgram.selected = Int(program.rawValue) - 1
        case .closed:
            part = .summary
        }
        candidateList.ensureVisible(height: Self.candidateRows)
    }

    /// The position in `visible` of the first undecided candidate after `position`, for a quick next one.
    func nextUndecided(after position: Int, _ session: MusyawarahSession) -> Int {
        guard !visible.isEmpty else { return 0 }
        var i = position + 1
        while i < visible.count {
            if session.verdict(of: candidates[visible[i]].householdID) == nil { return i }
            i += 1
        }
        return min(position, visible.count - 1)
    }

    func session(_ context: AppContext) -> MusyawarahSession? { context.desk.musyawarah.session(id: sessionID) }

    public var selectedCandidate: MusyawarahCandidate? {
        visible.indices.contains(candidateList.selected) ? candidates[visible[candidateList.selected]] : nil
    }

    var selectedProgram: Program { Program.allCases[quotaProgram.selected ?? 0] }

    public func ranking(_ session: MusyawarahSession) -> ProgramRanking {
        ProgramRanking.make(selectedProgram, session: session, candidates: candidatesByID)
    }

    // MARK: - Update

    public mutating func update(_ key: Key, context: AppContext) -> Effect {
        guard let session = session(context) else { return .pop }
        if overlay != nil { return updateOverlay(key, session: session, context: context) }
        message = nil
        switch key {
        case .escape:
            return .pop
        case .function(let n) where (3...6).contains(n):
            part = Part(rawValue: n - 3)!
            return .none
        case .alt(let c) where ("1"..."4").contains(c):
            part = Part(rawValue: Int(String(c))! - 1)!
            return .none
        default:
            break
        }
        switch part {
        case .attendance: return updateAttendance(key, session: session, context: context)
        case .candidates: return updateCandidates(key, session: session, context: context)
        case .quota: return updateQuota(key, session: session, context: context)
        case .summary: return updateSummary(key, session: session, context: context)
        }
    }

    private mutating func updateOverlay(_ key: Key, session: MusyawarahSession, context: AppContext) -> Effect {
        switch overlay {
        case .attendee(var form)?:
            if key == .escape { overlay = nil; return .none }
            form.error = nil
            let submit = key == .function(2) || key == .ctrl("s") || form.form.handle(key) == .submitted
            overlay = .attendee(form)
            guard submit else { return .none }
            if let problem = form.form.model.problem() {
                form.form.setFocus(problem.field)
                form.error = problem.message
                overlay = .attendee(form)
                return .none
            }
            let m = form.form.model
            return .command(.musyawarah(.addAttendee(sessionID: sessionID, name: m.name, role: AttendeeRole.allCases[m.role!],
                                                     position: m.position, invited: m.invited, arrived: m.arrivedNow)))
        case .strike(var form)?:
            switch key {
            case .escape:
                overlay = nil
            case .enter, .function(2), .ctrl("s"):
                let reason = form.reason.text.trimmingCharacters(in: .whitespaces)
                guard !reason.isEmpty else {
                    form.error = "Tulis alasannya, misalnya: salah catat."
                    overlay = .strike(form)
                    return .none
                }
                return .command(.musyawarah(.strikeAttendee(sessionID: sessionID, attendeeID: form.attendee.id, reason: reason)))
            default:
                form.error = nil
                _ = form.reason.handle(key)
                overlay = .strike(form)
            }
            return .none
        case .decision(var dialog)?:
            let present = dialog.voterList(session)
            switch dialog.handle(key, present: present) {
            case .cancel?:
                overlay = nil
                return .none
            case .save?:
                if dialog.correcting {
                    switch dialog.chosenVerdict() {
                    case .failure(let p):
                        dialog.error = p.message
                        dialog.focus = p.field
                    case .success(let v):
                        let reason = dialog.reason.text.trimmingCharacters(in: .whitespaces)
                        guard !reason.isEmpty else {
                            dialog.error = "Tulis alasan koreksi (misalnya surat yang menjadi dasarnya)."
                            dialog.focus = .reason
                            overlay = .decision(dialog)
                            return .none
                        }
                        overlay = .decision(dialog)
                        return .command(.musyawarah(.correct(sessionID: sessionID, householdID: dialog.householdID, verdict: v, reason: reason)))
                    }
                    overlay = .decision(dialog)
                    return .none
                }
                switch dialog.decision(session: session) {
                case .failure(let p):
                    dialog.error = p.message
                    dialog.focus = p.field
                    overlay = .decision(dialog)
                    return .none
                case .success(let d):
                    overlay = .decision(dialog)
                    return .command(.musyawarah(.decide(sessionID: sessionID, d)))
                }
            case nil:
                overlay = .decision(dialog)
                return .none
            }
        case .quota(var field, _)?:
            switch key {
            case .escape:
                overlay = nil
            case .enter, .function(2), .ctrl("s"):
                guard let q = Int(field.text) else {
                    overlay = .quota(field, error: "Isi kuota dengan angka, misalnya 25.")
                    return .none
                }
                return .command(.musyawarah(.setQuota(sessionID: sessionID, program: selectedProgram, quota: q)))
            default:
                field.handle(key)
                overlay = .quota(field, error: nil)
            }
            return .none
        case .confirmClose(var dialog)?:
            let outcome = dialog.handle(key)
            overlay = .confirmClose(dialog)
            switch outcome {
            case .chosen(0)?:
                return .command(.musyawarah(.close(sessionID: sessionID)))
            case .chosen?, .cancelled?:
                overlay = nil
            case nil:
                break
            }
            return .none
        case nil:
            return .none
        }
    }

    // MARK: - Results

    public mutating func receive(_ result: CommandResult, context: AppContext) -> Effect {
        guard case .musyawarah(let r) = result else {
            if case .failed(let text) = result { show(error: text) }
            return .none
        }
        overlay = nil
        let session = session(context)
        switch r {
        case .attendeeAdded:
            attendanceList.count = session?.attendees.count ?? 0
            attendanceList.selected = attendanceList.count - 1
            attendanceList.ensureVisible(height: attendanceList.pageSize)
            message = .success("Peserta ditambahkan. " + quorumSentence(session))
        case .presenceChanged:
            message = .success("Kehadiran dicatat. " + quorumSentence(session))
        case .attendeeStruck(let id):
            let name = session?.attendee(id: id)?.name ?? "Peserta"
            message = .success(truncated("\(name) dicoret. " + quorumSentence(session), toWidth: 78))
        case .decided(let id):
            let name = candidatesByID[id]?.headName ?? "Keluarga"
            let verdict = session?.verdict(of: id)?.label ?? ""
            message = .success(truncated("Tersimpan: \(name) — \(verdict). Lanjut ke calon berikutnya.", toWidth: 78))
            if let session { candidateList.selected = nextUndecided(after: candidateList.selected, session) }
            candidateList.ensureVisible(height: Self.candidateRows)
        case .rankingSaved:
            message = .success("Urutan dan kuota tersimpan.")
        case .closed(let seal):
            part = .summary
            message = .success("Musyawarah ditutup dan disegel: \(String(hexString(seal).prefix(16)))…")
        case .corrected(let id):
            message = .success("Koreksi untuk \(candidatesByID[id]?.headName ?? "keluarga") tercatat dengan tanggal dan alasannya.")
        case .printed(let path):
            message = .success(truncated("Berita acara tersimpan: \(path)", toWidth: 78))
        case .opened:
            break
        }
        return .none
    }

    /// A refused save keeps the overlay and what was typed in it.
    private mutating func show(error text: String) {
        switch overlay {
        case .attendee(var f)?:
            f.error = text
            overlay = .attendee(f)
        case .decision(var d)?:
            d.error = text
            overlay = .decision(d)
        case .strike(var f)?:
            f.error = text
            overlay = .strike(f)
        case .quota(let field, _)?:
            overlay = .quota(field, error: text)
        default:
            overlay = nil
            message = .error(text)
        }
    }

    func quorumSentence(_ session: MusyawarahSession?) -> String {
        guard let s = session else { return "" }
        return s.hasQuorum ? "Kuorum terpenuhi (\(s.quorumPresent)/\(s.quorumRequired))."
            : "Belum kuorum: hadir \(s.quorumPresent), perlu \(s.quorumRequired)."
    }

    // MARK: - Render

    public func render(into grid: inout Grid, context: AppContext) {
        guard let session = session(context) else { return }
        let area = Chrome.content(of: grid)
        renderHeader(session, in: area, into: &grid)
        let body = Rect(x: area.x, y: area.y + 3, width: area.width, height: area.height - 3)
        let keys: [(key: String, label: String)]
        switch part {
        case .attendance: keys = renderAttendance(session, in: body, into: &grid)
        case .candidates: keys = renderCandidates(session, in: body, into: &grid)
        case .quota: keys = renderQuota(session, in: body, into: &grid)
        case .summary: keys = renderSummary(session, in: body, into: &grid)
        }
        let title = "Musyawarah kelurahan no. \(sessionID) — \(session.setup.date) — " + (session.isClosed ? "DITUTUP" : "sedang berlangsung")
        Chrome(title: title, keys: keys, message: message).render(into: &grid, context: context)
        switch overlay {
        case .attendee(let f)?: f.render(into: &grid)
        case .strike(let f)?: f.render(into: &grid)
        case .decision(let d)?: d.render(into: &grid, session: session)
        case .quota(let field, let error)?: renderQuotaInput(field, error: error, into: &grid)
        case .confirmClose(let d)?: d.render(into: &grid)
        case nil: break
        }
    }

    private func renderHeader(_ s: MusyawarahSession, in area: Rect, into grid: inout Grid) {
        let quorum: String
        let style: Style
        if s.isClosed {
            quorum = "DITUTUP · segel \(String(hexString(s.closure!.seal).prefix(8)))"
            style = .bold
        } else if s.hasQuorum {
            quorum = "KUORUM ✓ hadir \(s.quorumPresent)/\(s.quorumBase), perlu \(s.quorumRequired)"
            style = Style(.reverse, color: .success)
        } else {
            quorum = "BELUM KUORUM: hadir \(s.quorumPresent)/\(s.quorumBase), perlu \(s.quorumRequired)"
            style = Style([.reverse, .bold], color: .error)
        }
        let badgeX = area.maxX - displayWidth(quorum) - 2
        grid.put(" \(quorum) ", x: badgeX, y: area.y, style: style)
        grid.put(truncated("\(s.setup.place) · pimpinan \(s.setup.chair)", toWidth: badgeX - area.x - 1), x: area.x, y: area.y)
        var x = area.x
        for p in Part.allCases {
            let text = " F\(p.functionKey) \(p.label) "
            x += grid.put(text, x: x, y: area.y + 1, style: p == part ? Style([.reverse, .bold]) : .plain)
        }
        grid.hline(x: area.x, y: area.y + 2, width: area.width, style: .dim)
    }

    private func renderQuotaInput(_ field: TextField, error: String?, into grid: inout Grid) {
        let box = Rect(x: 16, y: 8, width: 48, height: 8)
        grid.fill(box)
        grid.box(box, title: "Kuota \(selectedProgram.name)")
        grid.put("Kuota untuk kelurahan ini", x: box.x + 2, y: box.y + 2)
        field.render(in: Rect(x: box.x + 28, y: box.y + 2, width: 8, height: 1), into: &grid, focused: true)
        if let error { grid.put(error, x: box.x + 2, y: box.y + 4, style: .error, maxWidth: box.width - 4) }
        grid.put("Enter Simpan · Esc Batal", x: box.x + 2, y: box.y + 6, style: .muted)
    }
}
