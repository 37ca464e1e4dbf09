import LoketCore
import LoketTUI

/// One document on the checklist as the operator fills it in: ticked or not, and for a letter its number
/// and date as typed (kept as text, so nothing typed is lost when it does not yet validate).
struct AppealChecklistEntry: Equatable {
    enum Part: Equatable { case tick, number, date }

    let document: AppealDocument
    /// Received on an earlier visit: shown, not editable.
    let earlier: ReceivedDocument?
    var ticked = false
    var number = TextField(maxLength: 40)
    var date = TextField(maxLength: 10, filter: .letterDate)

    init(document: AppealDocument, earlier: ReceivedDocument? = nil) {
        self.document = document
        self.earlier = earlier
        ticked = earlier != nil
    }

    var isLocked: Bool { earlier != nil }

    /// The parts the focus visits, in order.
    var parts: [Part] {
        if isLocked { return [] }
        return document.hasLetterDetails ? [.tick, .number, .date] : [.tick]
    }

    /// What is wrong with a ticked entry, and which part to fix; nil when it can be saved.
    func problem(today: CivilDate) -> (Part, String)? {
        guard ticked, !isLocked, document.hasLetterDetails else { return nil }
        if number.text.trimmingCharacters(in: .whitespaces).isEmpty {
            return (.number, "Isi nomor surat: \(document.label).")
        }
        guard let d = CivilDate(parsing: date.text) else {
            return (.date, "Tanggal surat tidak terbaca: \(document.label). Tulis seperti 20-11-2026.")
        }
        if d > today { return (.date, "Tanggal surat \(d) belum terjadi: \(document.label). Periksa lagi.") }
        return nil
    }

    /// The received document, for a ticked new entry that has no problem.
    func received(today: CivilDate) -> ReceivedDocument? {
        guard ticked, !isLocked, problem(today: today) == nil else { return nil }
        guard document.hasLetterDetails else { return ReceivedDocument(document, receivedOn: today) }
        return ReceivedDocument(document, letterNumber: number.text.trimmingCharacters(in: .whitespaces),
                                letterDate: CivilDate(parsing: date.text), receivedOn: today)
    }
}

extension CharacterFilter {
    /// Digits and the separators a date may be typed with (dd-mm-yyyy, dd/mm/yyyy, dd.mm.yyyy).
    static let letterDate = CharacterFilter(name: "appealLetterDate") { ($0.isASCII && $0.isNumber) || "-/.".contains($0) }
}
