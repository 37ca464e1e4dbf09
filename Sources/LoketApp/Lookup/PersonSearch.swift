import LoketCore
import LoketTUI

/// The search box and its result list, shared by cek pendaftaran and sanggahan: typing goes to the
/// field, ↑/↓/PgUp/PgDn move in the results, and the screen decides what Enter does with `selectedHit`.
///
/// The results are not stored: they are asked from the desk state (fast, indexed) whenever needed, so
/// they always match the current data, also after a correction made elsewhere.
public struct PersonSearch {
    public private(set) var field = TextField(maxLength: 60)
    public private(set) var list = ListView(pageSize: PersonSearch.visibleResults)

    /// Two rows per result: fourteen rows of the content area.
    static let visibleResults = 7
    static let limit = 50

    public var query: String { field.text }

    func results(_ context: AppContext) -> SearchResults {
        context.desk.find(query, limit: Self.limit)
    }

    func selectedHit(_ context: AppContext) -> SearchHit? {
        let hits = results(context).hits
        return hits.indices.contains(list.selected) ? hits[list.selected] : nil
    }

    /// Typing and moving; false for keys that belong to the screen (Enter, Esc, F-keys …).
    mutating func handle(_ key: Key, context: AppContext) -> Bool {
        switch key {
        case .up, .down, .pageUp, .pageDown:
            list.count = results(context).hits.count
            list.handle(key)
            return true
        default:
            let before = field.text
            guard field.handle(key) else { return false }
            if field.text != before {
                list = ListView(count: results(context).hits.count, pageSize: Self.visibleResults)
            }
            return true
        }
    }

    /// The field on the first row of `area`; returns the rest of the area for the results.
    func renderField(in area: Rect, into grid: inout Grid) -> Rect {
        grid.put("Cari", x: area.x, y: area.y, style: .bold)
        field.render(in: Rect(x: area.x + 6, y: area.y, width: area.width - 6, height: 1), into: &grid, focused: true,
                     placeholder: "NIK, No. KK, No. pendaftaran, atau nama")
        return Rect(x: area.x, y: area.y + 2, width: area.width, height: area.height - 2)
    }

    /// Nothing found: the advice for this query in bold, a blank line, then `more` lines.
    func renderNoMatch(in rect: Rect, into grid: inout Grid, more: [String] = []) {
        var lines = LookupAdvice.noMatch(query) + more
        let first = lines.removeFirst()
        grid.put(first, x: rect.x, y: rect.y, style: .bold, maxWidth: rect.width)
        for (i, line) in lines.prefix(rect.height - 2).enumerated() {
            grid.put(line, x: rect.x, y: rect.y + 2 + i, maxWidth: rect.width)
        }
    }

    func renderResults(_ found: SearchResults, in rect: Rect, into grid: inout Grid, context: AppContext) {
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
