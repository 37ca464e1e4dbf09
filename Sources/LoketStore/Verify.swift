/// The result of `Journal.verify`: a full check of journal.log without changing anything.
public struct VerifyReport: Equatable, Sendable, CustomStringConvertible {
    public var path: String
    public var recordCount: Int = 0
    public var lastSequence: UInt64 = 0
    public var lastHash: [UInt8] = JournalFormat.zeroHash
    public var fileByteCount: Int = 0
    /// The first bad record, if any.
    public var problem: JournalProblem?
    /// Bytes of an unfinished last record (a crash, or a write in progress); cut on the next open.
    public var tornByteCount: Int = 0
    /// The file could not be read at all (missing, header damaged).
    public var error: JournalError?

    public var isHealthy: Bool { problem == nil && error == nil }

    public var message: String {
        if let error { return error.userMessage }
        if let problem { return problem.userMessage }
        var text = "Data utuh: \(recordCount) catatan, rantai hash lengkap."
        if tornByteCount > 0 {
            text += " Penyimpanan terakhir belum selesai (\(tornByteCount) bita); akan dirapikan saat data dibuka."
        }
        return text
    }

    public var description: String {
        if let error { return "\(path): \(error)" }
        if let problem { return "\(path): \(recordCount) intact records, then \(problem)" }
        return "\(path): OK, \(recordCount) records" + (tornByteCount > 0 ? ", \(tornByteCount) torn tail bytes" : "")
    }
}

extension Journal {
    /// Checks every record (CRC, sequence, hash chain, desk id) without the write lock, so it can
    /// run beside a desk that is open. Never modifies anything.
    public static func verify(directory: String, fileSystem: any FileSystem = PosixFileSystem()) -> VerifyReport {
        let path = joinPath(directory, fileName)
        var report = VerifyReport(path: path)
        guard fileSystem.exists(path) else {
            report.error = .notFound(directory: directory)
            return report
        }
        do {
            let bytes = try fileSystem.readFile(path)
            report.fileByteCount = bytes.count
            let scan = try bytes.withUnsafeBytes { raw throws(JournalError) in try JournalScanner.scan(raw, path: path) }
            report.recordCount = scan.recordOffsets.count
            report.lastSequence = scan.lastSequence
            report.lastHash = scan.lastHash
            switch scan.ending {
            case .clean: break
            case .torn(let count): report.tornByteCount = count
            case .corrupt(let problem): report.problem = problem
            }
        } catch {
            report.error = .wrap(error)
        }
        return report
    }
}
