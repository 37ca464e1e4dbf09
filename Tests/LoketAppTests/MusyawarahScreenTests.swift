import Foundation
import LoketApp
import LoketCore
import LoketCrypto
import LoketTUI
import XCTest

/// Drives one screen the way the app does: keys in, commands carried out by the real service.
@discardableResult
func musyDrive<S: Screen>(_ screen: inout S, _ keys: [Key], desk: TestDesk) -> Effect {
    var last = Effect.none
    for key in keys {
        var effect = screen.update(key, context: desk.context)
        while case .command(let c) = effect {
            let result = desk.service.execute(c, operatorID: 1)
            effect = screen.receive(result, context: desk.context)
        }
        last = effect
    }
    return last
}

func musyRendered(_ screen: some Screen, desk: TestDesk) -> Grid {
    var grid = Grid(width: 80, height: 24)
    screen.render(into: &grid, context: desk.context)
    return grid
}

/// A desk with eight synthetic families and, when asked, an open session with attendance.
func musyawarahDesk(families: Int = 8, attendees: Int = 0, arrived: Int = 0) throws -> TestDesk {
    let desk = try TestDesk()
    desk.registerSynthetic(families)
    guard attendees > 0 else { return desk }
    let setup = MusyawarahSetup(sessionID: 0, date: desk.context.today, time: "09.00", place: "Aula Kantor Kelurahan Gambir",
                                kelurahanCode: "3171011001", chair: "Drs. Ahmad Fauzi", secretary: "Dewi Lestari")
    _ = desk.service.execute(.musyawarah(.open(setup)), operatorID: 1)
    let people: [(String, AttendeeRole, String)] = [
        ("Hendra Gunawan, S.Sos", .lurah, "Lurah Gambir"), ("Drs. Ahmad Fauzi", .kelurahanStaff, "Sekretaris Kelurahan"),
        ("Dewi Lestari", .kelurahanStaff, "Kasi Kesra"), ("Rina Wulandari", .pendamsos, ""),
        ("Bambang Sutrisno", .rtRwChair, "Ketua RW 003"), ("Sri Mulyani", .pkk, "Ketua PKK"),
        ("H. Abdul Rahman", .communityFigure, "Tokoh agama"), ("Yohanes Simanjuntak", .communityFigure, "Tokoh pemuda"),
        ("Agus Setiawan", .rtRwChair, "Ketua RT 005"),
    ]
    for (i, p) in people.prefix(attendees).enumerated() {
        _ = desk.service.execute(.musyawarah(.addAttendee(sessionID: 1, name: p.0, role: p.1, position: p.2, invited: true,
                                                          arrived: i < arrived)), operatorID: 1)
    }
    return desk
}

final class MusyawarahSetupScreenTests: XCTestCase {
    func testSetupGoldenAndMissingFieldsKeepWhatWasTyped() throws {
        let desk = try musyawarahDesk()
        var screen = MusyawarahSetupScreen(today: desk.context.today)
        assertGolden(musyRendered(screen, desk: desk), "musyawarah-setup")
        musyDrive(&screen, Key.type("Aula Kelurahan") + [.function(2)], desk: desk)
        XCTAssertEqual(screen.message, .error("Nama pimpinan rapat wajib diisi."))
        XCTAssertEqual(screen.form.model.place, "Aula Kelurahan")
        XCTAssertNil(desk.service.state.musyawarah.openSession, "nothing is saved while a field is missing")
    }

    func testSavingOpensTheSessionWithEverySetting() throws {
        let desk = try musyawarahDesk()
        var screen = MusyawarahSetupScreen(today: desk.context.today)
        let effect = musyDrive(&screen, Key.type("Aula") + [.tab] + Key.type("Drs. Ahmad Fauzi") + [.tab] + Key.type("Dewi")
                           + [.tab, .right, .tab, .right, .tab, .right, .right, .ctrl("s")], desk: desk)
        guard case .popWith(.musyawarah(.opened(let id))) = effect else { return XCTFail("expected the session to open, got \(effect)") }
        let s = try XCTUnwrap(desk.service.state.musyawarah.session(id: id))
        XCTAssertEqual(s.setup.place, "Aula")
        XCTAssertEqual(s.setup.secretary, "Dewi")
        XCTAssertEqual(s.setup.rule, .simpleMajority)
        XCTAssertEqual(s.setup.quorum, .half)
        XCTAssertEqual(s.setup.priority, .lowestIncomeFirst)
        XCTAssertEqual(s.setup.date, desk.context.today)
    }

    func testMenuItemThreeOpensTheListOrResumesTheOpenSession() throws {
        let desk = try musyawarahDesk()
        XCTAssertTrue(MusyawarahListScreen.entry(desk.context) is MusyawarahListScreen)
        var menu = MainMenuScreen()
        guard case .push(let first) = menu.update(.char("3"), context: desk.context) else { return XCTFail("menu item 3 must open") }
        XCTAssertTrue(first is MusyawarahListScreen)
        var list = MusyawarahListScreen()
        assertGolden(musyRendered(list, desk: desk), "musyawarah-list-empty")
        guard case .push(let setup) = list.update(.function(2), context: desk.context) else { return XCTFail("F2 opens the set-up") }
        XCTAssertTrue(setup is MusyawarahSetupScreen)

        let open = try musyawarahDesk(attendees: 3, arrived: 3)
        XCTAssertTrue(MusyawarahListScreen.entry(open.context) is MusyawarahSessionScreen, "an open session is resumed directly")
    }
}

final class MusyawarahAttendanceTests: XCTestCase {
    func testAddingAndArrivingChangesTheLiveQuorum() throws {
        let desk = try musyawarahDesk(attendees: 6, arrived: 3)
        var screen = MusyawarahSessionScreen(sessionID: 1, context: desk.context)
        XCTAssertEqual(screen.part, .attendance)
        // Rina Wulandari (fourth, Pendamping Sosial) does not vote by default: the quorum is of the five others.
        XCTAssertTrue(musyRendered(screen, desk: desk).text.contains("BELUM KUORUM: hadir 3/5, perlu 4"))
        // Add a seventh invitee who has arrived: 4 of 6 voting invitees present, 4 needed.
        musyDrive(&screen, [.function(2)] + Key.type("Agus Setiawan") + [.tab, .right, .right, .right, .right, .right, .right,
                                                                      .tab] + Key.type("Ketua RT 005") + [.enter, .enter, .enter], desk: desk)
        let s = try XCTUnwrap(desk.service.state.musyawarah.session(id: 1))
        XCTAssertEqual(s.attendees.last?.role, .rtRwChair)
        XCTAssertEqual(s.quorumPresent, 4)
        XCTAssertEqual(s.quorumRequired, 4)
        XCTAssertTrue(s.hasQuorum)
        // The pendamping sosial arrives: present on the record, but not one more towards the quorum.
        musyDrive(&screen, [.home, .down, .down, .down, .enter], desk: desk)
        XCTAssertTrue(desk.service.state.musyawarah.session(id: 1)!.isPresent(4))
        XCTAssertEqual(desk.service.state.musyawarah.session(id: 1)!.quorumPresent, 4)
        assertGolden(musyRendered(screen, desk: desk), "musyawarah-attendance")
        // A departure breaks it again.
        musyDrive(&screen, [.up, .enter], desk: desk)
        XCTAssertFalse(desk.service.state.musyawarah.session(id: 1)!.hasQuorum)
        XCTAssertTrue(screen.message?.text.contains("Belum kuorum") == true)
    }

    func testAddingWithoutANameSaysSoAndKeepsTheForm() throws {
        let desk = try musyawarahDesk(attendees: 1, arrived: 1)
        var screen = MusyawarahSessionScreen(sessionID: 1, context: desk.context)
        musyDrive(&screen, [.function(2), .tab, .right, .ctrl("s")], desk: desk)
        XCTAssertTrue(musyRendered(screen, desk: desk).text.contains("Nama peserta wajib diisi."))
        XCTAssertEqual(desk.service.state.musyawarah.session(id: 1)?.attendees.count, 1)
    }
}

final class MusyawarahDecisionTests: XCTestCase {
    func testCandidateListGoldenAndFilterByRW() throws {
        let desk = try musyawarahDesk(attendees: 9, arrived: 8)
        var screen = MusyawarahSessionScreen(sessionID: 1, context: desk.context)
        musyDrive(&screen, [.function(4)], desk: desk)
        XCTAssertEqual(screen.visible.count, 8)
        let text = musyRendered(screen, desk: desk).text
        for record in desk.service.state.households {
            for m in record.current.members { XCTAssertFalse(text.contains(m.nik), "NIKs are masked on the projector") }
        }
        assertGolden(musyRendered(screen, desk: desk), "musyawarah-candidates")
        let rw = try XCTUnwrap(screen.selectedCandidate?.rw)
        let expected = desk.service.state.households.filter { $0.current.rw == rw }.count
        musyDrive(&screen, [.tab] + Key.type(String(Int(rw)!)), desk: desk)
        XCTAssertEqual(screen.filter.rw, rw, "typed \"3\" means RW 003")
        XCTAssertEqual(screen.visible.count, expected)
        XCTAssertLessThan(expected, 8, "the fixture must have families in other RWs")
    }

    func testNoDecisionWithoutQuorum() throws {
        let desk = try musyawarahDesk(attendees: 9, arrived: 5)
        var screen = MusyawarahSessionScreen(sessionID: 1, context: desk.context)
        musyDrive(&screen, [.function(4), .enter], desk: desk)
        // Five arrived, one of them the pendamping sosial: 4 of the 8 voting invitees.
        XCTAssertEqual(screen.message, .error("Belum kuorum: hadir 4, perlu 6 undangan. Keputusan belum bisa dicatat."))
        XCTAssertFalse(musyRendered(screen, desk: desk).text.contains("Keputusan: 26-"), "no dialog opens")
    }

    func testVoteWithRecusalIsSavedAndMovesTheFamilysStage() throws {
        let desk = try musyawarahDesk(attendees: 9, arrived: 8)
        var screen = MusyawarahSessionScreen(sessionID: 1, context: desk.context)
        musyDrive(&screen, [.function(4)], desk: desk)
        let candidate = try XCTUnwrap(screen.selectedCandidate)
        // 8 present, the pendamping sosial does not vote: 7 voters. Layak by vote: 4 for, 1 against,
        // 1 abstains, 1 recused (the RW chair, fourth on the recusal list, which lists voters only).
        musyDrive(&screen, [.enter, .tab, .tab, .right, .tab] + Key.type("4") + [.tab] + Key.type("1")
                       + [.tab, .down, .down, .down, .char(" ")], desk: desk)
        assertGolden(musyRendered(screen, desk: desk), "musyawarah-decision")
        musyDrive(&screen, [.enter], desk: desk)
        let s = try XCTUnwrap(desk.service.state.musyawarah.session(id: 1))
        let entry = try XCTUnwrap(s.latestEntry(of: candidate.householdID))
        XCTAssertEqual(entry.decision.basis, .vote(VoteCount(inFavour: 4, against: 1, abstain: 1)))
        XCTAssertEqual(entry.decision.recused, [5])
        let record = try XCTUnwrap(desk.service.state.household(id: candidate.householdID))
        let status = record.status(of: record.current.members[0].nik)
        XCTAssertEqual(status.stage, .musyawarahKelurahan)
        XCTAssertEqual(status.outcome, .layak)
        XCTAssertEqual(status.note, "Musyawarah 25-11-2026: Layak")
        XCTAssertEqual(screen.candidateList.selected, 1, "the next candidate is selected for a quick next decision")
    }

    func testATieIsRefusedAndTheDialogKeepsTheCount() throws {
        let desk = try musyawarahDesk(attendees: 9, arrived: 8)
        var screen = MusyawarahSessionScreen(sessionID: 1, context: desk.context)
        musyDrive(&screen, [.function(4), .enter, .tab, .tab, .right, .tab] + Key.type("3") + [.tab] + Key.type("3") + [.enter], desk: desk)
        let text = musyRendered(screen, desk: desk).text
        XCTAssertTrue(text.contains("Suara seri (3 lawan 3)"), text)
        XCTAssertTrue(desk.service.state.musyawarah.session(id: 1)!.decisions.isEmpty)
        XCTAssertTrue(text.contains("Tidak setuju 3"), "the typed count stays")
    }

    func testTundaNeedsAReasonAndTidakLayakNamesTheCriterion() throws {
        let desk = try musyawarahDesk(attendees: 9, arrived: 8)
        var screen = MusyawarahSessionScreen(sessionID: 1, context: desk.context)
        musyDrive(&screen, [.function(4), .enter, .char("3"), .enter], desk: desk)
        XCTAssertTrue(musyRendered(screen, desk: desk).text.contains("Tulis alasan ditunda."))
        musyDrive(&screen, Key.type("Surat domisili belum ada") + [.enter], desk: desk)
        let first = try XCTUnwrap(desk.service.state.musyawarah.session(id: 1)?.decidedOrder.first)
        XCTAssertEqual(desk.service.state.musyawarah.session(id: 1)?.verdict(of: first), .tunda(reason: "Surat domisili belum ada"))
        // Next candidate: tidak layak, criterion 7 is offered first when the desk found nothing.
        musyDrive(&screen, [.enter, .char("2"), .enter], desk: desk)
        let verdicts = desk.service.state.musyawarah.session(id: 1)!.decidedOrder.map { desk.service.state.musyawarah.session(id: 1)!.verdict(of: $0) }
        XCTAssertTrue(verdicts.contains { if case .tidakLayak = $0 { return true } else { return false } })
        // A revision is a new entry; the history stays.
        musyDrive(&screen, [.up, .up, .enter, .char("1"), .enter], desk: desk)
        let s = desk.service.state.musyawarah.session(id: 1)!
        XCTAssertEqual(s.history(of: first).count, 2)
        XCTAssertEqual(s.verdict(of: first), .layak)
    }

    func testAnInterruptedSessionReopensWhereItStopped() throws {
        let desk = try musyawarahDesk(attendees: 9, arrived: 8)
        var screen = MusyawarahSessionScreen(sessionID: 1, context: desk.context)
        musyDrive(&screen, [.function(4), .down, .down, .enter, .enter], desk: desk)
        // A new screen from the journal alone, as after a crash: on the candidates, after the last decided.
        let reopened = try XCTUnwrap(MusyawarahListScreen.entry(desk.context) as? MusyawarahSessionScreen)
        XCTAssertEqual(reopened.part, .candidates)
        XCTAssertEqual(reopened.candidateList.selected, 3)
        musyDrive(&screen, [.function(5), .right], desk: desk)
        musyDrive(&screen, [.function(2)] + Key.type("1") + [.enter], desk: desk)
        let again = MusyawarahSessionScreen(sessionID: 1, context: desk.context)
        XCTAssertEqual(again.part, .quota)
    }
}

final class MusyawarahQuotaAndClosingTests: XCTestCase {
    /// Five layak families in BPNT (every family is screened for it).
    func decidedDesk() throws -> (TestDesk, MusyawarahSessionScreen) {
        let desk = try musyawarahDesk(attendees: 9, arrived: 8)
        var screen = MusyawarahSessionScreen(sessionID: 1, context: desk.context)
        musyDrive(&screen, [.function(4)] + Array(repeating: [Key.enter, .char("1"), .enter], count: 5).flatMap { $0 }, desk: desk)
        musyDrive(&screen, [.enter, .char("2"), .enter], desk: desk)
        return (desk, screen)
    }

    func testQuotaCutOffAndMovingUp() throws {
        var (desk, screen) = try decidedDesk()
        musyDrive(&screen, [.function(5)], desk: desk)
        while screen.ranking(desk.service.state.musyawarah.session(id: 1)!).program != .bpnt { musyDrive(&screen, [.right], desk: desk) }
        musyDrive(&screen, [.ctrl("k")] + Key.type("3") + [.enter], desk: desk)
        var r = screen.ranking(desk.service.state.musyawarah.session(id: 1)!)
        XCTAssertEqual(r.quota, 3)
        XCTAssertEqual(r.withinQuota.count, 3)
        XCTAssertEqual(r.waiting.count, 2)
        let fourth = r.order[3]
        musyDrive(&screen, [.down, .down, .down, .alt("n")], desk: desk)
        r = screen.ranking(desk.service.state.musyawarah.session(id: 1)!)
        XCTAssertEqual(r.order[2], fourth, "moved up into the quota")
        XCTAssertEqual(screen.rankingList.selected, 2)
        assertGolden(musyRendered(screen, desk: desk), "musyawarah-quota")
        musyDrive(&screen, [.function(8)], desk: desk)
        XCTAssertEqual(screen.ranking(desk.service.state.musyawarah.session(id: 1)!).order[3], fourth)
    }

    func testClosingSealsAndLocksThenCorrectionsAreDated() throws {
        var (desk, screen) = try decidedDesk()
        musyDrive(&screen, [.function(6), .function(9)], desk: desk)
        XCTAssertTrue(musyRendered(screen, desk: desk).text.contains("Tutup dan segel musyawarah?"))
        musyDrive(&screen, [.left, .enter], desk: desk)
        let s = try XCTUnwrap(desk.service.state.musyawarah.session(id: 1))
        let closure = try XCTUnwrap(s.closure)
        XCTAssertEqual(closure.seal, SHA256.hash(s.sealContent))
        let text = musyRendered(screen, desk: desk).text
        XCTAssertTrue(text.contains(hexString(closure.seal)), "the seal is shown on screen")
        assertGolden(musyRendered(screen, desk: desk), "musyawarah-summary")

        // No path changes a closed session: the screen refuses, and the service refuses too.
        musyDrive(&screen, [.function(3), .enter], desk: desk)
        XCTAssertEqual(screen.message?.kind, .warning)
        let refused = desk.service.execute(.musyawarah(.decide(sessionID: 1, CandidateDecision(householdID: 1, verdict: .layak, basis: .consensus))), operatorID: 1)
        guard case .failed(let why) = refused else { return XCTFail("a closed session must refuse decisions") }
        XCTAssertTrue(why.contains("sudah ditutup"))

        // A correction: dated, with a reason, and the stage note follows.
        musyDrive(&screen, [.function(4), .home, .enter, .char("2"), .enter], desk: desk)
        XCTAssertTrue(musyRendered(screen, desk: desk).text.contains("Tulis alasan koreksi"))
        musyDrive(&screen, Key.type("Surat Samsat: ada mobil") + [.enter], desk: desk)
        let after = try XCTUnwrap(desk.service.state.musyawarah.session(id: 1))
        XCTAssertEqual(after.corrections.count, 1)
        XCTAssertEqual(after.corrections[0].correction.date, desk.context.today)
        XCTAssertEqual(after.closure, closure, "the seal does not change")
        let id = after.corrections[0].correction.householdID
        let record = try XCTUnwrap(desk.service.state.household(id: id))
        XCTAssertEqual(record.status(of: record.current.members[0].nik).outcome, .tidakLayak)
        XCTAssertEqual(desk.service.state.musyawarah.finallyDecided[id], 1)
    }

    func testBeritaAcaraIsWrittenRecordedAndMatchesTheGolden() throws {
        var (desk, screen) = try decidedDesk()
        musyDrive(&screen, [.function(5)], desk: desk)
        while screen.ranking(desk.service.state.musyawarah.session(id: 1)!).program != .bpnt { musyDrive(&screen, [.right], desk: desk) }
        musyDrive(&screen, [.ctrl("k")] + Key.type("3") + [.enter, .down, .down, .down, .alt("n")], desk: desk)
        musyDrive(&screen, [.function(6), .ctrl("t"), .char("t")], desk: desk)
        musyDrive(&screen, [.ctrl("p")], desk: desk)
        let path = desk.service.beritaAcaraDirectory + "/musyawarah-1.txt"
        let text = try String(contentsOfFile: path, encoding: .utf8)
        let s = try XCTUnwrap(desk.service.state.musyawarah.session(id: 1))
        XCTAssertEqual(s.prints.map(\.file), [path], "the print is a journal event")
        XCTAssertTrue(text.contains(hexString(s.closure!.seal)))
        for record in desk.service.state.households {
            for m in record.current.members { XCTAssertFalse(text.contains(m.nik), "no NIK in the berita acara") }
        }
        for line in text.split(separator: "\n") { XCTAssertLessThanOrEqual(displayWidth(String(line)), 78, String(line)) }
        assertTextGolden(text, "berita-acara")
    }
}

/// Compares a printed document with `Screens/<name>.txt` (the same rules as `assertGolden`).
func assertTextGolden(_ text: String, _ name: String, file: StaticString = #filePath, line: UInt = #line) {
    let root = URL(fileURLWithPath: "\(#filePath)").deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    let url = root.appendingPathComponent("Screens").appendingPathComponent("\(name).txt")
    if ProcessInfo.processInfo.environment["UPDATE_GOLDEN"] == "1" {
        try? text.write(to: url, atomically: true, encoding: .utf8)
        return
    }
    guard let expected = try? String(contentsOf: url, encoding: .utf8) else {
        return XCTFail("Missing golden Screens/\(name).txt — run UPDATE_GOLDEN=1 swift test", file: file, line: line)
    }
    XCTAssertEqual(expected, text, "Screens/\(name).txt differs", file: file, line: line)
}
