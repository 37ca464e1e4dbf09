#if canImport(Glibc)
import Glibc
#endif
import Foundation
import LoketCore
import LoketCrypto
import LoketStore

/// Opening a desk: `DeskStore.open` reads the journal and checks every record (CRC32C, sequence, hash
/// chain: one SHA-256 per record) while a second thread decodes the snapshot; then it folds the
/// records the snapshot leaves out. The full replay (every event decoded and folded, the search index
/// built) is timed too.
struct OpenResult {
    var open = Samples()
    /// `DeskStore.open(useSnapshot: false)`: decode and fold every record.
    var replay = Samples()
    var snapshotBytes = 0
    /// `Journal.open` alone (read + check), to split the open time between store and fold.
    var journalOnly = Samples()
    /// Floor: read the same bytes and SHA-256 them once.
    var floor = Samples()
    var journalBytes = 0
    var households = 0
    var persons = 0
    var records = 0
}

enum OpenBenchmark {
    static func run(_ fixture: StoreFixture, runs: Int) throws -> (OpenResult, DeskStore) {
        var result = OpenResult()
        // Warm the page cache so that every run, floor included, reads from memory.
        _ = try readAndHash(fixture.journalPath)
        // The snapshot a closed desk leaves behind, written outside the timing if missing or stale.
        let setup = try DeskStore.open(directory: fixture.directory)
        if setup.snapshotSequence != setup.journal.lastSequence { try setup.writeSnapshot() }
        setup.close()
        let attributes = try FileManager.default.attributesOfItem(atPath: fixture.directory + "/snapshot.bin")
        result.snapshotBytes = (attributes[.size] as? Int) ?? 0

        var last: DeskStore?
        for _ in 0..<runs {
            last?.close()
            last = nil
            let (store, ns) = try timed { try DeskStore.open(directory: fixture.directory) }
            result.open.add(ns)
            last = store
        }
        guard let store = last else { throw StoreFixture.Problem.io("no open runs") }
        guard store.snapshotSequence == store.journal.lastSequence else {
            throw StoreFixture.Problem.mismatch("the snapshot was not used (it stands for record \(store.snapshotSequence))")
        }
        if let why = store.readOnlyReason { throw StoreFixture.Problem.mismatch("the benchmark store is read-only: \(why)") }
        guard store.state.households.count == fixture.households else {
            throw StoreFixture.Problem.mismatch("store has \(store.state.households.count) households, expected \(fixture.households)")
        }
        result.households = store.state.households.count
        result.persons = store.state.personCount
        result.records = store.journal.recordCount
        result.journalBytes = store.journal.byteCount
        store.close()

        for _ in 0..<runs {
            let (replayed, ns) = try timed { try DeskStore.open(directory: fixture.directory, useSnapshot: false) }
            result.replay.add(ns)
            replayed.close()
        }
        for _ in 0..<runs {
            let (journal, ns) = try timed { try Journal.open(directory: fixture.directory) }
            result.journalOnly.add(ns)
            journal.close()
        }
        for _ in 0..<runs {
            let (_, ns) = try timed { try readAndHash(fixture.journalPath) }
            result.floor.add(ns)
        }
        // Reopened for the phases that follow, outside the timing.
        return (result, try DeskStore.open(directory: fixture.directory))
    }

    /// The floor: open, read the whole file into memory, one SHA-256 over it.
    static func readAndHash(_ path: String) throws -> [UInt8] {
        let fd = Glibc.open(path, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else { throw StoreFixture.Problem.io("cannot open \(path): errno \(errno)") }
        defer { Glibc.close(fd) }
        var st = stat()
        guard fstat(fd, &st) == 0 else { throw StoreFixture.Problem.io("cannot stat \(path)") }
        let size = Int(st.st_size)
        var bytes = [UInt8](repeating: 0, count: size)
        var done = 0
        try bytes.withUnsafeMutableBytes { buffer in
            while done < size {
                let n = read(fd, buffer.baseAddress! + done, size - done)
                guard n > 0 else { throw StoreFixture.Problem.io("short read of \(path)") }
                done += n
            }
        }
        return SHA256.hash(bytes)
    }
}
