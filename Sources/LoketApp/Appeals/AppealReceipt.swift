import LoketCore

/// The sanggahan receipt as plain text ready to print: who appeals (NIK masked), why, which documents
/// were received and which are still missing, the 14-day verification deadline, and that the data does
/// not change until verification is done.
public enum AppealReceipt {
    static let rule = String(repeating: "=", count: 68)

    public static func text(_ appeal: Appeal, desk: DeskProfile?, operatorName: String, printedAt: String) -> String {
        let kel = desk.flatMap { RegionDirectory.shared.kelurahan(code: $0.kelurahanCode) }
        var lines: [String] = []
        lines.append("TANDA TERIMA SANGGAHAN DATA KESEJAHTERAAN SOSIAL")
        if let kel { lines.append("Kelurahan \(kel.name), Kecamatan \(kel.kecamatan), \(kel.shortKota)") }
        if let desk { lines.append("Loket: \(desk.name)") }
        lines.append(rule)
        lines.append("No. sanggahan    : \(appeal.number)")
        lines.append("Tanggal diajukan : \(appeal.filedOn.longDescription)")
        lines.append("Nama             : \(appeal.person.name)")
        lines.append("NIK              : \(maskedNIK(appeal.person.nik))")
        lines.append("No. KK           : \(maskedNIK(appeal.person.kkNumber))")
        lines.append("Status diterima  : \(appeal.person.statusReceived)")
        lines.append("Alasan sanggahan : \(reasonLine(appeal))")
        lines.append("Status sanggahan : \(appeal.status.label.uppercased())")
        lines.append("")
        lines.append("Dokumen yang sudah diterima:")
        if appeal.documents.isEmpty { lines.append("  - (belum ada)") }
        for d in appeal.documents {
            lines.append("  [x] \(d.document.label)")
            lines.append("      \(details(d))")
        }
        lines.append("")
        let missing = appeal.missing
        if missing.isEmpty {
            lines.append("Dokumen yang belum ada: tidak ada, sanggahan LENGKAP.")
        } else {
            lines.append("Dokumen yang BELUM ADA (harap dibawa ke loket ini):")
            for d in missing { lines.append("  [ ] \(d.label)") }
        }
        lines.append("")
        lines += clockLines(appeal)
        lines.append("")
        lines.append("Sanggahan bukan keputusan. Data tidak berubah sampai verifikasi selesai.")
        lines.append("Tanyakan hasilnya di loket ini dengan menyebut nomor \(appeal.number).")
        lines.append("")
        lines.append("Petugas: \(operatorName)        Dicetak: \(printedAt)")
        lines.append("")
        lines.append("Tanda tangan petugas:            Tanda tangan pemohon:")
        lines.append("")
        lines.append("")
        lines.append("(..........................)    (..........................)")
        return lines.joined(separator: "\n") + "\n"
    }

    static func reasonLine(_ appeal: Appeal) -> String {
        appeal.addressCase.map { "\(appeal.reason.label) — \($0.label)" } ?? appeal.reason.label
    }

    /// "No. 12/RT.03/XI/2026, tanggal 20-11-2026; diterima 25-11-2026".
    static func details(_ d: ReceivedDocument) -> String {
        var parts: [String] = []
        if d.document.hasLetterDetails {
            parts.append("No. \(d.letterNumber.isEmpty ? "-" : d.letterNumber), tanggal \(d.letterDate?.description ?? "-")")
        }
        parts.append("diterima \(d.receivedOn)")
        return parts.joined(separator: "; ")
    }

    static func clockLines(_ appeal: Appeal) -> [String] {
        if let decision = appeal.decision {
            return ["Hasil verifikasi : \(decision.outcome.label.uppercased()) pada \(decision.on.longDescription)",
                    "Alasan           : \(decision.reason)"]
        }
        guard let completed = appeal.completedOn, let deadline = appeal.deadline else {
            return ["Masa verifikasi \(Appeal.verificationDays) hari dimulai pada hari semua dokumen diterima lengkap."]
        }
        return ["Diterima lengkap : \(completed.longDescription)",
                "Batas verifikasi : \(deadline.longDescription) (\(Appeal.verificationDays) hari sejak diterima lengkap)"]
    }
}
