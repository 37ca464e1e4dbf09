#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation
import XCTest

/// The real program in a detached tmux session of a fixed size, read back with `capture-pane`.
/// Each session gets its own tmux server (`-L`), so tests never touch the user's tmux and
/// `stop()` can end everything it started.
final class TmuxSession {
    let name: String
    private let socket: String
    private static let tmuxPath: String? = {
        for folder in (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin").split(separator: ":") {
            let path = "\(folder)/tmux"
            if FileManager.default.isExecutableFile(atPath: path) { return path }
        }
        return nil
    }()

    static var isAvailable: Bool { tmuxPath != nil }

    /// Skips the test when tmux is not installed; the only reason to skip.
    static func requireTmux() throws {
        guard isAvailable else { throw XCTSkip("tmux is not installed") }
    }

    init(name: String = "loket-e2e") {
        let unique = UUID().uuidString.prefix(8)
        self.name = "\(name)-\(unique)"
        socket = "loket-e2e-\(unique)"
    }

    deinit { stop() }

    /// Starts `command` (a shell command line) in an 80x24 session.
    func start(_ command: String, width: Int = 80, height: Int = 24) throws {
        let status = try tmux(["new-session", "-d", "-x", "\(width)", "-y", "\(height)", "-s", name, command])
        guard status == 0 else { throw TmuxError(message: "tmux new-session failed with status \(status)") }
    }

    /// Key names as tmux knows them: "F10", "Enter", "Tab", "BTab", "Escape", "C-q", "Down" …
    func send(_ keys: String...) {
        _ = try? tmux(["send-keys", "-t", name] + keys)
    }

    /// Literal text, typed character by character.
    func sendText(_ text: String) {
        _ = try? tmux(["send-keys", "-t", name, "-l", text])
    }

    /// The visible screen as plain text (empty when the session is gone).
    func screen() -> String {
        guard let tmuxPath = Self.tmuxPath else { return "" }
        return (try? spawnAndWait(tmuxPath, ["-L", socket, "capture-pane", "-p", "-t", name], captureOutput: true))?.output ?? ""
    }

    var isRunning: Bool { (try? tmux(["has-session", "-t", name])) == 0 }

    /// Polls the screen until `text` appears; fails the test with the last screen when it does not.
    @discardableResult
    func waitFor(_ text: String, timeout: TimeInterval = 10, file: StaticString = #filePath, line: UInt = #line) -> Bool {
        let deadline = Date().addingTimeInterval(timeout)
        var last = ""
        while Date() < deadline {
            last = screen()
            if last.contains(text) { return true }
            usleep(50_000)
        }
        XCTFail("\"\(text)\" did not appear within \(timeout) s. Screen:\n\(last)", file: file, line: line)
        return false
    }

    /// Polls until the program (and so the session) has ended.
    @discardableResult
    func waitForExit(timeout: TimeInterval = 10, file: StaticString = #filePath, line: UInt = #line) -> Bool {
        let deadline = Date().addingTimeInterval(timeout)
        while Date() < deadline {
            if !isRunning { return true }
            usleep(50_000)
        }
        XCTFail("the program did not end within \(timeout) s. Screen:\n\(screen())", file: file, line: line)
        return false
    }

    /// Ends the session and its private server.
    func stop() {
        _ = try? tmux(["kill-server"])
    }

    /// Every tmux command except capture-pane: output to the null device, or the test can hang.
    @discardableResult
    private func tmux(_ arguments: [String]) throws -> Int32 {
        guard let tmuxPath = Self.tmuxPath else { throw TmuxError(message: "tmux is not installed") }
        return try spawnAndWait(tmuxPath, ["-L", socket] + arguments, captureOutput: false).status
    }

    struct TmuxError: Error, CustomStringConvertible {
        let message: String
        var description: String { message }
    }
}

/// Quotes a string for the shell command line that tmux runs.
func shellQuoted(_ s: String) -> String {
    "'" + s.replacingOccurrences(of: "'", with: "'\\''") + "'"
}

/// Runs a program to its end with posix_spawn and waitpid. Foundation's `Process` is not used for tmux:
/// the tmux client forks the server, and on Linux `waitUntilExit` was seen to miss the client's exit
/// and hang (the client stayed a zombie).
func spawnAndWait(_ path: String, _ arguments: [String], captureOutput: Bool) throws -> (status: Int32, output: String) {
    var actions = posix_spawn_file_actions_t()
    posix_spawn_file_actions_init(&actions)
    defer { posix_spawn_file_actions_destroy(&actions) }
    var fds: [Int32] = [-1, -1]
    if captureOutput {
        guard pipe(&fds) == 0 else { throw SpawnError(message: "pipe failed: errno \(errno)") }
        // Close-on-exec, so no other child keeps the pipe open (dup2 onto 1 clears it for this child).
        for fd in fds { _ = fcntl(fd, F_SETFD, FD_CLOEXEC) }
        posix_spawn_file_actions_adddup2(&actions, fds[1], 1)
    } else {
        posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
    }
    posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
    posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
    let argv: [UnsafeMutablePointer<CChar>?] = ([path] + arguments).map { strdup($0) } + [nil]
    defer { for p in argv { free(p) } }
    var pid: pid_t = 0
    let rc = posix_spawn(&pid, path, &actions, nil, argv, environ)
    if captureOutput { close(fds[1]) }
    guard rc == 0 else {
        if captureOutput { close(fds[0]) }
        throw SpawnError(message: "posix_spawn \(path) failed: \(rc)")
    }
    var output: [UInt8] = []
    if captureOutput {
        var buffer = [UInt8](repeating: 0, count: 4096)
        while true {
            let n = read(fds[0], &buffer, buffer.count)
            if n > 0 { output += buffer[0..<n]; continue }
            if n < 0 && errno == EINTR { continue }
            break
        }
        close(fds[0])
    }
    var status: Int32 = 0
    while waitpid(pid, &status, 0) < 0 && errno == EINTR {}
    let exitStatus = (status & 0x7f) == 0 ? (status >> 8) & 0xff : 128 + (status & 0x7f)
    return (exitStatus, String(decoding: output, as: UTF8.self))
}

struct SpawnError: Error, CustomStringConvertible {
    let message: String
    var description: String { message }
}
