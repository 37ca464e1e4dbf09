/// The bottom-row legend of actions: "F2 Simpan  F10 Keluar", each key part in reverse video.
public struct KeyBar: Sendable {
    public var items: [(key: String, label: String)]

    public init(_ items: [(key: String, label: String)]) {
        self.items = items
    }

    /// Draws on the first row of `rect`. Items that do not fit whole are left out rather than cut.
    public func render(in rect: Rect, into grid: inout Grid) {
        guard rect.width > 0 && rect.height > 0 else { return }
        grid.fill(rect.row(0))
        var x = rect.x
        for (position, item) in items.enumerated() {
            let separator = position == 0 ? 0 : 2
            let itemWidth = displayWidth(item.key) + (item.label.isEmpty ? 0 : 1 + displayWidth(item.label))
            guard x + separator + itemWidth <= rect.maxX else { break }
            x += separator
            x += grid.put(item.key, x: x, y: rect.y, style: .reverse)
            if !item.label.isEmpty {
                x += grid.put(" " + item.label, x: x, y: rect.y)
            }
        }
    }
}
