import Foundation
import XCTest

/// The real, built `loket` executable and a way to run it to completion.
enum LoketBinary {
    static let storeVariable = "LOKET_STORE"

    /// Next to the test bundle in the build products folder, whatever the scratch path
    /// (`swift test` uses `.build`, a session may use `--scratch-path .build-cli`).
    /// `LOKET_BINARY` overrides, e.g. to test a release build.
    static func find() -> URL? {
        let fm = FileManager.default
        if let explicit = ProcessInfo.processInfo.environment["LOKET_BINARY"], !explicit.isEmpty {
            return URL(fileURLWithPath: explicit)
        }
        var starts: [URL] = [Bundle.main.bundleURL]
        if let executable = Bundle.main.executableURL { starts.append(executable.deletingLastPathComponent()) }
        for bundle in Bundle.allBundles where bundle.bundlePath.hasSuffix(".xctest") {
            starts.append(bundle.bundleURL.deletingLastPathComponent())
        }
        if let first = CommandLine.arguments.first { starts.append(URL(fileURLWithPath: first).deletingLastPathComponent()) }
        // Walk up a few levels: on macOS the runner sits inside …/debug/X.xctest/Contents/MacOS.
        for start in starts {
            var folder = start
            for _ in 0..<4 {
                let candidate = folder.appendingPathComponent("loket")
                var isDirectory: ObjCBool = false
                if fm.fileExists(atPath: candidate.path, isDirectory: &isDirectory), !isDirectory.boolValue,
                   fm.isExecutableFile(atPath: candidate.path) {
                    return candidate
                }
                folder = folder.deletingLastPathComponent()
            }
        }
        return nil
    }

    static func path() throws -> String {
        guard let url = find() else {
            throw BinaryNotFound(message: "The built loket executable was not found near \(Bundle.main.bundlePath). "
                                 + "Build it with `swift build`, or set LOKET_BINARY.")
        }
        return url.path
    }

    struct BinaryNotFound: Error, CustomStringConvertible {
        let message: String
        var description: String { message }
    }

    /// The environment for every child: a UTF-8 locale (CI may have none) and no store from the caller.
    static func environment(_ extra: [String: String] = [:]) -> [String: String] {
        var env = ProcessInfo.processInfo.environment
        env["LANG"] = "C.UTF-8"
        env.removeValue(forKey: "LC_ALL")
        env.removeValue(forKey: storeVariable)
        for (k, v) in extra { env[k] = v }
        return env
    }
}

struct RunResult {
    var status: Int32
    var output: String
    var error: String
    var killedBySignal: Bool
}

/// A `loket` child whose output goes to files (never a pipe that could fill up and block it).
final class LoketProcess {
    let process = Process()
    private let folder: URL
    private var outputURL: URL { folder.appendingPathComponent("stdout") }
    private var errorURL: URL { folder.appendingPathComponent("stderr") }

    init(_ arguments: [String], environment: [String: String] = LoketBinary.environment()) throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("loket-e2e-out-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        _ = FileManager.default.createFile(atPath: outputURL.path, contents: nil)
        _ = FileManager.default.createFile(atPath: errorURL.path, contents: nil)
        process.executableURL = URL(fileURLWithPath: try LoketBinary.path())
        process.arguments = arguments
        process.environment = environment
        process.standardInput = FileHandle.nullDevice
        process.standardOutput = try FileHandle(forWritingTo: outputURL)
        process.standardError = try FileHandle(forWritingTo: errorURL)
    }

    deinit {
        if process.isRunning {
            kill(process.processIdentifier, SIGKILL)
            process.waitUntilExit()
        }
        try? FileManager.default.removeItem(at: folder)
    }

    func start() throws { try process.run() }

    var pid: Int32 { process.processIdentifier }

    var outputSoFar: String { (try? String(contentsOf: outputURL, encoding: .utf8)) ?? "" }

    /// Polls the output until `text` shows (true), or the time is up or the process ended without it (false).
    func waitForOutput(_ text: String, timeout: TimeInterval) -> Bool {
        let deadline = Date().addingTimeInterval(timeout)
        while Date() < deadline {
            if outputSoFar.contains(text) { return true }
            if !process.isRunning { return outputSoFar.contains(text) }
            usleep(2_000)
        }
        return false
    }

    func wait() -> RunResult {
        process.waitUntilExit()
        return RunResult(status: process.terminationStatus, output: outputSoFar,
                         error: (try? String(contentsOf: errorURL, encoding: .utf8)) ?? "",
                         killedBySignal: process.terminationReason == .uncaughtSignal)
    }

    /// Runs `loket arguments…` to the end.
    static func run(_ arguments: [String], environment: [String: String] = LoketBinary.environment()) throws -> RunResult {
        let p = try LoketProcess(arguments, environment: environment)
        try p.start()
        return p.wait()
    }
}

/// A fresh store folder per test, removed afterwards.
class StoreTestCase: XCTestCase {
    var root: URL!
    var store: String { root.appendingPathComponent("store").path }

    override func setUpWithError() throws {
        root = FileManager.default.temporaryDirectory.appendingPathComponent("loket-e2e-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
    }

    override func tearDown() {
        if let root { try? FileManager.default.removeItem(at: root) }
        super.tearDown()
    }

    /// Runs `loket --store <this test's store> arguments…`.
    func loket(_ arguments: String...) throws -> RunResult {
        try LoketProcess.run(["--store", store] + arguments)
    }

    /// The number at the end of the line holding `label`.
    func number(after label: String, in text: String) -> Int? {
        guard let line = text.split(separator: "\n").first(where: { $0.contains(label) }) else { return nil }
        return Int(line.split(separator: " ").last ?? "")
    }

    /// "Data utuh: 202 catatan" → 202.
    func recordCount(in verifyOutput: String) -> Int? {
        guard let range = verifyOutput.range(of: "Data utuh: ") else { return nil }
        return Int(verifyOutput[range.upperBound...].prefix { $0.isNumber })
    }
}
