import LoketCore
import LoketStore

/// `loket stats`: opens the store (which also tidies a torn tail) and summarises the desk.
public func runStatsCommand(directory: String, today: CivilDate) -> CLIResult {
    let store: DeskStore
    do {
        store = try DeskStore.open(directory: directory, create: false)
    } catch {
        return .failure(error.userMessage)
    }
    defer { store.close() }
    var text = ""
    if store.journal.recovery.tornByteCount > 0 { text += store.journal.recovery.message + "\n\n" }
    text += DeskStatistics(store.state, today: today).text
    guard let reason = store.readOnlyReason else { return CLIResult(output: text) }
    return CLIResult(output: text, error: reason, exitCode: CLIExit.failure)
}

/// Counts over a desk's current state: families, persons, families that cannot be proposed,
/// persons per stage and per program (indicative screening of families that can be proposed).
public struct DeskStatistics: Equatable, Sendable {
    public var households = 0
    public var persons = 0
    public var notProposable = 0
    public var personsPerStage: [Stage: Int] = [:]
    /// Persons per program; BPNT counts families (it is given to the family).
    public var perProgram: [Program: Int] = [:]
    public var deskDescription: String

    public init(_ state: DeskState, today: CivilDate) {
        if let profile = state.profile {
            let k = RegionDirectory.shared.kelurahan(code: profile.kelurahanCode)
            deskDescription = profile.name + (k.map { " — Kelurahan \($0.name), Kecamatan \($0.kecamatan), \($0.shortKota)" } ?? "")
        } else {
            deskDescription = "(loket belum disiapkan)"
        }
        for record in state.households {
            let h = record.current
            households += 1
            persons += h.members.count
            for m in h.members { personsPerStage[record.status(of: m.nik).stage, default: 0] += 1 }
            guard h.criteria.isProposable else {
                notProposable += 1
                continue
            }
            for e in ProgramScreening.householdPrograms(h) { perProgram[e.program, default: 0] += 1 }
            for m in h.members {
                for e in ProgramScreening.screen(m, on: today) { perProgram[e.program, default: 0] += 1 }
            }
        }
    }

    public var text: String {
        func row(_ label: String, _ n: Int, width: Int = 34) -> String {
            "  " + label.padding(toLength: width, withPad: " ", startingAt: 0) + rightAligned(String(n), width: 8) + "\n"
        }
        var t = "Loket: \(deskDescription)\n\n"
        t += row("Keluarga terdaftar:", households)
        t += row("Jiwa (anggota keluarga):", persons)
        t += row("Keluarga tidak dapat diusulkan:", notProposable)
        t += "\nJiwa per tahap:\n"
        for stage in Stage.allCases {
            t += row((stage.number < 10 ? " " : "") + "\(stage.number). \(stage.label)", personsPerStage[stage] ?? 0)
        }
        t += "\nPer program (penyaringan awal, hanya keluarga yang dapat diusulkan):\n"
        for program in Program.allCases {
            let unit = program == .bpnt ? "keluarga" : "jiwa"
            t += row("\(program.name) (\(unit))", perProgram[program] ?? 0)
        }
        return t
    }
}

private func rightAligned(_ text: String, width: Int) -> String {
    text.count >= width ? text : String(repeating: " ", count: width - text.count) + text
}
