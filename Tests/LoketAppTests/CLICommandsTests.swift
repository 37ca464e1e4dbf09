import Foundation
@testable import LoketApp
import LoketCore
import LoketCrypto
import LoketStore
import XCTest

final class CLICommandsTests: XCTestCase {
    private var directory = ""
    private let today = CivilDate(year: 2026, month: 11, day: 25)!
    private let clock = Clock.fixed(Date(timeIntervalSince1970: 1_795_600_000))

    override func setUp() {
        directory = FileManager.default.temporaryDirectory
            .appendingPathComponent("loket-cli-\(UUID().uuidString)").appendingPathComponent("nested/store").path
    }

    override func tearDown() {
        let root = URL(fileURLWithPath: directory).deletingLastPathComponent().deletingLastPathComponent()
        try? FileManager.default.removeItem(at: root)
    }

    private func demo(_ households: Int, seed: UInt64 = 1, force: Bool = false, batchSize: Int = 500,
                      progress: (String) -> Void = { _ in }) -> CLIResult {
        runDemoCommand(directory: directory, options: DemoOptions(households: households, seed: seed, force: force),
                       clock: clock, pinHasher: .testOnlyFast, batchSize: batchSize, progress: progress)
    }

    // MARK: nik

    func testValidNIKIsDecoded() {
        let r = runNIKCommand(["3171014507850003"], today: today)
        XCTAssertEqual(r.exitCode, 0)
        XCTAssertTrue(r.output.contains("SAH"))
        XCTAssertFalse(r.output.contains("TIDAK SAH"))
        XCTAssertTrue(r.output.contains("Gambir"))
        XCTAssertTrue(r.output.contains("Jakarta Pusat"))
        XCTAssertTrue(r.output.contains("05-07-1985"))
        XCTAssertTrue(r.output.contains("Perempuan"))
    }

    func testWarningStillValid() {
        // Kecamatan 99 of Jakarta Pusat does not exist: an old code, a warning only.
        let r = runNIKCommand(["3171990507850003"], today: today)
        XCTAssertEqual(r.exitCode, 0)
        XCTAssertTrue(r.output.contains("SAH, dengan peringatan"))
        XCTAssertTrue(r.output.contains("Peringatan:"))
        XCTAssertTrue(r.output.contains("Laki-laki"))
    }

    func testAnyInvalidNIKFails() {
        let r = runNIKCommand(["3171014507850003", "3171014513850003"], today: today)
        XCTAssertEqual(r.exitCode, 1)
        XCTAssertTrue(r.output.contains("TIDAK SAH"))
        XCTAssertTrue(r.output.contains("Bulan 13 tidak mungkin."))
        XCTAssertTrue(r.output.contains("2 NIK diperiksa: 1 sah, 1 tidak sah."))
    }

    // MARK: demo

    func testDemoSetsUpAFreshDeskAndAppendsInBatches() throws {
        var lines: [String] = []
        let r = demo(23, batchSize: 10) { lines.append($0) }
        XCTAssertEqual(r.exitCode, 0, r.error)
        XCTAssertTrue(lines.joined().contains("Operator Demo"))
        XCTAssertTrue(lines.joined().contains("123456"))
        XCTAssertEqual(lines.filter { $0.contains("keluarga tersimpan") },
                       ["10 dari 23 keluarga tersimpan", "20 dari 23 keluarga tersimpan", "23 dari 23 keluarga tersimpan"])
        XCTAssertTrue(r.output.contains("kini berisi 23 keluarga"))

        let store = try DeskStore.open(directory: directory)
        defer { store.close() }
        XCTAssertEqual(store.state.households.count, 23)
        XCTAssertEqual(store.state.profile?.name, DemoDesk.name)
        XCTAssertEqual(store.state.profile?.kelurahanCode, DemoDesk.kelurahanCode)
        let op = try XCTUnwrap(store.state.operators.first)
        XCTAssertEqual(op.name, "Operator Demo")
        XCTAssertTrue(PinHasher.verify("123456", against: op.pinHash))
        // One batch = one timestamp-sharing append; 2 set-up records + 23 families.
        XCTAssertEqual(store.journal.recordCount, 25)
        for h in store.state.households {
            for m in h.current.members { XCTAssertTrue(NIKCheck(m.nik, today: today).isValid, m.nik) }
        }
    }

    func testSecondDemoRunAddsOtherFamilies() throws {
        XCTAssertEqual(demo(5).exitCode, 0)
        let second = demo(5)
        XCTAssertEqual(second.exitCode, 0, second.error)
        XCTAssertTrue(second.output.contains("kini berisi 10 keluarga"))
        let store = try DeskStore.open(directory: directory)
        defer { store.close() }
        let kks = store.state.households.map(\.current.kkNumber)
        XCTAssertEqual(Set(kks).count, 10)
        XCTAssertEqual(store.state.operators.count, 1, "the desk is set up once")
    }

    func testDemoRefusesARealDeskUnlessForced() throws {
        try StoreLocation.createParents(of: directory)
        let store = try DeskStore.open(directory: directory, create: true)
        let service = DeskService(store: store, pinHasher: .testOnlyFast, clock: clock)
        _ = service.execute(.setUpDesk(kelurahanCode: "3171011002", deskName: "Loket Kebon Kelapa",
                                       operatorName: "Rina", pin: "654321"), operatorID: nil)
        store.close()

        let refused = demo(3)
        XCTAssertEqual(refused.exitCode, 1)
        XCTAssertTrue(refused.error.contains("--force"))
        XCTAssertTrue(refused.error.contains("Loket Kebon Kelapa"))

        let forced = demo(3, force: true)
        XCTAssertEqual(forced.exitCode, 0, forced.error)
        let reopened = try DeskStore.open(directory: directory)
        defer { reopened.close() }
        XCTAssertEqual(reopened.state.households.count, 3)
        XCTAssertTrue(reopened.state.households.allSatisfy { $0.current.kelurahanCode == "3171011002" },
                      "families belong to the desk's own kelurahan")
    }

    func testDemoOnALockedStoreNamesTheHolder() throws {
        XCTAssertEqual(demo(1).exitCode, 0)
        let holder = try DeskStore.open(directory: directory)
        defer { holder.close() }
        let r = demo(1)
        XCTAssertEqual(r.exitCode, 1)
        XCTAssertTrue(r.error.contains("Data sedang dipakai oleh loket lain"), r.error)
        XCTAssertTrue(r.error.contains("pid \(getpid())"), r.error)
    }

    // MARK: stats

    func testStatsCountsFamiliesPersonsAndExclusions() throws {
        XCTAssertEqual(demo(60).exitCode, 0)
        let store = try DeskStore.open(directory: directory)
        let state = store.state
        store.close()
        let persons = state.households.reduce(0) { $0 + $1.current.members.count }
        let excluded = state.households.filter { !$0.current.criteria.exclusions.isEmpty }.count
        XCTAssertGreaterThan(excluded, 0, "seed 1 makes some families that cannot be proposed")

        let r = runStatsCommand(directory: directory, today: today)
        XCTAssertEqual(r.exitCode, 0, r.error)
        XCTAssertTrue(r.output.contains(DemoDesk.name))
        XCTAssertEqual(number(after: "Keluarga terdaftar:", in: r.output), 60)
        XCTAssertEqual(number(after: "Jiwa (anggota keluarga):", in: r.output), persons)
        XCTAssertEqual(number(after: "Keluarga tidak dapat diusulkan:", in: r.output), excluded)
        XCTAssertEqual(number(after: "2. Pendaftaran", in: r.output), persons, "new registrations are at Pendaftaran")
        XCTAssertEqual(number(after: "BPNT (keluarga)", in: r.output), 60 - excluded)
        XCTAssertEqual(number(after: "PBI JK (jiwa)", in: r.output),
                       state.households.filter { $0.current.criteria.isProposable }.reduce(0) { $0 + $1.current.members.count })
    }

    func testStatsOnAMissingStoreSaysSoAndCreatesNothing() {
        let r = runStatsCommand(directory: directory, today: today)
        XCTAssertEqual(r.exitCode, 1)
        XCTAssertTrue(r.error.contains("tidak ditemukan"), r.error)
        XCTAssertFalse(FileManager.default.fileExists(atPath: directory))
    }

    func testStatsReportsATornTailItTidied() throws {
        XCTAssertEqual(demo(3).exitCode, 0)
        try cutJournal(by: 10)
        let r = runStatsCommand(directory: directory, today: today)
        XCTAssertEqual(r.exitCode, 0, r.error)
        XCTAssertTrue(r.output.contains("dipotong"), r.output)
        XCTAssertEqual(number(after: "Keluarga terdaftar:", in: r.output), 2)
    }

    // MARK: verify

    func testVerifyHealthyShowsCountAndLastHash() throws {
        XCTAssertEqual(demo(4).exitCode, 0)
        let r = runVerifyCommand(directory: directory)
        XCTAssertEqual(r.exitCode, 0, r.error)
        XCTAssertTrue(r.output.contains("Data utuh: 6 catatan"), r.output)
        let store = try DeskStore.open(directory: directory)
        defer { store.close() }
        XCTAssertTrue(r.output.contains(hexString(store.journal.lastHash)))
        XCTAssertTrue(r.output.contains("nomor 6"))
    }

    func testVerifyNamesTheDamagedRecord() throws {
        XCTAssertEqual(demo(4).exitCode, 0)
        let path = directory + "/journal.log"
        var bytes = try [UInt8](Data(contentsOf: URL(fileURLWithPath: path)))
        let sizeBefore = bytes.count
        bytes[bytes.count - 40] ^= 0xFF // inside the last record's payload
        try Data(bytes).write(to: URL(fileURLWithPath: path))
        let r = runVerifyCommand(directory: directory)
        XCTAssertEqual(r.exitCode, 1)
        XCTAssertTrue(r.error.contains("Catatan nomor 6"), r.error)
        XCTAssertTrue(r.output.isEmpty)
        XCTAssertEqual(try Data(contentsOf: URL(fileURLWithPath: path)).count, sizeBefore, "verify changes nothing")
    }

    func testVerifyCallsATornTailHealthyAndLeavesItForTheNextOpen() throws {
        XCTAssertEqual(demo(4).exitCode, 0)
        try cutJournal(by: 10)
        let r = runVerifyCommand(directory: directory)
        XCTAssertEqual(r.exitCode, 0, r.error)
        XCTAssertTrue(r.output.contains("Data utuh: 5 catatan"), r.output)
        XCTAssertTrue(r.output.contains("belum selesai"), r.output)
    }

    func testVerifyOnAMissingStoreFails() {
        let r = runVerifyCommand(directory: directory)
        XCTAssertEqual(r.exitCode, 1)
        XCTAssertTrue(r.error.contains("tidak ditemukan"), r.error)
    }

    // MARK: helpers

    private func cutJournal(by count: Int) throws {
        let handle = try FileHandle(forUpdating: URL(fileURLWithPath: directory + "/journal.log"))
        let size = try handle.seekToEnd()
        try handle.truncate(atOffset: size - UInt64(count))
        try handle.close()
    }

    private func number(after label: String, in text: String) -> Int? {
        guard let line = text.split(separator: "\n").first(where: { $0.contains(label) }) else { return nil }
        return Int(line.split(separator: " ").last ?? "")
    }
}
