import Foundation
import LoketCore
import LoketCrypto
import LoketStore
import LoketSync

/// Runs a bundle command against the store in `directory`. Commands run without a signed-in operator,
/// so their events carry operator 0 (the program itself), like `loket demo`.
public func runSyncCommand(_ request: SyncCLIRequest, directory: String, clock: Clock = Clock(),
                           pinHasher: PinHasher = .interactive, readPIN: () -> String? = { nil },
                           workingDirectory: String = FileManager.default.currentDirectoryPath,
                           progress: (String) -> Void = { _ in }) -> CLIResult {
    if case .setupAggregator(let role, let name, let region, let op) = request {
        return setUpAggregator(role: role, name: name, region: region, operatorName: op, directory: directory,
                               clock: clock, pinHasher: pinHasher, readPIN: readPIN)
    }
    let store: DeskStore
    do { store = try DeskStore.open(directory: directory) } catch { return .failure(error.userMessage) }
    defer { store.close() }
    guard store.state.profile != nil else {
        return .failure("Data di \(directory) belum disiapkan. Siapkan loket dulu (jalankan loket), atau loket setup-aggregator.")
    }
    let sync = SyncStore(store: store, now: { clock.timestamp })
    return withoutActuallyEscaping(progress) { progress in
        do {
            return try SyncCommandRunner(sync: sync, clock: clock, workingDirectory: workingDirectory, progress: progress).run(request)
        } catch let error as SyncError {
            return .failure(error.message)
        } catch {
            return .failure("\(error)")
        }
    }
}

private struct SyncCommandRunner {
    let sync: SyncStore
    let clock: Clock
    let workingDirectory: String
    let progress: (String) -> Void

    func run(_ request: SyncCLIRequest) throws(SyncError) -> CLIResult {
        switch request {
        case .keysShow:
            let (keys, created) = try sync.createKeys(operatorID: 0)
            var text = created ? "Kunci baru dibuat dan disimpan di \(KeyFile.path(in: sync.directory)) (izin 600).\n\n" : ""
            text += "Kunci publik \(sync.state.profile?.name ?? "data ini"):\n  \(keys.publicKey.text)\n"
            text += "Sidik (cocokkan lewat telepon): \(keys.publicKey.fingerprint)\n"
            let peers = sync.book.peers
            text += sync.isAggregator ? "\nLoket yang bundlenya diterima:\n" : "\nPenerima bundle:\n"
            if peers.isEmpty { text += "  (belum ada; tambahkan dengan: loket keys add NAMA KUNCI)\n" }
            for peer in peers {
                let key = PublicKey(bytes: peer.publicKey)
                text += "  \(peer.name)  \(key?.text ?? "-")  sidik \(key?.fingerprint ?? "-")\n"
            }
            return CLIResult(output: text)
        case .keysAdd(let name, let keyText):
            guard let key = PublicKey(text: keyText) else {
                throw .usage("Kunci \"\(keyText)\" tidak sah. Kunci berbentuk LK1-… (48 tanda); periksa salah ketik.")
            }
            if sync.book.publicKey == nil { try sync.createKeys(operatorID: 0) }
            let peer = try sync.addPeer(name: name, key: key, operatorID: 0)
            let role = peer.kind == .desk ? "Loket" : "Penerima"
            return CLIResult(output: "\(role) \"\(peer.name)\" ditambahkan (sidik \(key.fingerprint)). Pastikan sidik ini sama dengan yang disebut pemiliknya.\n")
        case .bundleExport(let to, let out):
            let bundle = try sync.exportBundle(to: to, operatorID: 0) { fraction in
                if fraction < 1 { progress("Mengenkripsi… \(Int(fraction * 100))%") }
            }
            let path = absolute(out ?? bundle.suggestedName)
            try write(bundle.bytes, to: path)
            let h = bundle.header
            var text = "Bundle \(bundle.peer.kind == .desk ? "status " : "")untuk \(bundle.peer.name): catatan \(h.firstSequence)–\(h.lastSequence) (\(h.recordCount) catatan, \(bundle.bytes.count) bita).\n"
            text += "Berkas: \(path)\n"
            text += "Setelah penerima mengimpornya, impor tanda terima darinya dengan: loket bundle import BERKAS-TANDA-TERIMA\n"
            return CLIResult(output: text)
        case .bundleVerify(let files):
            var output = "", errors = ""
            for file in files {
                do {
                    let v = try sync.verifyBundle(try read(file))
                    output += "\(file): SAH\n" + describe(v)
                } catch {
                    errors += "\(file): DITOLAK. \(error.message)\n"
                }
            }
            return CLIResult(output: output, error: errors, exitCode: errors.isEmpty ? CLIExit.success : CLIExit.failure)
        case .bundleImport(let files, let receiptDirectory):
            var output = "", errors = ""
            for file in files {
                do {
                    let result = try sync.importBundle(try read(file), operatorID: 0)
                    output += "\(file): \(result.summary)\n"
                    for more in result.alsoImported { output += "  juga dari simpanan: \(more.summary)\n" }
                    for receipt in ([result.receipt] + result.alsoImported.map(\.receipt)).compactMap({ $0 }) {
                        let folder = receiptDirectory.map(absolute) ?? parent(absolute(file))
                        let path = folder + "/" + receipt.suggestedName
                        try write(receipt.bytes, to: path)
                        output += "  Tanda terima untuk \(receipt.peer.name): \(path)\n"
                    }
                } catch .bundle(let problem) where problem.isNoChange {
                    output += "\(file): \(problem.message)\n"
                } catch {
                    errors += "\(file): DITOLAK. \(error.message)\n"
                }
            }
            return CLIResult(output: output, error: errors, exitCode: errors.isEmpty ? CLIExit.success : CLIExit.failure)
        case .exportCSV(let directory):
            let paths = try sync.exportCSV(to: absolute(directory), today: clock.today, operatorID: 0)
            return CLIResult(output: "Ekspor CSV (\(paths.count) berkas) di \(absolute(directory)):\n" + paths.map { "  \($0)\n" }.joined()
                             + "Berisi data pribadi: simpan di tempat yang aman. Ekspor ini dicatat.\n")
        case .exportSQLite(let path):
            try sync.exportSQLite(to: absolute(path), today: clock.today, operatorID: 0)
            return CLIResult(output: "Ekspor SQLite: \(absolute(path))\nBerisi data pribadi: simpan di tempat yang aman. Ekspor ini dicatat.\n")
        case .statusSet(let nik, let stage, let outcome, let note, let desk):
            let view = sync.aggregatorView()
            switch PersonIndex(view).change(nik: nik, desk: desk, stage: stage, outcome: outcome, note: note) {
            case .failure(let problem): throw .usage(problem.message)
            case .success(let change):
                try sync.recordStatuses([change], view: view, operatorID: 0)
                let deskName = view.desk(id: change.deskId)?.name ?? "-"
                return CLIResult(output: "Dicatat: \(maskedNIK(nik)) — \(change.update.status.stage.label) (loket \(deskName)).\n"
                                 + "Kirim ke loket dengan: loket bundle export --to \"\(deskName)\"\n")
            }
        case .statusCSV(let path):
            let bytes = try read(path)
            let text = String(decoding: bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? Array(bytes.dropFirst(3)) : bytes, as: UTF8.self)
            let view = sync.aggregatorView()
            switch StatusCSV.parse(text, view: view) {
            case .failure(let errors): throw .usage("Tidak ada yang dicatat. Perbaiki dulu:\n" + errors.message)
            case .success(let changes):
                try sync.recordStatuses(changes, view: view, operatorID: 0)
                let desks = Set(changes.map(\.deskId)).compactMap { view.desk(id: $0)?.name }.sorted()
                return CLIResult(output: "\(changes.count) status dicatat untuk \(desks.count) loket: \(desks.joined(separator: ", ")).\n"
                                 + "Kirim ke setiap loket dengan: loket bundle export --to LOKET\n")
            }
        case .setupAggregator:
            return CLIResult()
        }
    }

    private func describe(_ v: BundleVerification) -> String {
        let h = v.header
        var text = "  Jenis:    \(h.kind == .receipt ? "tanda terima" : "data catatan")\n"
        text += "  Dari:     \(v.signerName ?? "kunci tidak dikenal") (sidik \(h.origin.fingerprint)); tanda tangan cocok\n"
        text += "  Untuk:    \(v.recipientIsThisStore ? "data ini" : "pihak lain") (sidik \(h.recipient.fingerprint))\n"
        text += "  Catatan:  \(h.firstSequence)–\(h.lastSequence), dibuat \(localDateTime(h.createdAt))\n"
        if let n = v.recordCount {
            text += "  Isi:      \(n) catatan utuh (checksum dan rantai hash cocok)\n"
        } else if h.kind == .records {
            text += "  Isi:      terenkripsi untuk penerima; hanya penerima yang bisa memeriksa catatannya\n"
        }
        return text
    }

    private func absolute(_ path: String) -> String { path.hasPrefix("/") ? path : workingDirectory + "/" + path }
    private func parent(_ path: String) -> String { (path as NSString).deletingLastPathComponent }

    private func read(_ path: String) throws(SyncError) -> [UInt8] {
        do { return try PosixFileSystem().readFile(absolute(path)) } catch {
            throw .file("Berkas \(path) tidak bisa dibaca (\(error)).")
        }
    }

    private func write(_ bytes: [UInt8], to path: String) throws(SyncError) {
        do { try AtomicFile.write(bytes, to: path) } catch { throw .file("Berkas \(path) tidak bisa ditulis: \(error.userMessage)") }
    }
}

extension BundleProblem {
    /// Outcomes that change nothing and need no action now: not failures of the command.
    var isNoChange: Bool {
        switch self {
        case .alreadyImported, .held: return true
        default: return false
        }
    }
}

private func setUpAggregator(role: StoreRole, name: String, region: String, operatorName: String, directory: String,
                             clock: Clock, pinHasher: PinHasher, readPIN: () -> String?) -> CLIResult {
    guard region.count == 2 || region.count == 4 || region.count == 6, region.allSatisfy(\.isNumber) else {
        return .failure("Kode wilayah harus kode Kemendagri: 2 angka (provinsi), 4 (kota) atau 6 (kecamatan), misalnya 317101.")
    }
    do { try StoreLocation.createParents(of: directory) } catch { return .failure("Folder \(directory) tidak bisa dibuat.") }
    let store: DeskStore
    do { store = try DeskStore.open(directory: directory, create: true) } catch { return .failure(error.userMessage) }
    defer { store.close() }
    guard store.state.profile == nil else {
        return .failure("Data di \(directory) sudah disiapkan (\(store.state.profile?.name ?? "-")). Pakai folder baru.")
    }
    guard let pin = readPIN(), pin.count >= 4, pin.allSatisfy(\.isNumber) else {
        return .failure("PIN harus sedikitnya 4 angka. Tidak ada yang disimpan.")
    }
    guard let hash = pinHasher.hash(pin) else { return .failure("PIN tidak bisa diproses.") }
    do {
        try store.append([
            EventEnvelope(operatorID: 0, event: .deskCreated(DeskProfile(name: name, kelurahanCode: region, role: role))),
            EventEnvelope(operatorID: 0, event: .operatorAdded(OperatorAccount(id: 1, name: operatorName, pinHash: hash))),
        ], timestamp: clock.timestamp)
    } catch {
        return .failure(error.userMessage)
    }
    let sync = SyncStore(store: store, now: { clock.timestamp })
    do {
        let keys = try sync.createKeys(operatorID: 1).keys
        return CLIResult(output: """
            \(name) disiapkan sebagai penerima bundle. Petugas: \(operatorName).
            Kunci publik (berikan ke setiap loket, untuk loket keys add):
              \(keys.publicKey.text)
            Sidik: \(keys.publicKey.fingerprint)
            Tambahkan kunci setiap loket dengan: loket keys add "NAMA LOKET" LK1-…

            """)
    } catch {
        return .failure(error.message)
    }
}

/// Reads a PIN from the terminal without echoing it (stdin may also be a pipe, for scripts).
public func readPINFromTerminal(prompt: String) -> String? {
    FileHandle.standardError.write(Data(prompt.utf8))
    var saved = termios()
    let isTerminal = isatty(STDIN_FILENO) == 1 && tcgetattr(STDIN_FILENO, &saved) == 0
    if isTerminal {
        var quiet = saved
        quiet.c_lflag &= ~tcflag_t(ECHO)
        tcsetattr(STDIN_FILENO, TCSANOW, &quiet)
    }
    defer {
        if isTerminal {
            tcsetattr(STDIN_FILENO, TCSANOW, &saved)
            FileHandle.standardError.write(Data("\n".utf8))
        }
    }
    return readLine()?.trimmingCharacters(in: .whitespaces)
}
