import Foundation
import LoketCore
import LoketStore

/// The store the open benchmark reads: built once (through the journal, in batches) and cached.
struct StoreFixture {
    let directory: String
    let households: Int
    /// Seconds spent building it in this run; nil when a cached store was reused.
    let buildSeconds: Double?

    var journalPath: String { directory + "/" + Journal.fileName }

    enum Problem: Error, CustomStringConvertible {
        case mismatch(String)
        case io(String)
        var description: String {
            switch self {
            case .mismatch(let s), .io(let s): return s
            }
        }
    }

    static func defaultDirectory(households: Int) -> String {
        let tmp = ProcessInfo.processInfo.environment["TMPDIR"] ?? "/tmp"
        return "\(tmp)/loket-bench-\(getuid())/store-\(households)-seed\(SyntheticDesk.seed)"
    }

    /// Reuses the store in `directory` when it holds exactly `households` families, else builds it.
    /// A store in a directory the user named is never deleted: a mismatch there is an error.
    static func prepare(households: Int, directory: String, userOwned: Bool, rebuild: Bool) throws -> StoreFixture {
        let journal = directory + "/" + Journal.fileName
        let fm = FileManager.default
        if fm.fileExists(atPath: journal) {
            let found = recordCount(directory)
            let expected = households + SyntheticDesk.setUpEvents.count
            if found == expected && !rebuild {
                return StoreFixture(directory: directory, households: households, buildSeconds: nil)
            }
            if userOwned {
                throw Problem.mismatch("\(directory) holds \(found.map(String.init) ?? "an unreadable journal with no") records, "
                    + "not \(expected): choose another --keep directory or remove it yourself")
            }
            try fm.removeItem(atPath: directory)
        }
        try fm.createDirectory(atPath: parentOf(directory), withIntermediateDirectories: true)
        let (_, ns) = try timed { try build(households: households, directory: directory) }
        return StoreFixture(directory: directory, households: households, buildSeconds: Double(ns) / 1e9)
    }

    private static func recordCount(_ directory: String) -> Int? {
        let report = Journal.verify(directory: directory)
        return report.isHealthy ? report.recordCount : nil
    }

    /// Through `DeskStore.append` in batches of 1,000 (one write + one fsync each), as an import
    /// would. The journal is created first with a fixed desk id so that a rebuilt store is identical.
    private static func build(households: Int, directory: String) throws {
        try Journal.open(directory: directory, createWithDeskId: SyntheticDesk.deskId).close()
        let store = try DeskStore.open(directory: directory)
        defer { store.close() }
        var desk = SyntheticDesk()
        var timestamp: Int64 = 1_768_435_200_000  // 2026-01-15 00:00 UTC, in ms
        try store.append(SyntheticDesk.setUpEvents, timestamp: timestamp)
        var done = 0
        while done < households {
            let n = min(batchSize, households - done)
            timestamp += 60_000
            try store.append((0..<n).map { _ in desk.nextRegistration() }, timestamp: timestamp)
            done += n
        }
        if let why = store.readOnlyReason { throw Problem.io("building the store failed: \(why)") }
    }

    static let batchSize = 1_000

    private static func parentOf(_ path: String) -> String {
        guard let slash = path.lastIndex(of: "/"), slash != path.startIndex else { return "/" }
        return String(path[..<slash])
    }
}
