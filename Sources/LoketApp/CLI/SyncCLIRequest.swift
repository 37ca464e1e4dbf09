import LoketCore

/// `loket keys`, `loket bundle`, `loket export`, `loket status` and `loket setup-aggregator`, parsed
/// from the words and flags the shared parser (CLIArguments.swift) collected.
public enum SyncCLIRequest: Equatable, Sendable {
    case keysShow
    case keysAdd(name: String, key: String)
    case bundleExport(to: String, out: String?)
    case bundleVerify([String])
    case bundleImport([String], receiptDirectory: String?)
    case exportCSV(directory: String)
    case exportSQLite(path: String)
    case setupAggregator(role: StoreRole, name: String, region: String, operatorName: String)
    case statusSet(nik: String, stage: String, outcome: String, note: String, desk: String)
    case statusCSV(path: String)

    public static let commandNames = ["keys", "bundle", "export", "status", "setup-aggregator"]
    /// Flags of these commands that take a value.
    public static let valuedFlags: Set<String> = ["--to", "--out", "--csv", "--sqlite", "--role", "--name", "--region",
                                                  "--operator", "--outcome", "--note", "--desk", "--receipt-dir"]

    public static func parse(_ command: String, _ words: [String],
                             flags: [(name: String, value: String?)]) throws(CLIUsageError) -> SyncCLIRequest {
        var values: [String: String] = [:]
        for flag in flags {
            guard let value = flag.value, !value.isEmpty else { throw CLIUsageError("Pilihan \(flag.name) perlu nilai.") }
            values[flag.name] = value
        }
        func only(_ allowed: Set<String>) throws(CLIUsageError) {
            if let bad = flags.first(where: { !allowed.contains($0.name) }) {
                throw CLIUsageError("Pilihan \(bad.name) tidak berlaku untuk perintah \(command)\(words.first.map { " " + $0 } ?? "").")
            }
        }
        let rest = Array(words.dropFirst())
        switch (command, words.first) {
        case ("keys", nil), ("keys", "show"):
            try only([])
            return .keysShow
        case ("keys", "add"):
            try only([])
            guard rest.count >= 2 else {
                throw CLIUsageError("Tulis nama dan kuncinya, misalnya: loket keys add \"Kecamatan Gambir\" LK1-…")
            }
            return .keysAdd(name: rest.dropLast().joined(separator: " "), key: rest[rest.count - 1])
        case ("bundle", "export"):
            try only(["--to", "--out"])
            guard let to = values["--to"] else { throw CLIUsageError("Sebutkan penerimanya: loket bundle export --to NAMA") }
            return .bundleExport(to: to, out: values["--out"])
        case ("bundle", "verify"):
            try only([])
            guard !rest.isEmpty else { throw CLIUsageError("Sebutkan berkas bundle: loket bundle verify BERKAS") }
            return .bundleVerify(rest)
        case ("bundle", "import"):
            try only(["--receipt-dir"])
            guard !rest.isEmpty else { throw CLIUsageError("Sebutkan berkas bundle: loket bundle import BERKAS...") }
            return .bundleImport(rest, receiptDirectory: values["--receipt-dir"])
        case ("export", nil):
            try only(["--csv", "--sqlite"])
            switch (values["--csv"], values["--sqlite"]) {
            case (let dir?, nil): return .exportCSV(directory: dir)
            case (nil, let file?): return .exportSQLite(path: file)
            default: throw CLIUsageError("Pilih satu: loket export --csv FOLDER  atau  loket export --sqlite BERKAS")
            }
        case ("status", _):
            try only(["--csv", "--outcome", "--note", "--desk"])
            if let csv = values["--csv"] {
                guard words.isEmpty, flags.count == 1 else { throw CLIUsageError("Dengan --csv, semua status diambil dari berkas itu saja.") }
                return .statusCSV(path: csv)
            }
            guard words.count == 2 else { throw CLIUsageError("Tulis NIK dan tahapnya, misalnya: loket status 3171014507850003 4") }
            return .statusSet(nik: words[0], stage: words[1], outcome: values["--outcome"] ?? "", note: values["--note"] ?? "",
                              desk: values["--desk"] ?? "")
        case ("setup-aggregator", nil):
            try only(["--role", "--name", "--region", "--operator"])
            let roles: [String: StoreRole] = ["kecamatan": .kecamatan, "suku-dinas": .sukuDinas, "dinas-sosial": .dinasSosial]
            guard let roleText = values["--role"], let role = roles[roleText] else {
                throw CLIUsageError("Pilih --role kecamatan, suku-dinas atau dinas-sosial.")
            }
            guard let name = values["--name"], let region = values["--region"], let op = values["--operator"] else {
                throw CLIUsageError("Perlu --name NAMA --region KODE-WILAYAH --operator NAMA-PETUGAS.")
            }
            return .setupAggregator(role: role, name: name, region: region, operatorName: op)
        default:
            let sub = words.first.map { " \($0)" } ?? ""
            throw CLIUsageError("Perintah \"\(command)\(sub)\" tidak dikenal. Lihat: loket help \(command)")
        }
    }
}
