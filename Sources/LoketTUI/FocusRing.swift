/// Which of `count` focusable things has focus; Tab / Shift-Tab move through them, wrapping.
public struct FocusRing: Hashable, Sendable {
    public var count: Int {
        didSet { index = count > 0 ? min(index, count - 1) : 0 }
    }
    public var index: Int

    public init(count: Int, index: Int = 0) {
        self.count = max(0, count)
        self.index = count > 0 ? max(0, min(index, count - 1)) : 0
    }

    public func isFocused(_ position: Int) -> Bool { count > 0 && position == index }

    public mutating func next() {
        guard count > 0 else { return }
        index = (index + 1) % count
    }

    public mutating func previous() {
        guard count > 0 else { return }
        index = (index + count - 1) % count
    }

    /// Tab → next, Shift-Tab → previous; other keys are not consumed.
    @discardableResult
    public mutating func handle(_ key: Key) -> Bool {
        switch key {
        case .tab: next()
        case .backTab: previous()
        default: return false
        }
        return true
    }
}
