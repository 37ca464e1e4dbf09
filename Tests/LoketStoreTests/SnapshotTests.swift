import LoketCore
import XCTest
@testable import LoketStore

/// `snapshot.bin`: opening from it gives exactly what a full replay gives, and a stale, damaged or
/// foreign snapshot is never used.
final class SnapshotTests: XCTestCase {
    private let today = CivilDate(year: 2026, month: 1, day: 15)!

    /// A desk with families, a correction, statuses and musyawarah / appeal / sync events between them.
    private func makeStore(households: Int = 60) throws -> (DeskStore, SyntheticData) {
        let store = try DeskStore.open(directory: temporaryStorePath(), create: true)
        var data = SyntheticData(seed: 7, today: today, kelurahanCode: "3171011001")
        try store.append([
            EventEnvelope(operatorID: 0, event: .deskCreated(DeskProfile(name: "Uji", kelurahanCode: "3171011001"))),
            EventEnvelope(operatorID: 0, event: .operatorAdded(OperatorAccount(id: 1, name: "Op", pinHash: "x"))),
        ], timestamp: 1)
        try register(households, into: store, data: &data, timestamp: 2)
        let first = try XCTUnwrap(store.state.household(id: 3))
        var corrected = first.current
        corrected.address = "Jl. Baru No. 1"
        corrected.members[0].name = "Nama Dikoreksi"
        try store.append([
            event(.householdCorrected(HouseholdCorrection(householdID: 3, household: corrected, reason: "salah ketik"))),
            event(.statusRecorded(StatusUpdate(householdID: 5, nik: nil, status: PersonStatus(stage: .pengolahanData1)))),
            event(.musyawarah(.sessionOpened(MusyawarahSetup(sessionID: 1, date: today, time: "09.00", place: "Aula",
                                                             kelurahanCode: "3171011001", chair: "Lurah", secretary: "Sekel")))),
            event(.appeal(.filed(AppealFiling(
                appealID: 1, number: AppealNumber(year: 2026, serial: 1),
                person: AppealPerson(nik: first.current.members[0].nik, name: "Budi", kkNumber: first.current.kkNumber,
                                     householdID: 3, statusReceived: "Tidak dapat diusulkan"),
                reason: .ownsCar, addressCase: nil, filedOn: today, documents: [])))),
            event(.sync(.keyCreated(publicKey: Array(repeating: 7, count: 32)))),
        ], timestamp: 3)
        return (store, data)
    }

    private func event(_ e: DeskEvent) -> EventEnvelope { EventEnvelope(operatorID: 1, event: e) }

    private func register(_ n: Int, into store: DeskStore, data: inout SyntheticData, timestamp: Int64) throws {
        let start = store.state.nextHouseholdID
        try store.append((start..<(start + n)).map { id in
            event(.householdRegistered(HouseholdRegistration(
                householdID: id, number: RegistrationNumber(year: 2026, serial: id),
                household: data.household(), registeredOn: today)))
        }, timestamp: timestamp)
    }

    private func reopen(_ store: DeskStore, useSnapshot: Bool = true) throws -> DeskStore {
        let directory = store.directory
        store.journal.close()  // without the automatic snapshot of `close`
        return try DeskStore.open(directory: directory, useSnapshot: useSnapshot)
    }

    private func assertSameState(_ a: DeskState, _ b: DeskState, file: StaticString = #filePath, line: UInt = #line) {
        XCTAssertEqual(a.profile, b.profile, file: file, line: line)
        XCTAssertEqual(a.operators, b.operators, file: file, line: line)
        XCTAssertEqual(a.households, b.households, file: file, line: line)
        XCTAssertEqual(a.lastTimestamp, b.lastTimestamp, file: file, line: line)
        XCTAssertEqual(a.musyawarah, b.musyawarah, file: file, line: line)
        XCTAssertEqual(a.appeals, b.appeals, file: file, line: line)
        XCTAssertEqual(a.sync, b.sync, file: file, line: line)
        XCTAssertEqual(a.search.entryCount, b.search.entryCount, file: file, line: line)
        for h in a.households {
            XCTAssertEqual(a.household(number: h.number)?.id, h.id, file: file, line: line)
            for m in h.current.members {
                for query in [m.nik, String(m.nik.prefix(6)), m.name, String(m.name.prefix(3)), h.current.kkNumber] {
                    XCTAssertEqual(Set(a.find(query, limit: 10_000).hits), Set(b.find(query, limit: 10_000).hits),
                                   query, file: file, line: line)
                }
            }
        }
    }

    func testOpeningFromSnapshotEqualsFullReplay() throws {
        let (store, _) = try makeStore()
        try store.writeSnapshot()
        let fromSnapshot = try reopen(store)
        XCTAssertEqual(fromSnapshot.snapshotSequence, fromSnapshot.journal.lastSequence)
        XCTAssertFalse(fromSnapshot.state.musyawarah.sessions.isEmpty)
        XCTAssertNotNil(fromSnapshot.state.appeals.appeal(id: 1))
        let replayed = try reopen(fromSnapshot, useSnapshot: false)
        XCTAssertEqual(replayed.snapshotSequence, 0)
        assertSameState(replayed.state, store.state)
        let again = try reopen(replayed)
        assertSameState(again.state, replayed.state)
        XCTAssertNil(again.readOnlyReason)
        again.close()
    }

    /// A crash after appends but before the next snapshot: the snapshot is older than the journal.
    func testRecordsAfterTheSnapshotAreFolded() throws {
        var (store, data) = try makeStore()
        try store.writeSnapshot()
        let covered = store.journal.lastSequence
        try register(5, into: store, data: &data, timestamp: 4)
        try store.append([event(.appeal(.filed(AppealFiling(
            appealID: 2, number: AppealNumber(year: 2026, serial: 2),
            person: AppealPerson(nik: "3171011708850003", name: "Sri", kkNumber: "3171011503150007", householdID: 1,
                                 statusReceived: "-"),
            reason: .consideredAble, addressCase: nil, filedOn: today, documents: []))))], timestamp: 5)
        let expected = store.state
        let reopened = try reopen(store)
        XCTAssertEqual(reopened.snapshotSequence, covered)
        assertSameState(reopened.state, expected)
        // Appending after a snapshot open works as after a replay.
        try register(1, into: reopened, data: &data, timestamp: 6)
        let last = try XCTUnwrap(reopened.state.households.last)
        XCTAssertEqual(reopened.state.find(last.current.members[0].nik).hits.map(\.ref.householdID), [last.id])
        reopened.close()
    }

    func testDamagedSnapshotIsIgnored() throws {
        let (store, _) = try makeStore()
        try store.writeSnapshot()
        let expected = store.state
        let path = store.directory + "/" + Snapshot.fileName
        let good = fileBytes(path)
        store.journal.close()
        for offset in [3, 40, Snapshot.headerSize + 5, good.count / 2, good.count - 1] {
            var bad = good
            bad[offset] ^= 0x01
            writeFileBytes(bad, path)
            let opened = try DeskStore.open(directory: store.directory)
            XCTAssertEqual(opened.snapshotSequence, 0, "flip at \(offset)")
            assertSameState(opened.state, expected)
            opened.journal.close()
        }
        for bad in [Array(good.prefix(good.count - 1)), Array(good.prefix(10)), [], good + [0]] {
            writeFileBytes(bad, path)
            let opened = try DeskStore.open(directory: store.directory)
            XCTAssertEqual(opened.snapshotSequence, 0)
            XCTAssertEqual(opened.state.households, expected.households)
            opened.journal.close()
        }
    }

    /// A snapshot from another desk, or one ahead of a journal that was restored from an older copy,
    /// or one whose record differs from the journal's, must not be used.
    func testMismatchedSnapshotIsIgnored() throws {
        var (store, data) = try makeStore(households: 20)
        let directory = store.directory
        let before = fileBytes(journalPath(directory))
        let stateBefore = store.state
        try register(10, into: store, data: &data, timestamp: 4)
        try store.writeSnapshot()
        let snapshot = fileBytes(directory + "/" + Snapshot.fileName)
        store.journal.close()

        // The journal put back to its older copy: the snapshot names a record it does not hold.
        writeFileBytes(before, journalPath(directory))
        var opened = try DeskStore.open(directory: directory)
        XCTAssertEqual(opened.snapshotSequence, 0)
        assertSameState(opened.state, stateBefore)

        // Same length, other content: the record the snapshot names has another hash.
        var other = data
        try register(10, into: opened, data: &other, timestamp: 99)
        XCTAssertEqual(opened.journal.lastSequence, fileSnapshotSequence(snapshot))
        let expected = opened.state
        opened.journal.close()
        writeFileBytes(snapshot, directory + "/" + Snapshot.fileName)
        opened = try DeskStore.open(directory: directory)
        XCTAssertEqual(opened.snapshotSequence, 0)
        assertSameState(opened.state, expected)
        opened.journal.close()

        // Another desk's snapshot, copied in.
        let (foreign, _) = try makeStore(households: 20)
        try foreign.writeSnapshot()
        foreign.journal.close()
        writeFileBytes(fileBytes(foreign.directory + "/" + Snapshot.fileName), directory + "/" + Snapshot.fileName)
        opened = try DeskStore.open(directory: directory)
        XCTAssertEqual(opened.snapshotSequence, 0)
        XCTAssertEqual(opened.state.households, expected.households)
        opened.journal.close()
    }

    /// Damage in the middle of the journal is reported even with a snapshot that covers it.
    func testSnapshotDoesNotHideJournalDamage() throws {
        let (store, _) = try makeStore(households: 20)
        try store.writeSnapshot()
        let directory = store.directory
        store.journal.close()
        var bytes = fileBytes(journalPath(directory))
        bytes[JournalFormat.fileHeaderSize + 200] ^= 0x40
        writeFileBytes(bytes, journalPath(directory))
        let opened = try DeskStore.open(directory: directory)
        XCTAssertNotNil(opened.journal.problem)
        XCTAssertNotNil(opened.readOnlyReason)
        XCTAssertEqual(opened.snapshotSequence, 0)
        XCTAssertEqual(opened.state.households.count, 0)
        opened.journal.close()
    }

    func testCloseWritesASnapshotOnlyAfterEnoughRecords() throws {
        var (store, data) = try makeStore(households: 10)
        let directory = store.directory
        store.close()
        XCTAssertFalse(FileManager.default.fileExists(atPath: directory + "/" + Snapshot.fileName))
        store = try DeskStore.open(directory: directory)
        try register(Int(DeskStore.snapshotInterval), into: store, data: &data, timestamp: 4)
        let expected = store.state
        store.close()
        let opened = try DeskStore.open(directory: directory)
        XCTAssertEqual(opened.snapshotSequence, opened.journal.lastSequence)
        XCTAssertEqual(opened.state.households, expected.households)
        opened.close()
    }

    /// A crash while the snapshot is written leaves at most a temporary file: the old snapshot (or
    /// none) stays, and opening ignores the temporary file.
    func testFailedSnapshotWriteKeepsTheOldOne() throws {
        let fileSystem = FaultInjectingFileSystem()
        let directory = temporaryStorePath()
        var (store, data) = try makeStore(households: 10)
        try store.writeSnapshot()
        let old = fileBytes(store.directory + "/" + Snapshot.fileName)
        store.journal.close()
        try FileManager.default.moveItem(atPath: store.directory, toPath: directory)
        store = try DeskStore.open(directory: directory, fileSystem: fileSystem)
        XCTAssertEqual(store.snapshotSequence, store.journal.lastSequence)
        try register(3, into: store, data: &data, timestamp: 4)
        fileSystem.fail(.rename, path: Snapshot.fileName)
        XCTAssertThrowsError(try store.writeSnapshot())
        XCTAssertEqual(fileBytes(directory + "/" + Snapshot.fileName), old)
        let expected = store.state
        store.journal.close()
        let opened = try DeskStore.open(directory: directory)
        XCTAssertLessThan(opened.snapshotSequence, opened.journal.lastSequence)
        XCTAssertGreaterThan(opened.snapshotSequence, 0)
        XCTAssertEqual(opened.state.households, expected.households)
        opened.journal.close()
    }

    private func fileSnapshotSequence(_ bytes: [UInt8]) -> UInt64 {
        bytes.withUnsafeBytes { $0.readLittleEndian(UInt64.self, at: 28) }
    }

    // MARK: - loket verify's comparison with a full replay

    func testVerifySaysAbsentThenMatchesEvenWithRecordsAfterTheSnapshot() throws {
        var (store, data) = try makeStore()
        XCTAssertEqual(SnapshotCheck.of(directory: store.directory), .absent)
        try store.writeSnapshot()
        let n = store.journal.lastSequence
        XCTAssertEqual(SnapshotCheck.of(directory: store.directory), .matches(sequence: n))
        try register(5, into: store, data: &data, timestamp: 9)
        XCTAssertEqual(SnapshotCheck.of(directory: store.directory), .matches(sequence: n))
    }

    func testVerifyCatchesASnapshotWithAValidStampButOtherContent() throws {
        let (store, _) = try makeStore()
        try store.writeSnapshot()
        var forged = store.state
        var h = try XCTUnwrap(forged.household(id: 4)).current
        h.members[0].name = "Nama Palsu"
        try forged.apply(event(.householdCorrected(HouseholdCorrection(householdID: 4, household: h, reason: "x"))), timestamp: 3)
        let bytes = Snapshot.encode(state: forged, deskId: store.journal.deskId, sequence: store.journal.lastSequence,
                                    recordHash: store.journal.lastHash)
        writeFileBytes(bytes, store.directory + "/" + Snapshot.fileName)
        let check = SnapshotCheck.of(directory: store.directory)
        XCTAssertEqual(check, .differs(sequence: store.journal.lastSequence))
        XCTAssertFalse(check.isHealthy)
        XCTAssertTrue(check.message.contains("Hapus berkas snapshot.bin"))
    }

    func testVerifyReportsADamagedSnapshotAsIgnored() throws {
        let (store, _) = try makeStore()
        try store.writeSnapshot()
        let path = store.directory + "/" + Snapshot.fileName
        var bytes = fileBytes(path)
        bytes[bytes.count / 2] ^= 0x40
        writeFileBytes(bytes, path)
        XCTAssertEqual(SnapshotCheck.of(directory: store.directory), .ignored)
        XCTAssertTrue(SnapshotCheck.of(directory: store.directory).isHealthy)
    }
}
