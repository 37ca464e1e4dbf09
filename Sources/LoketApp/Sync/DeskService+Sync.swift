import Foundation
import LoketCore
import LoketCrypto
import LoketStore
import LoketSync

extension DeskService {
    /// Where the sync screens look for and put bundle files unless the operator types another folder.
    public var defaultBundleFolder: String { store.directory + "/bundle" }

    func run(_ request: SyncRequest, operatorID: Int) throws -> SyncResult {
        let sync = SyncStore(store: store, fileSystem: fileSystem, now: { self.clock.timestamp })
        switch request.withFolder(defaultBundleFolder) {
        case .load(let folder?):
            return .overview(overview(sync, folder: folder))
        case .export(let name, let folder?):
            do {
                let bundle = try sync.exportBundle(to: name, operatorID: operatorID) { fraction in
                    self.onProgress?("Membuat bundle untuk \(name)… \(Int(fraction * 100))%")
                }
                try ensureFolder(folder)
                let path = folder + "/" + bundle.suggestedName
                try AtomicFile.write(bundle.bytes, to: path, fileSystem: fileSystem)
                let h = bundle.header
                return .done(lines: ["Bundle untuk \(bundle.peer.name) dibuat: catatan \(h.firstSequence)–\(h.lastSequence), berkas \(bundle.suggestedName)."],
                             failed: false, overview: overview(sync, folder: folder))
            } catch {
                return .done(lines: [describe(error)], failed: true, overview: overview(sync, folder: folder))
            }
        case .importFolder(let folder?):
            let (lines, failed) = importFolder(sync, folder: folder, operatorID: operatorID)
            return .done(lines: lines, failed: failed, overview: overview(sync, folder: folder))
        case .adjudicate(let decision, let folder?):
            do {
                try sync.adjudicate(decision, operatorID: operatorID)
                return .done(lines: ["Keputusan dicatat: \(decision.verdict.label)."], failed: false, overview: overview(sync, folder: folder))
            } catch {
                return .done(lines: [describe(error)], failed: true, overview: overview(sync, folder: folder))
            }
        case .load(nil), .export(_, nil), .importFolder(nil), .adjudicate(_, nil):
            preconditionFailure("withFolder fills the folder")
        }
    }

    private func describe(_ error: any Error) -> String {
        if let e = error as? SyncError { return e.message }
        if let e = error as? JournalError { return e.userMessage }
        return "Gagal: \(error)"
    }

    private func overview(_ sync: SyncStore, folder: String) -> SyncOverview {
        let key = (try? sync.keys())?.publicKey
        return SyncOverview(isAggregator: sync.isAggregator, keyText: key?.text, fingerprint: key?.fingerprint, folder: folder,
                            peers: sync.book.peers.map { sync.unsent(to: $0) },
                            view: sync.isAggregator ? sync.aggregatorView() : nil)
    }

    private func ensureFolder(_ folder: String) throws {
        if !fileSystem.exists(folder) { try fileSystem.createDirectory(folder) }
    }

    /// Imports every bundle in the folder that this store did not make, receipts written beside them.
    /// Bundles already imported are counted, not reported one by one.
    private func importFolder(_ sync: SyncStore, folder: String, operatorID: Int) -> (lines: [String], failed: Bool) {
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: folder) else {
            return (["Folder \(folder) tidak bisa dibaca. Periksa flashdisk dan nama foldernya."], true)
        }
        let own = try? sync.keys().publicKey
        var lines: [String] = []
        var failed = false
        var unchanged = 0
        let bundles = names.filter({ $0.hasSuffix(".bundle") }).sorted()
        for (index, name) in bundles.enumerated() {
            onProgress?("Mengimpor bundle \(index + 1) dari \(bundles.count): \(name)…")
            guard let bytes = try? fileSystem.readFile(folder + "/" + name) else { continue }
            if let header = try? BundleOpener.check(bytes).header, header.origin == own { continue }
            do {
                let result = try sync.importBundle(bytes, operatorID: operatorID)
                lines.append(result.summary)
                lines += result.alsoImported.map(\.summary)
                for receipt in ([result.receipt] + result.alsoImported.map(\.receipt)).compactMap({ $0 }) {
                    try AtomicFile.write(receipt.bytes, to: folder + "/" + receipt.suggestedName, fileSystem: fileSystem)
                    lines.append("Tanda terima untuk \(receipt.peer.name): \(receipt.suggestedName)")
                }
            } catch SyncError.bundle(.alreadyImported) {
                unchanged += 1
            } catch let error as SyncError {
                if case .bundle(.held) = error {} else { failed = true }
                lines.append("\(name): \(error.message)")
            } catch {
                failed = true
                lines.append("\(name): \(error)")
            }
        }
        if unchanged > 0 { lines.append("\(unchanged) berkas sudah pernah diimpor; tidak ada yang berubah.") }
        if lines.isEmpty { lines.append("Tidak ada berkas bundle baru di \(folder).") }
        return (lines, failed)
    }
}

extension SyncRequest {
    /// The same request with the default folder where none was typed.
    func withFolder(_ fallback: String) -> SyncRequest {
        switch self {
        case .load(let f): return .load(folder: f ?? fallback)
        case .export(let p, let f): return .export(peer: p, folder: f ?? fallback)
        case .importFolder(let f): return .importFolder(f ?? fallback)
        case .adjudicate(let d, let f): return .adjudicate(d, folder: f ?? fallback)
        }
    }
}
