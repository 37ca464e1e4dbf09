import Foundation
import LoketCore
import LoketStore

/// The run, phase by phase, collecting rows and notes. Peak memory is read after each phase.
struct BenchRun {
    let options: BenchOptions
    var table = ResultTable()
    var notes: [String] = []

    init(options: BenchOptions) { self.options = options }

    mutating func prepareStore() throws -> StoreFixture {
        let directory = options.keepDirectory ?? StoreFixture.defaultDirectory(households: options.households)
        progress("preparing a store of \(grouped(options.households)) households in \(directory) …")
        let fixture = try StoreFixture.prepare(households: options.households, directory: directory,
                                               userOwned: options.keepDirectory != nil, rebuild: options.rebuild)
        if let s = fixture.buildSeconds {
            table.add(ResultRow(metric: "build store: DeskStore.append, batches of \(grouped(StoreFixture.batchSize))", value: duration(s)))
            notes.append("store built in \(fixture.directory)")
        } else {
            notes.append("store reused from \(fixture.directory) (--rebuild to build it again)")
        }
        return fixture
    }

    /// Returns the opened store's state for the search phase.
    mutating func open(_ fixture: StoreFixture) throws -> DeskState {
        progress("timing open …")
        let (result, store) = try OpenBenchmark.run(fixture, runs: options.openRuns)
        defer { store.close() }
        table.add(contentsOf: ReportRows.open(result, runs: options.openRuns))
        table.add(ReportRows.memory("open"))
        return store.state
    }

    mutating func search(_ state: DeskState) {
        progress("timing search …")
        let enough = state.personCount >= options.searchPersons
        let result = SearchBenchmark.run(state: enough ? state : DeskState(), minimumPersons: options.searchPersons,
                                         passes: options.searchPasses)
        if let s = result.builtSeconds {
            notes.append("search: the open store has \(grouped(state.personCount)) persons (< \(grouped(options.searchPersons))), "
                + "so \(grouped(result.households)) households (\(grouped(result.persons)) persons) from the same seed were "
                + "folded in memory (\(duration(s)))")
        }
        notes.append("search: \(result.keystrokes) keystrokes (names, NIKs, KK and registration numbers typed character by "
            + "character, some not registered) × \(options.searchPasses) passes after a warm-up pass, find(query, limit: 100); "
            + "floor = median time of one linear scan over every person's name comparing the first query word as a prefix "
            + "(hit checksum \(result.hitChecksum))")
        table.add(contentsOf: ReportRows.search(result))
        table.add(ReportRows.memory("search"))
    }

    mutating func save(_ fixture: StoreFixture) {
        progress("timing \(options.saves) confirmed saves …")
        let work = fixture.directory + "-work-\(getpid())"
        defer { try? FileManager.default.removeItem(atPath: work) }
        let result: SaveResult
        do {
            try? FileManager.default.removeItem(atPath: work)
            result = try SaveBenchmark.run(fixture, saves: options.saves, workDirectory: work)
        } catch {
            notes.append("save benchmark failed: \(error)")
            return
        }
        table.add(contentsOf: ReportRows.save(result))
        table.add(ReportRows.memory("save"))
        notes.append("save: DeskStore.append of one householdRegistered event (write + fsync + fold into state and index) on a "
            + "copy of the \(grouped(result.storeHouseholds))-household store; floor = write + fsync of the same byte count "
            + "to a plain file in the same directory, interleaved with the saves")
        sqlite(payloads: result.payloads, recordBytes: result.recordBytes / max(1, result.save.count), work: work)
    }

    /// Each sqlite3 run is followed by its own floor (the disk's fsync time drifts with other work).
    private mutating func sqlite(payloads: [[UInt8]], recordBytes: Int, work: String) {
        guard let sqlite = SQLiteBaseline.executable() else {
            notes.append("sqlite3 is not installed: comparison skipped (apt-get install sqlite3)")
            return
        }
        progress("timing sqlite3 …")
        for mode in ["DELETE", "WAL"] {
            do {
                let r = try SQLiteBaseline.measure(sqlite, journalMode: mode, payloads: payloads, workDirectory: work)
                let floor = try SaveBenchmark.floor(count: payloads.count, bytes: recordBytes, path: work + "/floor-\(mode).bin")
                table.add(ReportRows.sqlite(r, floor: floor.median))
                notes.append("sqlite3 \(r.label): \(r.mode)")
            } catch {
                notes.append("sqlite3 (\(mode)) failed: \(error)")
            }
        }
        notes.append("sqlite3 \(SQLiteBaseline.version(sqlite)): \(payloads.count) single-row INSERTs of the same payloads "
            + "into an empty table, each its own transaction; wall time of `sqlite3 db < script` minus start-up, per insert; "
            + "floor = median write + fsync measured right after each sqlite3 run")
    }
}

func progress(_ s: String) {
    FileHandle.standardError.write(Data((s + "\n").utf8))
}
