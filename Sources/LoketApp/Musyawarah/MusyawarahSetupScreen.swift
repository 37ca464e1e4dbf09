import LoketCore
import LoketTUI

/// Opens a musyawarah: date, time, place, chair, secretary, the decision rule, the quorum, the
/// priority rule and whether pendamping sosial and pendata vote. Every setting is written into the record and printed in the berita acara.
public struct MusyawarahSetupScreen: Screen {
    public private(set) var form: Form<MusyawarahSetupEntry>
    public private(set) var message: StatusMessage?

    public init(today: CivilDate) {
        form = Form(model: MusyawarahSetupEntry(today: today), fields: MusyawarahSetupEntry.fields, focus: 2)
    }

    public mutating func update(_ key: Key, context: AppContext) -> Effect {
        message = nil
        switch key {
        case .escape:
            return .pop
        case .function(2), .ctrl("s"):
            return save(context)
        default:
            return form.handle(key) == .submitted ? save(context) : .none
        }
    }

    private mutating func save(_ context: AppContext) -> Effect {
        if let problem = form.model.problem() {
            form.setFocus(problem.field.rawValue)
            message = .error(problem.message)
            return .none
        }
        guard let code = context.desk.profile?.kelurahanCode, let setup = form.model.setup(kelurahanCode: code) else { return .none }
        return .command(.musyawarah(.open(setup)))
    }

    public mutating func receive(_ result: CommandResult, context: AppContext) -> Effect {
        switch result {
        case .musyawarah(.opened(let id)):
            return .popWith(.musyawarah(.opened(sessionID: id)))
        case .failed(let text):
            message = .error(text)
        default:
            break
        }
        return .none
    }

    public func render(into grid: inout Grid, context: AppContext) {
        let area = Chrome.content(of: grid)
        let k = context.kelurahan
        grid.put("Kelurahan", x: area.x + 2, y: area.y + 1)
        grid.put(k.map { "\($0.name), Kecamatan \($0.kecamatan), \($0.kotaLabel)" } ?? "-", x: area.x + 22, y: area.y + 1, style: .bold)
        form.render(in: Rect(x: area.x + 2, y: area.y + 3, width: area.width - 4, height: 9), into: &grid, labelWidth: 20)
        let notes = "Kuorum dihitung dari undangan yang bersuara dan hadir; tanpa kuorum keputusan tidak bisa "
            + "dicatat. Pendamsos dan pendata yang tidak bersuara tetap tercatat hadir. Mufakat dahulu; bila tidak "
            + "tercapai, usulan diterima bila yang setuju lebih dari separuh yang bersuara (yang mengundurkan diri "
            + "karena hubungan keluarga dengan calon tidak dihitung). Semua pengaturan dicetak di berita acara."
        for (i, line) in wrapped(notes, width: area.width - 4).prefix(6).enumerated() {
            grid.put(line, x: area.x + 2, y: area.y + 13 + i, style: .muted)
        }
        Chrome(title: "Musyawarah kelurahan — buka musyawarah baru",
               keys: [("F2/^S", "Buka musyawarah"), ("Tab ↑↓", "Pindah kolom"), ("←→", "Pilihan"), ("Esc", "Batal")],
               message: message).render(into: &grid, context: context)
    }
}
