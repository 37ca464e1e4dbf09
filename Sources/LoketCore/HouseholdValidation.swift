import Foundation

/// What the registration form says about a family before saving: errors refuse the save, warnings are
/// shown and recorded with it, duplicates need an explicit choice by the operator.
public struct ValidationReport: Sendable, Equatable {
    public var errors: [String] = []
    public var warnings: [String] = []
    /// NIKs of this family already in another family on this desk, with those registration numbers.
    public var duplicates: [DuplicateNIK] = []

    public init() {}

    public var canSave: Bool { errors.isEmpty }
}

public struct DuplicateNIK: Sendable, Equatable {
    public let nik: String
    public let memberName: String
    public let registrations: [RegistrationNumber]
}

public enum HouseholdValidation {
    public static func check(_ h: Household, today: CivilDate, desk: DeskState? = nil, editingID: Int? = nil) -> ValidationReport {
        var report = ValidationReport()
        let kk = KKCheck(h.kkNumber, today: today)
        report.errors += kk.errors.map { "No. KK: \($0.message)" }
        report.warnings += kk.warnings.map { "No. KK: \($0.message)" }
        if h.address.trimmingCharacters(in: .whitespaces).isEmpty { report.errors.append("Alamat belum diisi.") }
        if !isRTRW(h.rt) { report.errors.append("RT harus 1–3 angka.") }
        if !isRTRW(h.rw) { report.errors.append("RW harus 1–3 angka.") }
        if h.members.isEmpty { report.errors.append("Belum ada anggota keluarga.") }
        let heads = h.members.filter { $0.relationship == .head }.count
        if !h.members.isEmpty && heads != 1 {
            report.errors.append(heads == 0 ? "Belum ada Kepala Keluarga." : "Kepala Keluarga lebih dari satu.")
        }
        var seenNIKs = Set<String>()
        for (i, m) in h.members.enumerated() {
            let who = "Anggota \(i + 1) (\(m.name.isEmpty ? "tanpa nama" : m.name))"
            let nik = NIKCheck(m.nik, today: today)
            report.errors += nik.errors.map { "\(who): NIK: \($0.message)" }
            report.warnings += nik.warnings.map { "\(who): NIK: \($0.message)" }
            report.warnings += nik.mismatches(birthDate: m.birthDate, sex: m.sex).map { "\(who): \($0.message)" }
            if m.name.trimmingCharacters(in: .whitespaces).isEmpty { report.errors.append("\(who): nama belum diisi.") }
            if m.birthDate > today { report.errors.append("\(who): tanggal lahir belum terjadi.") }
            if !seenNIKs.insert(m.nik).inserted { report.errors.append("\(who): \(IdentityProblem.duplicateInKK.message)") }
            if let desk {
                let others = desk.households(withNIK: m.nik, excluding: editingID)
                if !others.isEmpty {
                    report.duplicates.append(DuplicateNIK(nik: m.nik, memberName: m.name, registrations: others.map(\.number)))
                }
            }
        }
        for c in h.criteria.unansweredAtDesk { report.errors.append("Kriteria \(c.number) belum dijawab.") }
        if h.criteria[.drinksBrandedWater] == .no && h.housing.drinkingWater == .brandedBottled {
            report.warnings.append("Air minum tercatat air kemasan bermerek, tetapi kriteria 6 dijawab Tidak.")
        }
        return report
    }

    static func isRTRW(_ s: String) -> Bool {
        (1...3).contains(s.count) && s.allSatisfy { $0.isASCII && $0.isNumber }
    }
}
