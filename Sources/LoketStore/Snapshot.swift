import LoketCore

/// `snapshot.bin`: the folded state as of one journal record, so that opening a large store decodes
/// it instead of replaying every registration (FORMAT.md, "Snapshot"). A cache, never the truth: it
/// is used only when it names a record the checked journal holds, with the same hash and desk id.
struct Snapshot: Sendable {
    static let fileName = "snapshot.bin"
    static let magic = Array("LOKETS1\n".utf8)
    static let version: UInt32 = 1
    static let headerSize = 80

    var deskId: [UInt8]
    /// The last record folded into `state`, and its hash.
    var sequence: UInt64
    var recordHash: [UInt8]
    var state: DeskState

    /// Header then body; the CRC covers both (its own field excepted).
    static func encode(state: DeskState, deskId: [UInt8], sequence: UInt64, recordHash: [UInt8]) -> [UInt8] {
        let body = state.snapshotEncoded()
        var out = magic
        out.reserveCapacity(headerSize + body.count)
        appendLittleEndian(version, to: &out)
        out += deskId
        appendLittleEndian(sequence, to: &out)
        out += recordHash
        appendLittleEndian(UInt64(body.count), to: &out)
        var crc = out.withUnsafeBytes { CRC32C.checksum($0) }
        crc = body.withUnsafeBytes { CRC32C.checksum($0, continuing: crc) }
        appendLittleEndian(crc, to: &out)
        out += body
        return out
    }

    /// The snapshot in `directory`, or nil when there is none or it is damaged, of another version
    /// or unreadable: every such case only means a full replay.
    static func read(directory: String, fileSystem: any FileSystem) -> Snapshot? {
        let path = joinPath(directory, fileName)
        // Only a file that exists is opened, so that stores without one make no extra calls.
        guard fileSystem.exists(path), let bytes = try? fileSystem.readFile(path) else { return nil }
        return bytes.withUnsafeBytes { decode($0) }
    }

    static func decode(_ file: UnsafeRawBufferPointer) -> Snapshot? {
        guard file.count >= headerSize, Array(file[0..<8]) == magic,
              file.readLittleEndian(UInt32.self, at: 8) == version,
              file.readLittleEndian(UInt64.self, at: 68) == UInt64(file.count - headerSize) else { return nil }
        let body = UnsafeRawBufferPointer(rebasing: file[headerSize...])
        let crc = CRC32C.checksum(body, continuing: CRC32C.checksum(UnsafeRawBufferPointer(rebasing: file[0..<76])))
        guard crc == file.readLittleEndian(UInt32.self, at: 76),
              let state = try? DeskState(snapshot: body) else { return nil }
        return Snapshot(deskId: Array(file[12..<28]), sequence: file.readLittleEndian(UInt64.self, at: 28),
                        recordHash: Array(file[36..<68]), state: state)
    }

    /// Whether this snapshot is the fold of the journal's first `sequence` records.
    func matches(_ journal: Journal) -> Bool {
        deskId == journal.deskId && journal.hash(ofRecord: sequence) == recordHash
    }
}

private func appendLittleEndian<T: FixedWidthInteger>(_ value: T, to bytes: inout [UInt8]) {
    withUnsafeBytes(of: value.littleEndian) { bytes.append(contentsOf: $0) }
}
