import Foundation

/// The other floor the design asks for: the sqlite3 shell doing the same inserts, each its own
/// transaction with the default synchronous=FULL, timed from outside as `sqlite3 db < script`.
struct SQLiteResult {
    /// The short name for the table ("rollback journal", "WAL").
    let label: String
    /// What sqlite3 reported it used.
    let mode: String
    let perInsert: Double
    let inserts: Int
}

enum SQLiteBaseline {
    static func executable() -> String? {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
        for dir in path.split(separator: ":") {
            let candidate = "\(dir)/sqlite3"
            if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
        }
        return nil
    }

    static func version(_ sqlite: String) -> String {
        (try? run(sqlite, arguments: ["-version"], script: nil, capture: true).output)?
            .split(separator: " ").first.map(String.init) ?? "?"
    }

    /// `journalMode` is "DELETE" (the rollback journal, sqlite's default) or "WAL".
    static func measure(_ sqlite: String, journalMode: String, payloads: [[UInt8]], workDirectory: String) throws -> SQLiteResult {
        let db = "\(workDirectory)/baseline-\(journalMode.lowercased()).sqlite"
        for suffix in ["", "-wal", "-shm", "-journal"] { try? FileManager.default.removeItem(atPath: db + suffix) }
        let setup = """
            PRAGMA journal_mode=\(journalMode);
            CREATE TABLE events(seq INTEGER PRIMARY KEY, ts INTEGER NOT NULL, payload BLOB NOT NULL);

            """
        _ = try run(sqlite, arguments: [db], script: try write(setup, to: db + ".setup.sql"), capture: true)

        // journal_mode=WAL persists in the file; DELETE is the default. synchronous is left at its default.
        var inserts = "PRAGMA journal_mode;\nPRAGMA synchronous;\n"
        var ts = 1_800_000_000_000
        for p in payloads {
            ts += 1_000
            inserts += "INSERT INTO events(ts, payload) VALUES (\(ts), x'\(hex(p))');\n"
        }
        let empty = try write("PRAGMA journal_mode;\nPRAGMA synchronous;\n", to: db + ".empty.sql")
        let script = try write(inserts, to: db + ".insert.sql")
        // Start-up and script reading, subtracted; the best of three.
        var startup = Double.infinity
        for _ in 0..<3 { startup = min(startup, try run(sqlite, arguments: [db], script: empty, capture: true).seconds) }
        let r = try run(sqlite, arguments: [db], script: script, capture: true)
        let lines = r.output.split(separator: "\n")
        let mode = "journal_mode=\(lines.first ?? "?"), synchronous=\(lines.dropFirst().first ?? "?") (2 = FULL)"
        return SQLiteResult(label: journalMode == "WAL" ? "WAL" : "rollback journal", mode: mode, perInsert: max(0, r.seconds - startup) / Double(payloads.count), inserts: payloads.count)
    }

    private static func write(_ text: String, to path: String) throws -> String {
        try text.write(toFile: path, atomically: false, encoding: .utf8)
        return path
    }

    private static func hex(_ bytes: [UInt8]) -> String {
        let digits = Array("0123456789abcdef".utf8)
        var out = [UInt8]()
        out.reserveCapacity(bytes.count * 2)
        for b in bytes { out.append(digits[Int(b >> 4)]); out.append(digits[Int(b & 15)]) }
        return String(decoding: out, as: UTF8.self)
    }

    private static func run(_ exe: String, arguments: [String], script: String?, capture: Bool) throws -> (seconds: Double, output: String) {
        let p = Process()
        p.executableURL = URL(fileURLWithPath: exe)
        p.arguments = arguments
        if let script { p.standardInput = FileHandle(forReadingAtPath: script) }
        let pipe = Pipe()
        p.standardOutput = pipe
        p.standardError = pipe
        let start = monotonicNanoseconds()
        try p.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        p.waitUntilExit()
        let seconds = Double(monotonicNanoseconds() - start) / 1e9
        let output = String(decoding: data, as: UTF8.self)
        guard p.terminationStatus == 0 else {
            throw NSError(domain: "sqlite3", code: Int(p.terminationStatus),
                          userInfo: [NSLocalizedDescriptionKey: "sqlite3 failed: \(output.prefix(300))"])
        }
        return (seconds, output)
    }
}
