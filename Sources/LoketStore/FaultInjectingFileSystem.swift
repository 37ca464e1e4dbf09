import Foundation

/// Wraps another file system and makes chosen calls fail, so tests reach every error path:
/// the Nth write fails or is cut short (a crash or a full disk), fsync fails (EIO), and so on.
/// Each fault fires once. Counting starts when the fault is added.
public final class FaultInjectingFileSystem: FileSystem, @unchecked Sendable {
    public enum Operation: Sendable, Hashable {
        case open, read, write, sync, syncDirectory, truncate, rename, remove, createDirectory
    }

    private struct Fault {
        var operation: Operation
        var countdown: Int
        var code: Int32
        /// For writes: bytes actually written before the failure.
        var keepBytes: Int?
        var pathSuffix: String?
    }

    public let base: any FileSystem
    // Guards `faults` and `counts`: tests are single-threaded, but the type is Sendable.
    private let lock = NSLock()
    private var faults: [Fault] = []
    private var counts: [Operation: Int] = [:]

    public init(base: any FileSystem = PosixFileSystem()) {
        self.base = base
    }

    /// The `number`th matching call from now (1 = the next) fails with `errno`.
    /// `path` limits the fault to files whose path ends with it (e.g. "journal.log").
    public func fail(_ operation: Operation, number: Int = 1, errno code: Int32 = EIO, path: String? = nil) {
        add(Fault(operation: operation, countdown: number, code: code, keepBytes: nil, pathSuffix: path))
    }

    public func failWrite(number: Int = 1, errno code: Int32 = EIO, path: String? = nil) {
        fail(.write, number: number, errno: code, path: path)
    }

    /// The `number`th write writes only its first `keeping` bytes, then fails (default ENOSPC: disk full).
    public func shortWrite(number: Int = 1, keeping: Int, errno code: Int32 = ENOSPC, path: String? = nil) {
        add(Fault(operation: .write, countdown: number, code: code, keepBytes: keeping, pathSuffix: path))
    }

    public func failSync(number: Int = 1, errno code: Int32 = EIO, path: String? = nil) {
        fail(.sync, number: number, errno: code, path: path)
    }

    public func failDirectorySync(number: Int = 1, errno code: Int32 = EIO, path: String? = nil) {
        fail(.syncDirectory, number: number, errno: code, path: path)
    }

    public func clearFaults() {
        lock.withLock { faults.removeAll() }
    }

    /// How many calls of this kind went through (failed ones included).
    public func count(_ operation: Operation) -> Int {
        lock.withLock { counts[operation, default: 0] }
    }

    public var pendingFaultCount: Int { lock.withLock { faults.count } }

    private func add(_ fault: Fault) {
        precondition(fault.countdown >= 1, "fault numbers start at 1")
        lock.withLock { faults.append(fault) }
    }

    /// Counts the call and returns the fault that fires on it, if any.
    private func check(_ operation: Operation, _ path: String) -> Fault? {
        lock.withLock {
            counts[operation, default: 0] += 1
            var fired: Fault?
            for i in faults.indices where faults[i].operation == operation {
                if let suffix = faults[i].pathSuffix, !path.hasSuffix(suffix) { continue }
                faults[i].countdown -= 1
                if faults[i].countdown == 0, fired == nil { fired = faults[i] }
            }
            faults.removeAll { $0.countdown <= 0 }
            return fired
        }
    }

    private func raise(_ fault: Fault?, _ operation: String, _ path: String) throws {
        if let fault { throw FileSystemError(operation: operation, path: path, code: fault.code) }
    }

    public func open(_ path: String, _ mode: OpenMode) throws -> OpenFile {
        try raise(check(.open, path), "open", path)
        return try base.open(path, mode)
    }

    public func close(_ file: OpenFile) { base.close(file) }

    public func readAll(_ file: OpenFile) throws -> [UInt8] {
        try raise(check(.read, file.path), "read", file.path)
        return try base.readAll(file)
    }

    public func read(_ file: OpenFile, at offset: Int, count: Int) throws -> [UInt8] {
        try raise(check(.read, file.path), "read", file.path)
        return try base.read(file, at: offset, count: count)
    }

    public func write(_ file: OpenFile, _ bytes: UnsafeRawBufferPointer, at offset: Int) throws {
        if let fault = check(.write, file.path) {
            if let keep = fault.keepBytes, keep > 0 {
                try base.write(file, UnsafeRawBufferPointer(rebasing: bytes.prefix(keep)), at: offset)
            }
            throw FileSystemError(operation: "write", path: file.path, code: fault.code)
        }
        try base.write(file, bytes, at: offset)
    }

    public func sync(_ file: OpenFile) throws {
        try raise(check(.sync, file.path), "fsync", file.path)
        try base.sync(file)
    }

    public func syncDirectory(_ path: String) throws {
        try raise(check(.syncDirectory, path), "fsync", path)
        try base.syncDirectory(path)
    }

    public func truncate(_ file: OpenFile, to size: Int) throws {
        try raise(check(.truncate, file.path), "truncate", file.path)
        try base.truncate(file, to: size)
    }

    public func size(_ file: OpenFile) throws -> Int { try base.size(file) }

    public func rename(_ source: String, to destination: String) throws {
        try raise(check(.rename, destination), "rename", source + " -> " + destination)
        try base.rename(source, to: destination)
    }

    public func remove(_ path: String) throws {
        try raise(check(.remove, path), "remove", path)
        try base.remove(path)
    }

    public func exists(_ path: String) -> Bool { base.exists(path) }

    public func createDirectory(_ path: String) throws {
        try raise(check(.createDirectory, path), "mkdir", path)
        try base.createDirectory(path)
    }

    public func tryLockExclusive(_ file: OpenFile) throws -> Bool { try base.tryLockExclusive(file) }
}
