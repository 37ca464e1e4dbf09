import LoketCore
import LoketTUI

/// The panel beside the member form: the NIK decoded as it is typed (region, birth date, sex), its
/// errors and warnings, and where else on this desk the NIK is already registered.
struct MemberCheckPanel {
    let member: MemberForm
    let index: Int
    let form: RegistrationForm
    let context: AppContext
    let correcting: Int?

    func lines() -> [(String, Style)] {
        guard !member.nik.isEmpty else { return [("Ketik 16 angka NIK dari KTP/KK.", .muted)] }
        let check = NIKCheck(member.nik, today: context.today)
        var out: [(String, Style)] = []
        if !check.regionDescription.isEmpty { out.append(("Wilayah NIK: " + check.regionDescription, .plain)) }
        if let date = check.birthDate { out.append(("Lahir: \(date)", .plain)) }
        if let sex = check.sex, check.birthDate != nil { out.append(("Jenis kelamin: \(sex.label)", .plain)) }
        out += check.errors.map { ("✗ " + $0.message, Style.error) }
        out += check.warnings.map { ("! " + $0.message, Style.warning) }
        let formDate = CivilDate(parsing: member.birthDate)
        let formSex = member.sex.flatMap(Sex.option)
        out += check.mismatches(birthDate: formDate, sex: formSex).map { ("! " + $0.message, Style.warning) }
        let sameKK = form.members.enumerated().filter { $0.offset != index && $0.element.nik == member.nik }
        if check.digits.count == 16 && !sameKK.isEmpty {
            out.append(("✗ " + IdentityProblem.duplicateInKK.message, .error))
        }
        for other in context.desk.households(withNIK: member.nik, excluding: correcting) {
            let who = other.current.members.first { $0.nik == member.nik }?.name ?? ""
            out.append(("! Sudah terdaftar: No. \(other.number) (\(who)). Saat menyimpan harus dipilih.", .warning))
        }
        if check.isValid && out.allSatisfy({ $0.1 != .warning && $0.1 != .error }) {
            out.append(("✓ NIK sah", .success))
        }
        return out
    }

    func render(in rect: Rect, into grid: inout Grid) {
        grid.put("Periksa NIK", x: rect.x, y: rect.y, style: .bold)
        var y = rect.y + 1
        for (text, style) in lines() {
            for part in wrapped(text, width: rect.width) where y < rect.maxY {
                grid.put(part, x: rect.x, y: y, style: style)
                y += 1
            }
        }
    }
}
