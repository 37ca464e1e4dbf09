/// What a subcommand hands back to the executable: text for standard output, text for standard error,
/// and the exit status. Commands never print or exit themselves, so tests can call them directly.
public struct CLIResult: Equatable, Sendable {
    public var output: String
    public var error: String
    public var exitCode: Int32

    public init(output: String = "", error: String = "", exitCode: Int32 = CLIExit.success) {
        self.output = output
        self.error = error
        self.exitCode = exitCode
    }

    static func failure(_ message: String, exitCode: Int32 = CLIExit.failure) -> CLIResult {
        CLIResult(error: message, exitCode: exitCode)
    }
}

/// Exit statuses: 0 all good, 1 the job failed (invalid NIK, store problem, damage), 2 the command line was wrong.
public enum CLIExit {
    public static let success: Int32 = 0
    public static let failure: Int32 = 1
    public static let usage: Int32 = 2
}
