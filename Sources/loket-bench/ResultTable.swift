/// The report: one row per figure, the floor measured in the same run beside it, and a verdict.
struct ResultRow {
    enum Verdict: String { case pass = "PASS", miss = "MISS", info = "" }
    var metric: String
    var value: String
    var floor: String = ""
    var ratio: String = ""
    var target: String = ""
    var verdict: Verdict = .info
}

struct ResultTable {
    private(set) var rows: [ResultRow] = []
    static let headers = ["metric", "value", "floor", "ratio", "target", "result"]

    mutating func add(_ row: ResultRow) { rows.append(row) }

    var misses: [ResultRow] { rows.filter { $0.verdict == .miss } }

    private var cells: [[String]] {
        rows.map { [$0.metric, $0.value, $0.floor, $0.ratio, $0.target, $0.verdict.rawValue] }
    }

    func plain() -> String {
        let all = [Self.headers] + cells
        let widths = Self.headers.indices.map { c in all.map { $0[c].count }.max() ?? 0 }
        func line(_ r: [String]) -> String {
            r.indices.map { r[$0].padding(toLength: widths[$0], withPad: " ", startingAt: 0) }
                .joined(separator: "  ").trimmingTrailingSpaces()
        }
        let rule = widths.map { String(repeating: "-", count: $0) }.joined(separator: "  ")
        return ([line(Self.headers), rule] + cells.map(line)).joined(separator: "\n")
    }

    func markdown() -> String {
        func line(_ r: [String]) -> String { "| " + r.map { $0.replacingOccurrences(of: "|", with: "\\|") }.joined(separator: " | ") + " |" }
        let rule = "|" + Self.headers.map { _ in "---|" }.joined()
        return ([line(Self.headers), rule] + cells.map(line)).joined(separator: "\n")
    }
}

private extension String {
    func trimmingTrailingSpaces() -> String {
        var s = self
        while s.last == " " { s.removeLast() }
        return s
    }
}

extension ResultTable {
    mutating func add(contentsOf rows: [ResultRow]) { rows.forEach { add($0) } }
}
