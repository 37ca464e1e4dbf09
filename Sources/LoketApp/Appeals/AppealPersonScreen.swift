import LoketCore
import LoketTUI

/// Sanggahan, step 1: find the person as in cek pendaftaran (NIK, KK, registration number or name),
/// or record someone who is not in this desk's data.
public struct AppealPersonScreen: Screen {
    public private(set) var field = TextField(maxLength: 60)
    public private(set) var list = ListView(pageSize: LookupScreen.visibleResults)

    public init() {}

    public var query: String { field.text }

    func results(_ context: AppContext) -> SearchResults { context.desk.find(query, limit: LookupScreen.limit) }

    public mutating func update(_ key: Key, context: AppContext) -> Effect {
        switch key {
        case .escape:
            return .pop
        case .function(3), .ctrl("o"):
            return .push(AppealOutsidePersonScreen())
        case .function(4), .ctrl("l"):
            return .push(AppealListScreen())
        case .up, .down, .pageUp, .pageDown:
            list.count = results(context).hits.count
            list.handle(key)
        case .enter:
            let hits = results(context).hits
            guard hits.indices.contains(list.selected),
                  let person = AppealPersonLookup.person(hits[list.selected].ref, desk: context.desk) else { return .none }
            return .push(AppealReasonScreen(person: person, context: context))
        default:
            let before = field.text
            field.handle(key)
            if field.text != before {
                list = ListView(count: results(context).hits.count, pageSize: LookupScreen.visibleResults)
            }
        }
        return .none
    }

    public func render(into grid: inout Grid, context: AppContext) {
        Chrome(title: "Sanggahan — cari warga yang menyanggah",
               keys: [("Enter", "Pilih"), ("F3/^O", "Warga luar data"), ("F4/^L", "Daftar sanggahan"), ("Esc", "Kembali")])
            .render(into: &grid, context: context)
        let area = Chrome.content(of: grid)
        grid.put("Cari", x: area.x, y: area.y, style: .bold)
        field.render(in: Rect(x: area.x + 6, y: area.y, width: area.width - 6, height: 1), into: &grid, focused: true,
                     placeholder: "NIK, No. KK, No. pendaftaran, atau nama")
        let body = Rect(x: area.x, y: area.y + 2, width: area.width, height: area.height - 2)
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
        let found = results(context)
        if found.hits.isEmpty {
            let lines = LookupAdvice.noMatch(query) + ["", "Bila warga memang tidak ada di data loket ini, tekan F3 (Ctrl-O)."]
            for (i, line) in lines.enumerated() {
                grid.put(line, x: body.x, y: body.y + i + (i > 0 ? 1 : 0), style: i == 0 ? .bold : .plain, maxWidth: body.width)
            }
            return
        }
        LookupResultRow.header(at: body.x, y: body.y, into: &grid)
        var view = list
        view.count = found.hits.count
        let top = view.visibleTop(height: LookupScreen.visibleResults)
        for (line, index) in (top..<min(found.hits.count, top + LookupScreen.visibleResults)).enumerated() {
            let row = Rect(x: body.x, y: body.y + 1 + 2 * line, width: body.width, height: 2)
            LookupResultRow(hit: found.hits[index], context: context).render(in: row, into: &grid)
            if index == view.selected { grid.addAttributes(.reverse, in: row) }
        }
        let last = min(found.hits.count, top + LookupScreen.visibleResults)
        grid.put("Hasil \(top + 1)–\(last) dari \(found.hits.count)" + (found.truncated ? ", ketik lebih banyak." : "."),
                 x: body.x, y: body.maxY - 1, style: found.truncated ? .warning : .muted, maxWidth: body.width)
    }
}
