import LoketCore
import LoketTUI

/// The eleven stages for one person, so the operator can tell a family on the phone "your data is at
/// stage X of 11": ✓ passed, ▶ current (bold), later stages dim.
struct StageOverview {
    let member: Member
    let memberNumber: Int
    let memberCount: Int
    let status: PersonStatus
    let nikShown: String

    func render(in rect: Rect, into grid: inout Grid) {
        var y = rect.y
        let who = "\(member.name) (\(nikShown)) — anggota \(memberNumber) dari \(memberCount)"
        grid.put(who, x: rect.x, y: y, style: .bold, maxWidth: rect.width)
        y += 2
        let total = Stage.allCases.count
        grid.put("Data berada di tahap \(status.stage.number) dari \(total): \(status.stage.label)",
                 x: rect.x, y: y, style: .title, maxWidth: rect.width)
        y += 2
        for stage in Stage.allCases {
            let number = stage.number < 10 ? " \(stage.number)" : "\(stage.number)"
            let row = rect.row(y - rect.y)
            if stage < status.stage {
                grid.put("  ✓  \(number). \(stage.label)", x: row.x, y: y, maxWidth: row.width)
            } else if stage == status.stage {
                grid.put("  ▶  \(number). \(stage.label)   ← sekarang", x: row.x, y: y, style: .bold, maxWidth: row.width)
            } else {
                grid.put("     \(number). \(stage.label)", x: row.x, y: y, style: .muted, maxWidth: row.width)
            }
            y += 1
        }
        y += 1
        let outcome = status.outcome?.label ?? "belum ada"
        let note = status.note.isEmpty ? "-" : status.note
        grid.put("Hasil verifikasi: \(outcome)   Catatan: \(note)", x: rect.x, y: y, maxWidth: rect.width)
    }
}
