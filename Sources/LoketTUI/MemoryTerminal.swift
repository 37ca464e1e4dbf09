/// A terminal for tests: keys come from a queue, frames are kept instead of shown.
public final class MemoryTerminal: Terminal {
    public var size: (width: Int, height: Int)
    /// Keys still to be read, first to last.
    public private(set) var pendingKeys: [Key]
    /// The last frame drawn.
    public private(set) var lastGrid: Grid?
    /// How many frames have been drawn.
    public private(set) var frameCount = 0

    public init(width: Int = 80, height: Int = 24, keys: [Key] = []) {
        size = (width, height)
        pendingKeys = keys
    }

    /// Adds keys to the end of the queue.
    public func enqueue(_ keys: [Key]) {
        pendingKeys += keys
    }

    /// The next queued key; nil (input closed) when the queue is empty.
    public func readKey() -> Key? {
        pendingKeys.isEmpty ? nil : pendingKeys.removeFirst()
    }

    public func draw(_ grid: Grid) {
        lastGrid = grid
        frameCount += 1
    }
}
