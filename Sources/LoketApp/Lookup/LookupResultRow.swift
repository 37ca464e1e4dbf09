import LoketCore
import LoketTUI

/// One search result on two rows: who the person is (masked NIK, name, age, relationship, registration
/// number), then where they live and the stage their data has reached. One row is too narrow at 80
/// columns for all of it without cutting the stage, which is the answer the family asks for.
struct LookupResultRow {
    static let nameColumn = 18
    static let nameWidth = 28
    static let ageColumn = 47
    static let relationColumn = 52
    static let relationWidth = 15
    static let numberColumn = 68

    let hit: SearchHit
    let context: AppContext

    static func header(at x: Int, y: Int, into grid: inout Grid) {
        grid.put("NIK", x: x, y: y, style: .bold)
        grid.put("Nama", x: x + nameColumn, y: y, style: .bold)
        grid.put("Umur", x: x + ageColumn, y: y, style: .bold)
        grid.put("Hubungan", x: x + relationColumn, y: y, style: .bold)
        grid.put("No. daftar", x: x + numberColumn, y: y, style: .bold)
    }

    func render(in rect: Rect, into grid: inout Grid) {
        guard let record = context.desk.household(id: hit.ref.householdID),
              let member = context.desk.member(hit.ref) else { return }
        let x = rect.x
        let y = rect.y
        grid.put(maskedNIK(member.nik), x: x, y: y)
        grid.put(truncated(member.name, toWidth: Self.nameWidth), x: x + Self.nameColumn, y: y, style: .bold)
        let age = String(member.age(on: context.today))
        grid.put(age, x: x + Self.ageColumn + 4 - age.count, y: y)
        grid.put(truncated(member.relationship.label, toWidth: Self.relationWidth), x: x + Self.relationColumn, y: y)
        grid.put(record.number.description, x: x + Self.numberColumn, y: y, maxWidth: rect.maxX - x - Self.numberColumn)
        let h = record.current
        let place = "RT \(h.rt)/RW \(h.rw)"
        let used = grid.put(place + " · ", x: x + Self.nameColumn, y: y + 1, style: .muted)
        grid.put(PersonStatusText.line(record.status(of: member.nik)), x: x + Self.nameColumn + used, y: y + 1,
                 maxWidth: rect.maxX - x - Self.nameColumn - used)
    }
}
