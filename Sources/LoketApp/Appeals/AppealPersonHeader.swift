import LoketCore
import LoketTUI

/// The appellant on top of every intake screen: name, masked NIK and KK, the status they received.
struct AppealPersonHeader {
    let person: AppealPerson

    static let height = 3

    func render(at x: Int, y: Int, width: Int, into grid: inout Grid) {
        let used = grid.put(person.name, x: x, y: y, style: .bold, maxWidth: width - 40)
        let ids = "  NIK \(maskedNIK(person.nik))  KK \(maskedNIK(person.kkNumber))"
        grid.put(ids, x: x + used, y: y, maxWidth: width - used)
        let origin = person.householdID == nil ? "Di luar data loket ini" : "Terdaftar di loket ini"
        grid.put("\(origin). Status: \(person.statusReceived)", x: x, y: y + 1, style: .muted, maxWidth: width)
    }
}
