import LoketCore

/// What to do with a verified range of records, given how far the recipient already holds that chain.
/// Because every record names its predecessor's hash, agreeing on one hash means agreeing on all
/// records before it: one comparison at the point where the ranges meet is enough.
public enum ChainDecision: Equatable, Sendable {
    /// Append the records from this index of the range on.
    case append(fromIndex: Int)
    case alreadyHeld
    case gap(from: UInt64, to: UInt64)
    case fork(sequence: UInt64)

    /// `hashAt` answers the hash of a held record when the recipient can tell (an aggregator keeps every
    /// record; a desk only knows its last point, which `held` carries).
    public static func decide(held: SyncBook.ChainPoint, header: BundleHeader, spans: [RecordSpan],
                              hashAt: (UInt64) -> [UInt8]? = { _ in nil }) -> ChainDecision {
        let first = header.firstSequence, last = header.lastSequence
        if first > held.sequence + 1 { return .gap(from: held.sequence + 1, to: first - 1) }
        if last <= held.sequence {
            let known = last == held.sequence ? held.hash : hashAt(last)
            if let known, known != header.lastHash { return .fork(sequence: last) }
            return .alreadyHeld
        }
        let meeting = held.sequence == first - 1 ? header.previousHash : spans[Int(held.sequence - first)].hash
        guard meeting == held.hash else { return .fork(sequence: max(first, held.sequence)) }
        return .append(fromIndex: Int(held.sequence + 1 - first))
    }
}
