import LoketCore
import LoketStore

/// `loket berita-acara SESSION`: writes the berita acara of a musyawarah to standard output and to
/// berita-acara/musyawarah-N.txt in the store, and records the print (personal data leaves the laptop).
public func runBeritaAcaraCommand(sessionID: Int, directory: String, clock: Clock = Clock()) -> CLIResult {
    let store: DeskStore
    do {
        store = try DeskStore.open(directory: directory, create: false)
    } catch {
        return .failure(error.userMessage)
    }
    defer { store.close() }
    let sessions = store.state.musyawarah.sessions
    guard let session = store.state.musyawarah.session(id: sessionID) else {
        let known = sessions.isEmpty ? "Belum ada musyawarah di loket ini."
            : "Musyawarah yang ada: " + sessions.map { "\($0.id) (\($0.setup.date))" }.joined(separator: ", ") + "."
        return .failure("Musyawarah nomor \(sessionID) tidak ada. \(known)")
    }
    let service = DeskService(store: store, clock: clock)
    switch service.execute(.musyawarah(.printBeritaAcara(sessionID: sessionID)), operatorID: 0) {
    case .musyawarah(.printed(let path)):
        let text = BeritaAcara.text(store.state.musyawarah.session(id: sessionID) ?? session, desk: store.state,
                                    printedAt: localDateTime(clock.timestamp))
        let note = session.isClosed ? "" : "Musyawarah ini belum ditutup: berita acara ini DRAF.\n"
        return CLIResult(output: text, error: note + "Disimpan juga di \(path)")
    case .failed(let why):
        return .failure(why)
    default:
        return .failure("Berita acara tidak bisa dibuat.")
    }
}

extension CLIHelp {
    static let beritaAcaraHelp = """
    loket berita-acara NOMOR

    Mencetak berita acara musyawarah kelurahan nomor NOMOR ke layar (bisa dialihkan ke berkas atau
    printer, misalnya: loket berita-acara 1 > berita-acara-1.txt). Salinannya juga disimpan di folder
    data, berita-acara/musyawarah-NOMOR.txt, dan pencetakan itu dicatat.

    Berita acara musyawarah yang sudah ditutup memuat segel SHA-256; periksa dengan: loket verify
    Musyawarah yang belum ditutup dicetak sebagai DRAF.
    Perintah ini membuka data, jadi tidak bisa berjalan selagi layar Loket terbuka pada data yang sama.
    """
}
