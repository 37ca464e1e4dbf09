import LoketCore
import LoketStore

/// An aggregator's copy of one desk's journal: the same file format as the desk's `journal.log`
/// (FORMAT.md), holding the desk's records byte for byte, so `loket verify`-style checks and the
/// ordinary journal reader work on it. Records arrive only from verified bundles.
struct MirrorJournal {
    let directory: String
    let deskId: [UInt8]
    let fileSystem: any FileSystem

    var journalPath: String { directory + "/" + Journal.fileName }
    var exists: Bool { fileSystem.exists(journalPath) }

    /// Opens the copy through the journal reader (which also cuts a torn tail left by a crash).
    func open() throws(SyncError) -> Journal? {
        guard exists else { return nil }
        do {
            return try Journal.open(directory: directory, fileSystem: fileSystem)
        } catch {
            throw .store("Salinan data loket \(directory) tidak bisa dibuka: \(error.userMessage)")
        }
    }

    /// How far this copy holds the desk's chain, and the hash of any held record.
    func position() throws(SyncError) -> (point: SyncBook.ChainPoint, byteCount: Int, hashes: (UInt64) -> [UInt8]?) {
        guard let journal = try open() else { return (.start, 0, { _ in nil }) }
        defer { journal.close() }
        if let problem = journal.problem {
            throw .store("Salinan data loket rusak: \(problem.userMessage)")
        }
        var hashes: [[UInt8]] = []
        hashes.reserveCapacity(journal.recordCount)
        journal.forEachRecord { hashes.append($0.hash) }
        let point = SyncBook.ChainPoint(sequence: journal.lastSequence, hash: journal.lastHash)
        return (point, journal.byteCount, { seq in seq >= 1 && seq <= UInt64(hashes.count) ? hashes[Int(seq - 1)] : nil })
    }

    /// Appends verified raw records after the last held one with one write and one fsync. On a failed
    /// write the file is cut back; after a crash the journal reader cuts the torn tail on next open.
    /// Either way the copy ends at a whole record it held before or at the last record written.
    func append(_ records: UnsafeRawBufferPointer, at end: Int) throws(SyncError) {
        do {
            if !exists {
                if !fileSystem.exists(directory) { try fileSystem.createDirectory(directory) }
                try AtomicFile.write(JournalFileHeader(deskId: deskId).encoded(), to: journalPath, fileSystem: fileSystem)
            }
            let start = end == 0 ? JournalFormat.fileHeaderSize : end
            let file = try fileSystem.open(journalPath, .readWrite)
            defer { fileSystem.close(file) }
            do {
                try fileSystem.write(file, records, at: start)
                try fileSystem.sync(file)
            } catch {
                try? fileSystem.truncate(file, to: start)
                try? fileSystem.sync(file)
                throw error
            }
        } catch let error as JournalError {
            throw .store("Data bundle tidak bisa disimpan: \(error.userMessage) Tidak ada yang diimpor.")
        } catch {
            throw .store("Data bundle tidak bisa disimpan (\(error)). Tidak ada yang diimpor.")
        }
    }
}
