/// What the command line asked for. Sizes shrink with `--quick` so that a smoke run takes seconds.
struct BenchOptions {
    var households = 50_000
    /// Persons the search phase needs: the design's "200,000 persons".
    var searchPersons = 200_000
    var saves = 200
    var openRuns = 5
    var searchPasses = 5
    var quick = false
    var markdown = false
    var rebuild = false
    var allowDebug = false
    var keepDirectory: String?
    /// Runs one phase only (open, search, save), for profiling.
    var only: String?

    static let usage = """
        usage: loket-bench [--households N] [--saves N] [--quick] [--keep DIR] [--rebuild] [--markdown]

          --households N  store size for the open benchmark (default 50000)
          --saves N       confirmed saves to time (default 200)
          --quick         small sizes, for a smoke run (figures are not comparable to the targets)
          --keep DIR      build the store in DIR once and reuse it on later runs
          --rebuild       rebuild the cached store even if it looks right
          --markdown      also print the results as a Markdown table
          --only PHASE    run one phase only: open, search or save (for profiling)
          --allow-debug   run even in a debug build (figures are then meaningless)

        Build: swift build -c release --scratch-path .build-bench --product loket-bench
        """

    enum ParseError: Error, CustomStringConvertible {
        case help
        case bad(String)
        var description: String {
            switch self {
            case .help: return BenchOptions.usage
            case .bad(let why): return "loket-bench: \(why)\n\n\(BenchOptions.usage)"
            }
        }
    }

    static func parse(_ arguments: [String]) throws(ParseError) -> BenchOptions {
        var o = BenchOptions()
        var explicitHouseholds = false, explicitSaves = false
        var rest = arguments[...]
        func value(_ flag: String) throws(ParseError) -> String {
            guard let v = rest.popFirst() else { throw .bad("\(flag) needs a value") }
            return v
        }
        func count(_ flag: String) throws(ParseError) -> Int {
            let v = try value(flag)
            guard let n = Int(v), n > 0 else { throw .bad("\(flag) needs a positive number, not \"\(v)\"") }
            return n
        }
        while let arg = rest.popFirst() {
            switch arg {
            case "--households": o.households = try count(arg); explicitHouseholds = true
            case "--saves": o.saves = try count(arg); explicitSaves = true
            case "--quick": o.quick = true
            case "--markdown": o.markdown = true
            case "--rebuild": o.rebuild = true
            case "--allow-debug": o.allowDebug = true
            case "--keep": o.keepDirectory = try value(arg)
            case "--only":
                let phase = try value(arg)
                guard ["open", "search", "save", "musyawarah", "sync"].contains(phase) else { throw .bad("--only takes open, search, save or musyawarah (also: sync)") }
                o.only = phase
            case "-h", "--help": throw .help
            default: throw .bad("unknown argument \"\(arg)\"")
            }
        }
        if o.quick {
            if !explicitHouseholds { o.households = 2_000 }
            if !explicitSaves { o.saves = 20 }
            o.searchPersons = 8_000
            o.openRuns = 3
            o.searchPasses = 2
        }
        return o
    }

    func runs(_ phase: String) -> Bool { only == nil || only == phase }
}

extension BenchOptions.ParseError {
    var isHelp: Bool { if case .help = self { return true } else { return false } }
}
