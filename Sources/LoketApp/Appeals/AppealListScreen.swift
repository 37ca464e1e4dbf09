import LoketCore
import LoketTUI

/// All appeals with their status and the days left on the 14-day verification clock. Overdue ones are
/// marked in words ("LEWAT n hr") and in bold underline, so they stand out without colour too.
public struct AppealListScreen: Screen {
    public private(set) var filter = AppealListFilter()
    public private(set) var list = ListView(pageSize: AppealListScreen.visibleRows)

    /// Two rows per appeal.
    static let visibleRows = 7

    public init(filter: AppealListFilter = AppealListFilter()) { self.filter = filter }

    public mutating func update(_ key: Key, context: AppContext) -> Effect {
        let shown = filter.apply(context.desk.appeals)
        switch key {
        case .escape:
            return .pop
        case .function(3), .ctrl("t"):
            filter.cycleStatus()
            list = ListView(count: filter.apply(context.desk.appeals).count, pageSize: Self.visibleRows)
        case .function(4), .ctrl("r"):
            filter.cycleReason()
            list = ListView(count: filter.apply(context.desk.appeals).count, pageSize: Self.visibleRows)
        case .enter:
            guard shown.indices.contains(list.selected) else { return .none }
            return .push(AppealDetailScreen(appealID: shown[list.selected].id))
        default:
            list.count = shown.count
            list.handle(key)
        }
        return .none
    }

    public func render(into grid: inout Grid, context: AppContext) {
        Chrome(title: "Daftar sanggahan",
               keys: [("Enter", "Buka"), ("F3/^T", "Status"), ("F4/^R", "Alasan"), ("↑↓ PgUp PgDn", "Pilih"), ("Esc", "Kembali")])
            .render(into: &grid, context: context)
        let area = Chrome.content(of: grid)
        let today = context.today
        let shown = filter.apply(context.desk.appeals)
        var x = area.x
        x += grid.put("Status ", x: x, y: area.y, style: .bold)
        x += grid.put("‹ \(filter.status?.label ?? "semua") ›", x: x, y: area.y)
        x += grid.put("   Alasan ", x: x, y: area.y, style: .bold)
        grid.put("‹ \(filter.reason?.label ?? "semua") ›", x: x, y: area.y, maxWidth: area.maxX - x)
        let overdue = shown.filter { $0.isOverdue(on: today) }.count
        var summary = "\(shown.count) sanggahan"
        if overdue > 0 { summary += ", \(overdue) LEWAT BATAS 14 hari verifikasi" }
        grid.put(summary + ".", x: area.x, y: area.y + 1, style: overdue > 0 ? Style.warning.adding(.underline) : .muted)
        let header = area.y + 3
        grid.put("No. sanggahan", x: area.x, y: header, style: .bold)
        grid.put("Nama · NIK, alasan", x: area.x + Self.nameColumn, y: header, style: .bold)
        grid.put("Status", x: area.x + Self.statusColumn, y: header, style: .bold)
        grid.put("Sisa waktu", x: area.maxX - 10, y: header, style: .bold)
        guard !shown.isEmpty else {
            let text = context.desk.appeals.appeals.isEmpty
                ? "Belum ada sanggahan. Sanggahan baru dicatat dari menu 4 Sanggahan."
                : "Tidak ada sanggahan dengan status/alasan ini. Ganti saringan dengan F3 atau F4."
            grid.put(text, x: area.x, y: header + 2, maxWidth: area.width)
            return
        }
        var view = list
        view.count = shown.count
        let first = view.visibleTop(height: Self.visibleRows)
        for (line, index) in (first..<min(shown.count, first + Self.visibleRows)).enumerated() {
            let row = Rect(x: area.x, y: header + 1 + 2 * line, width: area.width, height: 2)
            renderRow(shown[index], in: row, today: today, into: &grid)
            if index == view.selected { grid.addAttributes(.reverse, in: row) }
        }
        let last = min(shown.count, first + Self.visibleRows)
        grid.put("Sanggahan \(first + 1)–\(last) dari \(shown.count).", x: area.x, y: area.maxY - 1, style: .muted)
    }

    static let nameColumn = 15
    static let statusColumn = 42

    /// Row 1: number, name, status, time left. Row 2: masked NIK, reason and the date that matters now.
    private func renderRow(_ a: Appeal, in row: Rect, today: CivilDate, into grid: inout Grid) {
        let late = a.isOverdue(on: today)
        grid.put(a.number.description, x: row.x, y: row.y)
        grid.put(truncated(a.person.name, toWidth: Self.statusColumn - Self.nameColumn - 1), x: row.x + Self.nameColumn, y: row.y, style: .bold)
        grid.put(a.status.label, x: row.x + Self.statusColumn, y: row.y)
        let clock = AppealClockText.short(a, today: today)
        grid.put(clock, x: row.maxX - displayWidth(clock), y: row.y, style: late ? Style.error.adding(.underline) : .plain)
        let when: String
        if let d = a.decision {
            when = "\(d.outcome.label.lowercased()) \(d.on)"
        } else if let deadline = a.deadline {
            when = "batas \(deadline)"
        } else {
            when = "diajukan \(a.filedOn)"
        }
        let width = row.width - Self.nameColumn
        var second = "\(maskedNIK(a.person.nik)) · \(a.reason.label) · \(when)"
        if displayWidth(second) > width { second = "\(maskedNIK(a.person.nik)) · \(a.reason.shortLabel) · \(when)" }
        grid.put(second, x: row.x + Self.nameColumn, y: row.y + 1, style: .muted, maxWidth: width)
        if late { grid.addAttributes([.bold, .underline], in: Rect(x: row.x, y: row.y, width: row.width, height: 1)) }
    }
}
