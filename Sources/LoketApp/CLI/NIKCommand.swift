import LoketCore

/// `loket nik NIK...`: decodes and checks each NIK without opening the store.
public func runNIKCommand(_ niks: [String], today: CivilDate) -> CLIResult {
    var blocks: [String] = []
    var anyInvalid = false
    for text in niks {
        let check = NIKCheck(text, today: today)
        if !check.isValid { anyInvalid = true }
        blocks.append(nikReport(check, typed: text))
    }
    let summary: String
    if niks.count > 1 {
        let invalid = niks.filter { !NIKCheck($0, today: today).isValid }.count
        summary = "\n\(niks.count) NIK diperiksa: \(niks.count - invalid) sah, \(invalid) tidak sah.\n"
    } else {
        summary = ""
    }
    return CLIResult(output: blocks.joined(separator: "\n") + summary,
                     exitCode: anyInvalid ? CLIExit.failure : CLIExit.success)
}

func nikReport(_ check: NIKCheck, typed: String) -> String {
    let verdict: String
    if !check.isValid {
        verdict = "TIDAK SAH"
    } else if check.warnings.isEmpty {
        verdict = "SAH"
    } else {
        verdict = "SAH, dengan peringatan"
    }
    var lines = ["NIK \(typed): \(verdict)"]
    func row(_ label: String, _ value: String) { lines.append("  " + label.padding(toLength: 15, withPad: " ", startingAt: 0) + value) }
    if let province = check.provinceName { row("Provinsi:", province) }
    if let kabKota = check.kabKotaName { row("Kab/kota:", kabKota) }
    if let kecamatan = check.kecamatanName { row("Kecamatan:", kecamatan) }
    if let date = check.birthDate { row("Tanggal lahir:", date.description) }
    if let sex = check.sex { row("Jenis kelamin:", sex.label) }
    for e in check.errors { lines.append("  Kesalahan:     " + e.message) }
    for w in check.warnings { lines.append("  Peringatan:    " + w.message) }
    return lines.joined(separator: "\n") + "\n"
}
