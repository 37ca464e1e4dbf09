import Foundation
@testable import LoketApp
import LoketCore
import LoketCrypto
import LoketStore
import LoketSync
import LoketTUI
import XCTest

/// The Sinkronisasi screen at a desk, the per-desk view and the duplicate adjudication at a kecamatan.
final class SyncScreenTests: XCTestCase {
    private var cleanup: [String] = []
    override func tearDown() { cleanup.forEach { try? FileManager.default.removeItem(atPath: $0) } }

    /// A kecamatan store behind its own DeskService, with the same fixed clock as TestDesk.
    private func kecamatan() throws -> DeskService {
        let directory = "/tmp/lk-" + String(UUID().uuidString.prefix(8))
        cleanup.append(directory)
        let store = try DeskStore.open(directory: directory, create: true)
        let service = DeskService(store: store, pinHasher: .testOnlyFast, clock: .fixed(TestDesk.fixedDate))
        try store.append([
            EventEnvelope(operatorID: 0, event: .deskCreated(DeskProfile(name: "Kecamatan Gambir", kelurahanCode: "3171011001", role: .kecamatan))),
            EventEnvelope(operatorID: 0, event: .operatorAdded(OperatorAccount(id: 1, name: "Sari Hartati", pinHash: "x"))),
        ], timestamp: 1_795_600_000_000)
        return service
    }

    private func syncStore(_ service: DeskService) -> SyncStore {
        SyncStore(store: service.store, now: { service.clock.timestamp })
    }

    private func pair(_ desk: TestDesk, _ hub: DeskService, deskName: String = "Loket Gambir 1") throws {
        let d = syncStore(desk.service), h = syncStore(hub)
        try d.createKeys(operatorID: 1)
        try h.createKeys(operatorID: 1)
        _ = try d.addPeer(name: "Kecamatan Gambir", key: try h.keys().publicKey, operatorID: 1)
        _ = try h.addPeer(name: deskName, key: try d.keys().publicKey, operatorID: 1)
    }

    private func overview(_ service: DeskService) throws -> SyncOverview {
        guard case .sync(.overview(let o)) = service.execute(.sync(.load(folder: nil)), operatorID: 1) else {
            throw XCTSkip("no overview")
        }
        return o
    }

    /// Runs an effect's command through the service and hands the result back, as the runner does.
    private func drive(_ screen: inout some Screen, _ key: Key, _ service: DeskService) {
        var context = service.context(operatorID: 1)
        var effect = screen.update(key, context: context)
        while case .command(let command) = effect {
            let result = service.execute(command, operatorID: 1)
            context = service.context(operatorID: 1)
            effect = screen.receive(result, context: context)
        }
    }

    private func render(_ screen: some Screen, _ service: DeskService) -> Grid {
        var grid = Grid(width: 80, height: 24)
        screen.render(into: &grid, context: service.context(operatorID: 1))
        return grid
    }

    private func masks(_ services: DeskService...) -> [String] {
        services.flatMap { s -> [String] in
            let keys = try? syncStore(s).keys()
            return [s.store.directory, keys?.publicKey.text ?? "", keys?.publicKey.fingerprint ?? "",
                    hexString(s.store.journal.deskId.prefix(4))]
        }
    }

    func testMenuItemFiveOpensSinkronisasi() throws {
        let desk = try TestDesk()
        var menu = MainMenuScreen()
        let effect = menu.update(.char("5"), context: desk.context)
        guard case .command(.sync(.load)) = effect else { return XCTFail("item 5 should load the sync overview") }
        guard case .push(let screen) = menu.receive(desk.service.execute(.sync(.load(folder: nil)), operatorID: 1), context: desk.context) else {
            return XCTFail("the overview should open the screen")
        }
        XCTAssertTrue(screen is SyncScreen)
    }

    func testDeskShowsWhatIsNotYetSentAndExportsABundle() throws {
        let desk = try TestDesk()
        let hub = try kecamatan()
        desk.registerSynthetic(6)
        try pair(desk, hub)
        var screen = SyncScreen.start(try overview(desk.service))
        let before = render(screen, desk.service)
        XCTAssertTrue(before.text.contains("Kecamatan Gambir"))
        XCTAssertTrue(before.text.contains("14"), "desk set-up (2), 6 families and their 6 receipt prints not yet sent")
        assertGolden(before, "sync-desk", masking: masks(desk.service))

        drive(&screen, .function(5), desk.service)
        let after = render(screen, desk.service)
        XCTAssertTrue(after.text.contains("Bundle untuk Kecamatan Gambir dibuat"))
        assertGolden(after, "sync-desk-exported", masking: masks(desk.service))
        XCTAssertEqual(screen.overview.peers.first?.notExported, 0)
        XCTAssertEqual(screen.overview.peers.first?.notConfirmed, 14)

        // At the kecamatan: import from the same folder writes the receipt there; back at the desk,
        // importing the folder takes the receipt and the count of unconfirmed changes drops to 0.
        var hubScreen = SyncScreen.start(try overview(hub))
        hubScreen = replacingFolder(hubScreen, with: desk.service.defaultBundleFolder, hub)
        drive(&hubScreen, .function(6), hub)
        XCTAssertTrue(render(hubScreen, hub).text.contains("Diterima dari Loket Gambir 1"))
        drive(&screen, .function(6), desk.service)
        XCTAssertEqual(screen.overview.peers.first?.notConfirmed, 0)
        XCTAssertTrue(render(screen, desk.service).text.contains("Tanda terima dari Kecamatan Gambir"))
    }

    func testExportAndImportReportProgressWhileTheyRun() throws {
        let desk = try TestDesk()
        let hub = try kecamatan()
        desk.registerSynthetic(3)
        try pair(desk, hub)
        var seen: [String] = []
        desk.service.onProgress = { seen.append($0) }
        _ = desk.service.execute(.sync(.export(peer: "Kecamatan Gambir", folder: nil)), operatorID: 1)
        XCTAssertEqual(seen.last, "Membuat bundle untuk Kecamatan Gambir… 100%")
        seen = []
        hub.onProgress = { seen.append($0) }
        _ = hub.execute(.sync(.importFolder(desk.service.defaultBundleFolder)), operatorID: 1)
        XCTAssertTrue(seen.first?.hasPrefix("Mengimpor bundle 1 dari 1: ") ?? false, "\(seen)")
    }

    private func replacingFolder(_ screen: SyncScreen, with folder: String, _ service: DeskService) -> SyncScreen {
        var s = screen
        drive(&s, .tab, service)
        for _ in 0..<250 { drive(&s, .backspace, service) }
        for c in folder { drive(&s, .char(c), service) }
        drive(&s, .enter, service)
        XCTAssertEqual(s.folder.text, folder)
        return s
    }

    func testAggregatorShowsEachDeskAndTheDuplicates() throws {
        let a = try TestDesk(), b = try TestDesk()
        let hub = try kecamatan()
        a.registerSynthetic(4, seed: 1)
        b.registerSynthetic(3, seed: 2)
        // The same family registered again at the second desk.
        let moved = try XCTUnwrap(a.service.state.household(id: 2)).current
        _ = b.service.execute(.register(household: moved, acknowledgedDuplicates: [], warnings: []), operatorID: 1)
        try pair(a, hub, deskName: "Loket Gambir 1")
        try pair(b, hub, deskName: "Loket Cideng")
        let h = syncStore(hub)
        for desk in [a, b] {
            let bundle = try syncStore(desk.service).exportBundle(to: "Kecamatan Gambir", operatorID: 1)
            _ = try h.importBundle(bundle.bytes, operatorID: 1)
        }
        // A later part from Cideng arrives before the one in between: held, shown as missing.
        let bSync = syncStore(b.service)
        b.registerSynthetic(1, seed: 7)
        let middle = bSync.store.journal.lastSequence
        b.registerSynthetic(1, seed: 8)
        XCTAssertThrowsError(try h.importBundle(try laterPart(bSync, from: middle + 1, to: try h.keys().publicKey), operatorID: 1))

        var screen = SyncScreen.start(try overview(hub))
        let grid = render(screen, hub)
        XCTAssertTrue(grid.text.contains("Loket Cideng"))
        XCTAssertTrue(grid.text.contains("Loket Gambir 1"))
        XCTAssertTrue(grid.text.contains("NIK ganda: \(moved.members.count)"))
        assertGolden(grid, "aggregator-desks", masking: masks(hub))

        drive(&screen, .function(7), hub)
        var duplicates = DuplicateScreen(overview: screen.overview)
        let side = render(duplicates, hub)
        XCTAssertTrue(moved.members.contains { side.text.contains($0.name) }, "both registrations side by side")
        assertGolden(side, "aggregator-duplicates", masking: masks(hub))

        drive(&duplicates, .char("1"), hub)
        let decided = render(duplicates, hub)
        XCTAssertTrue(decided.text.contains("Orang yang sama"))
        assertGolden(decided, "aggregator-duplicates-decided", masking: masks(hub))
        XCTAssertEqual(hub.state.sync.decisions.count, 1)
        XCTAssertEqual(syncStore(hub).aggregatorView().householdCount, 8, "nothing merged")
    }

    /// A records bundle of `sync`'s journal from `first` on, as a later export would carry it.
    private func laterPart(_ sync: SyncStore, from first: UInt64, to recipient: PublicKey) throws -> [UInt8] {
        var plain: [UInt8] = [], previous: [UInt8] = [], last: [UInt8] = []
        sync.store.journal.forEachRecord(from: first - 1) { r in
            if r.sequence == first - 1 { previous = r.hash } else { plain += Array(r.bytes); last = r.hash }
        }
        let contents = BundleWriter.Contents(kind: .records, originDeskId: sync.store.journal.deskId, firstSequence: first,
                                             lastSequence: sync.store.journal.lastSequence, previousHash: previous,
                                             lastHash: last, createdAt: 0)
        return try XCTUnwrap(BundleWriter.write(contents, plain: plain, signer: try sync.keys(), recipient: recipient))
    }
}
