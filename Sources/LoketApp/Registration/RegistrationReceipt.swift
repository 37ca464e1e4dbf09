import LoketCore

/// The receipt a family takes home, as plain text ready to print: what was registered (NIKs masked),
/// when, by whom, the registration number and what happens next.
public enum RegistrationReceipt {
    public static func text(_ record: HouseholdRecord, desk: DeskProfile?, operatorName: String, printedAt: String) -> String {
        let h = record.current
        let kel = desk.flatMap { RegionDirectory.shared.kelurahan(code: $0.kelurahanCode) }
        var lines: [String] = []
        lines.append("TANDA TERIMA PENDAFTARAN DATA KESEJAHTERAAN SOSIAL")
        if let kel { lines.append("Kelurahan \(kel.name), Kecamatan \(kel.kecamatan), \(kel.shortKota)") }
        if let desk { lines.append("Loket: \(desk.name)") }
        lines.append(String(repeating: "=", count: 64))
        lines.append("No. pendaftaran : \(record.number)")
        lines.append("Tanggal daftar  : \(record.registeredOn.longDescription)")
        lines.append("No. KK          : \(maskedNIK(h.kkNumber))")
        lines.append("Alamat          : \(h.address) RT \(h.rt)/RW \(h.rw)")
        lines.append("")
        lines.append("Anggota keluarga (\(h.members.count) orang):")
        for (i, m) in h.members.enumerated() {
            lines.append("  \(i + 1). \(maskedNIK(m.nik))  \(m.name) (\(m.relationship.label), \(m.sex.letter))")
        }
        lines.append("")
        let exclusions = h.criteria.exclusions
        if exclusions.isEmpty {
            lines.append("Hasil pemeriksaan awal: dapat diusulkan (kriteria 7 diputuskan di musyawarah kelurahan).")
        } else {
            lines.append("Hasil pemeriksaan awal: TIDAK DAPAT DIUSULKAN, karena:")
            for c in exclusions { lines.append("  - Kriteria \(c.number): \(c.refusal)") }
            lines.append("Bila keterangan ini keliru, keluarga dapat mengajukan sanggahan di loket ini.")
        }
        lines.append("")
        lines.append("Langkah berikutnya:")
        lines.append("  Data diolah dan dipadankan dengan Dukcapil dan Bapenda, lalu dibahas di")
        lines.append("  musyawarah kelurahan. Tanyakan status kapan saja di loket ini dengan")
        lines.append("  menyebut nomor pendaftaran \(record.number).")
        lines.append("")
        lines.append("Petugas: \(operatorName)        Dicetak: \(printedAt)")
        lines.append("")
        lines.append("Tanda tangan petugas:            Tanda tangan pendaftar:")
        lines.append("")
        lines.append("")
        lines.append("(..........................)    (..........................)")
        return lines.joined(separator: "\n") + "\n"
    }
}
