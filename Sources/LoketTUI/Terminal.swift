/// Where frames go and keys come from: ncurses in the program, `MemoryTerminal` in tests.
public protocol Terminal: AnyObject {
    /// Current size in columns and rows.
    var size: (width: Int, height: Int) { get }
    /// Blocks until a key arrives; nil when input is closed.
    func readKey() -> Key?
    /// Shows `grid` as the whole screen.
    func draw(_ grid: Grid)
}
