extension Grid {
    /// The smallest terminal the screens are designed for.
    public static let minimumWidth = 80
    public static let minimumHeight = 24

    /// True when a `width` x `height` terminal is below the minimum and only `tooSmall` should be shown.
    public static func isTooSmall(width: Int, height: Int) -> Bool {
        width < minimumWidth || height < minimumHeight
    }

    /// A grid holding only the request to enlarge the window, centred (wrapped on very narrow terminals).
    public static func tooSmall(width: Int, height: Int) -> Grid {
        var grid = Grid(width: width, height: height)
        let message = "Perbesar jendela terminal (minimal \(minimumWidth)x\(minimumHeight))"
        let lines = wrapped(message, width: width)
        let top = max(0, (height - lines.count) / 2)
        for (offset, line) in lines.enumerated() {
            grid.put(line, x: max(0, (width - displayWidth(line)) / 2), y: top + offset, style: .bold)
        }
        return grid
    }
}
