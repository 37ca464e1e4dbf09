import LoketCore
import LoketCrypto
import LoketStore
@testable import LoketSync
import XCTest

final class ImportTests: XCTestCase {
    func testGapIsHeldUntilTheMissingRangeArrivesThenBothImport() throws {
        let (desk, hub) = try pairedStores()
        try desk.register(3)
        let firstPart = try desk.rangeBundle(from: 1, to: hub.key)
        let split = desk.store.journal.lastSequence
        try desk.register(4, seed: 2)
        let secondPart = try desk.rangeBundle(from: split + 1, to: hub.key)

        let before = journalBytes(hub)
        XCTAssertSyncError(.bundle(.held(missingFrom: 1, missingTo: split))) { _ = try hub.sync.importBundle(secondPart, operatorID: 1) }
        XCTAssertEqual(journalBytes(hub), before, "a held bundle imports nothing yet")
        let waiting = hub.sync.aggregatorView().desks
        XCTAssertTrue(waiting.allSatisfy { $0.records.sequence == 0 })

        let result = try hub.sync.importBundle(firstPart, operatorID: 1)
        XCTAssertEqual(result.lastSequence, split)
        XCTAssertEqual(result.alsoImported.map(\.lastSequence), [desk.store.journal.lastSequence])
        let branch = try XCTUnwrap(hub.sync.aggregatorView().desk(id: desk.store.journal.deskId))
        XCTAssertEqual(branch.records.sequence, desk.store.journal.lastSequence)
        XCTAssertEqual(branch.records.hash, desk.store.journal.lastHash)
        XCTAssertEqual(branch.state.households.count, 7)
        XCTAssertTrue(branch.missing.isEmpty)
        XCTAssertTrue(HeldBundles(directory: hub.directory + "/held", fileSystem: PosixFileSystem()).paths().isEmpty)
    }

    func testHeldBundleShowsWhatIsMissing() throws {
        let (desk, hub) = try pairedStores()
        try desk.register(2)
        _ = try hub.sync.importBundle(try desk.rangeBundle(from: 1, to: hub.key, last: 2), operatorID: 1)
        try desk.register(2, seed: 3)
        try desk.register(2, seed: 4)
        let last = desk.store.journal.lastSequence
        XCTAssertThrowsError(try hub.sync.importBundle(try desk.rangeBundle(from: last, to: hub.key), operatorID: 1))
        let branch = try XCTUnwrap(hub.sync.aggregatorView().desks.first)
        XCTAssertEqual(branch.missing, [3...(last - 1)])
    }

    func testOverlappingBundleAppendsOnlyTheNewRecords() throws {
        let (desk, hub) = try pairedStores()
        try desk.register(2)
        _ = try hub.sync.importBundle(try desk.sync.exportBundle(to: "Kecamatan Gambir", operatorID: 1).bytes, operatorID: 1)
        try desk.register(2, seed: 5)
        // No receipt went back, so the desk sends everything again; only the new part is added.
        let again = try desk.sync.exportBundle(to: "Kecamatan Gambir", operatorID: 1)
        XCTAssertEqual(again.header.firstSequence, 1)
        let result = try hub.sync.importBundle(again.bytes, operatorID: 1)
        XCTAssertGreaterThan(result.firstSequence, 1)
        let mirror = try PosixFileSystemReader.mirrorBytes(hub, deskId: desk.store.journal.deskId)
        XCTAssertEqual(mirror, journalBytes(desk), "the copy is the desk's journal, byte for byte")
    }

    func testInterruptedWriteLeavesTheStoreAsBefore() throws {
        let faults = FaultInjectingFileSystem()
        let desk = try SyncTestStore()
        let hub = try SyncTestStore(role: .kecamatan, name: "Kecamatan Gambir", kelurahan: "317101", fileSystem: faults)
        _ = try desk.sync.addPeer(name: "Kecamatan Gambir", key: hub.key, operatorID: 1)
        _ = try hub.sync.addPeer(name: "Loket Gambir 1", key: desk.key, operatorID: 1)
        try desk.register(10)
        let bytes = try desk.sync.exportBundle(to: "Kecamatan Gambir", operatorID: 1).bytes
        let before = journalBytes(hub)

        // The disk fills half-way through the copy's write: the write is cut back, nothing imported.
        faults.shortWrite(keeping: 300, path: "/journal.log")
        XCTAssertThrowsError(try hub.sync.importBundle(bytes, operatorID: 1))
        XCTAssertEqual(journalBytes(hub), before)
        XCTAssertEqual(hub.sync.aggregatorView().desks.first?.records.sequence, 0)

        // As after kill -9: the half-written bytes stay (the cut-back never happens) until the next open.
        faults.shortWrite(keeping: 300, path: "/journal.log")
        faults.fail(.truncate)
        XCTAssertThrowsError(try hub.sync.importBundle(bytes, operatorID: 1))
        XCTAssertEqual(journalBytes(hub), before)
        XCTAssertEqual(hub.sync.aggregatorView().desks.first?.records.sequence, 0, "the torn tail is not a record")

        faults.clearFaults()
        let result = try hub.sync.importBundle(bytes, operatorID: 1)
        XCTAssertEqual(result.lastSequence, desk.store.journal.lastSequence)
        XCTAssertEqual(try PosixFileSystemReader.mirrorBytes(hub, deskId: desk.store.journal.deskId), journalBytes(desk))
    }

    func testFailedStatusAppendAtTheDeskLeavesItAsBefore() throws {
        let faults = FaultInjectingFileSystem()
        let desk = try SyncTestStore(fileSystem: faults)
        let hub = try SyncTestStore(role: .kecamatan, name: "Kecamatan Gambir", kelurahan: "317101")
        _ = try desk.sync.addPeer(name: "Kecamatan Gambir", key: hub.key, operatorID: 1)
        _ = try hub.sync.addPeer(name: "Loket Gambir 1", key: desk.key, operatorID: 1)
        try desk.register(3)
        _ = try hub.sync.importBundle(try desk.sync.exportBundle(to: "Kecamatan Gambir", operatorID: 1).bytes, operatorID: 1)
        let view = hub.sync.aggregatorView()
        let household = try XCTUnwrap(view.desks.first?.state.households.first)
        try hub.sync.recordStatuses([DeskStatusChange(deskId: desk.store.journal.deskId, update: StatusUpdate(
            householdID: household.id, nik: nil, status: PersonStatus(stage: .pemadananDukcapil)))], view: view, operatorID: 1)
        let status = try hub.sync.exportBundle(to: "Loket Gambir 1", operatorID: 1).bytes
        let before = journalBytes(desk)
        faults.shortWrite(keeping: 20, path: "/journal.log")
        XCTAssertThrowsError(try desk.sync.importBundle(status, operatorID: 1))
        XCTAssertEqual(journalBytes(desk), before)
        XCTAssertEqual(desk.store.state.household(id: household.id)?.status(of: household.current.members[0].nik).stage, .pendaftaran)
    }

    func testChainDecisionCases() {
        let hash: (UInt8) -> [UInt8] = { [UInt8](repeating: $0, count: 32) }
        func header(_ first: UInt64, _ last: UInt64, previous: UInt8, lastHash: UInt8) -> BundleHeader {
            let key = SigningKeyPair.fromSeed([UInt8](repeating: 1, count: 32))!.publicKey
            return BundleHeader(kind: .records, originDeskId: [], origin: key, recipient: key, firstSequence: first,
                                lastSequence: last, previousHash: hash(previous), lastHash: hash(lastHash), createdAt: 0,
                                plainByteCount: 0, sealedKey: [], streamHeader: [])
        }
        func spans(_ first: UInt64, _ last: UInt64) -> [RecordSpan] {
            (first...last).map { RecordSpan(offset: 0, size: 0, sequence: $0, timestamp: 0, hash: hash(UInt8($0))) }
        }
        let held = SyncBook.ChainPoint(sequence: 5, hash: hash(5))
        XCTAssertEqual(ChainDecision.decide(held: held, header: header(6, 8, previous: 5, lastHash: 8), spans: spans(6, 8)), .append(fromIndex: 0))
        XCTAssertEqual(ChainDecision.decide(held: held, header: header(3, 8, previous: 2, lastHash: 8), spans: spans(3, 8)), .append(fromIndex: 3))
        XCTAssertEqual(ChainDecision.decide(held: held, header: header(8, 9, previous: 7, lastHash: 9), spans: spans(8, 9)), .gap(from: 6, to: 7))
        XCTAssertEqual(ChainDecision.decide(held: held, header: header(1, 5, previous: 0, lastHash: 5), spans: spans(1, 5)), .alreadyHeld)
        XCTAssertEqual(ChainDecision.decide(held: held, header: header(1, 5, previous: 0, lastHash: 9), spans: spans(1, 5)), .fork(sequence: 5))
        XCTAssertEqual(ChainDecision.decide(held: held, header: header(6, 8, previous: 4, lastHash: 8), spans: spans(6, 8)), .fork(sequence: 6))
    }
}
