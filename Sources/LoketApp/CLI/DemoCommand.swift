import Foundation
import LoketCore
import LoketCrypto
import LoketStore

/// The practice desk that `loket demo` sets up when the store is new.
public enum DemoDesk {
    public static let name = "Loket Demo (data contoh)"
    public static let kelurahanCode = "3171011001" // Gambir, Jakarta Pusat
    public static let operatorName = "Operator Demo"
    public static let pin = "123456"
}

/// `loket demo`: fills the store with synthetic families, `batchSize` per append (one fsync each),
/// so a crash loses at most the batch being written and never part of a family.
/// `progress` receives a line after some confirmed batches; everything it reports is on disk.
public func runDemoCommand(directory: String, options: DemoOptions, clock: Clock = Clock(),
                           pinHasher: PinHasher = .interactive, batchSize: Int = 500,
                           progress: (String) -> Void = { _ in }) -> CLIResult {
    let started = Date()
    do { try StoreLocation.createParents(of: directory) } catch {
        return .failure("Folder data \(directory) tidak bisa dibuat: \(error.localizedDescription)")
    }
    let store: DeskStore
    do {
        store = try DeskStore.open(directory: directory, create: true)
    } catch {
        return .failure(error.userMessage)
    }
    defer { store.close() }
    if let reason = store.readOnlyReason { return .failure(reason) }

    var output = ""
    if store.journal.recovery.tornByteCount > 0 { output += store.journal.recovery.message + "\n" }
    let service = DeskService(store: store, pinHasher: pinHasher, clock: clock)
    if !store.state.isSetUp {
        let result = service.execute(.setUpDesk(kelurahanCode: DemoDesk.kelurahanCode, deskName: DemoDesk.name,
                                                operatorName: DemoDesk.operatorName, pin: DemoDesk.pin), operatorID: nil)
        if case .failed(let message) = result { return .failure(message) }
        output += "Loket belum disiapkan, jadi disiapkan sebagai \"\(DemoDesk.name)\" (Kelurahan Gambir).\n"
        output += "Masuk sebagai petugas \"\(DemoDesk.operatorName)\" dengan PIN \(DemoDesk.pin).\n"
    } else if store.state.profile?.name != DemoDesk.name && !options.force {
        return .failure("""
            Loket ini disiapkan sendiri (\(store.state.profile?.name ?? "-")), bukan loket contoh. \
            Keluarga contoh tidak bisa dihapus lagi dan akan bercampur dengan data sungguhan.
            Untuk latihan pakailah folder lain, misalnya: loket --store ~/loket-latihan demo --households \(options.households)
            Bila memang disengaja, tambahkan --force.
            """)
    }
    progress(output.trimmingCharacters(in: .newlines))
    output = ""

    let kelurahanCode = store.state.profile?.kelurahanCode ?? DemoDesk.kelurahanCode
    let today = clock.today
    // A second run on the same store continues with other families instead of repeating the first ones.
    let existing = store.state.households.count
    var generator = SyntheticData(seed: options.seed &+ UInt64(existing), today: today, kelurahanCode: kelurahanCode)
    var added = 0
    var addedPersons = 0
    var nextReport = 0
    let step = max(batchSize, options.households / 20)
    while added < options.households {
        let count = min(batchSize, options.households - added)
        var events: [EventEnvelope] = []
        events.reserveCapacity(count)
        let firstID = store.state.nextHouseholdID
        for i in 0..<count {
            let household = generator.household()
            addedPersons += household.members.count
            let registration = HouseholdRegistration(
                householdID: firstID + i, number: RegistrationNumber(year: today.year, serial: firstID + i),
                household: household, registeredOn: today)
            // Operator 0 is the system: nobody registered these families at the desk.
            events.append(EventEnvelope(operatorID: 0, event: .householdRegistered(registration)))
        }
        do {
            try store.append(events, timestamp: clock.timestamp)
        } catch {
            let kept = added == 0 ? "Tidak ada keluarga contoh yang tersimpan." : "\(added) keluarga contoh sudah tersimpan dengan aman."
            return .failure("\(error.userMessage)\n\(kept)")
        }
        added += count
        if added >= nextReport || added == options.households {
            progress("\(added) dari \(options.households) keluarga tersimpan")
            nextReport = added + step
        }
    }
    let seconds = Date().timeIntervalSince(started)
    let state = store.state
    output += "Selesai: \(added) keluarga contoh (\(addedPersons) jiwa) ditambahkan dalam \(String(format: "%.1f", seconds)) detik.\n"
    output += "Data di \(directory) kini berisi \(state.households.count) keluarga, \(state.personCount) jiwa.\n"
    output += "Semua nama dan NIK ini dibuat-buat, bukan milik orang sungguhan.\n"
    return CLIResult(output: output)
}
