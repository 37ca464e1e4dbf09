#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation

/// Who holds a store: written into `LOCK` so a second opener can say who to ask.
public struct LockHolder: Equatable, Sendable, CustomStringConvertible {
    public var pid: Int32
    public var user: String
    public var host: String
    /// Milliseconds since the epoch.
    public var since: Int64
    public var program: String

    public init(pid: Int32, user: String, host: String, since: Int64, program: String) {
        self.pid = pid
        self.user = user
        self.host = host
        self.since = since
        self.program = program
    }

    static func current() -> LockHolder {
        LockHolder(pid: getpid(), user: currentUserName(), host: currentHostName(),
                   since: currentMilliseconds(), program: ProcessInfo.processInfo.processName)
    }

    /// `key=value` lines; values never contain newlines.
    var fileText: String {
        func clean(_ s: String) -> String { s.replacingOccurrences(of: "\n", with: " ") }
        return "pid=\(pid)\nuser=\(clean(user))\nhost=\(clean(host))\nsince=\(since)\nprogram=\(clean(program))\n"
    }

    init?(fileText: String) {
        var fields: [Substring: Substring] = [:]
        for line in fileText.split(separator: "\n") {
            guard let eq = line.firstIndex(of: "=") else { continue }
            fields[line[..<eq]] = line[line.index(after: eq)...]
        }
        guard let pid = fields["pid"].flatMap({ Int32($0) }) else { return nil }
        self.init(pid: pid, user: String(fields["user"] ?? "?"), host: String(fields["host"] ?? "?"),
                  since: fields["since"].flatMap { Int64($0) } ?? 0, program: String(fields["program"] ?? "?"))
    }

    /// "pid 1234, pengguna budi, komputer loket-2, sejak 10:31"
    public var userDescription: String {
        "pid \(pid), pengguna \(user), komputer \(host), sejak \(localClockText(milliseconds: since))"
    }

    public var description: String {
        "\(program) pid \(pid), user \(user), host \(host), since \(since) ms"
    }
}

/// The single-writer lock: an exclusive `flock` on `LOCK` in the store directory.
/// flock belongs to the open file description, so a second open in the same process conflicts too.
final class StoreLock {
    static let fileName = "LOCK"

    private let fileSystem: any FileSystem
    private var file: OpenFile?

    private init(fileSystem: any FileSystem, file: OpenFile) {
        self.fileSystem = fileSystem
        self.file = file
    }

    static func acquire(directory: String, fileSystem: any FileSystem) throws(JournalError) -> StoreLock {
        let file: OpenFile
        do { file = try fileSystem.open(joinPath(directory, fileName), .readWriteCreate) } catch {
            throw JournalError.wrap(error)
        }
        let acquired: Bool
        do { acquired = try fileSystem.tryLockExclusive(file) } catch {
            fileSystem.close(file)
            throw JournalError.wrap(error)
        }
        guard acquired else {
            let text = (try? fileSystem.readAll(file)).map { String(decoding: $0, as: UTF8.self) }
            fileSystem.close(file)
            throw JournalError.locked(holder: text.flatMap(LockHolder.init(fileText:)))
        }
        // Best effort and not fsync'd: the text only informs, the flock is the lock,
        // and a full disk must not keep the desk from reading its data.
        try? fileSystem.truncate(file, to: 0)
        try? fileSystem.write(file, Array(LockHolder.current().fileText.utf8), at: 0)
        return StoreLock(fileSystem: fileSystem, file: file)
    }

    func release() {
        if let file { fileSystem.close(file) }
        file = nil
    }

    deinit { release() }
}

func currentMilliseconds() -> Int64 {
    var now = timespec()
    clock_gettime(CLOCK_REALTIME, &now)
    return Int64(now.tv_sec) * 1000 + Int64(now.tv_nsec) / 1_000_000
}

/// "10:31" today, "03-05-2025 10:31" otherwise, in local time.
func localClockText(milliseconds: Int64, now: Int64 = currentMilliseconds()) -> String {
    func local(_ ms: Int64) -> tm {
        var seconds = time_t(ms / 1000)
        var parts = tm()
        localtime_r(&seconds, &parts)
        return parts
    }
    func two(_ n: Int32) -> String { n < 10 ? "0\(n)" : "\(n)" }
    let t = local(milliseconds), today = local(now)
    let clock = "\(two(t.tm_hour)):\(two(t.tm_min))"
    if t.tm_year == today.tm_year, t.tm_yday == today.tm_yday { return clock }
    return "\(two(t.tm_mday))-\(two(t.tm_mon + 1))-\(t.tm_year + 1900) \(clock)"
}

private func currentUserName() -> String {
    if let name = getenv("USER"), name.pointee != 0 { return String(cString: name) }
    if let entry = getpwuid(geteuid()), let name = entry.pointee.pw_name { return String(cString: name) }
    return "uid \(geteuid())"
}

private func currentHostName() -> String {
    var buffer = [CChar](repeating: 0, count: 256)
    guard gethostname(&buffer, buffer.count - 1) == 0 else { return "?" }
    return String(decoding: buffer.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
}
