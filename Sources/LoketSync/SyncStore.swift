import LoketCore
import LoketCrypto
import LoketStore

/// Bundle exchange for one open store: its keys, peers, exports and imports. A desk sends its journal
/// up and takes statuses and receipts back; an aggregator (kecamatan, Suku Dinas, Dinas Sosial) keeps
/// each desk's records in `desks/<desk id>/journal.log`, byte for byte, and its statuses for each desk
/// in `outbox/<desk id>/journal.log`.
public final class SyncStore {
    public let store: DeskStore
    let fileSystem: any FileSystem
    let now: () -> Int64

    public static let desksFolder = "desks"
    public static let outboxFolder = "outbox"
    public static let heldFolder = "held"

    public init(store: DeskStore, fileSystem: any FileSystem = PosixFileSystem(), now: @escaping () -> Int64) {
        self.store = store
        self.fileSystem = fileSystem
        self.now = now
    }

    public var state: DeskState { store.state }
    public var book: SyncBook { store.state.sync }
    public var directory: String { store.directory }
    public var isAggregator: Bool { (store.state.profile?.role ?? .desk) != .desk }

    func path(_ parts: String...) -> String { ([directory] + parts).joined(separator: "/") }
    func mirrorDirectory(deskId: [UInt8]) -> String { path(Self.desksFolder, hexString(deskId)) }
    func outboxDirectory(deskId: [UInt8]) -> String { path(Self.outboxFolder, hexString(deskId)) }

    func append(_ events: [SyncEvent], operatorID: Int) throws(SyncError) {
        try appendEvents(events.map { .sync($0) }, operatorID: operatorID)
    }

    func appendEvents(_ events: [DeskEvent], operatorID: Int) throws(SyncError) {
        do {
            try store.append(events.map { EventEnvelope(operatorID: operatorID, event: $0) }, timestamp: now())
        } catch {
            throw .store(error.userMessage)
        }
    }

    // MARK: - Keys and peers

    /// The key pair, checked against the public key recorded in the journal.
    public func keys() throws(SyncError) -> SigningKeyPair {
        let keys: SigningKeyPair
        do { keys = try KeyFile.load(directory: directory) } catch { throw .key(error.message) }
        if let recorded = book.publicKey, recorded != keys.publicKey.bytes {
            throw .key("Berkas kunci \(KeyFile.fileName) bukan kunci yang tercatat untuk data ini. Pulihkan berkas kunci yang benar.")
        }
        return keys
    }

    /// Makes the key pair once; later calls return the existing one. Returns whether it was made now.
    @discardableResult
    public func createKeys(operatorID: Int) throws(SyncError) -> (keys: SigningKeyPair, created: Bool) {
        if book.publicKey != nil { return (try keys(), false) }
        var keys: SigningKeyPair
        do {
            keys = try KeyFile.load(directory: directory)
        } catch KeyFile.Problem.missing {
            keys = SigningKeyPair.generate()
            do { try KeyFile.write(keys, directory: directory) } catch { throw .key(error.message) }
        } catch {
            throw .key(error.message)
        }
        try append([.keyCreated(publicKey: keys.publicKey.bytes)], operatorID: operatorID)
        return (keys, true)
    }

    public func addPeer(name: String, key: PublicKey, operatorID: Int) throws(SyncError) -> SyncPeer {
        let name = name.trimmedSpaces
        guard !name.isEmpty else { throw .usage("Nama penerima/loket tidak boleh kosong.") }
        if key.bytes == book.publicKey { throw .usage("Itu kunci data ini sendiri, bukan kunci pihak lain.") }
        if let known = book.peer(key: key.bytes) { throw .usage("Kunci itu sudah terdaftar atas nama \"\(known.name)\".") }
        if book.peer(named: name) != nil { throw .usage("Nama \"\(name)\" sudah dipakai. Pakai nama lain.") }
        let peer = SyncPeer(name: name, publicKey: key.bytes, kind: isAggregator ? .desk : .recipient)
        try append([.peerAdded(peer)], operatorID: operatorID)
        return peer
    }

    func trusts(_ key: PublicKey) -> Bool { book.peer(key: key.bytes) != nil }
}

extension String {
    var trimmedSpaces: String {
        var s = Substring(self)
        while s.first?.isWhitespace == true { s = s.dropFirst() }
        while s.last?.isWhitespace == true { s = s.dropLast() }
        return String(s)
    }
}

/// A sync operation that could not be done; `message` is for the person at the desk.
public enum SyncError: Error, Equatable, Sendable {
    case bundle(BundleProblem)
    case key(String)
    case usage(String)
    case store(String)
    case file(String)

    public var message: String {
        switch self {
        case .bundle(let p): return p.message
        case .key(let s), .usage(let s), .store(let s), .file(let s): return s
        }
    }
}
