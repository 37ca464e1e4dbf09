import LoketCore

/// Reads statuses a central system produced: one row per person, columns `nik`, `tahap`, `hasil`,
/// `catatan` and, when a NIK is registered at more than one desk, `loket`. Comma or semicolon
/// separated (spreadsheets in Indonesian settings write semicolons). Every row is checked before
/// anything is recorded; the errors name the line.
public enum StatusCSV {
    public struct RowError: Error, Equatable, Sendable {
        public let line: Int
        public let message: String
    }

    public struct RowErrors: Error, Equatable, Sendable {
        public let rows: [RowError]
        public var message: String { rows.map { "Baris \($0.line): \($0.message)" }.joined(separator: "\n") }
    }

    public static func parse(_ text: String, view: AggregatorView) -> Result<[DeskStatusChange], RowErrors> {
        let lines = text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline).map(String.init)
        guard let headerLine = lines.first(where: { !$0.trimmedSpaces.isEmpty }) else {
            return .failure(RowErrors(rows: [RowError(line: 1, message: "Berkas kosong.")]))
        }
        let separator: Character = headerLine.contains(";") ? ";" : ","
        let columns = fields(headerLine, separator).map { $0.lowercased() }
        guard let nikColumn = columns.firstIndex(of: "nik"), let stageColumn = columns.firstIndex(of: "tahap") else {
            return .failure(RowErrors(rows: [RowError(line: 1, message: "Baris pertama harus berisi judul kolom, sedikitnya: nik\(separator)tahap")]))
        }
        let outcomeColumn = columns.firstIndex(of: "hasil")
        let noteColumn = columns.firstIndex(of: "catatan")
        let deskColumn = columns.firstIndex(of: "loket")

        var byNIK: [String: [(DeskBranch, HouseholdRecord)]] = [:]
        for desk in view.desks {
            for h in desk.state.households { for m in h.current.members { byNIK[m.nik, default: []].append((desk, h)) } }
        }
        var changes: [DeskStatusChange] = []
        var errors: [RowError] = []
        let start = (lines.firstIndex(of: headerLine) ?? 0) + 1
        for index in start..<lines.count where !lines[index].trimmedSpaces.isEmpty {
            let row = fields(lines[index], separator)
            func cell(_ c: Int?) -> String { c.flatMap { $0 < row.count ? row[$0] : nil } ?? "" }
            let lineNumber = index + 1
            let nik = cell(nikColumn)
            guard var matches = byNIK[nik], !matches.isEmpty else {
                errors.append(RowError(line: lineNumber, message: "NIK \(maskedNIK(nik)) tidak terdaftar di loket mana pun."))
                continue
            }
            let deskName = cell(deskColumn)
            if !deskName.isEmpty { matches = matches.filter { $0.0.name.lowercased() == deskName.lowercased() } }
            guard matches.count == 1 else {
                errors.append(RowError(line: lineNumber, message: matches.isEmpty
                    ? "NIK \(maskedNIK(nik)) tidak terdaftar di loket \"\(deskName)\"."
                    : "NIK \(maskedNIK(nik)) terdaftar di \(matches.count) keluarga; isi kolom loket (dan putuskan duplikatnya)."))
                continue
            }
            guard let stage = stage(cell(stageColumn)) else {
                errors.append(RowError(line: lineNumber, message: "Tahap \"\(cell(stageColumn))\" tidak dikenal; pakai nomor 1–11 atau nama tahap."))
                continue
            }
            let outcomeText = cell(outcomeColumn)
            let outcome = VerificationOutcome.allCases.first { $0.label.lowercased() == outcomeText.lowercased() }
            guard outcomeText.isEmpty || outcome != nil else {
                errors.append(RowError(line: lineNumber, message: "Hasil \"\(outcomeText)\" tidak dikenal; pakai Layak, Tidak Layak atau Perlu Verifikasi Lanjutan."))
                continue
            }
            let (desk, household) = matches[0]
            changes.append(DeskStatusChange(deskId: desk.deskId, update: StatusUpdate(
                householdID: household.id, nik: nik, status: PersonStatus(stage: stage, outcome: outcome, note: cell(noteColumn)))))
        }
        return errors.isEmpty ? .success(changes) : .failure(RowErrors(rows: errors))
    }

    static func stage(_ text: String) -> Stage? {
        if let n = UInt8(text), let s = Stage(rawValue: n) { return s }
        return Stage.allCases.first { $0.label.lowercased() == text.lowercased() }
    }

    /// Splits one line; a field in double quotes may hold the separator and doubled quotes.
    static func fields(_ line: String, _ separator: Character) -> [String] {
        var out: [String] = []
        var current = ""
        var quoted = false
        var chars = Array(line)[...]
        while let c = chars.popFirst() {
            if quoted {
                if c == "\"" {
                    if chars.first == "\"" { current.append("\""); chars = chars.dropFirst() } else { quoted = false }
                } else { current.append(c) }
            } else if c == "\"" {
                quoted = true
            } else if c == separator {
                out.append(current.trimmedSpaces)
                current = ""
            } else {
                current.append(c)
            }
        }
        out.append(current.trimmedSpaces)
        return out
    }
}
