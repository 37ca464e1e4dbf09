import LoketCore
import LoketTUI

/// Cek pendaftaran: one search field; the results follow every keystroke. Typing goes to the field,
/// ↑/↓/PgUp/PgDn move in the results, Enter opens the selected person's family.
public struct LookupScreen: Screen {
    public private(set) var search = PersonSearch()

    static let visibleResults = PersonSearch.visibleResults
    static let limit = PersonSearch.limit

    public init() {}

    public var query: String { search.query }
    public var list: ListView { search.list }

    public mutating func update(_ key: Key, context: AppContext) -> Effect {
        switch key {
        case .escape:
            return .pop
        case .enter:
            guard let ref = search.selectedHit(context)?.ref else { return .none }
            return .push(HouseholdDetailScreen(householdID: ref.householdID, highlighted: ref.memberIndex))
        default:
            _ = search.handle(key, context: context)
            return .none
        }
    }

    public func render(into grid: inout Grid, context: AppContext) {
        Chrome(title: "Cek pendaftaran",
               keys: [("Enter", "Lihat data keluarga"), ("↑↓ PgUp PgDn", "Pilih"), ("^U", "Hapus ketikan"), ("Esc", "Kembali")])
            .render(into: &grid, context: context)
        let body = search.renderField(in: Chrome.content(of: grid), into: &grid)
        if query.trimmingCharacters(in: .whitespaces).isEmpty {
            for (i, line) in LookupAdvice.help.prefix(body.height).enumerated() {
                grid.put(line, x: body.x, y: body.y + i, maxWidth: body.width)
            }
            return
        }
        let found = search.results(context)
        if found.hits.isEmpty {
            search.renderNoMatch(in: body, into: &grid)
        } else {
            search.renderResults(found, in: body, into: &grid, context: context)
        }
    }
}
