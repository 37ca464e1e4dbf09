#if canImport(Glibc)
import Glibc
#endif
import Foundation
import LoketCore
import LoketStore

// loket-bench: the desk's performance targets (DESIGN.md), each beside a floor measured in the same run.

let options: BenchOptions
do {
    options = try BenchOptions.parse(Array(CommandLine.arguments.dropFirst()))
} catch {
    print(error.description)
    exit(error.isHelp ? 0 : 2)
}

if MachineFacts.buildConfiguration != "release" {
    progress("""
        ********************************************************************
        loket-bench: this is a DEBUG build. Its figures are meaningless.
        Build with: swift build -c release --scratch-path .build-bench --product loket-bench
        ********************************************************************
        """)
    if !options.allowDebug { exit(2) }
}

print("loket-bench\(options.quick ? " --quick (smoke run: sizes below the targets' sizes)" : "")")
MachineFacts.summary().forEach { print($0) }

var run = BenchRun(options: options)
do {
    let fixture = try run.prepareStore()
    if options.runs("open") || options.runs("search") {
        var state = DeskState()
        if options.runs("open") {
            state = try run.open(fixture)
        }
        if options.runs("search") {
            run.search(state)
        }
    }
    if options.runs("save") {
        run.save(fixture)
    }
    if options.runs("sync") {
        run.sync()
    }
    if options.runs("musyawarah") {
        run.musyawarah()
    }
} catch {
    progress("loket-bench: \(error)")
    exit(1)
}

print("load avg    \(MachineFacts.loadAverage) (1/5/15 min) at end")
print("")
print(run.table.plain())
print("")
run.notes.forEach { print("- " + $0) }
if options.markdown {
    print("")
    print(run.table.markdown())
}
let misses = run.table.misses
if !misses.isEmpty {
    print("")
    print("MISSED: " + misses.map { $0.metric.trimmingCharacters(in: .whitespaces) }.joined(separator: "; "))
}
