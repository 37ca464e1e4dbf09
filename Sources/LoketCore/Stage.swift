/// The stages of the process, tracked per person (determination is per individual, not per family).
public enum Stage: UInt8, CaseIterable, Sendable, Hashable, Comparable {
    case sosialisasi = 1, pendaftaran, pengolahanData1, pemadananDukcapil, pemadananBapenda, pengolahanData2,
         musyawarahKelurahan, pengolahanData3, daftarSasaranTetap, inputSIKSNG, penetapanKemensos

    public var label: String {
        ["Sosialisasi", "Pendaftaran", "Pengolahan Data 1", "Pemadanan Dukcapil", "Pemadanan Bapenda",
         "Pengolahan Data 2", "Musyawarah Kelurahan", "Pengolahan Data 3", "Daftar Sasaran Tetap",
         "Input SIKS-NG", "Penetapan Kemensos"][Int(rawValue) - 1]
    }

    public var number: Int { Int(rawValue) }

    public static func < (a: Stage, b: Stage) -> Bool { a.rawValue < b.rawValue }
}

public enum VerificationOutcome: UInt8, CaseIterable, Sendable, Hashable {
    case layak = 1, tidakLayak, perluVerifikasiLanjutan
    public var label: String { ["Layak", "Tidak Layak", "Perlu Verifikasi Lanjutan"][Int(rawValue) - 1] }
}

/// Where one person stands: the stage reached and, when known, the outcome and a note.
public struct PersonStatus: Hashable, Sendable {
    public var stage: Stage
    public var outcome: VerificationOutcome?
    public var note: String

    public init(stage: Stage, outcome: VerificationOutcome? = nil, note: String = "") {
        self.stage = stage
        self.outcome = outcome
        self.note = note
    }
}

extension PersonStatus: BinaryCodable {
    public func encode(to w: inout ByteWriter) {
        w.enumeration(stage)
        w.u8(outcome?.rawValue ?? 0)
        w.string(note)
    }

    public init(from r: inout ByteReader) throws {
        stage = try r.enumeration()
        let raw = try r.u8()
        outcome = raw == 0 ? nil : try VerificationOutcome(rawValue: raw).orThrow("outcome \(raw)")
        note = try r.string()
    }
}
