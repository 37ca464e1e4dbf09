import LoketCore
import LoketTUI

/// Sanggahan for someone not in this desk's data (the status came from elsewhere): NIK, name, KK and
/// the status they received, checked before going on. Nothing typed is lost on an error.
public struct AppealOutsidePersonScreen: Screen {
    public struct Model: Equatable {
        public var nik = ""
        public var name = ""
        public var kk = ""
        public var status = ""
    }

    public private(set) var form = Form(model: Model(), fields: [
        .identityNumber("NIK", \.nik),
        .text("Nama lengkap", \.name, maxLength: 60),
        .identityNumber("No. KK", \.kk),
        .text("Status yang diterima", \.status, maxLength: 70),
    ])
    public private(set) var message: StatusMessage?

    public init() {}

    public mutating func update(_ key: Key, context: AppContext) -> Effect {
        message = nil
        switch key {
        case .escape:
            return .pop
        case .function(2), .ctrl("s"):
            return next(context)
        default:
            if form.handle(key) == .submitted { return next(context) }
        }
        return .none
    }

    /// The checked person, or a message saying what to fix (focus goes to that field).
    mutating func next(_ context: AppContext) -> Effect {
        let m = form.model
        let nik = NIKCheck(m.nik, today: context.today)
        let kk = KKCheck(m.kk, today: context.today)
        let name = m.name.trimmingCharacters(in: .whitespaces)
        let status = m.status.trimmingCharacters(in: .whitespaces)
        if let problem = nik.errors.first {
            return refuse(0, "NIK: \(problem.message)")
        }
        if name.isEmpty { return refuse(1, "Tulis nama lengkap seperti di KTP.") }
        if let problem = kk.errors.first { return refuse(2, "No. KK: \(problem.message)") }
        if status.isEmpty { return refuse(3, "Tulis status yang diterima warga, misalnya \"Tidak dapat diusulkan: memiliki mobil\".") }
        if !context.desk.households(withNIK: nik.digits).isEmpty {
            return refuse(0, "NIK ini ada di data loket ini. Tekan Esc dan cari warga itu di layar sebelumnya.")
        }
        let person = AppealPerson(nik: nik.digits, name: name, kkNumber: kk.digits, householdID: nil, statusReceived: status)
        return .push(AppealReasonScreen(person: person, context: context))
    }

    private mutating func refuse(_ field: Int, _ text: String) -> Effect {
        form.setFocus(field)
        message = .error(text)
        return .none
    }

    public func render(into grid: inout Grid, context: AppContext) {
        Chrome(title: "Sanggahan — warga yang tidak ada di data loket ini",
               keys: [("Tab ↑↓", "Pindah"), ("F2/^S", "Lanjut"), ("Esc", "Kembali")], message: message)
            .render(into: &grid, context: context)
        let area = Chrome.content(of: grid)
        let intro = [
            "Catat warga yang statusnya berasal dari tempat lain (misalnya hasil cek DTSEN),",
            "sesuai KTP dan KK yang dibawa, dan status yang diterimanya.",
        ]
        for (i, line) in intro.enumerated() { grid.put(line, x: area.x, y: area.y + i, maxWidth: area.width) }
        form.render(in: Rect(x: area.x, y: area.y + 3, width: area.width, height: 4), into: &grid, labelWidth: 22)
        let m = form.model
        var notes: [(String, Style)] = []
        if m.nik.count == 16 {
            let check = NIKCheck(m.nik, today: context.today)
            notes.append(check.isValid ? ("NIK: \(maskedNIK(m.nik)) · \(check.regionDescription)", .muted)
                                       : ("NIK: \(check.errors.first?.message ?? "")", .warning))
        }
        if m.kk.count == 16, let problem = KKCheck(m.kk, today: context.today).errors.first {
            notes.append(("No. KK: \(problem.message)", .warning))
        }
        for (i, note) in notes.enumerated() {
            grid.put(truncated(note.0, toWidth: area.width), x: area.x, y: area.y + 8 + i, style: note.1)
        }
    }
}
