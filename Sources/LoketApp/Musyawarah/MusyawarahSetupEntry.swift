import LoketCore
import LoketTUI

/// What is typed on the set-up screen, kept as text so that nothing is lost while it does not validate.
public struct MusyawarahSetupEntry {
    public var date: String
    public var time = "09.00"
    public var place = ""
    public var chair = ""
    public var secretary = ""
    public var rule: Int? = 0
    public var quorum: Int? = 0
    public var priority: Int? = 0
    /// 0: pendamping sosial and pendata do not vote (the default), 1: they vote.
    public var facilitatorsVote: Int? = 0

    public init(today: CivilDate) { date = today.description }

    enum Field: Int { case date, time, place, chair, secretary, rule, quorum, priority, facilitatorsVote }

    static var fields: [FormField<MusyawarahSetupEntry>] {
        [
        .text("Tanggal", \.date, filter: CharacterFilter(name: "date") { $0.isASCII && ($0.isNumber || "-/.".contains($0)) },
              maxLength: 10, width: 12),
        .text("Pukul", \.time, maxLength: 20, width: 21),
        .text("Tempat", \.place, maxLength: 60),
        .text("Pimpinan rapat", \.chair, maxLength: 50),
        .text("Sekretaris/notulis", \.secretary, maxLength: 50),
        .choice("Aturan keputusan", \.rule, DecisionRule.allCases.map(\.shortLabel)),
        .choice("Kuorum", \.quorum, Quorum.choices.map(\.label)),
        .choice("Urutan prioritas", \.priority, PriorityRule.allCases.map(\.label)),
        .choice("Pendamsos & pendata", \.facilitatorsVote, ["Tidak ikut bersuara", "Ikut bersuara"]),
        ]
    }

    /// The first problem, with the field to put the cursor on.
    func problem() -> (field: Field, message: String)? {
        guard CivilDate(parsing: date) != nil else { return (.date, "Tanggal tidak sah. Tulis tanggal-bulan-tahun, misalnya 25-11-2026.") }
        if place.allSatisfy(\.isWhitespace) { return (.place, "Tempat musyawarah wajib diisi.") }
        if chair.allSatisfy(\.isWhitespace) { return (.chair, "Nama pimpinan rapat wajib diisi.") }
        if secretary.allSatisfy(\.isWhitespace) { return (.secretary, "Nama sekretaris/notulis wajib diisi.") }
        return nil
    }

    func setup(kelurahanCode: String) -> MusyawarahSetup? {
        guard problem() == nil, let d = CivilDate(parsing: date) else { return nil }
        func clean(_ s: String) -> String { s.trimmingCharacters(in: .whitespaces) }
        return MusyawarahSetup(sessionID: 0, date: d, time: clean(time), place: clean(place), kelurahanCode: kelurahanCode,
                               chair: clean(chair), secretary: clean(secretary),
                               rule: DecisionRule.allCases[rule ?? 0], quorum: Quorum.choices[quorum ?? 0],
                               priority: PriorityRule.allCases[priority ?? 0], facilitatorsVote: facilitatorsVote == 1)
    }
}
