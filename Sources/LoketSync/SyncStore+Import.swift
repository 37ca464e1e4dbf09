import LoketCore
import LoketCrypto
import LoketStore

/// What an import did, for the person importing.
public struct ImportResult: Sendable {
    public enum Kind: Equatable, Sendable {
        /// Desk records now held at an aggregator.
        case deskRecords
        /// Statuses now recorded at a desk.
        case statuses(count: Int)
        /// A receipt: the peer confirmed holding records up to `lastSequence`.
        case receipt
    }

    public var kind: Kind
    public var peer: SyncPeer
    public var firstSequence: UInt64
    public var lastSequence: UInt64
    /// The signed receipt to hand back to the sender (none for a receipt).
    public var receipt: BundleFile?
    /// Held bundles that could be imported now that this one filled the gap.
    public var alsoImported: [ImportResult] = []

    public var summary: String {
        switch kind {
        case .deskRecords:
            return "Diterima dari \(peer.name): catatan \(firstSequence)–\(lastSequence)."
        case .statuses(let count):
            return "Diterima dari \(peer.name): \(count) perubahan status (catatan \(firstSequence)–\(lastSequence))."
        case .receipt:
            return "Tanda terima dari \(peer.name): data sampai catatan \(lastSequence) sudah diterima."
        }
    }
}

extension SyncStore {
    var held: HeldBundles { HeldBundles(directory: path(Self.heldFolder), fileSystem: fileSystem) }

    /// Imports one bundle all-or-nothing, then any held bundle that now fits. Throws, changing nothing,
    /// for every refusal (BundleProblem), for a gap (the bundle is held) and for a bundle already held.
    public func importBundle(_ bytes: [UInt8], operatorID: Int) throws(SyncError) -> ImportResult {
        var result = try importOne(bytes, operatorID: operatorID)
        if result.kind != .receipt { result.alsoImported = retryHeld(operatorID: operatorID) }
        return result
    }

    /// Checks a bundle as far as this store can: everything when it is the recipient, otherwise the
    /// structure, checksum and signature only (the contents are encrypted for the recipient).
    public func verifyBundle(_ bytes: [UInt8]) throws(SyncError) -> BundleVerification {
        let sealed: SealedBundle
        do { sealed = try BundleOpener.check(bytes) } catch { throw .bundle(error) }
        let header = sealed.header
        let signer = book.peer(key: header.origin.bytes)?.name ?? (header.origin.bytes == book.publicKey ? "data ini sendiri" : nil)
        var verification = BundleVerification(header: header, signerName: signer, recipientIsThisStore: false, recordCount: nil)
        guard let keys = try? keys(), header.recipient == keys.publicKey else { return verification }
        verification.recipientIsThisStore = true
        let plain: [UInt8]
        do { plain = try BundleOpener.decrypt(sealed, keys: keys) } catch { throw .bundle(error) }
        if header.kind == .records {
            do { verification.recordCount = try RecordRun.verify(plain, header: header).count } catch { throw .bundle(error) }
        }
        return verification
    }

    private func importOne(_ bytes: [UInt8], operatorID: Int) throws(SyncError) -> ImportResult {
        if let reason = store.readOnlyReason { throw .store("Data hanya bisa dibaca, jadi tidak bisa mengimpor: \(reason)") }
        let keys = try keys()
        let header: BundleHeader, plain: [UInt8]
        do { (header, plain) = try BundleOpener.open(bytes, keys: keys, trusts: trusts) } catch { throw .bundle(error) }
        let peer = book.peer(key: header.origin.bytes)!
        if let bound = book.originDeskIds[peer.publicKey], bound != header.originDeskId { throw .bundle(.deskMismatch) }
        switch header.kind {
        case .receipt:
            return try importReceipt(header: header, plain: plain, peer: peer, operatorID: operatorID)
        case .records where peer.kind == .desk:
            return try importDeskRecords(bytes, header: header, plain: plain, peer: peer, keys: keys, operatorID: operatorID)
        case .records:
            return try importStatuses(bytes, header: header, plain: plain, peer: peer, keys: keys, operatorID: operatorID)
        }
    }

    /// Aggregator: append the new part of the range to the desk's copy, log it, sign a receipt.
    private func importDeskRecords(_ bytes: [UInt8], header: BundleHeader, plain: [UInt8], peer: SyncPeer,
                                   keys: SigningKeyPair, operatorID: Int) throws(SyncError) -> ImportResult {
        let spans: [RecordSpan]
        do { spans = try RecordRun.verify(plain, header: header) } catch { throw .bundle(error) }
        if book.originDeskIds.contains(where: { $0.value == header.originDeskId && $0.key != peer.publicKey }) {
            throw .bundle(.deskMismatch)
        }
        let mirror = MirrorJournal(directory: mirrorDirectory(deskId: header.originDeskId), deskId: header.originDeskId,
                                   fileSystem: fileSystem)
        let position = try mirror.position()
        let from = try decide(bytes, held: position.point, header: header, spans: spans, hashAt: position.hashes)
        let start = spans[from].offset
        try plain.withUnsafeBytes { raw in
            Result { () throws(SyncError) in try mirror.append(raw.slice(start, raw.count - start), at: position.byteCount) }
        }.get()
        let last = SyncBook.ChainPoint(sequence: header.lastSequence, hash: header.lastHash)
        try append([.bundleImported(BundleLogEntry(origin: peer.publicKey, originDeskId: header.originDeskId,
                                                   firstSequence: spans[from].sequence, lastSequence: last.sequence,
                                                   lastHash: last.hash))], operatorID: operatorID)
        return ImportResult(kind: .deskRecords, peer: peer, firstSequence: spans[from].sequence, lastSequence: last.sequence,
                            receipt: receipt(for: header.origin, deskId: header.originDeskId, point: last, keys: keys))
    }

    /// Desk: the aggregator's status records become `.statusRecorded` events, with the import logged,
    /// in one append (one write, one fsync): all of them or none.
    private func importStatuses(_ bytes: [UInt8], header: BundleHeader, plain: [UInt8], peer: SyncPeer,
                                keys: SigningKeyPair, operatorID: Int) throws(SyncError) -> ImportResult {
        guard !isAggregator else {
            throw .bundle(.notForThisStore("Bundle ini berisi data dari \(peer.name), tetapi \(peer.name) terdaftar sebagai penerima, bukan loket. Tidak diimpor."))
        }
        let spans: [RecordSpan]
        do { spans = try RecordRun.verify(plain, header: header) } catch { throw .bundle(error) }
        let from = try decide(bytes, held: book.received[peer.publicKey] ?? .start, header: header, spans: spans)
        var events: [DeskEvent] = []
        var check = store.state
        do {
            try plain.withUnsafeBytes { raw in
                for span in spans[from...] {
                    var reader = ByteReader(raw.slice(span.payloadRange.lowerBound, span.payloadRange.count))
                    let envelope = try EventEnvelope(from: &reader)
                    guard case .statusRecorded = envelope.event else { throw ByteReaderError.invalid("bukan status") }
                    try check.apply(EventEnvelope(operatorID: operatorID, event: envelope.event), timestamp: now())
                    events.append(envelope.event)
                }
            }
        } catch {
            throw .bundle(.notForThisStore("Bundle status dari \(peer.name) berisi catatan yang tidak cocok dengan data loket ini (\(error)). Tidak ada yang diimpor."))
        }
        let last = SyncBook.ChainPoint(sequence: header.lastSequence, hash: header.lastHash)
        events.append(.sync(.bundleImported(BundleLogEntry(origin: peer.publicKey, originDeskId: header.originDeskId,
                                                           firstSequence: spans[from].sequence, lastSequence: last.sequence,
                                                           lastHash: last.hash))))
        try appendEvents(events, operatorID: operatorID)
        return ImportResult(kind: .statuses(count: events.count - 1), peer: peer, firstSequence: spans[from].sequence,
                            lastSequence: last.sequence,
                            receipt: receipt(for: header.origin, deskId: header.originDeskId, point: last, keys: keys))
    }

    private func decide(_ bytes: [UInt8], held: SyncBook.ChainPoint, header: BundleHeader, spans: [RecordSpan],
                        hashAt: (UInt64) -> [UInt8]? = { _ in nil }) throws(SyncError) -> Int {
        switch ChainDecision.decide(held: held, header: header, spans: spans, hashAt: hashAt) {
        case .append(let index): return index
        case .alreadyHeld: throw .bundle(.alreadyImported(lastSequence: held.sequence))
        case .fork(let seq): throw .bundle(.fork(sequence: seq))
        case .gap(let from, let to):
            try hold(bytes)
            throw .bundle(.held(missingFrom: from, missingTo: to))
        }
    }

    private func hold(_ bytes: [UInt8]) throws(SyncError) { try held.save(bytes) }

    /// A receipt is believed only when its hash is the hash this store has at that record.
    private func importReceipt(header: BundleHeader, plain: [UInt8], peer: SyncPeer, operatorID: Int) throws(SyncError) -> ImportResult {
        guard let receipt = try? Receipt.decode(plain), receipt.lastSequence == header.lastSequence,
              receipt.lastHash == header.lastHash, receipt.deskId == store.journal.deskId else {
            throw .bundle(.receiptMismatch)
        }
        let chain: Journal
        var closeAfter = false
        if peer.kind == .desk {
            guard let deskId = book.originDeskIds[peer.publicKey],
                  let outbox = try MirrorJournal(directory: outboxDirectory(deskId: deskId), deskId: store.journal.deskId,
                                                 fileSystem: fileSystem).open() else { throw .bundle(.receiptMismatch) }
            chain = outbox
            closeAfter = true
        } else {
            chain = store.journal
        }
        defer { if closeAfter { chain.close() } }
        var hash: [UInt8]?
        chain.forEachRecord(from: receipt.lastSequence) { record in if hash == nil { hash = record.hash } }
        guard receipt.lastSequence >= 1, hash == receipt.lastHash else { throw .bundle(.receiptMismatch) }
        let known = book.delivered[peer.publicKey]?.sequence ?? 0
        guard receipt.lastSequence > known else { throw .bundle(.alreadyImported(lastSequence: known)) }
        try append([.receiptImported(peer: peer.publicKey, lastSequence: receipt.lastSequence, lastHash: receipt.lastHash)],
                   operatorID: operatorID)
        return ImportResult(kind: .receipt, peer: peer, firstSequence: 1, lastSequence: receipt.lastSequence, receipt: nil)
    }

    /// Imports held bundles that now fit, repeating while any does (a chain of waiting parts).
    private func retryHeld(operatorID: Int) -> [ImportResult] {
        var done: [ImportResult] = []
        var progressed = true
        while progressed {
            progressed = false
            for path in held.paths() {
                guard let bytes = try? fileSystem.readFile(path) else { continue }
                do {
                    done.append(try importOne(bytes, operatorID: operatorID))
                    held.remove(path)
                    progressed = true
                } catch .bundle(.held) {
                    continue
                } catch .bundle(.alreadyImported) {
                    held.remove(path)
                } catch {
                    continue
                }
            }
        }
        return done
    }
}

/// What `loket bundle verify` found.
public struct BundleVerification: Equatable, Sendable {
    public var header: BundleHeader
    /// The peer's name when the signer is known here.
    public var signerName: String?
    public var recipientIsThisStore: Bool
    /// Records checked inside (only the recipient can open them).
    public var recordCount: Int?
}
