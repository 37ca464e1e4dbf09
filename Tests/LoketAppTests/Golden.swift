import Foundation
import LoketTUI
import XCTest

/// Compares a render with `Screens/<name>.txt`; `UPDATE_GOLDEN=1 swift test` rewrites the files.
/// The files are the project's screenshots: a reviewer reads them instead of running the program.
func assertGolden(_ grid: Grid, _ name: String, file: StaticString = #filePath, line: UInt = #line) {
    let root = URL(fileURLWithPath: "\(#filePath)").deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    let url = root.appendingPathComponent("Screens").appendingPathComponent("\(name).txt")
    let actual = grid.text
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
