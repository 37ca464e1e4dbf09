import LoketCore
import LoketCrypto

/// A desk's journal and the state folded from it. Every change goes through `append`, which returns
/// only after the events are on disk (fsync) and applied to `state`.
public final class DeskStore {
    public let journal: Journal
    public private(set) var state = DeskState()
    /// Set when an event in the journal could not be understood: the store is then read-only.
    public private(set) var foldProblem: String?

    public var directory: String { journal.directory }

    /// Opens the store in `directory`; with `create`, a missing store is made with a new random desk id.
    public static func open(directory: String, fileSystem: any FileSystem = PosixFileSystem(),
                            create: Bool = false) throws(JournalError) -> DeskStore {
        let journal = try Journal.open(directory: directory, fileSystem: fileSystem,
                                       createWithDeskId: create ? randomBytes(16) : nil)
        return DeskStore(journal: journal)
    }

    init(journal: Journal) {
        self.journal = journal
        state.reserveCapacity(records: journal.recordCount)
        do {
            try journal.forEachRecord { record in
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
        } catch let e as FoldError {
            foldProblem = "Catatan nomor \(e.sequence) \(e.reason). Data dibuka hanya-baca; hubungi petugas teknis."
        } catch {
            foldProblem = "\(error)"
        }
        state.finishLoading()
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

    public func close() { journal.close() }
}

private struct FoldError: Error {
    let sequence: UInt64
    let reason: String
}
