import LoketCore

/// The words the lookup shows when there is nothing to list: what can be searched, and what to try
/// when nothing matched.
enum LookupAdvice {
    static let help: [String] = [
        "Ketik salah satu dari:",
        "  • NIK — 16 angka, atau beberapa angka depannya",
        "  • Nomor KK — 16 angka, atau beberapa angka depannya",
        "  • Nomor pendaftaran dari tanda terima, misalnya 26-00042-7",
        "  • Nama, atau awal kata dari nama, misalnya \"siti am\"",
        "",
        "Huruf besar/kecil tidak berpengaruh. Hasil muncul saat Anda mengetik.",
        "Pilih orang dengan ↑/↓, lalu tekan Enter untuk melihat data keluarganya.",
    ]

    /// Says plainly that nothing matched, then what to check for this kind of query.
    static func noMatch(_ query: String) -> [String] {
        let trimmed = query.trimmingCharacters(in: .whitespaces)
        var lines = ["Tidak ada data yang cocok dengan \"\(trimmed)\"."]
        let digits = trimmed.filter { $0.isASCII && $0.isNumber }
        let numeric = trimmed.allSatisfy { ($0.isASCII && $0.isNumber) || $0 == "-" || $0 == " " }
        if numeric && trimmed.contains("-") && digits.count == 8 {
            if let number = RegistrationNumber(parsing: trimmed) {
                lines.append("Nomor pendaftaran \(number) tidak ada di loket ini. Mungkin didaftarkan di loket lain.")
            } else {
                lines.append("Nomor pendaftaran itu tidak sah: angka terakhirnya tidak cocok.")
                lines.append("Periksa lagi nomornya di tanda terima (bentuknya seperti 26-00042-7).")
            }
        } else if numeric && digits.count > 16 {
            lines.append("NIK dan nomor KK terdiri dari 16 angka; yang diketik \(digits.count) angka.")
            lines.append("Periksa kembali nomornya.")
        } else if numeric {
            lines.append("Periksa kembali nomornya, angka demi angka, dengan KTP atau KK.")
            lines.append("Atau coba cari dengan sebagian nama.")
        } else {
            lines.append("Periksa ejaan nama, atau coba ketik sebagian nama saja (misalnya nama depan).")
            lines.append("Bisa juga dicari dengan NIK, nomor KK, atau nomor pendaftaran.")
        }
        return lines
    }
}
