import LoketCore

/// How a person's status is said at the desk and over the phone.
enum PersonStatusText {
    /// "2/11 Pendaftaran".
    static func stage(_ status: PersonStatus) -> String {
        "\(status.stage.number)/\(Stage.allCases.count) \(status.stage.label)"
    }

    /// "Tahap 2/11 Pendaftaran · Layak · Terdaftar": the outcome and the note only when present.
    static func line(_ status: PersonStatus) -> String {
        var parts = ["Tahap " + stage(status)]
        if let outcome = status.outcome { parts.append(outcome.label) }
        if !status.note.isEmpty { parts.append(status.note) }
        return parts.joined(separator: " · ")
    }

    /// "PBI JK, PKH, KAJ", or a dash when nothing applies.
    static func programs(_ member: Member, on today: CivilDate) -> String {
        let names = ProgramScreening.screen(member, on: today).map(\.program.name)
        return names.isEmpty ? "-" : names.joined(separator: ", ")
    }
}
