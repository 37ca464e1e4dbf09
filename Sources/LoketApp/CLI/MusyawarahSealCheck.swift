import LoketCore
import LoketCrypto
import LoketStore

/// One closed musyawarah: the seal recorded when it closed and the seal recomputed from the journal.
public struct MusyawarahSealCheck: Equatable, Sendable {
    public let sessionID: Int
    public let date: CivilDate
    public let recorded: [UInt8]
    public let recomputed: [UInt8]

    public var matches: Bool { recorded == recomputed }
}

/// For `loket verify`: reads journal.log without the lock (like `Journal.verify`), folds it and
/// recomputes each closed session's SHA-256 seal. Call it only on a journal that verified healthy.
public func musyawarahSealChecks(directory: String, fileSystem: any FileSystem = PosixFileSystem()) -> Result<[MusyawarahSealCheck], SealCheckFailure> {
    let bytes: [UInt8]
    do { bytes = try fileSystem.readFile(joinedJournalPath(directory)) } catch { return .failure(SealCheckFailure(message: "journal.log tidak terbaca: \(error)")) }
    var state = DeskState()
    var failure: String?
    bytes.withUnsafeBytes { raw in
        var offset = JournalFormat.fileHeaderSize
        while offset < raw.count {
            guard case .record(let record, let size) = JournalRecord.decode(UnsafeRawBufferPointer(rebasing: raw[offset...])) else { break }
            do {
                let envelope = try EventEnvelope.decode(record.payload)
                try state.apply(envelope, timestamp: record.timestamp)
            } catch {
                failure = "Catatan nomor \(record.sequence) tidak bisa dibaca ulang (\(error))."
                return
            }
            offset += size
        }
    }
    if let failure { return .failure(SealCheckFailure(message: failure)) }
    return .success(state.musyawarah.sessions.compactMap { s in
        s.closure.map { MusyawarahSealCheck(sessionID: s.id, date: s.setup.date, recorded: $0.seal, recomputed: SHA256.hash(s.sealContent)) }
    })
}

private func joinedJournalPath(_ directory: String) -> String {
    (directory.hasSuffix("/") ? directory : directory + "/") + Journal.fileName
}

public struct SealCheckFailure: Error, Equatable, Sendable {
    public let message: String
}

/// The lines `loket verify` adds about sealed musyawarah, and whether every seal matches.
public func musyawarahSealText(directory: String) -> (text: String, ok: Bool) {
    switch musyawarahSealChecks(directory: directory) {
    case .failure(let why):
        return ("Segel musyawarah tidak bisa diperiksa: \(why.message)\n", false)
    case .success(let checks):
        guard !checks.isEmpty else { return ("", true) }
        var text = "Segel musyawarah (SHA-256, sama dengan yang tercetak di berita acara):\n"
        for c in checks {
            text += "  Musyawarah \(c.sessionID) (\(c.date)): \(hexString(c.recorded)) "
            text += c.matches ? "COCOK\n" : "TIDAK COCOK (dihitung ulang: \(hexString(c.recomputed)))\n"
        }
        return (text, checks.allSatisfy(\.matches))
    }
}
