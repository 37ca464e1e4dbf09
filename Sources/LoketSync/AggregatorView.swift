import LoketCore
import LoketCrypto
import LoketStore

/// One desk as an aggregator sees it: what arrived (its records, folded), what is missing (held
/// bundles waiting for an earlier part), and the statuses recorded for it.
public struct DeskBranch: Sendable {
    public let deskId: [UInt8]
    public let peer: SyncPeer?
    /// The desk's own state, folded from its records, with the aggregator's statuses applied on top.
    public var state: DeskState
    public var records: SyncBook.ChainPoint
    /// Ranges known to be missing: between what is held and each held bundle.
    public var missing: [ClosedRange<UInt64>]
    public var statusesRecorded: UInt64
    public var statusesConfirmed: UInt64
    public var lastImport: Int64?
    /// Why the records could not be read, when they could not.
    public var problem: String?

    public var name: String { peer?.name ?? state.profile?.name ?? hexString(deskId.prefix(4)) }
}

/// The merged view: every desk's history kept apart, folded in memory.
public struct AggregatorView: Sendable {
    public var desks: [DeskBranch]
    public var duplicates: [DuplicateCandidate]

    public var householdCount: Int { desks.reduce(0) { $0 + $1.state.households.count } }
    public var personCount: Int { desks.reduce(0) { $0 + $1.state.personCount } }

    public func desk(id: [UInt8]) -> DeskBranch? { desks.first { $0.deskId == id } }
}

extension SyncStore {
    /// Folds every desk copy and its outbox. Desks trusted but never heard from are listed too.
    public func aggregatorView() -> AggregatorView {
        var ids: [[UInt8]] = []
        if let names = try? listDirectory(path(Self.desksFolder)) {
            ids = names.sorted().compactMap(hexBytes).filter { $0.count == 16 }
        }
        let gaps = heldGaps()
        var branches = ids.map { branch(deskId: $0, gaps: gaps[$0] ?? []) }
        for peer in book.desks where !branches.contains(where: { $0.peer == peer }) {
            branches.append(DeskBranch(deskId: book.originDeskIds[peer.publicKey] ?? [], peer: peer, state: DeskState(),
                                       records: .start, missing: [], statusesRecorded: 0, statusesConfirmed: 0,
                                       lastImport: nil, problem: nil))
        }
        branches.sort { $0.name.lowercased() < $1.name.lowercased() }
        return AggregatorView(desks: branches, duplicates: DuplicateFinder.find(in: branches, decisions: book.decisions))
    }

    private func branch(deskId: [UInt8], gaps: [UInt64]) -> DeskBranch {
        let key = book.originDeskIds.first { $0.value == deskId }?.key
        let peer = key.flatMap { book.peer(key: $0) }
        var branch = DeskBranch(deskId: deskId, peer: peer, state: DeskState(), records: .start, missing: [],
                                statusesRecorded: 0, statusesConfirmed: key.flatMap { book.delivered[$0]?.sequence } ?? 0,
                                lastImport: key.flatMap { book.lastImport[$0] }, problem: nil)
        do {
            let copy = try DeskStore.open(directory: mirrorDirectory(deskId: deskId), fileSystem: fileSystem)
            branch.state = copy.state
            branch.records = SyncBook.ChainPoint(sequence: copy.journal.lastSequence, hash: copy.journal.lastHash)
            branch.problem = copy.readOnlyReason
            copy.close()
        } catch {
            branch.problem = error.userMessage
        }
        branch.missing = gaps.filter { $0 > branch.records.sequence + 1 }.sorted().map { (branch.records.sequence + 1)...($0 - 1) }
            .prefix(1).map { $0 }
        if let outbox = try? Journal.open(directory: outboxDirectory(deskId: deskId), fileSystem: fileSystem) {
            branch.statusesRecorded = outbox.lastSequence
            outbox.forEachRecord { record in
                var reader = ByteReader(record.payload)
                if let envelope = try? EventEnvelope(from: &reader) {
                    try? branch.state.apply(envelope, timestamp: record.timestamp)
                }
            }
            outbox.close()
        }
        return branch
    }

    /// Per desk id: the first sequence of each held bundle.
    private func heldGaps() -> [[UInt8]: [UInt64]] {
        var out: [[UInt8]: [UInt64]] = [:]
        for path in held.paths() {
            guard let bytes = try? fileSystem.readFile(path), let header = try? BundleOpener.check(bytes).header else { continue }
            out[header.originDeskId, default: []].append(header.firstSequence)
        }
        return out
    }
}

func hexBytes(_ text: String) -> [UInt8]? {
    let digits = Array(text.utf8)
    guard digits.count % 2 == 0 else { return nil }
    var out: [UInt8] = []
    out.reserveCapacity(digits.count / 2)
    for i in stride(from: 0, to: digits.count, by: 2) {
        guard let byte = UInt8(String(decoding: digits[i..<(i + 2)], as: UTF8.self), radix: 16) else { return nil }
        out.append(byte)
    }
    return out
}
