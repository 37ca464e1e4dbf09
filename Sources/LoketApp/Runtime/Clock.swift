import Foundation
import LoketCore

/// The time as the app sees it; tests pass a fixed one.
public struct Clock: Sendable {
    public let now: @Sendable () -> Date

    public init(now: @escaping @Sendable () -> Date = { Date() }) { self.now = now }

    public static func fixed(_ date: Date) -> Clock { Clock(now: { date }) }

    public var timestamp: Int64 { Int64((now().timeIntervalSince1970 * 1000).rounded()) }

    /// The calendar date in Jakarta.
    public var today: CivilDate { CivilDate(date: now()) }
}

extension TimeZone {
    /// Western Indonesian Time (UTC+7, no daylight saving). Every desk is in Jakarta, so dates and times
    /// are shown in WIB whatever the laptop's own setting, and documents agree across desks.
    public static let wib = TimeZone(secondsFromGMT: 7 * 3600)!
}

extension CivilDate {
    public init(date: Date, timeZone: TimeZone = .wib) {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = timeZone
        let c = calendar.dateComponents([.year, .month, .day], from: date)
        self = CivilDate(year: c.year!, month: c.month!, day: c.day!)!
    }
}

/// "25-11-2026 10:31" (WIB) for receipts and histories.
public func localDateTime(_ timestamp: Int64, timeZone: TimeZone = .wib) -> String {
    let date = Date(timeIntervalSince1970: Double(timestamp) / 1000)
    var calendar = Calendar(identifier: .gregorian)
    calendar.timeZone = timeZone
    let c = calendar.dateComponents([.year, .month, .day, .hour, .minute], from: date)
    func two(_ n: Int?) -> String { String(format: "%02d", n ?? 0) }
    return "\(two(c.day))-\(two(c.month))-\(c.year ?? 0) \(two(c.hour)):\(two(c.minute))"
}
