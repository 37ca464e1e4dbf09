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

        let index = PersonIndex(view)
        var changes: [DeskStatusChange] = []
        var errors: [RowError] = []
        let start = (lines.firstIndex(of: headerLine) ?? 0) + 1
        for i in start..<lines.count where !lines[i].trimmedSpaces.isEmpty {
            let row = fields(lines[i], separator)
            func cell(_ c: Int?) -> String { c.flatMap { $0 < row.count ? row[$0] : nil } ?? "" }
            switch index.change(nik: cell(nikColumn), desk: cell(deskColumn), stage: cell(stageColumn),
                                outcome: cell(outcomeColumn), note: cell(noteColumn)) {
            case .success(let change): changes.append(change)
            case .failure(let error): errors.append(RowError(line: i + 1, message: error.message))
            }
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

/// Finds the family of a NIK across desks, and turns typed words into a status change.
public struct PersonIndex {
    private var byNIK: [String: [(DeskBranch, HouseholdRecord)]] = [:]

    public init(_ view: AggregatorView) {
        for desk in view.desks {
            for h in desk.state.households { for m in h.current.members { byNIK[m.nik, default: []].append((desk, h)) } }
        }
    }

    public struct Problem: Error, Equatable { public let message: String }

    public func change(nik: String, desk deskName: String, stage stageText: String, outcome outcomeText: String,
                       note: String) -> Result<DeskStatusChange, Problem> {
        guard var matches = byNIK[nik], !matches.isEmpty else {
            return .failure(Problem(message: "NIK \(maskedNIK(nik)) tidak terdaftar di loket mana pun."))
        }
        if !deskName.isEmpty { matches = matches.filter { $0.0.name.lowercased() == deskName.lowercased() } }
        guard matches.count == 1 else {
            return .failure(Problem(message: matches.isEmpty
                ? "NIK \(maskedNIK(nik)) tidak terdaftar di loket \"\(deskName)\"."
                : "NIK \(maskedNIK(nik)) terdaftar di \(matches.count) keluarga; sebutkan loketnya (dan putuskan duplikatnya)."))
        }
        guard let stage = StatusCSV.stage(stageText) else {
            return .failure(Problem(message: "Tahap \"\(stageText)\" tidak dikenal; pakai nomor 1–11 atau nama tahap."))
        }
        let outcome = VerificationOutcome.allCases.first { $0.label.lowercased() == outcomeText.lowercased() }
        guard outcomeText.isEmpty || outcome != nil else {
            return .failure(Problem(message: "Hasil \"\(outcomeText)\" tidak dikenal; pakai Layak, Tidak Layak atau Perlu Verifikasi Lanjutan."))
        }
        let (desk, household) = matches[0]
        return .success(DeskStatusChange(deskId: desk.deskId, update: StatusUpdate(
            householdID: household.id, nik: nik, status: PersonStatus(stage: stage, outcome: outcome, note: note))))
    }
}
