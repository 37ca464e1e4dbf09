/// A parsed command line. Parsing is hand-written: a handful of subcommands and flags do not justify
/// a dependency, and every message must be in the users' language.
public struct CLIInvocation: Equatable, Sendable {
    public var command: CLICommand
    /// `--store DIR`, wherever it appears; nil means "use LOKET_STORE or the default".
    public var storeDirectory: String?

    public init(command: CLICommand, storeDirectory: String? = nil) {
        self.command = command
        self.storeDirectory = storeDirectory
    }
}

public enum CLICommand: Equatable, Sendable {
    /// No subcommand: the terminal UI.
    case terminal
    case nik([String])
    case demo(DemoOptions)
    case stats
    case verify
    /// `loket berita-acara SESSION` (BeritaAcaraCommand.swift).
    case beritaAcara(session: Int)
    /// `loket sanggahan daftar|lihat|verifikasi|putus …` (AppealCLI.swift).
    case sanggahan(AppealCLIRequest)
    /// `loket keys|bundle|export|status|setup-aggregator …` (SyncCLIRequest.swift).
    case sync(SyncCLIRequest)
    /// `--help`, `help` or `help <command>`.
    case help(topic: String?)
}

public struct DemoOptions: Equatable, Sendable {
    public var households: Int
    public var seed: UInt64
    /// Also fill a desk that was not set up by `demo` itself (its real data would be mixed with made-up families).
    public var force: Bool

    public static let defaultHouseholds = 1000

    public init(households: Int = DemoOptions.defaultHouseholds, seed: UInt64 = 1, force: Bool = false) {
        self.households = households
        self.seed = seed
        self.force = force
    }
}

/// A command line the program cannot act on: the message, and the hint to the help.
public struct CLIUsageError: Error, Equatable, Sendable {
    public let message: String

    public init(_ message: String) { self.message = message }

    public var result: CLIResult {
        CLIResult.failure("\(message)\nLihat petunjuk: loket --help", exitCode: CLIExit.usage)
    }
}

extension CLIInvocation {
    public static let commandNames = ["nik", "demo", "stats", "verify", "sanggahan", "berita-acara", "help"]
        + SyncCLIRequest.commandNames

    /// Parses the arguments after the program name.
    public static func parse(_ arguments: [String]) -> Result<CLIInvocation, CLIUsageError> {
        do { return .success(try parseOrThrow(arguments)) } catch { return .failure(error) }
    }

    private static func parseOrThrow(_ arguments: [String]) throws(CLIUsageError) -> CLIInvocation {
        var store: String?
        var wantsHelp = false
        var words: [String] = []
        var flags: [(name: String, value: String?)] = []
        var i = 0
        // Flags that take a value; every other flag stands alone.
        let valued = Set<String>(["--store", "--households", "--seed", "--status", "--alasan"])
            .union(SyncCLIRequest.valuedFlags)
        while i < arguments.count {
            let arg = arguments[i]
            i += 1
            if arg == "-h" || arg == "--help" {
                wantsHelp = true
            } else if arg.hasPrefix("--") {
                var name = arg
                var value: String?
                if let eq = arg.firstIndex(of: "=") {
                    name = String(arg[..<eq])
                    value = String(arg[arg.index(after: eq)...])
                }
                if valued.contains(name) && value == nil {
                    guard i < arguments.count else { throw CLIUsageError("Pilihan \(name) perlu nilai, misalnya \(example(name)).") }
                    value = arguments[i]
                    i += 1
                }
                if name == "--store" {
                    guard let value, !value.isEmpty else { throw CLIUsageError("Pilihan --store perlu nama folder.") }
                    store = value
                } else {
                    flags.append((name, value))
                }
            } else if arg.hasPrefix("-") && arg.count > 1 {
                throw CLIUsageError("Pilihan tidak dikenal: \(arg)")
            } else {
                words.append(arg)
            }
        }

        guard let name = words.first else {
            if let flag = flags.first { throw CLIUsageError("Pilihan tidak dikenal: \(flag.name)") }
            return CLIInvocation(command: wantsHelp ? .help(topic: nil) : .terminal, storeDirectory: store)
        }
        let rest = Array(words.dropFirst())
        guard commandNames.contains(name) else { throw CLIUsageError("Perintah tidak dikenal: \(name)") }
        if wantsHelp { return CLIInvocation(command: .help(topic: name == "help" ? rest.first : name), storeDirectory: store) }

        func noFlags() throws(CLIUsageError) {
            if let flag = flags.first { throw CLIUsageError("Pilihan \(flag.name) tidak berlaku untuk perintah \(name).") }
        }
        func noWords() throws(CLIUsageError) {
            if let word = rest.first { throw CLIUsageError("Perintah \(name) tidak memakai \"\(word)\".") }
        }

        let command: CLICommand
        switch name {
        case "nik":
            try noFlags()
            guard !rest.isEmpty else { throw CLIUsageError("Sebutkan NIK yang akan diperiksa, misalnya: loket nik 3171014507850003") }
            command = .nik(rest)
        case "demo":
            try noWords()
            var options = DemoOptions()
            for flag in flags {
                switch flag.name {
                case "--households":
                    guard let n = flag.value.flatMap({ Int($0) }), n >= 1, n <= 10_000_000 else {
                        throw CLIUsageError("Jumlah keluarga (--households) harus bilangan bulat 1 sampai 10000000.")
                    }
                    options.households = n
                case "--seed":
                    guard let s = flag.value.flatMap({ UInt64($0) }) else {
                        throw CLIUsageError("Benih acak (--seed) harus bilangan bulat 0 atau lebih.")
                    }
                    options.seed = s
                case "--force":
                    guard flag.value == nil else { throw CLIUsageError("Pilihan --force tidak memakai nilai.") }
                    options.force = true
                default:
                    throw CLIUsageError("Pilihan \(flag.name) tidak berlaku untuk perintah demo.")
                }
            }
            command = .demo(options)
        case "stats":
            try noFlags()
            try noWords()
            command = .stats
        case "verify":
            try noFlags()
            try noWords()
            command = .verify
        case "berita-acara":
            try noFlags()
            guard rest.count == 1, let n = Int(rest[0]), n >= 1 else {
                throw CLIUsageError("Sebutkan satu nomor musyawarah, misalnya: loket berita-acara 1")
            }
            command = .beritaAcara(session: n)
        case "sanggahan":
            command = .sanggahan(try AppealCLIRequest.parse(rest, flags: flags))
        case _ where SyncCLIRequest.commandNames.contains(name):
            command = .sync(try SyncCLIRequest.parse(name, rest, flags: flags))
        default: // help
            try noFlags()
            guard rest.count <= 1 else { throw CLIUsageError("Perintah help hanya menerima satu nama perintah.") }
            if let topic = rest.first, !commandNames.contains(topic) { throw CLIUsageError("Tidak ada petunjuk untuk \"\(topic)\".") }
            command = .help(topic: rest.first)
        }
        return CLIInvocation(command: command, storeDirectory: store)
    }

    private static func example(_ flag: String) -> String {
        switch flag {
        case "--store": return "--store /home/loket/data"
        case "--households": return "--households 1000"
        default: return "--seed 7"
        }
    }
}
