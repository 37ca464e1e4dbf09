import LoketCore
import LoketCrypto
import LoketStore

/// A bundle made and ready to be written to a file.
public struct BundleFile: Sendable {
    public let bytes: [UInt8]
    public let header: BundleHeader
    public let peer: SyncPeer
    /// A file name that says whose records and which range, e.g. `loket-1a2b3c4d-1-5230.bundle`.
    public let suggestedName: String
}

/// How much of this store a recipient does not have yet.
public struct UnsentSummary: Equatable, Sendable {
    public var peer: SyncPeer
    public var lastSequence: UInt64
    /// Records not in any bundle made for this recipient.
    public var notExported: UInt64
    /// Records the recipient has not confirmed with a receipt.
    public var notConfirmed: UInt64
}

extension SyncStore {
    /// Counts changes, not bookkeeping: the records of exports, imports and receipts themselves are
    /// left out, so a desk whose data all arrived reads "0" although the receipt added a record.
    public func unsent(to peer: SyncPeer) -> UnsentSummary {
        let last = lastSequence(for: peer)
        let exported = book.lastExported[peer.name] ?? 0
        let confirmed = book.delivered[peer.publicKey]?.sequence ?? 0
        guard peer.kind == .recipient else {
            return UnsentSummary(peer: peer, lastSequence: last, notExported: last - min(last, exported),
                                 notConfirmed: last - min(last, confirmed))
        }
        var notExported: UInt64 = 0, notConfirmed: UInt64 = 0
        store.journal.forEachRecord(from: min(exported, confirmed) + 1) { record in
            guard !Self.isSyncBookkeeping(record.payload) else { return }
            if record.sequence > exported { notExported += 1 }
            if record.sequence > confirmed { notConfirmed += 1 }
        }
        return UnsentSummary(peer: peer, lastSequence: last, notExported: notExported, notConfirmed: notConfirmed)
    }

    /// True for a `.sync` event: envelope version byte, operator id (LEB128), then the event tag 22.
    static func isSyncBookkeeping(_ payload: UnsafeRawBufferPointer) -> Bool {
        var i = 1
        while i < payload.count, payload[i] & 0x80 != 0 { i += 1 }
        return i + 1 < payload.count && payload[i + 1] == 22
    }

    /// A desk sends its own journal; an aggregator sends a desk the statuses recorded for it.
    func lastSequence(for peer: SyncPeer) -> UInt64 {
        guard peer.kind == .desk else { return store.journal.lastSequence }
        guard let deskId = book.originDeskIds[peer.publicKey],
              let outbox = try? Journal.open(directory: outboxDirectory(deskId: deskId), fileSystem: fileSystem) else { return 0 }
        defer { outbox.close() }
        return outbox.lastSequence
    }

    public func peer(named name: String) throws(SyncError) -> SyncPeer {
        if let p = book.peer(named: name) ?? PublicKey(text: name).flatMap({ book.peer(key: $0.bytes) }) { return p }
        let known = book.peers.map(\.name)
        let list = known.isEmpty ? "Belum ada yang terdaftar; tambahkan dengan \"loket keys add NAMA KUNCI\"."
            : "Yang terdaftar: " + known.joined(separator: ", ") + "."
        throw .usage("Tidak ada penerima bernama \"\(name)\". \(list)")
    }

    /// Everything the recipient has not confirmed, from the record after its last receipt to the end.
    /// The export is logged first, so the bundle carries the record of its own making.
    public func exportBundle(to name: String, operatorID: Int, progress: (Double) -> Void = { _ in }) throws(SyncError) -> BundleFile {
        let peer = try peer(named: name)
        let keys = try keys()
        guard let recipient = PublicKey(bytes: peer.publicKey) else { throw .key("Kunci \(peer.name) tidak sah.") }
        let delivered = book.delivered[peer.publicKey] ?? .start
        let journal: Journal
        let prefix: String
        var closeAfter = false
        if peer.kind == .desk {
            guard let deskId = book.originDeskIds[peer.publicKey],
                  let outbox = try MirrorJournal(directory: outboxDirectory(deskId: deskId), deskId: store.journal.deskId,
                                                 fileSystem: fileSystem).open(),
                  outbox.lastSequence > delivered.sequence else {
                throw .usage("Tidak ada status baru untuk \(peer.name): semua status sudah dikonfirmasi loket itu.")
            }
            journal = outbox
            closeAfter = true
            prefix = "status"
            try append([.exported(recipient: peer.name, format: "status-bundle", lastSequence: outbox.lastSequence)], operatorID: operatorID)
        } else {
            journal = store.journal
            prefix = "loket"
            try append([.exported(recipient: peer.name, format: "bundle", lastSequence: journal.lastSequence + 1)], operatorID: operatorID)
        }
        defer { if closeAfter { journal.close() } }

        let first = delivered.sequence + 1
        var plain: [UInt8] = []
        journal.forEachRecord(from: first) { plain.append(contentsOf: $0.bytes) }
        let contents = BundleWriter.Contents(
            kind: .records, originDeskId: journal.deskId, firstSequence: first, lastSequence: journal.lastSequence,
            previousHash: delivered.hash, lastHash: journal.lastHash, createdAt: now())
        guard let bytes = BundleWriter.write(contents, plain: plain, signer: keys, recipient: recipient, progress: progress),
              let header = try? BundleOpener.check(bytes).header else {
            throw .key("Bundle tidak bisa dienkripsi untuk \(peer.name): kuncinya tidak sah.")
        }
        let name = "\(prefix)-\(hexString(journal.deskId.prefix(4)))-\(first)-\(journal.lastSequence).bundle"
        return BundleFile(bytes: bytes, header: header, peer: peer, suggestedName: name)
    }

    /// A receipt for `peer`: this store holds the chain `deskId` up to `point`.
    func receipt(for peer: PublicKey, deskId: [UInt8], point: SyncBook.ChainPoint, keys: SigningKeyPair) -> BundleFile? {
        let body = Receipt(deskId: deskId, lastSequence: point.sequence, lastHash: point.hash, receivedAt: now()).encoded()
        let contents = BundleWriter.Contents(
            kind: .receipt, originDeskId: store.journal.deskId, firstSequence: 1, lastSequence: point.sequence,
            previousHash: SyncBook.ChainPoint.start.hash, lastHash: point.hash, createdAt: now())
        guard let bytes = BundleWriter.write(contents, plain: body, signer: keys, recipient: peer),
              let header = try? BundleOpener.check(bytes).header,
              let known = book.peer(key: peer.bytes) else { return nil }
        let name = "tanda-terima-\(hexString(deskId.prefix(4)))-\(point.sequence).bundle"
        return BundleFile(bytes: bytes, header: header, peer: known, suggestedName: name)
    }
}
