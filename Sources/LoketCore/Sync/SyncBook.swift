/// The sync part of the desk state: this store's key, its peers, what each peer has confirmed, what
/// arrived from each origin, and the duplicate decisions. Folded from `SyncEvent`s.
public struct SyncBook: Hashable, Sendable {
    /// A point on an origin's chain: its record `sequence` and that record's hash.
    public struct ChainPoint: Hashable, Sendable {
        public var sequence: UInt64
        public var hash: [UInt8]
        public static let start = ChainPoint(sequence: 0, hash: [UInt8](repeating: 0, count: 32))

        public init(sequence: UInt64, hash: [UInt8]) {
            self.sequence = sequence
            self.hash = hash
        }
    }

    public private(set) var exportCount = 0
    public private(set) var publicKey: [UInt8]?
    public private(set) var peers: [SyncPeer] = []
    /// Per peer key: the last of this store's records the peer has signed for.
    public private(set) var delivered: [[UInt8]: ChainPoint] = [:]
    /// Per origin key: the last record imported from it (status bundles at a desk).
    public private(set) var received: [[UInt8]: ChainPoint] = [:]
    /// Per origin key: the desk id its first bundle carried; later bundles must carry the same.
    public private(set) var originDeskIds: [[UInt8]: [UInt8]] = [:]
    /// Per origin key: when its last bundle was imported (ms).
    public private(set) var lastImport: [[UInt8]: Int64] = [:]
    /// Per recipient name: the last record sent in a bundle (sent is not yet delivered).
    public private(set) var lastExported: [String: UInt64] = [:]
    /// The latest decision per NIK.
    public private(set) var decisions: [String: DuplicateDecision] = [:]

    public init() {}

    public func peer(key: [UInt8]) -> SyncPeer? { peers.first { $0.publicKey == key } }
    public func peer(named name: String) -> SyncPeer? {
        peers.first { $0.name.lowercased() == name.lowercased() }
    }
    public var recipients: [SyncPeer] { peers.filter { $0.kind == .recipient } }
    public var desks: [SyncPeer] { peers.filter { $0.kind == .desk } }

    mutating func apply(_ event: SyncEvent, operatorID: Int, timestamp: Int64) throws {
        switch event {
        case .exported(let recipient, let format, let last):
            exportCount += 1
            if format.hasSuffix("bundle") { lastExported[recipient] = max(lastExported[recipient] ?? 0, last) }
        case .keyCreated(let key):
            guard publicKey == nil else { throw SyncBookError.keyAlreadyCreated }
            publicKey = key
        case .peerAdded(let p):
            guard peer(key: p.publicKey) == nil else { throw SyncBookError.peerKnown(p.name) }
            peers.append(p)
        case .bundleImported(let e):
            if let bound = originDeskIds[e.origin], bound != e.originDeskId { throw SyncBookError.deskIdChanged(e.lastSequence) }
            originDeskIds[e.origin] = e.originDeskId
            lastImport[e.origin] = timestamp
            if e.lastSequence > received[e.origin]?.sequence ?? 0 {
                received[e.origin] = ChainPoint(sequence: e.lastSequence, hash: e.lastHash)
            }
        case .receiptImported(let peer, let last, let hash):
            if last > delivered[peer]?.sequence ?? 0 { delivered[peer] = ChainPoint(sequence: last, hash: hash) }
        case .duplicateAdjudicated(let d):
            decisions[d.nik] = d
        }
    }
}

public enum SyncBookError: Error, Equatable, Sendable {
    case keyAlreadyCreated
    case peerKnown(String)
    case deskIdChanged(UInt64)
}
