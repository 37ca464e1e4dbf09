import LoketCore
import LoketSync
import LoketTUI

/// NIK ganda: the same NIK in two families (two desks, or twice at one). Both registrations side by
/// side; a person decides what it is. Deciding records the decision; nothing is merged.
public struct DuplicateScreen: Screen {
    public private(set) var overview: SyncOverview
    public private(set) var list: ListView
    public private(set) var message: StatusMessage?

    init(overview: SyncOverview) {
        self.overview = overview
        list = ListView(count: overview.view?.duplicates.count ?? 0, pageSize: 5)
    }

    private var candidates: [DuplicateCandidate] { overview.view?.duplicates ?? [] }

    public mutating func update(_ key: Key, context: AppContext) -> Effect {
        message = nil
        switch key {
        case .escape:
            return .popWith(.picked(0))
        case .char(let c) where ("1"..."3").contains(c):
            guard let candidate = candidates[safe: list.selected],
                  let verdict = DuplicateDecision.Verdict(rawValue: UInt8(String(c))!) else { return .none }
            return .command(.sync(.adjudicate(DuplicateDecision(nik: candidate.nik, verdict: verdict, note: ""),
                                              folder: overview.folder)))
        default:
            _ = list.handle(key)
            return .none
        }
    }

    public mutating func receive(_ result: CommandResult, context: AppContext) -> Effect {
        if case .sync(.done(let lines, let failed, let o)) = result {
            overview = o
            list.count = candidates.count
            message = failed ? .error(lines.joined(separator: " ")) : .success(lines.joined(separator: " "))
        }
        return .none
    }

    public func render(into grid: inout Grid, context: AppContext) {
        let area = Chrome.content(of: grid)
        grid.put(pad("NIK", 20) + pad("Loket", 40) + "Keputusan", x: area.x + 1, y: area.y, style: .bold)
        list.render(in: Rect(x: area.x + 1, y: area.y + 1, width: area.width - 2, height: 5), into: &grid) { index, row, _, grid in
            let c = candidates[index]
            let desks = c.entries.map(\.deskName).joined(separator: " + ")
            grid.put(pad(maskedNIK(c.nik), 20) + pad(desks, 39) + " " + (c.decision?.verdict.label ?? "belum"), x: row.x, y: row.y)
        }
        if let c = candidates[safe: list.selected] {
            let top = area.y + 7
            let width = (area.width - 3) / 2
            for (i, entry) in c.entries.prefix(2).enumerated() {
                let x = area.x + 1 + i * (width + 1)
                grid.box(Rect(x: x, y: top, width: width, height: 9), title: truncated(entry.deskName, toWidth: width - 4))
                let m = entry.member
                let rows = [
                    ("Nama", m.name), ("Lahir", "\(m.birthPlace), \(m.birthDate)"), ("Hubungan", m.relationship.label),
                    ("No. daftar", entry.number.description), ("KK", maskedNIK(entry.household.kkNumber)),
                    ("Alamat", "\(entry.household.address) RT \(entry.household.rt)/RW \(entry.household.rw)"),
                    ("Anggota", "\(entry.household.members.count) orang"),
                ]
                for (offset, (label, value)) in rows.enumerated() {
                    grid.put(label, x: x + 2, y: top + 1 + offset, style: .muted)
                    grid.put(truncated(value, toWidth: width - 15), x: x + 13, y: top + 1 + offset)
                }
            }
            if c.entries.count > 2 {
                grid.put("… dan \(c.entries.count - 2) pendaftaran lain dengan NIK ini", x: area.x + 1, y: top + 9, style: .warning)
            }
            grid.put("Putuskan: 1 Orang yang sama  2 Orang berbeda (NIK salah tulis)  3 Cek lapangan",
                     x: area.x + 1, y: area.maxY - 1)
        }
        Chrome(title: "NIK ganda — \(candidates.count) calon, tidak ada yang digabung otomatis",
               keys: [("↑↓", "Pilih"), ("1 2 3", "Putuskan"), ("Esc", "Kembali")], message: message)
            .render(into: &grid, context: context)
    }
}
