import Foundation
import LoketApp
import LoketCore
import LoketStore
import LoketTUI

/// A musyawarah over 5,000 candidates, on a real store (fsync included): opening the candidate list
/// (building the facts of every candidate, then the first render) and recording one decision (check,
/// write + fsync of the decision and the stage change, fold, the screen's receive and render).
/// Target: each under 50 ms. Halfway through the meeting: 2,500 families already decided.
enum MusyawarahBenchmark {
    struct Result {
        var openList = Samples()
        var decide = Samples()
        var candidates = 0
        var decidedBefore = 0
    }

    static func run(candidates: Int, decisions: Int, workDirectory: String) throws -> Result {
        try? FileManager.default.removeItem(atPath: workDirectory)
        let store = try DeskStore.open(directory: workDirectory, create: true)
        defer {
            store.close()
            try? FileManager.default.removeItem(atPath: workDirectory)
        }
        let clock = Clock.fixed(Date(timeIntervalSince1970: 1_795_600_000))
        let service = DeskService(store: store, pinHasher: .testOnlyFast, clock: clock)
        _ = service.execute(.setUpDesk(kelurahanCode: "3171011001", deskName: "Bench", operatorName: "Bench", pin: "123456"), operatorID: nil)
        var gen = SyntheticData(seed: 11, today: clock.today, kelurahanCode: "3171011001")
        var id = store.state.nextHouseholdID
        while id <= candidates {
            let batch = (0..<min(1000, candidates - id + 1)).map { i in
                EventEnvelope(operatorID: 0, event: .householdRegistered(HouseholdRegistration(
                    householdID: id + i, number: RegistrationNumber(year: 2026, serial: id + i), household: gen.household(),
                    registeredOn: clock.today)))
            }
            try store.append(batch, timestamp: clock.timestamp)
            id = store.state.nextHouseholdID
        }
        let setup = MusyawarahSetup(sessionID: 0, date: clock.today, time: "09.00", place: "Aula", kelurahanCode: "3171011001",
                                    chair: "Ketua", secretary: "Sekretaris")
        _ = service.execute(.musyawarah(.open(setup)), operatorID: 1)
        for i in 1...9 {
            _ = service.execute(.musyawarah(.addAttendee(sessionID: 1, name: "Peserta \(i)", role: .rtRwChair, position: "",
                                                         invited: true, arrived: true)), operatorID: 1)
        }
        var result = Result()
        result.candidates = candidates
        // Half the meeting done, in batches (the figure is about the next decision, not these).
        let half = candidates / 2
        var events: [EventEnvelope] = []
        for h in 1...half {
            events.append(EventEnvelope(operatorID: 1, event: .musyawarah(.decisionRecorded(
                sessionID: 1, CandidateDecision(householdID: h, verdict: h % 7 == 0 ? .tidakLayak(.notPoorByCommunity) : .layak,
                                                basis: .consensus)))))
            if events.count == 500 { try store.append(events, timestamp: clock.timestamp); events = [] }
        }
        if !events.isEmpty { try store.append(events, timestamp: clock.timestamp) }
        result.decidedBefore = half

        func context() -> AppContext { service.context(operatorID: 1) }
        var screen = MusyawarahSessionScreen(sessionID: 1, context: context())
        for _ in 0..<5 {
            let ctx = context()
            let (_, ns) = timed {
                screen = MusyawarahSessionScreen(sessionID: 1, context: ctx)
                var grid = Grid(width: 80, height: 24)
                screen.render(into: &grid, context: ctx)
                return grid
            }
            result.openList.add(ns)
        }
        guard screen.visible.count == candidates else { throw StoreFixture.Problem.io("musyawarah: \(screen.visible.count) candidates listed") }
        for h in (half + 1)...(half + decisions) {
            let decision = CandidateDecision(householdID: h, verdict: .layak, basis: .vote(VoteCount(inFavour: 6, against: 1, abstain: 1)),
                                             recused: [9])
            let (_, ns) = timed {
                let r = service.execute(.musyawarah(.decide(sessionID: 1, decision)), operatorID: 1)
                let ctx = context()
                _ = screen.receive(r, context: ctx)
                var grid = Grid(width: 80, height: 24)
                screen.render(into: &grid, context: ctx)
                return r
            }
            result.decide.add(ns)
        }
        guard store.state.musyawarah.session(id: 1)?.decidedOrder.count == half + decisions else {
            throw StoreFixture.Problem.io("musyawarah: decisions were not all recorded")
        }
        return result
    }
}

extension BenchRun {
    mutating func musyawarah() {
        let candidates = options.quick ? 1_000 : 5_000
        progress("timing a musyawarah over \(grouped(candidates)) candidates …")
        do {
            let r = try MusyawarahBenchmark.run(candidates: candidates, decisions: options.quick ? 10 : 50,
                                                workDirectory: NSTemporaryDirectory() + "loket-bench-musyawarah-\(getpid())")
            let target = 0.050
            table.add(ResultRow(metric: "musyawarah: open candidate list (\(grouped(r.candidates)) candidates), median",
                                value: milliseconds(r.openList.median), target: "< 50 ms",
                                verdict: r.openList.median < target ? .pass : .miss))
            table.add(ResultRow(metric: "musyawarah: record a decision (fsync + stage + render), median",
                                value: milliseconds(r.decide.median), target: "< 50 ms",
                                verdict: r.decide.median < target ? .pass : .miss))
            table.add(ResultRow(metric: "musyawarah: record a decision, max of \(r.decide.count)", value: milliseconds(r.decide.max)))
            notes.append("musyawarah: \(grouped(r.candidates)) families, \(grouped(r.decidedBefore)) decided before timing; "
                + "open = build every candidate's facts + first render (\(r.openList.count) runs, max \(milliseconds(r.openList.max))); "
                + "decide = DeskService (check, one write + fsync of decision and stage change, fold) + receive + render")
        } catch {
            notes.append("musyawarah: failed: \(error)")
        }
    }
}
