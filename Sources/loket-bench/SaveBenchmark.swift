import Foundation
import LoketCore
import LoketStore

/// A confirmed save as the registration screen makes it: one household, one `DeskStore.append`
/// (write + fsync + fold into the live state and index), on a copy of the open benchmark's store.
struct SaveResult {
    var save = Samples()
    /// Floor: the same byte count appended to a plain file with write + fsync, interleaved with the saves.
    var floor = Samples()
    var recordBytes = 0
    /// The same events applied to an in-memory copy of the store's state: the fold + index share of a save.
    var applyOnly = Samples()
    var storeHouseholds = 0
    /// The payloads saved, for the sqlite3 comparison.
    var payloads: [[UInt8]] = []
}

enum SaveBenchmark {
    static func run(_ fixture: StoreFixture, saves: Int, workDirectory: String) throws -> SaveResult {
        let storeDir = workDirectory + "/save-store"
        try FileManager.default.createDirectory(atPath: storeDir, withIntermediateDirectories: true)
        try PlainFile.copy(fixture.journalPath, to: storeDir + "/" + Journal.fileName)
        var result = SaveResult()
        result.applyOnly = try applyTimes(storeDir, saves: saves)
        let store = try DeskStore.open(directory: storeDir)
        defer { store.close() }
        let floorFile = try PlainFile(creating: workDirectory + "/floor.bin")
        defer { floorFile.close() }

        // Families typed before the clock starts: typing is not saving. Another seed, new families.
        var desk = SyntheticDesk(seed: SyntheticDesk.seed &+ 1, firstHouseholdID: store.state.nextHouseholdID)
        let events = (0..<saves).map { _ in desk.nextRegistration() }
        result.storeHouseholds = store.state.households.count
        var timestamp: Int64 = 1_800_000_000_000
        for e in events {
            timestamp += 1_000
            let before = store.journal.byteCount
            let (_, ns) = try timed { try store.append([e], timestamp: timestamp) }
            result.save.add(ns)
            let written = store.journal.byteCount - before
            result.recordBytes += written
            let same = [UInt8](repeating: 0x5A, count: written)
            let (_, floorNs) = try timed { try floorFile.appendAndSync(same) }
            result.floor.add(floorNs)
            result.payloads.append(e.encoded())
        }
        if let why = store.readOnlyReason { throw StoreFixture.Problem.io("save store became read-only: \(why)") }
        return result
    }

    /// The same registrations (same seed, same ids) applied to the opened state with no I/O.
    private static func applyTimes(_ storeDir: String, saves: Int) throws -> Samples {
        var state: DeskState
        do {
            let store = try DeskStore.open(directory: storeDir)
            state = store.state
            store.close()
        }
        var desk = SyntheticDesk(seed: SyntheticDesk.seed &+ 1, firstHouseholdID: state.nextHouseholdID)
        let events = (0..<saves).map { _ in desk.nextRegistration() }
        var samples = Samples()
        for e in events {
            let (_, ns) = try timed { try state.apply(e, timestamp: 0) }
            samples.add(ns)
        }
        return samples
    }
}

extension SaveBenchmark {
    /// `count` plain write + fsync calls of `bytes` each, for a floor taken apart from the saves.
    static func floor(count: Int, bytes: Int, path: String) throws -> Samples {
        let file = try PlainFile(creating: path)
        defer { file.close() }
        let same = [UInt8](repeating: 0x5A, count: bytes)
        var samples = Samples()
        for _ in 0..<count {
            let (_, ns) = try timed { try file.appendAndSync(same) }
            samples.add(ns)
        }
        return samples
    }
}
