import LoketCore
import LoketTUI

/// The frame every screen shares at 80x24: a header bar, the screen title, the content area, a message
/// line and the key bar. Screens draw only inside `content`.
public struct Chrome {
    public var title: String
    public var keys: [(key: String, label: String)]
    public var message: StatusMessage?

    public init(title: String, keys: [(key: String, label: String)], message: StatusMessage? = nil) {
        self.title = title
        self.keys = keys
        self.message = message
    }

    /// Rows 3 ..< height-2.
    public static func content(of grid: Grid) -> Rect {
        Rect(x: 1, y: 3, width: grid.width - 2, height: grid.height - 5)
    }

    public func render(into grid: inout Grid, context: AppContext) {
        let header = Rect(x: 0, y: 0, width: grid.width, height: 1)
        grid.fill(header, style: .reverse)
        var left = " LOKET"
        if let k = context.kelurahan { left += " │ Kel. \(k.name), \(k.kecamatan)" }
        if let desk = context.desk.profile?.name { left += " │ \(desk)" }
        let right = (context.operatorName.map { "\($0) │ " } ?? "") + context.today.description + " "
        grid.put(left, x: 0, y: 0, style: .reverse, maxWidth: grid.width - displayWidth(right) - 1)
        grid.put(right, x: grid.width - displayWidth(right), y: 0, style: .reverse)
        grid.put(title, x: 1, y: 1, style: .title, maxWidth: grid.width - 2)
        grid.hline(x: 0, y: 2, width: grid.width, style: .dim)
        if let message {
            grid.put(message.text, x: 1, y: grid.height - 2, style: message.style, maxWidth: grid.width - 2)
        } else if let reason = context.readOnlyReason {
            grid.put("HANYA BACA: \(reason)", x: 1, y: grid.height - 2, style: .error, maxWidth: grid.width - 2)
        }
        KeyBar(keys).render(in: Rect(x: 0, y: grid.height - 1, width: grid.width, height: 1), into: &grid)
    }
}

/// The one-line message above the key bar.
public struct StatusMessage: Equatable {
    public enum Kind { case info, success, warning, error }
    public var kind: Kind
    public var text: String

    public static func info(_ t: String) -> StatusMessage { StatusMessage(kind: .info, text: t) }
    public static func success(_ t: String) -> StatusMessage { StatusMessage(kind: .success, text: t) }
    public static func warning(_ t: String) -> StatusMessage { StatusMessage(kind: .warning, text: t) }
    public static func error(_ t: String) -> StatusMessage { StatusMessage(kind: .error, text: t) }

    var style: Style {
        switch kind {
        case .info: return .plain
        case .success: return .success
        case .warning: return .warning
        case .error: return .error
        }
    }
}
