import LoketCore
import LoketTUI

/// Walk-in registration of a family from KTP and KK photocopies, on five pages: the KK header, the
/// members, house and economy, the seven criteria, and a check-and-save page. Also corrects an existing
/// registration (a new event; the old values stay in the history). Everything typed is kept as a draft
/// on disk, so leaving, a crash or a power cut loses nothing.
public struct RegistrationScreen: Screen {
    enum Page: Int, CaseIterable {
        case kk, members, house, criteria, summary
        var title: String { ["Kartu Keluarga", "Anggota keluarga", "Rumah & ekonomi", "Kriteria", "Periksa & simpan"][rawValue] }
        var tab: String { ["KK", "Anggota", "Rumah", "Kriteria", "Simpan"][rawValue] }
    }

    enum Prompt: Equatable {
        case offerDraft(RegistrationDraft)
        case leave
        case deleteMember(Int)
        case confirmDuplicates
    }

    var page: Page = .kk
    var form: RegistrationForm
    var correcting: Int?
    var kkForm: Form<RegistrationForm>
    var houseForm: Form<RegistrationForm>
    var criteriaForm: Form<RegistrationForm>
    var memberList = ListView()
    var editor: Form<MemberForm>?
    var editingIndex = 0
    var reason = TextField(maxLength: 80)
    var summaryTop = 0
    var dialog: Dialog?
    var prompt: Prompt?
    var message: StatusMessage?
    var changesSinceDraft = 0
    var leaving = false
    var saved: (number: RegistrationNumber, receiptPath: String?)?

    init(form: RegistrationForm = RegistrationForm(), correcting: Int? = nil) {
        self.form = form
        self.correcting = correcting
        kkForm = Form(model: form, fields: RegistrationFields.kk)
        houseForm = Form(model: form, fields: RegistrationFields.house)
        criteriaForm = Form(model: form, fields: RegistrationFields.criteria)
        memberList = ListView(count: form.members.count, pageSize: 12)
    }

    /// Opens the form for a new family, or a correction of `correcting`; offers a saved draft first.
    public static func start(context: AppContext, correcting: HouseholdRecord? = nil) -> any Screen {
        var screen = RegistrationScreen(form: correcting.map { RegistrationForm($0.current) } ?? RegistrationForm(),
                                        correcting: correcting?.id)
        if let draft = context.draft, !draft.form.isEmpty {
            screen.prompt = .offerDraft(draft)
            var lines = ["Ada data pendaftaran yang belum disimpan:"]
            let kk = draft.form.kkNumber.isEmpty ? "No. KK belum diisi" : "No. KK \(maskedNIK(draft.form.kkNumber))"
            lines.append("\(kk), \(draft.form.members.count) anggota.")
            if let id = draft.correctingHouseholdID, let r = context.desk.household(id: id) {
                lines.append("(koreksi pendaftaran No. \(r.number))")
            }
            lines.append("Lanjutkan data itu?")
            screen.dialog = Dialog(title: "Draf belum selesai", message: lines, buttons: ["Lanjutkan", "Buang draf"])
        }
        return screen
    }

    var draft: RegistrationDraft { RegistrationDraft(form: form, correctingHouseholdID: correcting) }

    // MARK: - Update

    public mutating func update(_ key: Key, context: AppContext) -> Effect {
        if dialog != nil { return updateDialog(key, context: context) }
        if saved != nil { return updateSaved(key, context: context) }
        message = nil
        switch key {
        case .function(2), .ctrl("s"):
            return attemptSave(context: context)
        case .escape:
            if editor != nil { return closeEditor() }
            return askToLeave()
        case .pageDown, .ctrl("n"):
            return go(to: Page(rawValue: page.rawValue + 1) ?? page)
        case .pageUp, .ctrl("b"):
            return go(to: Page(rawValue: page.rawValue - 1) ?? page)
        case .alt(let c) where ("1"..."5").contains(c):
            return go(to: Page(rawValue: (c.wholeNumberValue ?? 1) - 1) ?? page)
        default:
            break
        }
        let before = form
        let effect: Effect
        switch page {
        case .kk: effect = updatePageForm(\.kkForm, key)
        case .members: effect = updateMembers(key, context: context)
        case .house: effect = updatePageForm(\.houseForm, key)
        case .criteria: effect = updatePageForm(\.criteriaForm, key)
        case .summary: effect = updateSummary(key, context: context)
        }
        if case .none = effect, form != before {
            changesSinceDraft += 1
            if changesSinceDraft >= 10 { return saveDraft() }
        }
        return effect
    }

    private mutating func updatePageForm(_ path: WritableKeyPath<RegistrationScreen, Form<RegistrationForm>>, _ key: Key) -> Effect {
        var pageForm = self[keyPath: path]
        pageForm.model = form
        let focus = pageForm.focus
        let result = pageForm.handle(key)
        form = pageForm.model
        self[keyPath: path] = pageForm
        if result == .submitted { return go(to: Page(rawValue: page.rawValue + 1) ?? page) }
        if pageForm.focus != focus && changesSinceDraft > 0 { return saveDraft() }
        return .none
    }

    private mutating func updateMembers(_ key: Key, context: AppContext) -> Effect {
        if var ed = editor {
            let focus = ed.focus
            let result = ed.handle(key)
            fillFromNIK(&ed, today: context.today)
            editor = ed
            form.members[editingIndex] = ed.model
            if result == .submitted { return closeEditor() }
            if ed.focus != focus && changesSinceDraft > 0 { return saveDraft() }
            return .none
        }
        switch key {
        case .function(3), .ctrl("a"), .char("+"):
            var m = MemberForm()
            m.relationship = (form.members.isEmpty ? Relationship.head : Relationship.child).index
            form.members.append(m)
            memberList.count = form.members.count
            memberList.selected = form.members.count - 1
            openEditor(at: form.members.count - 1)
        case .enter:
            if form.members.isEmpty {
                return updateMembers(.function(3), context: context)
            }
            openEditor(at: memberList.selected)
        case .function(8), .ctrl("d"), .delete:
            guard !form.members.isEmpty else { return .none }
            let name = form.members[memberList.selected].name
            prompt = .deleteMember(memberList.selected)
            dialog = Dialog(title: "Hapus anggota",
                            message: ["Hapus \(name.isEmpty ? "anggota ini" : name) dari daftar?"],
                            buttons: ["Batal", "Hapus"])
        default:
            memberList.handle(key)
        }
        return .none
    }

    /// A valid NIK carries the birth date and sex: fill them when still empty, to save typing.
    private mutating func fillFromNIK(_ ed: inout Form<MemberForm>, today: CivilDate) {
        guard ed.model.nik.count == 16 else { return }
        let check = NIKCheck(ed.model.nik, today: today)
        guard check.isValid, let birth = check.birthDate else { return }
        var filled = false
        if ed.model.birthDate.isEmpty {
            ed.model.birthDate = birth.description
            filled = true
        }
        if ed.model.sex == nil, let sex = check.sex {
            ed.model.sex = sex.index
            filled = true
        }
        if filled { message = .info("Tanggal lahir dan jenis kelamin diisi dari NIK — cocokkan dengan KK.") }
    }

    private mutating func openEditor(at index: Int) {
        editingIndex = index
        editor = Form(model: form.members[index], fields: RegistrationFields.member)
    }

    private mutating func closeEditor() -> Effect {
        editor = nil
        memberList.count = form.members.count
        if let last = form.members.indices.last, memberList.selected > last { memberList.selected = last }
        return changesSinceDraft > 0 ? saveDraft() : .none
    }

    private mutating func updateSummary(_ key: Key, context: AppContext) -> Effect {
        if correcting != nil, reason.handle(key) { return .none }
        let lineCount = RegistrationCheck(form: form, context: context, editingID: correcting).lines(today: context.today).count
        switch key {
        case .up: summaryTop = max(0, summaryTop - 1)
        case .down: summaryTop = min(summaryTop + 1, max(0, lineCount - 5))
        default: break
        }
        return .none
    }

    private mutating func go(to target: Page) -> Effect {
        guard target != page || editor != nil else { return .none }
        editor = nil
        memberList.count = form.members.count
        page = target
        summaryTop = 0
        kkForm.model = form
        houseForm.model = form
        criteriaForm.model = form
        return changesSinceDraft > 0 ? saveDraft() : .none
    }

    private mutating func saveDraft() -> Effect {
        changesSinceDraft = 0
        return .command(.saveDraft(draft))
    }

    private mutating func askToLeave() -> Effect {
        if form.isEmpty || (correcting != nil && changesSinceDraft == 0 && !isChangedFromOriginal) {
            return .pop
        }
        prompt = .leave
        dialog = Dialog(title: "Keluar dari formulir?",
                        message: ["Data yang sudah diketik disimpan sebagai draf dan bisa dilanjutkan nanti dari menu Pendaftaran baru."],
                        buttons: ["Simpan draf & keluar", "Buang data", "Kembali ke formulir"])
        return .none
    }

    /// A correction that has not been touched needs no draft when leaving.
    private var isChangedFromOriginal: Bool { changesSinceDraft > 0 }

    // MARK: - Saving

    private mutating func attemptSave(context: AppContext) -> Effect {
        if let reason = context.readOnlyReason {
            message = .error("Tidak bisa menyimpan: \(reason)")
            return .none
        }
        let check = RegistrationCheck(form: form, context: context, editingID: correcting)
        guard check.canSave else {
            editor = nil
            page = .summary
            message = .error("Belum bisa disimpan — lihat daftar yang perlu diperbaiki.")
            return .none
        }
        if correcting != nil && reason.text.trimmingCharacters(in: .whitespaces).isEmpty {
            page = .summary
            message = .error("Tulis alasan koreksi dulu (misalnya: KK baru, salah ketik nama).")
            return .none
        }
        if !check.report.duplicates.isEmpty {
            prompt = .confirmDuplicates
            var lines = ["NIK berikut sudah terdaftar di keluarga lain di loket ini:"]
            for d in check.report.duplicates {
                lines.append("• \(maskedNIK(d.nik)) \(d.memberName) — No. \(d.registrations.map(\.description).joined(separator: ", "))")
            }
            lines.append("")
            lines.append("Simpan tetap? NIK ini dicatat sebagai calon duplikat untuk diputuskan petugas; data tidak digabung.")
            dialog = Dialog(title: "NIK sudah terdaftar", message: lines, buttons: ["Batal", "Simpan sebagai calon duplikat"])
            return .none
        }
        return save(check)
    }

    private func save(_ check: RegistrationCheck) -> Effect {
        guard let household = check.household else { return .none }
        if let id = correcting {
            return .command(.correct(householdID: id, household: household, reason: reason.text.trimmingCharacters(in: .whitespaces)))
        }
        return .command(.register(household: household, acknowledgedDuplicates: check.report.duplicates.map(\.nik),
                                  warnings: check.recordedWarnings))
    }

    public mutating func receive(_ result: CommandResult, context: AppContext) -> Effect {
        switch result {
        case .registered(_, let number, let path):
            saved = (number, path)
            message = .success("Tersimpan.")
        case .corrected(let id):
            return .popWith(.corrected(householdID: id))
        case .receiptWritten(let path):
            if let s = saved { saved = (s.number, path) }
            message = .success("Tanda terima ditulis ulang ke \(path)")
        case .draftSaved:
            if leaving { return .pop }
        case .failed(let text):
            leaving = false
            message = .error(text)
        default:
            break
        }
        return .none
    }

    // MARK: - Dialogs and the saved view

    private mutating func updateDialog(_ key: Key, context: AppContext) -> Effect {
        guard var d = dialog else { return .none }
        let outcome = d.handle(key)
        dialog = d
        guard let outcome else { return .none }
        dialog = nil
        let p = prompt
        prompt = nil
        switch (p, outcome) {
        case (.offerDraft(let draft), .chosen(0)):
            self = RegistrationScreen(form: draft.form, correcting: draft.correctingHouseholdID)
            message = .info("Draf dilanjutkan.")
        case (.offerDraft, .chosen(_)):
            message = .info("Draf dibuang. Mulai pendaftaran baru.")
            return .command(.discardDraft)
        case (.offerDraft, .cancelled):
            return .pop
        case (.leave, .chosen(0)):
            leaving = true
            return .command(.saveDraft(draft))
        case (.leave, .chosen(1)):
            leaving = true
            return .command(.discardDraft)
        case (.deleteMember(let index), .chosen(1)):
            form.members.remove(at: index)
            memberList.count = form.members.count
            return saveDraft()
        case (.confirmDuplicates, .chosen(1)):
            return save(RegistrationCheck(form: form, context: context, editingID: correcting))
        default:
            break
        }
        return .none
    }

    private mutating func updateSaved(_ key: Key, context: AppContext) -> Effect {
        switch key {
        case .enter:
            self = RegistrationScreen()
            return .none
        case .function(5), .ctrl("p"):
            guard let number = saved?.number, let record = context.desk.household(number: number) else { return .none }
            return .command(.printReceipt(householdID: record.id))
        case .escape, .function(10):
            return .pop
        default:
            return .none
        }
    }
}
