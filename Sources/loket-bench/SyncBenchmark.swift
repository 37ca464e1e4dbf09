#if canImport(Glibc)
import Glibc
#endif
import Foundation
import LoketCore
import LoketCrypto
import LoketStore
import LoketSync

/// Bundles (DESIGN.md, "Performance targets"): export + verify of a 50,000-household desk bundle
/// (< 2 s), and a kecamatan/province merge of 267 desk bundles totalling 1.8 million persons
/// (< 60 s, < 2 GB resident). Each beside its floor, measured in the same run: reading the same
/// bytes from disk and hashing them with SHA-256 once.
enum SyncBenchmark {
    struct ExportResult {
        var households = 0, persons = 0, bundleBytes = 0
        var export = 0.0, verify = 0.0, floor = 0.0
    }

    struct MergeResult {
        var desks = 0, households = 0, persons = 0, bundleBytes = 0, duplicates = 0
        var importSeconds = 0.0, viewSeconds = 0.0, floor = 0.0
        var peakResident = 0
        var total: Double { importSeconds + viewSeconds }
    }

    static let timestamp: Int64 = 1_795_600_000_000

    // MARK: - Export + verify

    static func exportAndVerify(households: Int, work: String) throws -> ExportResult {
        let desk = try store(work + "/desk", role: .desk, name: "Loket Bench")
        let hub = try store(work + "/hub", role: .kecamatan, name: "Kecamatan Bench")
        defer { desk.store.close(); hub.store.close() }
        var gen = SyntheticData(seed: 5, today: CivilDate(year: 2026, month: 11, day: 25)!, kelurahanCode: "3171011001")
        var result = ExportResult()
        while result.households < households {
            let n = min(1000, households - result.households)
            let first = desk.state.nextHouseholdID
            let events = (0..<n).map { i -> EventEnvelope in
                let h = gen.household()
                result.persons += h.members.count
                return registration(first + i, h)
            }
            try desk.store.append(events, timestamp: timestamp)
            result.households += n
        }
        _ = try desk.addPeer(name: "Kecamatan Bench", key: try hub.keys().publicKey, operatorID: 0)
        _ = try hub.addPeer(name: "Loket Bench", key: try desk.keys().publicKey, operatorID: 0)

        let (bundle, exportNs) = try timed { try desk.exportBundle(to: "Kecamatan Bench", operatorID: 0) }
        let (verification, verifyNs) = try timed { try hub.verifyBundle(bundle.bytes) }
        guard verification.recordCount == Int(bundle.header.recordCount) else { throw SyncBenchError("verify saw too few records") }
        result.export = Double(exportNs) / 1e9
        result.verify = Double(verifyNs) / 1e9
        result.bundleBytes = bundle.bytes.count
        result.floor = try floor(paths: [work + "/desk/" + Journal.fileName])
        return result
    }

    // MARK: - Merge

    /// Writes `desks` bundle files (prepared outside the timing), then times importing them all into a
    /// fresh kecamatan store and folding the merged view with its duplicate candidates.
    static func merge(desks: Int, persons: Int, work: String, progress: (String) -> Void) throws -> MergeResult {
        let hub = try store(work + "/hub", role: .dinasSosial, name: "Dinas Sosial Bench")
        defer { hub.store.close() }
        let hubKey = try hub.keys().publicKey
        var result = MergeResult()
        result.desks = desks
        var files: [String] = []
        var peers: [EventEnvelope] = []
        var rng = SplitMix64(seed: 99)
        let kelurahan = RegionDirectory.shared.kelurahan.filter { $0.code.hasPrefix("31") }.map(\.code)
        for d in 0..<desks {
            let keys = SigningKeyPair.fromSeed((0..<32).map { _ in UInt8(truncatingIfNeeded: rng.next()) })!
            let deskId = (0..<16).map { _ in UInt8(truncatingIfNeeded: rng.next()) }
            let code = kelurahan[d % kelurahan.count]
            var gen = SyntheticData(seed: UInt64(d + 1), today: CivilDate(year: 2026, month: 11, day: 25)!, kelurahanCode: code)
            var payloads = [EventEnvelope(operatorID: 0, event: .deskCreated(DeskProfile(name: "Loket \(d + 1)", kelurahanCode: code))).encoded(),
                            EventEnvelope(operatorID: 0, event: .operatorAdded(OperatorAccount(id: 1, name: "Petugas", pinHash: "x"))).encoded()]
            var deskPersons = 0
            let quota = persons / desks + (d < persons % desks ? 1 : 0)
            var id = 1
            while deskPersons < quota {
                var h = gen.household()
                if h.members.count > quota - deskPersons { h.members.removeLast(h.members.count - (quota - deskPersons)) }
                deskPersons += h.members.count
                payloads.append(registration(id, h).encoded())
                id += 1
            }
            result.households += id - 1
            result.persons += deskPersons
            let path = work + "/bundles/desk-\(d + 1).bundle"
            try writeBundle(payloads: payloads, deskId: deskId, keys: keys, recipient: hubKey, to: path)
            files.append(path)
            peers.append(EventEnvelope(operatorID: 0, event: .sync(.peerAdded(SyncPeer(name: "Loket \(d + 1)", publicKey: keys.publicKey.bytes, kind: .desk)))))
            if (d + 1) % 50 == 0 { progress("  \(d + 1) of \(desks) desk bundles written") }
        }
        try hub.store.append(peers, timestamp: timestamp)
        result.bundleBytes = try files.reduce(0) { $0 + (try PosixFileSystem().readFile($1)).count }

        result.floor = try floor(paths: files)
        resetPeakResident()
        let (_, importNs) = try timed {
            for path in files { _ = try hub.importBundle(try PosixFileSystem().readFile(path), operatorID: 0) }
        }
        let (view, viewNs) = timed { hub.aggregatorView() }
        result.peakResident = peakResidentBytes()
        guard view.personCount == result.persons, view.desks.count == desks else {
            throw SyncBenchError("merged view holds \(view.personCount) persons at \(view.desks.count) desks")
        }
        result.duplicates = view.duplicates.count
        result.importSeconds = Double(importNs) / 1e9
        result.viewSeconds = Double(viewNs) / 1e9
        return result
    }

    // MARK: - Helpers

    private static func store(_ directory: String, role: StoreRole, name: String) throws -> SyncStore {
        try? FileManager.default.removeItem(atPath: directory)
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        let store = try DeskStore.open(directory: directory, create: true)
        try store.append([EventEnvelope(operatorID: 0, event: .deskCreated(DeskProfile(name: name, kelurahanCode: "3171011001", role: role))),
                          EventEnvelope(operatorID: 0, event: .operatorAdded(OperatorAccount(id: 1, name: "Bench", pinHash: "x")))],
                         timestamp: timestamp)
        let sync = SyncStore(store: store, now: { timestamp })
        try sync.createKeys(operatorID: 0)
        return sync
    }

    private static func registration(_ id: Int, _ h: Household) -> EventEnvelope {
        EventEnvelope(operatorID: 0, event: .householdRegistered(HouseholdRegistration(
            householdID: id, number: RegistrationNumber(year: 2026, serial: id), household: h,
            registeredOn: CivilDate(year: 2026, month: 11, day: 25)!)))
    }

    /// A desk's whole journal as one bundle, built in memory exactly as the journal would write it.
    private static func writeBundle(payloads: [[UInt8]], deskId: [UInt8], keys: SigningKeyPair, recipient: PublicKey,
                                    to path: String) throws {
        var plain: [UInt8] = []
        var previous = [UInt8](repeating: 0, count: 32)
        for (i, payload) in payloads.enumerated() {
            let record = JournalRecord(sequence: UInt64(i + 1), previousHash: previous, timestamp: timestamp, deskId: deskId,
                                       payload: payload).encoded()
            previous = SHA256.hash(record)
            plain.append(contentsOf: record)
        }
        let contents = BundleWriter.Contents(kind: .records, originDeskId: deskId, firstSequence: 1,
                                             lastSequence: UInt64(payloads.count), previousHash: [UInt8](repeating: 0, count: 32),
                                             lastHash: previous, createdAt: timestamp)
        guard let bytes = BundleWriter.write(contents, plain: plain, signer: keys, recipient: recipient) else {
            throw SyncBenchError("bundle not written")
        }
        try FileManager.default.createDirectory(atPath: (path as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
        try AtomicFile.write(bytes, to: path)
    }

    /// Reading the same bytes from disk and hashing them once: no format, no crypto beyond one hash.
    private static func floor(paths: [String]) throws -> Double {
        let (_, ns) = try timed {
            var digest: [UInt8] = []
            for path in paths { digest = SHA256.hash(try PosixFileSystem().readFile(path)) }
            return digest
        }
        return Double(ns) / 1e9
    }

    /// Linux: writing 5 to clear_refs resets the peak resident size (VmHWM), so the merge's own peak is read.
    private static func resetPeakResident() {
        try? "5".write(toFile: "/proc/self/clear_refs", atomically: false, encoding: .utf8)
    }
}

struct SyncBenchError: Error, CustomStringConvertible {
    let description: String
    init(_ d: String) { description = d }
}

extension BenchRun {
    mutating func sync() {
        let base = NSTemporaryDirectory() + "loket-bench-sync-\(getpid())"
        defer { try? FileManager.default.removeItem(atPath: base) }
        let households = options.quick ? 5_000 : 50_000
        progress("timing bundle export + verify of \(grouped(households)) households …")
        do {
            let r = try SyncBenchmark.exportAndVerify(households: households, work: base + "/export")
            let total = r.export + r.verify
            table.add(ResultRow(metric: "bundle: export + verify \(grouped(r.households)) households (\(grouped(r.persons)) persons)",
                                value: duration(total), floor: duration(r.floor), ratio: ratio(total, r.floor), target: "< 2 s",
                                verdict: total < 2 ? .pass : .miss))
            notes.append("bundle: export \(duration(r.export)) (gather, encrypt, sign), verify \(duration(r.verify)) (checksum, "
                + "signature, decrypt, CRC + chain of every record); bundle \(megabytes(r.bundleBytes)); "
                + "floor = read the desk's journal.log + one SHA-256")
        } catch {
            notes.append("bundle export: failed: \(error)")
        }
        let desks = options.quick ? 20 : 267
        let persons = options.quick ? 60_000 : 1_800_000
        progress("preparing \(desks) desk bundles with \(grouped(persons)) persons …")
        do {
            let r = try SyncBenchmark.merge(desks: desks, persons: persons, work: base + "/merge", progress: progress)
            table.add(ResultRow(metric: "merge: \(r.desks) desk bundles, \(grouped(r.persons)) persons", value: duration(r.total),
                                floor: duration(r.floor), ratio: ratio(r.total, r.floor), target: "< 60 s",
                                verdict: r.total < 60 ? .pass : .miss))
            table.add(ResultRow(metric: "merge: peak resident memory", value: mebibytes(r.peakResident), target: "< 2 GB",
                                verdict: r.peakResident < 2_000_000_000 ? .pass : .miss))
            notes.append("merge: import \(duration(r.importSeconds)) (verify, decrypt, chain, per-desk copy + fsync, receipt), "
                + "merged view \(duration(r.viewSeconds)) (fold every desk, duplicate candidates: \(grouped(r.duplicates))); "
                + "\(grouped(r.households)) households, bundles \(megabytes(r.bundleBytes)); floor = read the bundle files + SHA-256")
        } catch {
            notes.append("merge: failed: \(error)")
        }
    }
}
