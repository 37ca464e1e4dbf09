#if canImport(Glibc)
import Glibc
#endif

/// Monotonic nanoseconds: immune to clock changes, cheap enough to call around every keystroke.
@inline(__always)
func monotonicNanoseconds() -> UInt64 {
    var ts = timespec()
    clock_gettime(CLOCK_MONOTONIC, &ts)
    return UInt64(ts.tv_sec) * 1_000_000_000 + UInt64(ts.tv_nsec)
}

/// Times `body` and returns its result with the elapsed nanoseconds.
@inline(__always)
func timed<T>(_ body: () throws -> T) rethrows -> (T, UInt64) {
    let start = monotonicNanoseconds()
    let result = try body()
    return (result, monotonicNanoseconds() - start)
}

/// Durations of repeated runs; order statistics by nearest rank.
struct Samples {
    private(set) var nanoseconds: [UInt64] = []

    mutating func add(_ ns: UInt64) { nanoseconds.append(ns) }

    var count: Int { nanoseconds.count }
    var min: Double { seconds(nanoseconds.min() ?? 0) }
    var max: Double { seconds(nanoseconds.max() ?? 0) }
    var median: Double { percentile(50) }
    var total: Double { seconds(nanoseconds.reduce(0, +)) }

    /// The smallest sample at or above `p` percent of all samples, in seconds.
    func percentile(_ p: Double) -> Double {
        guard !nanoseconds.isEmpty else { return 0 }
        let sorted = nanoseconds.sorted()
        let rank = Int((p / 100 * Double(sorted.count)).rounded(.up))
        return seconds(sorted[Swift.max(0, Swift.min(sorted.count - 1, rank - 1))])
    }

    private func seconds(_ ns: UInt64) -> Double { Double(ns) / 1e9 }
}
