import LoketCore
import LoketCrypto
@testable import LoketSync
import XCTest

final class AggregatorTests: XCTestCase {
    func testTwoDesksRegisteringTheSameNIKGiveOneDuplicateCandidate() throws {
        let hub = try SyncTestStore(role: .kecamatan, name: "Kecamatan Gambir", kelurahan: "317101")
        let a = try SyncTestStore(name: "Loket Gambir 1")
        let b = try SyncTestStore(name: "Loket Cideng", kelurahan: "3171011002")
        for desk in [a, b] {
            _ = try desk.sync.addPeer(name: "Kecamatan Gambir", key: hub.key, operatorID: 1)
            _ = try hub.sync.addPeer(name: desk.store.state.profile!.name, key: desk.key, operatorID: 1)
        }
        try a.register(5, seed: 1)
        try b.register(5, seed: 2)
        // One family moved and registered again at the other desk.
        try b.register(a.store.state.households[2].current)
        for desk in [a, b] {
            _ = try hub.sync.importBundle(try desk.sync.exportBundle(to: "Kecamatan Gambir", operatorID: 1).bytes, operatorID: 1)
        }
        let view = hub.sync.aggregatorView()
        XCTAssertEqual(view.desks.map(\.name), ["Loket Cideng", "Loket Gambir 1"])
        XCTAssertEqual(view.householdCount, 11)
        let moved = a.store.state.households[2].current.members
        XCTAssertEqual(view.duplicates.count, moved.count, "one candidate per shared NIK")
        let first = try XCTUnwrap(view.duplicates.first { $0.nik == moved[0].nik })
        XCTAssertEqual(Set(first.entries.map(\.deskName)), ["Loket Gambir 1", "Loket Cideng"])
        XCTAssertNil(first.decision)

        try hub.sync.adjudicate(DuplicateDecision(nik: first.nik, verdict: .samePerson, note: "pindah"), operatorID: 1)
        let after = hub.sync.aggregatorView()
        XCTAssertEqual(after.duplicates.first { $0.nik == first.nik }?.decision?.verdict, .samePerson)
        XCTAssertEqual(after.householdCount, 11, "a decision merges nothing")
    }

    func testSameNIKTwiceAtOneDeskIsACandidate() throws {
        let (desk, hub) = try pairedStores()
        try desk.register(3)
        var copy = desk.store.state.households[0].current
        copy.members = [copy.members[0]]
        copy.kkNumber = "3171010101200001"
        try desk.register(copy)
        _ = try hub.sync.importBundle(try desk.sync.exportBundle(to: "Kecamatan Gambir", operatorID: 1).bytes, operatorID: 1)
        let candidates = hub.sync.aggregatorView().duplicates
        XCTAssertEqual(candidates.count, 1)
        XCTAssertEqual(candidates[0].entries.map(\.householdID), [1, 4])
    }

    func testStatusCSVIsCheckedWholeBeforeAnythingIsRecorded() throws {
        let (desk, hub) = try pairedStores()
        try desk.register(3)
        _ = try hub.sync.importBundle(try desk.sync.exportBundle(to: "Kecamatan Gambir", operatorID: 1).bytes, operatorID: 1)
        let view = hub.sync.aggregatorView()
        let nik = desk.store.state.households[1].current.members[0].nik
        let good = "nik;tahap;hasil;catatan\n\(nik);4;;\"padan; sesuai\"\n"
        guard case .success(let changes) = StatusCSV.parse(good, view: view) else { return XCTFail("valid CSV refused") }
        XCTAssertEqual(changes.first?.update.status, PersonStatus(stage: .pemadananDukcapil, note: "padan; sesuai"))
        XCTAssertEqual(changes.first?.update.householdID, 2)

        let bad = "nik,tahap,hasil\n\(nik),Penetapan Kemensos,Layak\n3171010101010001,2,\n\(nik),99,\n\(nik),3,Mungkin\n"
        guard case .failure(let errors) = StatusCSV.parse(bad, view: view) else { return XCTFail("invalid CSV accepted") }
        XCTAssertEqual(errors.rows.map(\.line), [3, 4, 5])
        XCTAssertTrue(errors.message.contains("Baris 3"))
    }

    func testStatusForAPersonNotInTheFamilyIsRefused() throws {
        let (desk, hub) = try pairedStores()
        try desk.register(2)
        _ = try hub.sync.importBundle(try desk.sync.exportBundle(to: "Kecamatan Gambir", operatorID: 1).bytes, operatorID: 1)
        let view = hub.sync.aggregatorView()
        let other = desk.store.state.households[1].current.members[0].nik
        XCTAssertThrowsError(try hub.sync.recordStatuses([DeskStatusChange(deskId: desk.store.journal.deskId,
            update: StatusUpdate(householdID: 1, nik: other, status: PersonStatus(stage: .musyawarahKelurahan)))], view: view, operatorID: 1))
        XCTAssertThrowsError(try desk.sync.recordStatuses([], view: view, operatorID: 1), "a desk records no statuses for others")
    }
}
