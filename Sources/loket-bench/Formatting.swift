import Foundation

/// Three significant figures, in the unit a reader expects for the size of the number.
func duration(_ seconds: Double) -> String {
    if seconds >= 1 { return String(format: "%.2f s", seconds) }
    if seconds >= 0.001 { return significant(seconds * 1e3) + " ms" }
    return significant(seconds * 1e6) + " µs"
}

func milliseconds(_ seconds: Double) -> String { significant(seconds * 1e3) + " ms" }

func significant(_ x: Double) -> String {
    if x >= 100 { return String(format: "%.0f", x) }
    if x >= 10 { return String(format: "%.1f", x) }
    if x >= 1 { return String(format: "%.2f", x) }
    return String(format: "%.3f", x)
}

func ratio(_ value: Double, _ floor: Double) -> String {
    guard floor > 0 else { return "–" }
    return String(format: "%.2f×", value / floor)
}

func megabytes(_ bytes: Int) -> String { String(format: "%.1f MB", Double(bytes) / 1_000_000) }

func mebibytes(_ bytes: Int) -> String { String(format: "%.0f MiB", Double(bytes) / 1_048_576) }

func grouped(_ n: Int) -> String {
    let s = String(n)
    var out = ""
    for (i, c) in s.enumerated() {
        if i > 0 && (s.count - i) % 3 == 0 { out.append(",") }
        out.append(c)
    }
    return out
}
