import LoketCore
import LoketTUI

/// Sanggahan, step 1: find the person as in cek pendaftaran (NIK, KK, registration number or name),
/// or record someone who is not in this desk's data.
public struct AppealPersonScreen: Screen {
    public private(set) var search = PersonSearch()

    public init() {}

    public var query: String { search.query }
    public var list: ListView { search.list }

    public mutating func update(_ key: Key, context: AppContext) -> Effect {
        switch key {
        case .escape:
            return .pop
        case .function(3), .ctrl("o"):
            return .push(AppealOutsidePersonScreen())
        case .function(4), .ctrl("l"):
            return .push(AppealListScreen())
        case .enter:
            guard let hit = search.selectedHit(context),
                  let person = AppealPersonLookup.person(hit.ref, desk: context.desk) else { return .none }
            return .push(AppealReasonScreen(person: person, context: context))
        default:
            _ = search.handle(key, context: context)
            return .none
        }
    }

    public func render(into grid: inout Grid, context: AppContext) {
        Chrome(title: "Sanggahan — cari warga yang menyanggah",
               keys: [("Enter", "Pilih"), ("F3/^O", "Warga luar data"), ("F4/^L", "Daftar sanggahan"), ("Esc", "Kembali")])
            .render(into: &grid, context: context)
        let body = search.renderField(in: Chrome.content(of: grid), into: &grid)
        if query.trimmingCharacters(in: .whitespaces).isEmpty {
            let lines = Array(LookupAdvice.help.prefix(6)) + [
                "Pilih orang dengan ↑/↓, lalu tekan Enter untuk memilih alasan sanggahan.",
                "",
                "Warga yang tidak ada di data loket ini (statusnya dari tempat lain):",
                "tekan F3 (atau Ctrl-O) untuk mencatat NIK, nama, No. KK, dan status yang diterimanya.",
            ]
            for (i, line) in lines.prefix(body.height).enumerated() {
                grid.put(line, x: body.x, y: body.y + i, maxWidth: body.width)
            }
            return
        }
        let found = search.results(context)
        if found.hits.isEmpty {
            search.renderNoMatch(in: body, into: &grid, more: ["", "Bila warga memang tidak ada di data loket ini, tekan F3 (Ctrl-O)."])
        } else {
            search.renderResults(found, in: body, into: &grid, context: context)
        }
    }
}
