/// Turns each phase's measurements into table rows with their targets (DESIGN.md, "Performance targets").
enum ReportRows {
    static func open(_ r: OpenResult, runs: Int) -> [ResultRow] {
        let value = r.open.median, floor = r.floor.min
        let pass = value < 0.5 && value <= 3 * floor
        return [
            ResultRow(metric: "open \(grouped(r.households)) households (median of \(runs))", value: duration(value),
                      floor: duration(floor), ratio: ratio(value, floor), target: "< 0.5 s and ≤ 3× floor",
                      verdict: pass ? .pass : .miss),
            ResultRow(metric: "  of which Journal.open (read + CRC + chain)", value: duration(r.journalOnly.median),
                      floor: duration(floor), ratio: ratio(r.journalOnly.median, floor)),
            ResultRow(metric: "  of which the rest (snapshot decoded beside it, books, tail)",
                      value: duration(max(0, value - r.journalOnly.median))),
            ResultRow(metric: "  full replay, no snapshot (median of \(runs))", value: duration(r.replay.median),
                      floor: duration(floor), ratio: ratio(r.replay.median, floor)),
            ResultRow(metric: "  journal size / snapshot size / records / persons",
                      value: "\(megabytes(r.journalBytes)) / \(megabytes(r.snapshotBytes)) / \(grouped(r.records)) / \(grouped(r.persons))"),
        ]
    }

    static func search(_ r: SearchResult) -> [ResultRow] {
        let scan = r.scan.median
        var rows = [
            ("median", r.all.median), ("p99", r.all.percentile(99)), ("max", r.all.max),
        ].map { label, seconds in
            ResultRow(metric: "search keystroke \(label), \(grouped(r.persons)) persons", value: milliseconds(seconds),
                      floor: milliseconds(scan), ratio: ratio(seconds, scan), target: "< 5 ms",
                      verdict: seconds < 0.005 ? .pass : .miss)
        }
        for kind in Keystroke.Kind.allCases {
            guard let s = r.byKind[kind] else { continue }
            rows.append(ResultRow(metric: "  \(kind.rawValue) keystrokes: median / p99 / max",
                                  value: "\(milliseconds(s.median)) / \(milliseconds(s.percentile(99))) / \(milliseconds(s.max))"))
        }
        let worst = r.slowest(3).map { "\"\($0.query)\" \(milliseconds($0.seconds))" }.joined(separator: ", ")
        rows.append(ResultRow(metric: "  slowest keystrokes", value: worst))
        return rows
    }

    static func save(_ r: SaveResult) -> [ResultRow] {
        let n = r.save.count
        let value = r.save.median, floor = r.floor.median
        let p99 = r.save.percentile(99), floorP99 = r.floor.percentile(99)
        let bytes = n > 0 ? r.recordBytes / n : 0
        return [
            ResultRow(metric: "confirmed save median (\(n) × 1 household, \(bytes) B)", value: milliseconds(value),
                      floor: milliseconds(floor), ratio: ratio(value, floor), target: "< 20 ms and ≤ 1.5× floor",
                      verdict: value < 0.020 && value <= 1.5 * floor ? .pass : .miss),
            ResultRow(metric: "confirmed save p99", value: milliseconds(p99), floor: milliseconds(floorP99),
                      ratio: ratio(p99, floorP99), target: "< 20 ms", verdict: p99 < 0.020 ? .pass : .miss),
            ResultRow(metric: "  of which fold + index in memory (median / p99)",
                      value: "\(milliseconds(r.applyOnly.median)) / \(milliseconds(r.applyOnly.percentile(99)))"),
            ResultRow(metric: "confirmed saves per second", value: String(format: "%.0f/s", Double(n) / r.save.total),
                      floor: String(format: "%.0f/s", Double(n) / r.floor.total), ratio: ratio(r.floor.total, r.save.total)),
        ]
    }

    static func sqlite(_ r: SQLiteResult, floor: Double) -> ResultRow {
        ResultRow(metric: "sqlite3 INSERT, 1 per transaction, \(r.label)", value: milliseconds(r.perInsert),
                  floor: milliseconds(floor), ratio: ratio(r.perInsert, floor), target: "(comparison)")
    }

    static func memory(_ phase: String) -> ResultRow {
        ResultRow(metric: "peak RSS (VmHWM) after \(phase)", value: mebibytes(peakResidentBytes()))
    }
}
