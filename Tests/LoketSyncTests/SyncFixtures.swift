import Foundation
import LoketCore
import LoketCrypto
import LoketStore
@testable import LoketSync
import XCTest

/// A store in a temporary directory with keys, for sync tests: a desk with synthetic families, or an
/// aggregator. Clock ticks one second per event batch so records differ.
final class SyncTestStore {
    let directory: String
    let sync: SyncStore
    private static let clockBase: Int64 = 1_795_600_000_000
    nonisolated(unsafe) static var tick: Int64 = 0

    init(role: StoreRole = .desk, name: String = "Loket Gambir 1", kelurahan: String = "3171011001",
         fileSystem: any FileSystem = PosixFileSystem(), directory: String? = nil) throws {
        self.directory = directory ?? "/tmp/lks-" + String(UUID().uuidString.prefix(8))
        let store = try DeskStore.open(directory: self.directory, fileSystem: fileSystem, create: true)
        sync = SyncStore(store: store, fileSystem: fileSystem, now: { SyncTestStore.clockBase + SyncTestStore.nextTick() })
        if store.state.profile == nil {
            try store.append([EventEnvelope(operatorID: 0, event: .deskCreated(DeskProfile(name: name, kelurahanCode: kelurahan, role: role))),
                              EventEnvelope(operatorID: 0, event: .operatorAdded(OperatorAccount(id: 1, name: "Rina", pinHash: "x")))],
                             timestamp: Self.clockBase)
            try sync.createKeys(operatorID: 1)
        }
    }

    static func nextTick() -> Int64 { tick += 1000; return tick }

    deinit {
        sync.store.close()
        try? FileManager.default.removeItem(atPath: directory)
    }

    var store: DeskStore { sync.store }
    var key: PublicKey { try! sync.keys().publicKey }

    /// Registers `count` synthetic families in one batch.
    func register(_ count: Int, seed: UInt64 = 1, kelurahan: String = "3171011001") throws {
        var gen = SyntheticData(seed: seed, today: CivilDate(year: 2026, month: 11, day: 25)!, kelurahanCode: kelurahan)
        var events: [EventEnvelope] = []
        for i in 0..<count {
            let id = store.state.nextHouseholdID + i
            events.append(EventEnvelope(operatorID: 1, event: .householdRegistered(HouseholdRegistration(
                householdID: id, number: RegistrationNumber(year: 2026, serial: id), household: gen.household(),
                registeredOn: CivilDate(year: 2026, month: 11, day: 25)!))))
        }
        try store.append(events, timestamp: Self.clockBase + Self.nextTick())
    }

    func register(_ household: Household) throws {
        let id = store.state.nextHouseholdID
        try store.append([EventEnvelope(operatorID: 1, event: .householdRegistered(HouseholdRegistration(
            householdID: id, number: RegistrationNumber(year: 2026, serial: id), household: household,
            registeredOn: CivilDate(year: 2026, month: 11, day: 25)!)))], timestamp: Self.clockBase + Self.nextTick())
    }
}

/// A desk and its kecamatan, each trusting the other.
func pairedStores(deskName: String = "Loket Gambir 1") throws -> (desk: SyncTestStore, hub: SyncTestStore) {
    let desk = try SyncTestStore(name: deskName)
    let hub = try SyncTestStore(role: .kecamatan, name: "Kecamatan Gambir", kelurahan: "317101")
    _ = try desk.sync.addPeer(name: "Kecamatan Gambir", key: hub.key, operatorID: 1)
    _ = try hub.sync.addPeer(name: deskName, key: desk.key, operatorID: 1)
    return (desk, hub)
}

func XCTAssertSyncError(_ expected: SyncError, file: StaticString = #filePath, line: UInt = #line,
                        _ body: () throws -> Void) {
    do {
        try body()
        XCTFail("expected \(expected), nothing was thrown", file: file, line: line)
    } catch {
        XCTAssertEqual(error as? SyncError, expected, file: file, line: line)
    }
}

/// The bytes of a store's journal, to show that a refused import changed nothing.
func journalBytes(_ s: SyncTestStore) -> [UInt8] {
    (try? PosixFileSystem().readFile(s.directory + "/journal.log")) ?? []
}
