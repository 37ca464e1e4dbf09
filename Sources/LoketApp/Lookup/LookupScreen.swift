import LoketCore
import LoketTUI

/// Cek pendaftaran: one search field; the results follow every keystroke. Typing goes to the field,
/// ↑/↓/PgUp/PgDn move in the results, Enter opens the selected person's family.
///
/// The results are not stored: they are asked from the desk state (fast, indexed) whenever needed, so
/// they always match the current data, also after a correction made from the detail screen.
public struct LookupScreen: Screen {
    public private(set) var field = TextField(maxLength: 60)
    public private(set) var list = ListView(pageSize: LookupScreen.visibleResults)

    /// Two rows per result: fourteen rows of the content area.
    static let visibleResults = 7
    static let limit = 50

    public init() {}

    public var query: String { field.text }

    func results(_ context: AppContext) -> SearchResults {
        context.desk.find(query, limit: Self.limit)
    }

    // MARK: - Update

    public mutating func update(_ key: Key, context: AppContext) -> Effect {
        switch key {
        case .escape:
            return .pop
        case .up, .down, .pageUp, .pageDown:
            list.count = results(context).hits.count
            list.handle(key)
        case .enter:
            let hits = results(context).hits
            guard hits.indices.contains(list.selected) else { return .none }
            let ref = hits[list.selected].ref
            return .push(HouseholdDetailScreen(householdID: ref.householdID, highlighted: ref.memberIndex))
        default:
            let before = field.text
            field.handle(key)
            if field.text != before {
                list = ListView(count: results(context).hits.count, pageSize: Self.visibleResults)
            }
        }
        return .none
    }

    // MARK: - Render

    public func render(into grid: inout Grid, context: AppContext) {
        Chrome(title: "Cek pendaftaran",
               keys: [("Enter", "Lihat data keluarga"), ("↑↓ PgUp PgDn", "Pilih"), ("^U", "Hapus ketikan"), ("Esc", "Kembali")])
            .render(into: &grid, context: context)
        let area = Chrome.content(of: grid)
        grid.put("Cari", x: area.x, y: area.y, style: .bold)
        field.render(in: Rect(x: area.x + 6, y: area.y, width: area.width - 6, height: 1), into: &grid, focused: true,
                     placeholder: "NIK, No. KK, No. pendaftaran, atau nama")
        let body = Rect(x: area.x, y: area.y + 2, width: area.width, height: area.height - 2)
        if query.trimmingCharacters(in: .whitespaces).isEmpty {
            put(LookupAdvice.help, in: body, into: &grid, style: .plain)
            return
        }
        let found = results(context)
        if found.hits.isEmpty {
            var lines = LookupAdvice.noMatch(query)
            let first = lines.removeFirst()
            grid.put(first, x: body.x, y: body.y, style: .bold, maxWidth: body.width)
            put(lines, in: Rect(x: body.x, y: body.y + 2, width: body.width, height: body.height - 2), into: &grid, style: .plain)
            return
        }
        renderResults(found, in: body, into: &grid, context: context)
    }

    private func put(_ lines: [String], in rect: Rect, into grid: inout Grid, style: Style) {
        for (i, line) in lines.prefix(rect.height).enumerated() {
            grid.put(line, x: rect.x, y: rect.y + i, style: style, maxWidth: rect.width)
        }
    }

    private func renderResults(_ found: SearchResults, in rect: Rect, into grid: inout Grid, context: AppContext) {
        LookupResultRow.header(at: rect.x, y: rect.y, into: &grid)
        var view = list
        view.count = found.hits.count
        let top = view.visibleTop(height: Self.visibleResults)
        for (line, index) in (top..<min(found.hits.count, top + Self.visibleResults)).enumerated() {
            let row = Rect(x: rect.x, y: rect.y + 1 + 2 * line, width: rect.width, height: 2)
            LookupResultRow(hit: found.hits[index], context: context).render(in: row, into: &grid)
            if index == view.selected { grid.addAttributes(.reverse, in: row) }
        }
        let last = min(found.hits.count, top + Self.visibleResults)
        let summary = "Hasil \(top + 1)–\(last) dari \(found.hits.count)"
        let y = rect.maxY - 1
        if found.truncated {
            grid.put(summary + ". Lebih dari \(Self.limit) hasil, ketik lebih banyak.", x: rect.x, y: y, style: .warning, maxWidth: rect.width)
        } else {
            grid.put(summary + ".", x: rect.x, y: y, style: .muted, maxWidth: rect.width)
        }
    }
}
