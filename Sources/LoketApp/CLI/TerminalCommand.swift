#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import LoketCrypto
import LoketStore
import LoketTUI

/// `loket` with no subcommand: the screens on the real terminal. Refuses a non-UTF-8 locale and a
/// missing terminal before touching the store; the terminal is restored however the loop ends.
@MainActor
public func runTerminalCommand(directory: String, clock: Clock = Clock()) -> CLIResult {
    guard NcursesTerminal.localeIsUTF8() else {
        return .failure("""
            Pengaturan bahasa (locale) terminal ini bukan UTF-8, jadi nama dan garis layar akan kacau.
            Jalankan dengan locale UTF-8, misalnya: LANG=C.UTF-8 loket
            """)
    }
    guard isatty(STDIN_FILENO) == 1, isatty(STDOUT_FILENO) == 1 else {
        return .failure("Layar Loket harus dibuka di jendela terminal. Untuk perintah lain lihat: loket --help")
    }
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

    let service = DeskService(store: store, pinHasher: .interactive, clock: clock)
    var app = App(context: service.context())
    let terminal = NcursesTerminal()
    terminal.start()
    runApp(&app, terminal: terminal, service: service)
    terminal.stop()

    var result = CLIResult()
    // Shown after the screens close: ncurses would have wiped it from the screen.
    if store.journal.recovery.tornByteCount > 0 { result.output = store.journal.recovery.message + "\n" }
    if let failure = store.journal.failure {
        result.error = failure.userMessage
        result.exitCode = CLIExit.failure
    }
    return result
}
