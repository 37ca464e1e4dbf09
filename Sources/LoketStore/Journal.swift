import LoketCrypto

/// Sequence number and hash of a record the journal has made durable.
public struct JournalRecordInfo: Equatable, Sendable {
    public let sequence: UInt64
    /// SHA-256 of the record's complete bytes: the next record's previous hash.
    public let hash: [UInt8]
    /// Byte offset in journal.log.
    public let offset: Int
}

/// One record, read in place from the journal's buffer. Valid only inside the `forEachRecord`
/// closure that handed it out: the pointers must not escape.
public struct JournalRecordView {
    /// Byte offset in journal.log.
    public let offset: Int
    /// The record's complete bytes.
    public let bytes: UnsafeRawBufferPointer
    private let hashBytes: UnsafeRawBufferPointer

    init(offset: Int, bytes: UnsafeRawBufferPointer, hashBytes: UnsafeRawBufferPointer) {
        self.offset = offset
        self.bytes = bytes
        self.hashBytes = hashBytes
    }

    public var sequence: UInt64 { bytes.readLittleEndian(UInt64.self, at: JournalFormat.Field.sequence) }
    public var timestamp: Int64 {
        Int64(bitPattern: bytes.readLittleEndian(UInt64.self, at: JournalFormat.Field.timestamp))
    }
    public var deskId: [UInt8] { Array(bytes[JournalFormat.Field.deskId..<JournalFormat.Field.payload]) }
    public var previousHash: [UInt8] {
        Array(bytes[JournalFormat.Field.previousHash..<JournalFormat.Field.timestamp])
    }
    /// SHA-256 of this record. Not recomputed: the next record's verified previous-hash field holds it.
    public var hash: [UInt8] { Array(hashBytes) }
    /// The event bytes, without a copy.
    public var payload: UnsafeRawBufferPointer {
        UnsafeRawBufferPointer(rebasing: bytes[JournalFormat.Field.payload...])
    }
}

/// The append-only journal of one desk: `journal.log` in a store directory, held by one writer.
/// A record is durable, and may be reported "Tersimpan", only once `append` has returned.
public final class Journal {
    public static let fileName = "journal.log"
    public static let recoveredDirectoryName = "recovered"

    public let directory: String
    public let deskId: [UInt8]
    /// What opening found: a clean log, a cut torn tail, or damage.
    public let recovery: RecoveryReport
    /// The damage that made this journal read-only, if any.
    public var problem: JournalProblem? { recovery.problem }
    public var isReadOnly: Bool { problem != nil }
    /// Set when a write could not be confirmed; no append succeeds after it.
    public private(set) var failure: JournalError?
    public private(set) var lastSequence: UInt64
    /// SHA-256 of the last record (32 zero bytes when there is none).
    public private(set) var lastHash: [UInt8]
    public var recordCount: Int { offsets.count }
    /// Bytes of header and intact records: the size of journal.log when writable.
    public var byteCount: Int { bytes.count }

    let fileSystem: any FileSystem
    private var file: OpenFile?
    private var lock: StoreLock?
    /// The whole log, kept in memory so folding reads records in place.
    private var bytes: [UInt8]
    private var offsets: [Int]

    private init(directory: String, fileSystem: any FileSystem, file: OpenFile, lock: StoreLock,
                 bytes: [UInt8], scan: JournalScan, recovery: RecoveryReport) {
        self.directory = directory
        self.fileSystem = fileSystem
        self.file = file
        self.lock = lock
        self.bytes = bytes
        self.offsets = scan.recordOffsets
        self.deskId = scan.header.deskId
        self.lastSequence = scan.lastSequence
        self.lastHash = scan.lastHash
        self.recovery = recovery
    }

    deinit { close() }

    /// Opens the store in `directory`, recovering from a crash if needed. With `createWithDeskId`,
    /// a missing directory or journal is created for that desk; an existing journal keeps the desk id
    /// in its header (see `deskId`), since that header is where the id lives.
    public static func open(directory: String, fileSystem: any FileSystem = PosixFileSystem(),
                            createWithDeskId: [UInt8]? = nil) throws(JournalError) -> Journal {
        if let id = createWithDeskId, id.count != JournalFormat.deskIdSize {
            throw .invalidDeskId(byteCount: id.count)
        }
        let path = joinPath(directory, fileName)
        if !fileSystem.exists(path) {
            guard createWithDeskId != nil else { throw .notFound(directory: directory) }
            if !fileSystem.exists(directory) {
                do {
                    try fileSystem.createDirectory(directory)
                    try fileSystem.syncDirectory(parentDirectory(directory))
                } catch { throw .wrap(error) }
            }
        }
        let lock = try StoreLock.acquire(directory: directory, fileSystem: fileSystem)
        do {
            if !fileSystem.exists(path) {
                guard let id = createWithDeskId else { throw JournalError.notFound(directory: directory) }
                // Atomic, so journal.log never exists with half a header.
                try AtomicFile.write(JournalFileHeader(deskId: id).encoded(), to: path, fileSystem: fileSystem)
            }
            let file = try fileSystem.open(path, .readWrite)
            do {
                return try recover(directory: directory, fileSystem: fileSystem, file: file, lock: lock)
            } catch {
                fileSystem.close(file)
                throw error
            }
        } catch {
            lock.release()
            throw .wrap(error)
        }
    }

    /// Reads and checks the whole log; cuts a torn tail after saving it to `recovered/`.
    private static func recover(directory: String, fileSystem: any FileSystem, file: OpenFile,
                                lock: StoreLock) throws -> Journal {
        var bytes = try fileSystem.readAll(file)
        let scan = try bytes.withUnsafeBytes { raw throws(JournalError) in try JournalScanner.scan(raw, path: file.path) }
        var report = RecoveryReport(recordCount: scan.recordOffsets.count, tornByteCount: 0)
        switch scan.ending {
        case .clean:
            break
        case .corrupt(let problem):
            report.problem = problem
        case .torn(let count):
            let torn = Array(bytes[scan.validEnd...])
            do {
                report.savedTornBytesPath = try saveTornBytes(torn, directory: directory, fileSystem: fileSystem)
            } catch {
                // Never destroy bytes we could not copy: leave them and open read-only.
                report.problem = JournalProblem(
                    sequence: scan.lastSequence + 1, offset: scan.validEnd,
                    reason: .tornTailNotSaved(detail: String(describing: error)),
                    validRecordCount: scan.recordOffsets.count)
                break
            }
            try fileSystem.truncate(file, to: scan.validEnd)
            try fileSystem.sync(file)
            report.tornByteCount = count
        }
        bytes.removeSubrange(scan.validEnd...)
        return Journal(directory: directory, fileSystem: fileSystem, file: file, lock: lock,
                       bytes: bytes, scan: scan, recovery: report)
    }

    /// Copies cut bytes to `recovered/torn-<ms>.bin`, durably, and returns the path.
    private static func saveTornBytes(_ torn: [UInt8], directory: String, fileSystem: any FileSystem) throws -> String {
        let folder = joinPath(directory, recoveredDirectoryName)
        if !fileSystem.exists(folder) {
            try fileSystem.createDirectory(folder)
            try fileSystem.syncDirectory(directory)
        }
        let stamp = currentMilliseconds()
        var path = joinPath(folder, "torn-\(stamp).bin")
        var attempt = 1
        while fileSystem.exists(path) {
            path = joinPath(folder, "torn-\(stamp)-\(attempt).bin")
            attempt += 1
        }
        try AtomicFile.write(torn, to: path, fileSystem: fileSystem)
        return path
    }

    /// Appends the payloads as consecutive records with one write and one fsync, and returns only
    /// once they are durable. On a failed write the log is cut back to its last complete record;
    /// on a failed fsync the journal stops for the session (see FORMAT.md, "Writing").
    @discardableResult
    public func append(_ payloads: [[UInt8]], timestamp: Int64) throws(JournalError) -> [JournalRecordInfo] {
        if let failure { throw failure }
        if let problem { throw .readOnly(problem) }
        guard let file else { throw .closed }
        guard !payloads.isEmpty else { return [] }
        if let large = payloads.first(where: { $0.count > JournalFormat.maxPayloadSize }) {
            throw .payloadTooLarge(byteCount: large.count)
        }

        let start = bytes.count
        var batch = [UInt8]()
        batch.reserveCapacity(payloads.reduce(0) { $0 + JournalFormat.recordHeaderSize + $1.count })
        var infos = [JournalRecordInfo]()
        infos.reserveCapacity(payloads.count)
        var sequence = lastSequence
        var previous = lastHash
        for payload in payloads {
            sequence += 1
            let recordStart = batch.count
            payload.withUnsafeBytes {
                JournalFormat.appendRecord(sequence: sequence, previousHash: previous, timestamp: timestamp,
                                           deskId: deskId, payload: $0, to: &batch)
            }
            previous = batch.withUnsafeBytes { SHA256.hash(UnsafeRawBufferPointer(rebasing: $0[recordStart...])) }
            infos.append(JournalRecordInfo(sequence: sequence, hash: previous, offset: start + recordStart))
        }

        do {
            try fileSystem.write(file, batch, at: start)
        } catch {
            do {
                try fileSystem.truncate(file, to: start)
            } catch let cutError {
                // Unknown bytes may follow the last record: writing on could bury them mid-log.
                let fatal = JournalError.fsyncFailed(detail: "write failed (\(error)); cutting back failed (\(cutError))")
                failure = fatal
                throw fatal
            }
            if let error = error as? FileSystemError, error.isDiskFull { throw .diskFull(detail: error.description) }
            throw .writeFailed(detail: String(describing: error))
        }
        do {
            try fileSystem.sync(file)
        } catch {
            // After a failed fsync the kernel may have dropped the dirty pages and cleared the error:
            // a retry could "succeed" without the data. Stop instead.
            let fatal = JournalError.fsyncFailed(detail: String(describing: error))
            failure = fatal
            throw fatal
        }

        bytes.append(contentsOf: batch)
        offsets.append(contentsOf: infos.map(\.offset))
        lastSequence = sequence
        lastHash = previous
        return infos
    }

    @discardableResult
    public func append(_ payload: [UInt8], timestamp: Int64) throws(JournalError) -> JournalRecordInfo {
        try append([payload], timestamp: timestamp)[0]
    }

    /// Calls `body` for every intact record from `sequence` on, in order, reading in place.
    public func forEachRecord(from sequence: UInt64 = 1, _ body: (JournalRecordView) throws -> Void) rethrows {
        guard sequence >= 1, sequence <= UInt64(offsets.count) else { return }
        // Local copies: an append inside `body` then copies the buffer instead of trapping.
        let bytes = self.bytes, offsets = self.offsets, lastHash = self.lastHash
        try bytes.withUnsafeBytes { raw in
            try lastHash.withUnsafeBytes { last in
                for i in Int(sequence - 1)..<offsets.count {
                    let start = offsets[i]
                    let isLast = i + 1 == offsets.count
                    let end = isLast ? raw.count : offsets[i + 1]
                    let hash = isLast
                        ? last
                        : UnsafeRawBufferPointer(rebasing: raw[(end + JournalFormat.Field.previousHash)..<(end + JournalFormat.Field.timestamp)])
                    try body(JournalRecordView(offset: start, bytes: UnsafeRawBufferPointer(rebasing: raw[start..<end]),
                                               hashBytes: hash))
                }
            }
        }
    }

    /// SHA-256 of the record with this sequence number (nil when there is none): the checked
    /// previous-hash field of the record after it, or `lastHash`.
    public func hash(ofRecord sequence: UInt64) -> [UInt8]? {
        guard sequence >= 1, sequence <= lastSequence else { return nil }
        if sequence == lastSequence { return lastHash }
        let next = offsets[Int(sequence)]
        return Array(bytes[(next + JournalFormat.Field.previousHash)..<(next + JournalFormat.Field.timestamp)])
    }

    /// Releases the lock. Appends throw `.closed` afterwards.
    public func close() {
        if let file { fileSystem.close(file) }
        file = nil
        lock?.release()
        lock = nil
    }
}
