import LoketCore
import LoketCrypto
@testable import LoketSync
import XCTest

/// Every way a bundle is refused, each on its own, and each leaving the recipient's store unchanged.
final class BundleRefusalTests: XCTestCase {
    var desk: SyncTestStore!
    var hub: SyncTestStore!
    var bundle: [UInt8]!

    override func setUpWithError() throws {
        (desk, hub) = try pairedStores()
        try desk.register(5)
        bundle = try desk.sync.exportBundle(to: "Kecamatan Gambir", operatorID: 1).bytes
    }

    private func assertRefused(_ bytes: [UInt8], _ expected: BundleProblem, file: StaticString = #filePath, line: UInt = #line) {
        let before = journalBytes(hub)
        XCTAssertSyncError(.bundle(expected), file: file, line: line) { _ = try hub.sync.importBundle(bytes, operatorID: 1) }
        XCTAssertEqual(journalBytes(hub), before, "a refused bundle changes nothing", file: file, line: line)
        XCTAssertTrue(hub.sync.aggregatorView().desks.allSatisfy { $0.records.sequence == 0 }, file: file, line: line)
        XCTAssertFalse(expected.message.isEmpty)
    }

    func testTheUntouchedBundleImports() throws {
        let result = try hub.sync.importBundle(bundle, operatorID: 1)
        XCTAssertEqual(result.kind, .deskRecords)
        XCTAssertEqual(result.lastSequence, desk.store.journal.lastSequence)
    }

    func testTruncatedBundleIsRefused() {
        assertRefused(Array(bundle.dropLast(100)), .truncated(expected: bundle.count, actual: bundle.count - 100))
    }

    func testBundleCutInsideTheHeaderIsRefusedAsTruncated() {
        assertRefused(Array(bundle.prefix(40)), .truncated(expected: BundleFormat.prefixSize + BundleFormat.headerSize + 8, actual: 40))
    }

    func testCorruptedByteIsRefused() {
        var damaged = bundle!
        damaged[BundleEditing.bodyStart + 50] ^= 0x10
        assertRefused(damaged, .corrupted)
    }

    func testTamperedBodyWithFixedChecksumFailsTheSignature() {
        var tampered = bundle!
        tampered[BundleEditing.bodyStart + 50] ^= 0x10
        assertRefused(BundleEditing.fixChecksum(tampered), .badSignature)
    }

    func testForgedSignerClaimingTheDesksKeyIsRefused() throws {
        let forger = SigningKeyPair.generate()
        var forged = try desk.rangeBundle(from: 1, to: hub.key, signer: forger)
        forged.replaceSubrange(BundleEditing.originKeyOffset..<(BundleEditing.originKeyOffset + 32), with: desk.key.bytes)
        assertRefused(BundleEditing.fixChecksum(forged), .badSignature)
    }

    func testUnknownSignerIsRefused() throws {
        let stranger = try SyncTestStore(name: "Loket Asing")
        try stranger.register(2)
        _ = try stranger.sync.addPeer(name: "Kecamatan Gambir", key: hub.key, operatorID: 1)
        let bytes = try stranger.sync.exportBundle(to: "Kecamatan Gambir", operatorID: 1).bytes
        assertRefused(bytes, .unknownSigner(fingerprint: stranger.key.fingerprint))
    }

    func testBundleForAnotherRecipientIsRefused() throws {
        let otherHub = try SyncTestStore(role: .kecamatan, name: "Kecamatan Lain", kelurahan: "317102")
        _ = try otherHub.sync.addPeer(name: "Loket Gambir 1", key: desk.key, operatorID: 1)
        let before = journalBytes(otherHub)
        XCTAssertSyncError(.bundle(.wrongRecipient)) { _ = try otherHub.sync.importBundle(bundle, operatorID: 1) }
        XCTAssertEqual(journalBytes(otherHub), before)
    }

    func testUnknownVersionIsRefused() {
        var future = bundle!
        future[8] = 2
        assertRefused(BundleEditing.fixChecksum(future), .unsupportedVersion(2))
    }

    func testFileThatIsNotABundleIsRefused() {
        assertRefused(Array("nik,nama\n3171,Budi\n".utf8), .notABundle)
    }

    func testSignedBundleWithBrokenRecordsIsRefused() throws {
        let keys = try desk.sync.keys()
        let contents = BundleWriter.Contents(kind: .records, originDeskId: desk.store.journal.deskId, firstSequence: 1,
                                             lastSequence: 1, previousHash: [UInt8](repeating: 0, count: 32),
                                             lastHash: [UInt8](repeating: 1, count: 32), createdAt: 1)
        let bytes = BundleWriter.write(contents, plain: [UInt8](repeating: 0x55, count: 200), signer: keys, recipient: hub.key)!
        assertRefused(bytes, .invalidRecords(detail: "panjang catatan 1 salah"))
    }

    func testSameBundleTwiceChangesNothing() throws {
        _ = try hub.sync.importBundle(bundle, operatorID: 1)
        let before = journalBytes(hub)
        let mirror = try PosixFileSystemReader.mirrorBytes(hub, deskId: desk.store.journal.deskId)
        XCTAssertSyncError(.bundle(.alreadyImported(lastSequence: desk.store.journal.lastSequence))) {
            _ = try hub.sync.importBundle(bundle, operatorID: 1)
        }
        XCTAssertEqual(journalBytes(hub), before)
        XCTAssertEqual(try PosixFileSystemReader.mirrorBytes(hub, deskId: desk.store.journal.deskId), mirror)
    }

    func testReplayOfAnOlderBundleAfterANewerOneIsRefused() throws {
        try desk.register(3)
        let newer = try desk.sync.exportBundle(to: "Kecamatan Gambir", operatorID: 1).bytes
        _ = try hub.sync.importBundle(newer, operatorID: 1)
        let held = desk.store.journal.lastSequence
        let before = journalBytes(hub)
        XCTAssertSyncError(.bundle(.alreadyImported(lastSequence: held))) { _ = try hub.sync.importBundle(bundle, operatorID: 1) }
        XCTAssertEqual(journalBytes(hub), before)
    }

    func testForkedHistoryIsRefused() throws {
        // A copy of the desk (same id, same key) that went on differently: two histories for one desk.
        let cloneDirectory = "/tmp/lks-" + String(UUID().uuidString.prefix(8))
        let seq = desk.store.journal.lastSequence
        try FileManager.default.copyItem(atPath: desk.directory, toPath: cloneDirectory)
        let clone = try SyncTestStore(directory: cloneDirectory)
        try desk.register(2, seed: 10)
        try clone.register(2, seed: 20)
        _ = try hub.sync.importBundle(try desk.rangeBundle(from: 1, to: hub.key), operatorID: 1)
        let before = journalBytes(hub)
        XCTAssertSyncError(.bundle(.fork(sequence: desk.store.journal.lastSequence))) {
            _ = try hub.sync.importBundle(try! clone.rangeBundle(from: seq + 1, to: hub.key), operatorID: 1)
        }
        XCTAssertEqual(journalBytes(hub), before)
    }

    func testSecondKeyClaimingTheSameDeskIsRefused() throws {
        _ = try hub.sync.importBundle(bundle, operatorID: 1)
        let impostorKeys = SigningKeyPair.generate()
        _ = try hub.sync.addPeer(name: "Loket Palsu", key: impostorKeys.publicKey, operatorID: 1)
        try desk.register(1)
        let bytes = try desk.rangeBundle(from: 1, to: hub.key, signer: impostorKeys)
        XCTAssertSyncError(.bundle(.deskMismatch)) { _ = try hub.sync.importBundle(bytes, operatorID: 1) }
    }
}

enum PosixFileSystemReader {
    static func mirrorBytes(_ s: SyncTestStore, deskId: [UInt8]) throws -> [UInt8] {
        try Array(Data(contentsOf: URL(fileURLWithPath: "\(s.directory)/desks/\(hexString(deskId))/journal.log")))
    }
}
