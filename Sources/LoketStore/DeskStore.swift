import Dispatch
import LoketCore
import LoketCrypto

/// A desk's journal and the state folded from it. Every change goes through `append`, which returns
/// only after the events are on disk (fsync) and applied to `state`.
public final class DeskStore {
    public let journal: Journal
    public private(set) var state = DeskState()
    /// Set when an event in the journal could not be understood: the store is then read-only.
    public private(set) var foldProblem: String?
    /// The record the last snapshot read or written stands for (0: none; the journal was replayed).
    public private(set) var snapshotSequence: UInt64 = 0
    /// `close` writes a snapshot once the journal has grown this many records past the last one.
    public static let snapshotInterval: UInt64 = 1_000

    public var directory: String { journal.directory }

    /// Opens the store in `directory`; with `create`, a missing store is made with a new random desk id.
    /// A snapshot (`snapshot.bin`) is decoded on a second thread while the journal is read and
    /// checked in full, and used only if it matches the checked journal; `useSnapshot: false`
    /// replays every record.
    public static func open(directory: String, fileSystem: any FileSystem = PosixFileSystem(),
                            create: Bool = false, useSnapshot: Bool = true) throws(JournalError) -> DeskStore {
        let snapshot = useSnapshot ? Background { Snapshot.read(directory: directory, fileSystem: fileSystem) } : nil
        let journal: Journal
        do {
            journal = try Journal.open(directory: directory, fileSystem: fileSystem,
                                       createWithDeskId: create ? randomBytes(16) : nil)
        } catch {
            _ = snapshot?.wait()
            throw error
        }
        var restored = snapshot?.wait() ?? nil
        return DeskStore(journal: journal, snapshot: &restored)
    }

    /// Takes the snapshot's state (leaving nil), so that the records after it are folded into
    /// arrays nobody else holds and nothing is copied.
    init(journal: Journal, snapshot: inout Snapshot?) {
        self.journal = journal
        if let s = snapshot, s.matches(journal), foldBooks(through: s) {
            snapshotSequence = s.sequence
        } else {
            state.reserveCapacity(records: journal.recordCount)
        }
        snapshot = nil
        do {
            try fold(from: snapshotSequence + 1)
        } catch let e as FoldError {
            foldProblem = "Catatan nomor \(e.sequence) \(e.reason). Data dibuka hanya-baca; hubungi petugas teknis."
        } catch {
            foldProblem = "\(error)"
        }
        state.finishLoading()
    }

    /// The snapshot's state plus the books it leaves out, folded again from records 1...sequence.
    /// False (state untouched) when a record there is one this code cannot read: then the full
    /// replay must run, so that it stops where it should.
    private func foldBooks(through snapshot: Snapshot) -> Bool {
        var restored = snapshot.state
        do {
            try journal.forEachRecord { record in
                guard record.sequence <= snapshot.sequence else { throw StopFolding() }
                guard try EventEnvelope.isBookEvent(record.payload) else { return }
                var reader = ByteReader(record.payload)
                try restored.apply(try EventEnvelope(from: &reader), timestamp: record.timestamp)
            }
        } catch is StopFolding {
        } catch {
            return false
        }
        state = restored
        return true
    }

    /// Decodes and applies records from `sequence` on.
    private func fold(from sequence: UInt64) throws {
        try journal.forEachRecord(from: sequence) { record in
            var reader = ByteReader(record.payload)
            let envelope: EventEnvelope
            do {
                envelope = try EventEnvelope(from: &reader)
            } catch {
                throw FoldError(sequence: record.sequence, reason: "tidak terbaca (\(error))")
            }
            do {
                try state.apply(envelope, timestamp: record.timestamp)
            } catch {
                throw FoldError(sequence: record.sequence, reason: "bertentangan dengan data sebelumnya (\(error))")
            }
        }
    }

    /// Why nothing can be written now, in words for the desk; nil when appending is possible.
    public var readOnlyReason: String? {
        if let failure = journal.failure { return failure.userMessage }
        if let problem = journal.problem { return problem.userMessage }
        return foldProblem
    }

    /// Writes the events as one batch (one fsync), then applies them. Throws before anything is applied.
    public func append(_ events: [EventEnvelope], timestamp: Int64) throws(JournalError) {
        if let foldProblem { throw JournalError.io(detail: foldProblem) }
        _ = try journal.append(events.map { $0.encoded() }, timestamp: timestamp)
        for e in events {
            do {
                try state.apply(e, timestamp: timestamp)
            } catch {
                // Written but contradictory: a bug in whoever built the event. Stop writing.
                foldProblem = "Perubahan terakhir tidak sesuai data (\(error)). Hubungi petugas teknis."
            }
        }
    }

    /// Writes `snapshot.bin` for the state as of the journal's last record (atomically: a crash
    /// leaves the previous snapshot or none). Only a store that can be written is snapshotted.
    public func writeSnapshot() throws(JournalError) {
        if let why = readOnlyReason { throw .io(detail: why) }
        let bytes = Snapshot.encode(state: state, deskId: journal.deskId, sequence: journal.lastSequence,
                                    recordHash: journal.lastHash)
        try AtomicFile.write(bytes, to: joinPath(directory, Snapshot.fileName), fileSystem: journal.fileSystem)
        snapshotSequence = journal.lastSequence
    }

    /// Writes a snapshot first when the journal has grown `snapshotInterval` records past the last
    /// one; a failed snapshot only costs a slower next open, so it is not reported.
    public func close() {
        if journal.lastSequence >= snapshotSequence + Self.snapshotInterval, readOnlyReason == nil {
            try? writeSnapshot()
        }
        journal.close()
    }
}

private struct FoldError: Error {
    let sequence: UInt64
    let reason: String
}

private struct StopFolding: Error {}

/// Runs `work` on another thread at once; `value` waits for it.
private final class Background<Value: Sendable>: @unchecked Sendable {
    private var result: Value?
    private let done = DispatchSemaphore(value: 0)

    init(_ work: @escaping @Sendable () -> Value) {
        DispatchQueue.global(qos: .userInitiated).async {
            self.result = work()
            self.done.signal()
        }
    }

    /// Call once: hands the result over and keeps no reference to it.
    func wait() -> Value {
        done.wait()
        defer { result = nil }
        return result!
    }
}
