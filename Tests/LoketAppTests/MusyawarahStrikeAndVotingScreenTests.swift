import LoketApp
import LoketCore
import LoketTUI
import XCTest

final class MusyawarahStrikeScreenTests: XCTestCase {
    func testF8StrikesAMistakenNameAndTheQuorumFollows() throws {
        // Nine invitees, six arrived (the pendamping sosial among them, without a vote): 5 of 8, 6 needed.
        let desk = try musyawarahDesk(attendees: 9, arrived: 6)
        var screen = MusyawarahSessionScreen(sessionID: 1, context: desk.context)
        XCTAssertTrue(musyRendered(screen, desk: desk).text.contains("BELUM KUORUM: hadir 5/8, perlu 6"))
        // Agus Setiawan (ninth) was never invited to this meeting: strike him.
        musyDrive(&screen, [.end, .function(8)], desk: desk)
        let dialog = musyRendered(screen, desk: desk).text
        XCTAssertTrue(dialog.contains("Coret dari daftar hadir") && dialog.contains("Agus Setiawan"), dialog)
        XCTAssertTrue(dialog.contains("salah catat"), "the usual reason is offered")
        musyDrive(&screen, [.enter], desk: desk)
        let s = try XCTUnwrap(desk.service.state.musyawarah.session(id: 1))
        XCTAssertEqual(s.strike(of: 9)?.reason, "salah catat")
        XCTAssertEqual(s.quorumBase, 7)
        XCTAssertTrue(s.hasQuorum, "5 of 7 voting invitees; two thirds of 7 is 5")
        let text = musyRendered(screen, desk: desk).text
        XCTAssertTrue(text.contains("(dicoret: salah catat)"), text)
        XCTAssertTrue(text.contains("F8/Alt-C Coret"), "the key is on the key bar")
        assertGolden(musyRendered(screen, desk: desk), "musyawarah-attendance-struck")
        // Enter on a struck name records nothing.
        musyDrive(&screen, [.enter], desk: desk)
        XCTAssertEqual(desk.service.state.musyawarah.session(id: 1)?.presenceLog.count, s.presenceLog.count)
        XCTAssertTrue(screen.message?.text.contains("sudah dicoret") == true)
    }

    func testAltCOpensTheSameDialogAndABlankReasonIsRefused() throws {
        let desk = try musyawarahDesk(attendees: 3, arrived: 1)
        var screen = MusyawarahSessionScreen(sessionID: 1, context: desk.context)
        musyDrive(&screen, [.end, .alt("c")] + Array(repeating: Key.backspace, count: 11) + [.enter], desk: desk)
        XCTAssertTrue(musyRendered(screen, desk: desk).text.contains("Tulis alasannya"))
        musyDrive(&screen, [.escape], desk: desk)
        XCTAssertTrue(desk.service.state.musyawarah.session(id: 1)!.strikes.isEmpty)
        XCTAssertFalse(musyRendered(screen, desk: desk).text.contains("Coret dari daftar hadir"))
    }

    func testSomeoneWhoVotedCannotBeStruckAndTheScreenSaysWhy() throws {
        let desk = try musyawarahDesk(attendees: 9, arrived: 8)
        var screen = MusyawarahSessionScreen(sessionID: 1, context: desk.context)
        musyDrive(&screen, [.function(4), .enter, .char("1"), .enter, .function(3), .home, .function(8)], desk: desk)
        XCTAssertEqual(screen.message?.kind, .error)
        XCTAssertTrue(screen.message?.text.contains("Hendra Gunawan, S.Sos tidak bisa dicoret: ia sudah ikut dalam keputusan") == true,
                      screen.message?.text ?? "")
        XCTAssertFalse(musyRendered(screen, desk: desk).text.contains("Coret dari daftar hadir"), "no dialog opens")
        // The service refuses the same on its own.
        let refused = desk.service.execute(.musyawarah(.strikeAttendee(sessionID: 1, attendeeID: 1, reason: "salah catat")), operatorID: 1)
        guard case .failed(let why) = refused else { return XCTFail("a voter must not be struck") }
        XCTAssertTrue(why.contains("tidak bisa dicoret"), why)
        // The pendamping sosial did not vote: striking her is allowed.
        musyDrive(&screen, [.down, .down, .down, .function(8), .enter], desk: desk)
        XCTAssertNotNil(desk.service.state.musyawarah.session(id: 1)?.strike(of: 4))
    }
}

final class MusyawarahVotingSettingScreenTests: XCTestCase {
    func testFacilitatorsDoNotVoteUnlessTheSetUpSaysSo() throws {
        let desk = try musyawarahDesk()
        var screen = MusyawarahSetupScreen(today: desk.context.today)
        XCTAssertTrue(musyRendered(screen, desk: desk).text.contains("Pendamsos & pendata ‹ Tidak ikut bersuara ›"), musyRendered(screen, desk: desk).text)
        let open = Key.type("Aula") + [.tab] + Key.type("Ketua") + [.tab] + Key.type("Notulis")
        musyDrive(&screen, open + [.ctrl("s")], desk: desk)
        XCTAssertEqual(desk.service.state.musyawarah.session(id: 1)?.setup.facilitatorsVote, false)

        let other = try musyawarahDesk()
        var second = MusyawarahSetupScreen(today: other.context.today)
        musyDrive(&second, open + [.tab, .tab, .tab, .tab, .right, .ctrl("s")], desk: other)
        XCTAssertEqual(other.service.state.musyawarah.session(id: 1)?.setup.facilitatorsVote, true)
    }

    func testTheDecisionDialogCountsOnlyVoters() throws {
        let desk = try musyawarahDesk(attendees: 9, arrived: 8)
        var screen = MusyawarahSessionScreen(sessionID: 1, context: desk.context)
        musyDrive(&screen, [.function(4), .enter], desk: desk)
        let text = musyRendered(screen, desk: desk).text
        XCTAssertTrue(text.contains("Hadir 8 (1 tidak bersuara), mengundurkan diri 0: yang bersuara 7."), text)
        XCTAssertFalse(text.contains("Rina Wulandari — Pendamping Sosial"), "no recusal for someone without a vote")
    }
}

final class MusyawarahLaterSessionScreenTests: XCTestCase {
    func testACorrectionThatALaterSessionContradictsIsRefusedNamingIt() throws {
        let desk = try musyawarahDesk(attendees: 3, arrived: 3)
        let tunda = CandidateDecision(householdID: 1, verdict: .tunda(reason: "Surat RT"), basis: .consensus)
        _ = desk.service.execute(.musyawarah(.decide(sessionID: 1, tunda)), operatorID: 1)
        _ = desk.service.execute(.musyawarah(.close(sessionID: 1)), operatorID: 1)
        var setup = try XCTUnwrap(desk.service.state.musyawarah.session(id: 1)?.setup)
        setup.date = setup.date.adding(days: 7)
        _ = desk.service.execute(.musyawarah(.open(setup)), operatorID: 1)
        _ = desk.service.execute(.musyawarah(.addAttendee(sessionID: 2, name: "Ketua RW", role: .rtRwChair, position: "",
                                                          invited: true, arrived: true)), operatorID: 1)
        _ = desk.service.execute(.musyawarah(.decide(sessionID: 2, CandidateDecision(householdID: 1, verdict: .layak, basis: .consensus))), operatorID: 1)
        XCTAssertNotNil(desk.service.state.musyawarah.session(id: 2)?.latestEntry(of: 1))

        var screen = MusyawarahSessionScreen(sessionID: 1, context: desk.context)
        // Tidak layak; Enter asks for the reason first, then the correction is tried.
        musyDrive(&screen, [.function(4), .home, .enter, .char("2"), .enter] + Key.type("Ada mobil") + [.enter], desk: desk)
        let text = musyRendered(screen, desk: desk).text
        XCTAssertTrue(text.contains("Koreksi ditolak: musyawarah nomor 2 (02-12-2026) sudah membahas"), text)
        let direct = desk.service.execute(.musyawarah(.correct(sessionID: 1, householdID: 1, verdict: .tidakLayak(.ownsCar), reason: "Ada mobil")), operatorID: 1)
        guard case .failed(let why) = direct else { return XCTFail("the service must refuse the correction") }
        XCTAssertTrue(why.contains("musyawarah nomor 2 (02-12-2026)"), why)
        XCTAssertTrue(desk.service.state.musyawarah.session(id: 1)!.corrections.isEmpty)
    }
}
