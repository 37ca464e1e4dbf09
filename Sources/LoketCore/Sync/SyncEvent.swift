/// Events of bundle exchange: keys, peers, exports, imports, receipts and duplicate decisions.
/// Stored inside `DeskEvent.sync`. Tags inside are part of the file format: never reuse or renumber one.
public enum SyncEvent: Hashable, Sendable {
    /// Personal data left the store (UU 27/2022: every export is logged): a bundle, a CSV folder or a
    /// SQLite file. `lastSequence` is the last journal record the export covers.
    case exported(recipient: String, format: String, lastSequence: UInt64)
    /// The store's Ed25519 key pair was made; the secret half stays in the key file, this is the public one.
    case keyCreated(publicKey: [UInt8])
    /// A peer's public key was added: a recipient of this desk's bundles, or a desk whose bundles an
    /// aggregator accepts. Both kinds are trusted to sign what comes back (receipts, statuses).
    case peerAdded(SyncPeer)
    /// A bundle from `origin` was imported: records `firstSequence...lastSequence` of its chain are now held.
    case bundleImported(BundleLogEntry)
    /// A signed receipt from `peer` says it holds this store's records up to `lastSequence`.
    case receiptImported(peer: [UInt8], lastSequence: UInt64, lastHash: [UInt8])
    /// A person decided what a duplicate NIK candidate is. Nothing is merged; the decision is recorded.
    case duplicateAdjudicated(DuplicateDecision)
}

public struct SyncPeer: Hashable, Sendable {
    public enum Kind: UInt8, Sendable, Hashable {
        /// Where this store sends bundles (the kecamatan, Suku Dinas or Dinas Sosial).
        case recipient = 1
        /// A desk whose bundles this aggregator accepts.
        case desk
    }

    public var name: String
    public var publicKey: [UInt8]
    public var kind: Kind

    public init(name: String, publicKey: [UInt8], kind: Kind) {
        self.name = name
        self.publicKey = publicKey
        self.kind = kind
    }
}

public struct BundleLogEntry: Hashable, Sendable {
    public var origin: [UInt8]
    public var originDeskId: [UInt8]
    public var firstSequence: UInt64
    public var lastSequence: UInt64
    public var lastHash: [UInt8]

    public init(origin: [UInt8], originDeskId: [UInt8], firstSequence: UInt64, lastSequence: UInt64, lastHash: [UInt8]) {
        self.origin = origin
        self.originDeskId = originDeskId
        self.firstSequence = firstSequence
        self.lastSequence = lastSequence
        self.lastHash = lastHash
    }
}

public struct DuplicateDecision: Hashable, Sendable {
    public enum Verdict: UInt8, CaseIterable, Sendable, Hashable {
        /// One person registered twice: which registration stands is for the desks to correct.
        case samePerson = 1
        /// Different people: one NIK was written wrongly and must be checked against the KK.
        case differentPeople
        /// Cannot be decided from the papers: a field visit is needed.
        case needsFieldCheck

        public var label: String {
            ["Orang yang sama", "Orang berbeda (NIK salah tulis)", "Perlu cek lapangan"][Int(rawValue) - 1]
        }
    }

    public var nik: String
    public var verdict: Verdict
    public var note: String

    public init(nik: String, verdict: Verdict, note: String) {
        self.nik = nik
        self.verdict = verdict
        self.note = note
    }
}

extension SyncEvent: BinaryCodable {
    public func encode(to w: inout ByteWriter) {
        switch self {
        case .exported(let recipient, let format, let last):
            w.u8(1)
            w.string(recipient)
            w.string(format)
            w.uint(last)
        case .keyCreated(let key):
            w.u8(2)
            w.raw(key)
        case .peerAdded(let p):
            w.u8(3)
            w.string(p.name)
            w.raw(p.publicKey)
            w.enumeration(p.kind)
        case .bundleImported(let e):
            w.u8(4)
            w.raw(e.origin)
            w.raw(e.originDeskId)
            w.uint(e.firstSequence)
            w.uint(e.lastSequence)
            w.raw(e.lastHash)
        case .receiptImported(let peer, let last, let hash):
            w.u8(5)
            w.raw(peer)
            w.uint(last)
            w.raw(hash)
        case .duplicateAdjudicated(let d):
            w.u8(6)
            w.string(d.nik)
            w.enumeration(d.verdict)
            w.string(d.note)
        }
    }

    public init(from r: inout ByteReader) throws {
        let tag = try r.u8()
        switch tag {
        case 1: self = .exported(recipient: try r.string(), format: try r.string(), lastSequence: try r.uint())
        case 2: self = .keyCreated(publicKey: try r.raw())
        case 3: self = .peerAdded(SyncPeer(name: try r.string(), publicKey: try r.raw(), kind: try r.enumeration()))
        case 4:
            self = .bundleImported(BundleLogEntry(origin: try r.raw(), originDeskId: try r.raw(), firstSequence: try r.uint(),
                                                  lastSequence: try r.uint(), lastHash: try r.raw()))
        case 5: self = .receiptImported(peer: try r.raw(), lastSequence: try r.uint(), lastHash: try r.raw())
        case 6: self = .duplicateAdjudicated(DuplicateDecision(nik: try r.string(), verdict: try r.enumeration(), note: try r.string()))
        default: throw ByteReaderError.invalid("sync tag \(tag)")
        }
    }
}
