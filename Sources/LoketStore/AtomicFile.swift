import LoketCrypto

/// Whole-file replacement that survives a crash at any point: the target holds either the old or
/// the new bytes. Foundation's `.atomic` renames but never fsyncs, so a crash can leave an empty file.
public enum AtomicFile {
    /// Writes a temporary file in the same directory, fsyncs it, renames it over `path`,
    /// then fsyncs the directory so the rename itself is durable.
    public static func write(_ bytes: [UInt8], to path: String,
                             fileSystem: any FileSystem = PosixFileSystem()) throws(JournalError) {
        let directory = parentDirectory(path)
        let name = path.split(separator: "/").last.map(String.init) ?? path
        let temporary = joinPath(directory, ".\(name).tmp-\(hexString(randomBytes(6)))")
        do {
            let file = try fileSystem.open(temporary, .writeTruncateCreate)
            defer { fileSystem.close(file) }
            try fileSystem.write(file, bytes, at: 0)
            try fileSystem.sync(file)
        } catch {
            try? fileSystem.remove(temporary)
            throw JournalError.wrap(error)
        }
        do { try fileSystem.rename(temporary, to: path) } catch {
            try? fileSystem.remove(temporary)
            throw JournalError.wrap(error)
        }
        do { try fileSystem.syncDirectory(directory) } catch {
            // The new content is in place but may not survive a power cut: not confirmed.
            throw JournalError.fsyncFailed(detail: String(describing: error))
        }
    }
}
