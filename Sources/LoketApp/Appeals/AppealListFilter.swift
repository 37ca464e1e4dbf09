import LoketCore

/// Which appeals the list shows: by status and by reason, each nil for all. Newest first, so the
/// appeals a desk is working on are on top.
public struct AppealListFilter: Equatable, Sendable {
    public var status: AppealStatus?
    public var reason: AppealReason?

    public init(status: AppealStatus? = nil, reason: AppealReason? = nil) {
        self.status = status
        self.reason = reason
    }

    public func apply(_ book: AppealBook) -> [Appeal] {
        book.appeals.reversed().filter { a in
            (status == nil || a.status == status) && (reason == nil || a.reason == reason)
        }
    }

    /// Next value in the cycle "semua → each status → semua".
    public mutating func cycleStatus() { status = Self.next(status, in: AppealStatus.allCases) }
    public mutating func cycleReason() { reason = Self.next(reason, in: AppealReason.allCases) }

    private static func next<T: Equatable>(_ value: T?, in all: [T]) -> T? {
        guard let value, let i = all.firstIndex(of: value) else { return all.first }
        return i + 1 < all.count ? all[i + 1] : nil
    }
}

/// "14 hari lagi", "batas hari ini", "LEWAT 3 hari", or what stands instead of a clock.
enum AppealClockText {
    static func short(_ appeal: Appeal, today: CivilDate) -> String {
        guard let left = appeal.daysLeft(on: today) else {
            return appeal.status == .incomplete ? "belum mulai" : "selesai"
        }
        if left < 0 { return "LEWAT \(-left) hari" }
        return left == 0 ? "batas hari ini" : "\(left) hari lagi"
    }
}
