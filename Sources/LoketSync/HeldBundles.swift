import LoketCrypto
import LoketStore

/// Bundles that arrived before an earlier part: kept in `held/` and retried after every import,
/// so the desk never has to send them again.
struct HeldBundles {
    let directory: String
    let fileSystem: any FileSystem

    func save(_ bytes: [UInt8]) throws(SyncError) {
        do {
            if !fileSystem.exists(directory) { try fileSystem.createDirectory(directory) }
            let path = directory + "/" + hexString(SHA256.hash(bytes).prefix(12)) + ".bundle"
            if !fileSystem.exists(path) { try AtomicFile.write(bytes, to: path, fileSystem: fileSystem) }
        } catch {
            throw .store("Bundle tidak bisa disimpan untuk diimpor nanti (\(error)).")
        }
    }

    /// Paths of held bundles, oldest name order (the retry loop does not depend on the order).
    func paths() -> [String] {
        guard let names = try? listDirectory(directory) else { return [] }
        return names.filter { $0.hasSuffix(".bundle") }.sorted().map { directory + "/" + $0 }
    }

    func remove(_ path: String) {
        try? fileSystem.remove(path)
        try? fileSystem.syncDirectory(directory)
    }
}
