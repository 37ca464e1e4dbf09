import LoketCore
import LoketTUI

/// Sanggahan, step 3: the documents for the reason, each ticked as received with the letter's number
/// and date. Saving is gated: "diterima lengkap" only when every document is ticked, otherwise the
/// operator confirms saving it as "belum lengkap" and the receipt lists what is missing.
/// When the person already has an incomplete appeal for the same reason, this completes that one.
public struct AppealChecklistScreen: Screen {
    enum Prompt: Equatable { case dukcapil, incomplete, leave }

    public let person: AppealPerson
    public let reason: AppealReason
    public let addressCase: AddressCase?
    /// The incomplete appeal being completed, if any.
    public let continuing: Int?
    /// The person's latest appeal for the same reason that is not being continued (shown, may block).
    let earlier: Appeal?
    var entries: [AppealChecklistEntry]
    var focus = 0
    var dialog: Dialog?
    var prompt: Prompt?
    public internal(set) var message: StatusMessage?

    public init(person: AppealPerson, reason: AppealReason, addressCase: AddressCase?, context: AppContext) {
        self.person = person
        self.reason = reason
        self.addressCase = addressCase
        let required = AppealChecklist.documents(for: reason, addressCase: addressCase) ?? []
        let last = context.desk.appeals.earlier(nik: person.nik, reason: reason)
        if let last, last.status == .incomplete, last.addressCase == addressCase {
            continuing = last.id
            earlier = nil
            entries = required.map { doc in AppealChecklistEntry(document: doc, earlier: last.documents.first { $0.document == doc }) }
        } else {
            continuing = nil
            earlier = last
            entries = required.map { AppealChecklistEntry(document: $0) }
        }
        if reason == .nikNotMatched && continuing == nil {
            prompt = .dukcapil
            dialog = Dialog(title: "Periksa NIK di Dukcapil dulu", message: AppealChecklist.dukcapilReminder,
                            buttons: ["Sudah diperiksa", "Kembali"])
        }
    }

    /// Opens the checklist to complete an existing incomplete appeal (from the appeals list).
    public static func completing(_ appeal: Appeal, context: AppContext) -> AppealChecklistScreen {
        AppealChecklistScreen(person: appeal.person, reason: appeal.reason, addressCase: appeal.addressCase, context: context)
    }

    /// Every focusable part: (entry index, part).
    var stops: [(entry: Int, part: AppealChecklistEntry.Part)] {
        entries.indices.flatMap { i in entries[i].parts.map { (i, $0) } }
    }

    /// An earlier appeal for the same reason that is still waiting for its verification: no second one.
    var blockingEarlier: Appeal? { earlier.flatMap { $0.status.isAwaitingDecision ? $0 : nil } }

    var missing: [AppealDocument] { entries.filter { !$0.ticked }.map(\.document) }

    // MARK: - Update

    public mutating func update(_ key: Key, context: AppContext) -> Effect {
        if dialog != nil { return updateDialog(key, context: context) }
        message = nil
        switch key {
        case .function(2), .ctrl("s"):
            return attemptSave(context: context)
        case .escape:
            guard entries.contains(where: { !$0.isLocked && ($0.ticked || !$0.number.text.isEmpty || !$0.date.text.isEmpty) }) else { return .pop }
            prompt = .leave
            dialog = Dialog(title: "Belum disimpan", message: ["Centang dan isian dokumen belum disimpan. Tinggalkan layar ini?"],
                            buttons: ["Kembali mengisi", "Tinggalkan"])
            return .none
        case .tab, .down:
            moveFocus(1)
            return .none
        case .backTab, .up:
            moveFocus(-1)
            return .none
        case .enter:
            if focus == stops.count - 1 { return attemptSave(context: context) }
            moveFocus(1)
            return .none
        default:
            break
        }
        guard stops.indices.contains(focus) else { return .none }
        let (i, part) = stops[focus]
        switch part {
        case .tick:
            if key == .char(" ") || key == .char("x") { entries[i].ticked.toggle() }
        case .number:
            let before = entries[i].number.text
            entries[i].number.handle(key)
            if entries[i].number.text != before && !entries[i].number.text.isEmpty { entries[i].ticked = true }
        case .date:
            let before = entries[i].date.text
            entries[i].date.handle(key)
            if case .char(let c) = key, entries[i].date.text == before, !c.isNumber {
                message = .error("Tanggal ditulis dengan angka, misalnya 20-11-2026.")
            }
            if entries[i].date.text != before && !entries[i].date.text.isEmpty { entries[i].ticked = true }
        }
        return .none
    }

    private mutating func moveFocus(_ delta: Int) {
        focus = max(0, min(focus + delta, stops.count - 1))
    }

    private mutating func attemptSave(context: AppContext) -> Effect {
        if let blocking = blockingEarlier {
            message = .error("Sudah ada sanggahan \(blocking.number) (\(blocking.status.label)) untuk alasan ini. Tunggu hasilnya.")
            return .none
        }
        for (i, entry) in entries.enumerated() {
            if let (part, text) = entry.problem(today: context.today) {
                focus = stops.firstIndex { $0.entry == i && $0.part == part } ?? focus
                message = .error(text)
                return .none
            }
        }
        let new = entries.compactMap { $0.received(today: context.today) }
        if continuing != nil && new.isEmpty {
            message = .error("Belum ada dokumen baru yang dicentang. Centang dokumen yang dibawa hari ini (Spasi).")
            return .none
        }
        if !missing.isEmpty {
            prompt = .incomplete
            dialog = Dialog(title: "Sanggahan belum lengkap",
                            message: ["Dokumen yang belum ada:"] + missing.map { "• \($0.label)" }
                                + ["", "Simpan sebagai BELUM LENGKAP? Tanda terima mencantumkan dokumen yang harus dibawa."],
                            buttons: ["Simpan belum lengkap", "Kembali mengisi"])
            return .none
        }
        return save(context: context)
    }

    private func save(context: AppContext) -> Effect {
        let new = entries.compactMap { $0.received(today: context.today) }
        if let id = continuing { return .command(.appeal(.addDocuments(appealID: id, documents: new))) }
        return .command(.appeal(.file(AppealIntake(person: person, reason: reason, addressCase: addressCase, documents: new))))
    }

    private mutating func updateDialog(_ key: Key, context: AppContext) -> Effect {
        guard var d = dialog else { return .none }
        let outcome = d.handle(key)
        dialog = d
        guard let outcome else { return .none }
        dialog = nil
        let p = prompt
        prompt = nil
        switch (p, outcome) {
        case (.dukcapil, .chosen(0)): return .none
        case (.dukcapil, _): return .pop
        case (.incomplete, .chosen(0)): return save(context: context)
        case (.leave, .chosen(1)): return .pop
        default: return .none
        }
    }

    public mutating func receive(_ result: CommandResult, context: AppContext) -> Effect {
        switch result {
        case .appeal(.saved(let id, let path)):
            return .reset(AppealDetailScreen(appealID: id, afterSave: true, receiptPath: path))
        case .failed(let text):
            message = .error(text)
        default:
            break
        }
        return .none
    }
}
