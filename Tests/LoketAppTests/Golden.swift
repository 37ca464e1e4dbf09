import Foundation
import LoketTUI
import XCTest

/// Compares a render with `Screens/<name>.txt`; `UPDATE_GOLDEN=1 swift test` rewrites the files.
/// The files are the project's screenshots: a reviewer reads them instead of running the program.
/// `masking` lists strings that differ between runs (a temporary directory); each is replaced by
/// "X"s of the same length, so truncation at the screen edge stays the same.
func assertGolden(_ grid: Grid, _ name: String, masking: [String] = [], file: StaticString = #filePath, line: UInt = #line) {
    let root = URL(fileURLWithPath: "\(#filePath)").deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    let url = root.appendingPathComponent("Screens").appendingPathComponent("\(name).txt")
    var actual = grid.text
    for m in masking where !m.isEmpty { actual = actual.replacingOccurrences(of: m, with: String(repeating: "X", count: m.count)) }
    if ProcessInfo.processInfo.environment["UPDATE_GOLDEN"] == "1" {
        try? FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try? actual.write(to: url, atomically: true, encoding: .utf8)
        return
    }
    guard let expected = try? String(contentsOf: url, encoding: .utf8) else {
        XCTFail("Missing golden Screens/\(name).txt — run UPDATE_GOLDEN=1 swift test", file: file, line: line)
        return
    }
    if expected != actual {
        let e = expected.split(separator: "\n", omittingEmptySubsequences: false)
        let a = actual.split(separator: "\n", omittingEmptySubsequences: false)
        let firstDiff = zip(e, a).enumerated().first { $0.element.0 != $0.element.1 }?.offset ?? min(e.count, a.count)
        XCTFail("Screens/\(name).txt differs at line \(firstDiff + 1):\nexpected: \(firstDiff < e.count ? String(e[firstDiff]) : "<none>")\nactual:   \(firstDiff < a.count ? String(a[firstDiff]) : "<none>")\n\nactual render:\n\(actual)", file: file, line: line)
    }
}
