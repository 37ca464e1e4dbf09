import LoketCore
import LoketCrypto
@testable import LoketSync
import XCTest

final class RoundTripTests: XCTestCase {
    func testDeskToAggregatorAndBackWithReceiptsAndAStatusBundle() throws {
        let (desk, hub) = try pairedStores()
        try desk.register(20)
        let recipient = try XCTUnwrap(desk.sync.book.peer(named: "Kecamatan Gambir"))
        XCTAssertGreaterThan(desk.sync.unsent(to: recipient).notExported, 0)

        // Up: the desk's records reach the kecamatan; a receipt comes back.
        let up = try desk.sync.exportBundle(to: "Kecamatan Gambir", operatorID: 1)
        XCTAssertEqual(desk.sync.unsent(to: recipient).notExported, 0, "the bundle carries the record of its own export")
        XCTAssertEqual(desk.sync.unsent(to: recipient).notConfirmed, 22, "desk set-up and 20 families; key, peer and export records are bookkeeping")
        let imported = try hub.sync.importBundle(up.bytes, operatorID: 1)
        let receipt = try XCTUnwrap(imported.receipt)
        XCTAssertEqual(try desk.sync.importBundle(receipt.bytes, operatorID: 1).kind, .receipt)
        XCTAssertEqual(desk.sync.unsent(to: recipient).notConfirmed, 0)
        XCTAssertSyncError(.bundle(.alreadyImported(lastSequence: receipt.header.lastSequence))) {
            _ = try desk.sync.importBundle(receipt.bytes, operatorID: 1)
        }

        // Down: the kecamatan records a stage for one person and a determination for a family.
        let view = hub.sync.aggregatorView()
        let branch = try XCTUnwrap(view.desk(id: desk.store.journal.deskId))
        XCTAssertEqual(branch.state.households.count, 20)
        let family = branch.state.households[3]
        let person = family.current.members[0].nik
        try hub.sync.recordStatuses([
            DeskStatusChange(deskId: branch.deskId, update: StatusUpdate(householdID: family.id, nik: person,
                status: PersonStatus(stage: .pemadananDukcapil, note: "NIK padan"))),
            DeskStatusChange(deskId: branch.deskId, update: StatusUpdate(householdID: 1, nik: nil,
                status: PersonStatus(stage: .penetapanKemensos, outcome: .layak))),
        ], view: view, operatorID: 1)
        let deskPeer = try XCTUnwrap(hub.sync.book.peer(named: "Loket Gambir 1"))
        XCTAssertEqual(hub.sync.unsent(to: deskPeer).notConfirmed, 2)
        let down = try hub.sync.exportBundle(to: "Loket Gambir 1", operatorID: 1)
        XCTAssertTrue(down.suggestedName.hasPrefix("status-"))
        let statuses = try desk.sync.importBundle(down.bytes, operatorID: 1)
        XCTAssertEqual(statuses.kind, .statuses(count: 2))
        XCTAssertEqual(desk.store.state.household(id: family.id)?.status(of: person).stage, .pemadananDukcapil)
        XCTAssertEqual(desk.store.state.household(id: 1)?.status(of: desk.store.state.households[0].current.members[0].nik).outcome, .layak)
        XCTAssertSyncError(.bundle(.alreadyImported(lastSequence: 2))) { _ = try desk.sync.importBundle(down.bytes, operatorID: 1) }

        // The desk's receipt for the statuses marks them delivered at the kecamatan.
        let statusReceipt = try XCTUnwrap(statuses.receipt)
        _ = try hub.sync.importBundle(statusReceipt.bytes, operatorID: 1)
        XCTAssertEqual(hub.sync.unsent(to: deskPeer).notConfirmed, 0)
        XCTAssertThrowsError(try hub.sync.exportBundle(to: "Loket Gambir 1", operatorID: 1), "nothing new to send")

        // The next upload continues the chain from the receipt, and carries the imported statuses.
        try desk.register(1, seed: 9)
        let next = try desk.sync.exportBundle(to: "Kecamatan Gambir", operatorID: 1)
        XCTAssertEqual(next.header.firstSequence, receipt.header.lastSequence + 1)
        XCTAssertEqual(next.header.previousHash, receipt.header.lastHash)
        _ = try hub.sync.importBundle(next.bytes, operatorID: 1)
        XCTAssertEqual(try PosixFileSystemReader.mirrorBytes(hub, deskId: desk.store.journal.deskId), journalBytes(desk))
    }

    func testReceiptThatDoesNotMatchTheDesksRecordsIsRefused() throws {
        let (desk, hub) = try pairedStores()
        try desk.register(2)
        let keys = try hub.sync.keys()
        let body = Receipt(deskId: desk.store.journal.deskId, lastSequence: 2, lastHash: [UInt8](repeating: 9, count: 32), receivedAt: 0)
        let contents = BundleWriter.Contents(kind: .receipt, originDeskId: hub.store.journal.deskId, firstSequence: 1, lastSequence: 2,
                                             previousHash: [UInt8](repeating: 0, count: 32), lastHash: body.lastHash, createdAt: 0)
        let bytes = BundleWriter.write(contents, plain: body.encoded(), signer: keys, recipient: desk.key)!
        let before = journalBytes(desk)
        XCTAssertSyncError(.bundle(.receiptMismatch)) { _ = try desk.sync.importBundle(bytes, operatorID: 1) }
        XCTAssertEqual(journalBytes(desk), before)
    }

    func testVerifyChecksContentsOnlyAtTheRecipient() throws {
        let (desk, hub) = try pairedStores()
        try desk.register(4)
        let bundle = try desk.sync.exportBundle(to: "Kecamatan Gambir", operatorID: 1)
        let atHub = try hub.sync.verifyBundle(bundle.bytes)
        XCTAssertEqual(atHub.signerName, "Loket Gambir 1")
        XCTAssertTrue(atHub.recipientIsThisStore)
        XCTAssertEqual(atHub.recordCount, Int(bundle.header.recordCount))
        let atDesk = try desk.sync.verifyBundle(bundle.bytes)
        XCTAssertFalse(atDesk.recipientIsThisStore)
        XCTAssertNil(atDesk.recordCount)
        XCTAssertSyncError(.bundle(.corrupted)) { _ = try hub.sync.verifyBundle(Array(bundle.bytes.dropLast(1)) + [0]) }
    }

    func testKeysAreCreatedOnceAndTheFileIsPrivate() throws {
        let desk = try SyncTestStore()
        let first = try desk.sync.keys()
        XCTAssertEqual(try desk.sync.createKeys(operatorID: 1).created, false)
        XCTAssertEqual(try desk.sync.keys(), first)
        XCTAssertEqual(desk.sync.book.publicKey, first.publicKey.bytes)
        let attributes = try FileManager.default.attributesOfItem(atPath: KeyFile.path(in: desk.directory))
        XCTAssertEqual((attributes[.posixPermissions] as? NSNumber)?.intValue, 0o600)
        chmod(KeyFile.path(in: desk.directory), 0o644)
        XCTAssertSyncError(.key(KeyFile.Problem.tooOpen(permissions: 0o644).message)) { _ = try desk.sync.keys() }
    }

    func testPeersAreCheckedWhenAdded() throws {
        let (desk, hub) = try pairedStores()
        XCTAssertThrowsError(try desk.sync.addPeer(name: "Lagi", key: hub.key, operatorID: 1))
        XCTAssertThrowsError(try desk.sync.addPeer(name: "Sendiri", key: desk.key, operatorID: 1))
        XCTAssertThrowsError(try desk.sync.addPeer(name: "kecamatan gambir", key: SigningKeyPair.generate().publicKey, operatorID: 1))
        XCTAssertEqual(hub.sync.book.desks.count, 1)
        XCTAssertEqual(desk.sync.book.recipients.count, 1)
    }
}
