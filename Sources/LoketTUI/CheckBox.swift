/// A yes/no toggle shown as "[x] Label" or "[ ] Label"; Space toggles.
public struct CheckBox: Hashable, Sendable {
    public var label: String
    public var isChecked: Bool

    public init(_ label: String = "", isChecked: Bool = false) {
        self.label = label
        self.isChecked = isChecked
    }

    @discardableResult
    public mutating func handle(_ key: Key) -> Bool {
        guard key == .char(" ") else { return false }
        isChecked.toggle()
        return true
    }

    /// Draws the box and label on the first row of `rect`; focused shows the box in reverse.
    public func render(in rect: Rect, into grid: inout Grid, focused: Bool) {
        guard rect.width > 0 && rect.height > 0 else { return }
        let mark = isChecked ? "[x]" : "[ ]"
        grid.put(mark, x: rect.x, y: rect.y, style: focused ? .reverse : .plain, maxWidth: rect.width)
        if !label.isEmpty && rect.width > 4 {
            grid.put(truncated(label, toWidth: rect.width - 4), x: rect.x + 4, y: rect.y)
        }
    }
}
