import Foundation
import LoketCore
import LoketCrypto
import LoketStore

/// Carries out the screens' commands against the store and the disk. The only I/O the screens reach.
public final class DeskService {
    public let store: DeskStore
    let pinHasher: PinHasher
    let clock: Clock
    let fileSystem: any FileSystem
    /// Set by the runner while a command runs: long work (a bundle export or import) reports how far
    /// it is, and the runner shows it on the screen.
    public var onProgress: ((String) -> Void)?

    public init(store: DeskStore, pinHasher: PinHasher = .interactive, clock: Clock = Clock(),
                fileSystem: any FileSystem = PosixFileSystem()) {
        self.store = store
        self.pinHasher = pinHasher
        self.clock = clock
        self.fileSystem = fileSystem
    }

    public var state: DeskState { store.state }
    public var receiptsDirectory: String { store.directory + "/tanda-terima" }
    var draftPath: String { store.directory + "/draf-pendaftaran.json" }

    public func context(operatorID: Int? = nil) -> AppContext {
        AppContext(desk: store.state, today: clock.today, operatorID: operatorID, draft: loadDraft(),
                   readOnlyReason: store.readOnlyReason)
    }

    public func execute(_ command: Command, operatorID: Int?) -> CommandResult {
        do {
            return try run(command, operatorID: operatorID ?? 0)
        } catch let e as JournalError {
            return .failed(e.userMessage)
        } catch let e as ServiceError {
            return .failed(e.message)
        } catch {
            return .failed("Gagal: \(error). Data yang sudah tersimpan aman.")
        }
    }

    private func run(_ command: Command, operatorID: Int) throws -> CommandResult {
        switch command {
        case .setUpDesk(let code, let name, let operatorName, let pin):
            guard !state.isSetUp else { throw ServiceError("Loket ini sudah disiapkan.") }
            let account = OperatorAccount(id: state.nextOperatorID, name: operatorName, pinHash: try hash(pin))
            try append(0, [.deskCreated(DeskProfile(name: name, kelurahanCode: code)), .operatorAdded(account)])
            return .deskSetUp(operatorID: account.id)
        case .signIn(let id, let pin):
            guard let account = state.operatorAccount(id: id), PinHasher.verify(pin, against: account.pinHash) else {
                return .signInRefused("PIN salah. Coba lagi.")
            }
            // A read-only store cannot record the sign-in, but looking things up must still work.
            if store.readOnlyReason == nil { try append(id, [.operatorSignedIn(operatorID: id)]) }
            return .signedIn(operatorID: id)
        case .signOut:
            return .signedOut
        case .addOperator(let name, let pin):
            let account = OperatorAccount(id: state.nextOperatorID, name: name, pinHash: try hash(pin))
            try append(operatorID, [.operatorAdded(account)])
            return .operatorAdded(operatorID: account.id)
        case .register(let household, let duplicates, let warnings):
            let today = clock.today
            let id = state.nextHouseholdID
            let registration = HouseholdRegistration(
                householdID: id, number: state.nextRegistrationNumber(year: today.year), household: household,
                registeredOn: today, acknowledgedDuplicates: duplicates, warnings: warnings)
            try append(operatorID, [.householdRegistered(registration)])
            try? fileSystem.remove(draftPath)
            let path = try? writeReceipt(householdID: id, operatorID: operatorID)
            return .registered(householdID: id, number: registration.number, receiptPath: path)
        case .correct(let id, let household, let reason):
            try append(operatorID, [.householdCorrected(HouseholdCorrection(householdID: id, household: household, reason: reason))])
            try? fileSystem.remove(draftPath)
            return .corrected(householdID: id)
        case .revealNIK(let id, let nik, let screen):
            try append(operatorID, [.nikRevealed(householdID: id, nik: nik, screen: screen)])
            return .revealed
        case .printReceipt(let id):
            return .receiptWritten(path: try writeReceipt(householdID: id, operatorID: operatorID))
        case .saveDraft(let draft):
            let data = try JSONEncoder().encode(draft)
            try AtomicFile.write(Array(data), to: draftPath, fileSystem: fileSystem)
            return .draftSaved
        case .discardDraft:
            try? fileSystem.remove(draftPath)
            return .draftSaved
        case .musyawarah(let request):
            return .musyawarah(try run(request, operatorID: operatorID))
        case .appeal(let appealCommand):
            return .appeal(try run(appealCommand, operatorID: operatorID))
        case .sync(let request):
            return .sync(try run(request, operatorID: operatorID))
        }
    }

    public func loadDraft() -> RegistrationDraft? {
        guard let bytes = try? fileSystem.readFile(draftPath) else { return nil }
        return try? JSONDecoder().decode(RegistrationDraft.self, from: Data(bytes))
    }

    func append(_ operatorID: Int, _ events: [DeskEvent]) throws {
        try store.append(events.map { EventEnvelope(operatorID: operatorID, event: $0) }, timestamp: clock.timestamp)
    }

    private func hash(_ pin: String) throws -> String {
        guard let h = pinHasher.hash(pin) else { throw ServiceError("PIN tidak bisa diproses. Coba lagi.") }
        return h
    }

    /// Writes the receipt file and records that it was printed (every print of personal data is logged).
    private func writeReceipt(householdID: Int, operatorID: Int) throws -> String {
        guard let record = state.household(id: householdID) else { throw ServiceError("Pendaftaran tidak ditemukan.") }
        let name = state.operatorAccount(id: operatorID)?.name ?? "-"
        let text = RegistrationReceipt.text(record, desk: state.profile, operatorName: name,
                                            printedAt: localDateTime(clock.timestamp))
        if !fileSystem.exists(receiptsDirectory) { try fileSystem.createDirectory(receiptsDirectory) }
        let path = receiptsDirectory + "/\(record.number).txt"
        try AtomicFile.write(Array(text.utf8), to: path, fileSystem: fileSystem)
        try append(operatorID, [.receiptPrinted(householdID: householdID, file: path)])
        return path
    }
}

struct ServiceError: Error {
    let message: String
    init(_ message: String) { self.message = message }
}
