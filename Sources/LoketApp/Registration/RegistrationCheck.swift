import LoketCore
import LoketTUI

/// Everything the form says about itself before saving: what is missing, errors, warnings, duplicate
/// NIKs, the criteria result and the program screening. Pure, so the summary page and the save share it.
struct RegistrationCheck {
    let household: Household?
    let missing: [String]
    let report: ValidationReport

    init(form: RegistrationForm, context: AppContext, editingID: Int?) {
        let code = context.desk.profile?.kelurahanCode ?? ""
        switch form.household(kelurahanCode: code) {
        case .success(let h):
            household = h
            missing = []
            report = HouseholdValidation.check(h, today: context.today, desk: context.desk, editingID: editingID)
        case .failure(let problems):
            household = nil
            missing = problems.missing
            // Still check what can be checked (KK, criteria), so the user sees everything at once.
            var partial = ValidationReport()
            partial.errors = problems.missing.isEmpty ? [] : [problems.message]
            if form.members.isEmpty { partial.errors.append("Belum ada anggota keluarga.") }
            let kk = KKCheck(form.kkNumber, today: context.today)
            partial.errors += kk.errors.map { "No. KK: \($0.message)" }
            let unanswered = Criterion.askedAtDesk.filter { form.answer($0) == nil }
            partial.errors += unanswered.map { "Kriteria \($0.number) belum dijawab." }
            report = partial
        }
    }

    var canSave: Bool { household != nil && report.canSave }

    var exclusions: [Criterion] { household?.criteria.exclusions ?? [] }

    /// What the warnings and duplicate choices look like when recorded with the registration.
    var recordedWarnings: [String] {
        report.warnings + report.duplicates.map {
            "NIK \(maskedNIK($0.nik)) (\($0.memberName)) juga terdaftar di No. \($0.registrations.map(\.description).joined(separator: ", "))"
        }
    }

    /// The summary page, line by line.
    func lines(today: CivilDate) -> [(String, Style)] {
        var out: [(String, Style)] = []
        if report.errors.isEmpty && household != nil {
            out.append(("✓ Data lengkap. Tekan F2 (atau Ctrl-S) untuk menyimpan.", .success))
        } else {
            out.append(("Belum bisa disimpan. Perbaiki dulu:", .error))
            out += report.errors.map { ("  ✗ " + $0, Style.error) }
        }
        if !report.duplicates.isEmpty {
            out.append(("NIK yang sudah terdaftar di keluarga lain (calon duplikat):", .warning))
            for d in report.duplicates {
                let numbers = d.registrations.map(\.description).joined(separator: ", ")
                out.append(("  ! \(maskedNIK(d.nik)) \(d.memberName) — No. \(numbers)", .warning))
            }
        }
        if !report.warnings.isEmpty {
            out.append(("Peringatan (boleh disimpan, dicatat):", .warning))
            out += report.warnings.map { ("  ! " + $0, Style.plain) }
        }
        guard let h = household else { return out }
        out.append(("", .plain))
        if h.criteria.exclusions.isEmpty {
            out.append(("Kriteria: dapat diusulkan (kriteria 7 diputuskan di musyawarah).", .bold))
        } else {
            out.append(("Kriteria: TIDAK DAPAT DIUSULKAN — keluarga tetap dicatat:", .error))
            for c in h.criteria.exclusions { out.append(("  Kriteria \(c.number): \(c.refusal)", .bold)) }
        }
        out.append(("", .plain))
        out.append(("Program yang dapat dipertimbangkan (indikatif):", .bold))
        out.append(("  Keluarga: " + ProgramScreening.householdPrograms(h).map(\.program.name).joined(separator: ", "), .plain))
        for m in h.members {
            let programs = ProgramScreening.screen(m, on: today)
                .map { $0.program == .pbiJK ? $0.program.name : "\($0.program.name) (\($0.reason))" }
            out.append(("  \(m.name): " + programs.joined(separator: "; "), .plain))
        }
        return out
    }
}
