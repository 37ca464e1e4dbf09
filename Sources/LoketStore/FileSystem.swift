#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// An open file as handed out by a `FileSystem`; only meaningful to the file system that opened it.
/// It carries its path so errors (and fault rules) can name the file.
public struct OpenFile: Hashable, Sendable {
    public let descriptor: Int32
    public let path: String

    public init(descriptor: Int32, path: String) {
        self.descriptor = descriptor
        self.path = path
    }
}

public enum OpenMode: Sendable {
    case readOnly
    case readWrite
    /// Read-write, created empty when missing, existing contents kept.
    case readWriteCreate
    /// Write-only, created when missing, emptied when present.
    case writeTruncateCreate
}

/// A failed system call: which operation, on what, and the errno.
public struct FileSystemError: Error, Equatable, Sendable, CustomStringConvertible {
    public let operation: String
    public let path: String
    public let code: Int32

    public init(operation: String, path: String, code: Int32) {
        self.operation = operation
        self.path = path
        self.code = code
    }

    public var isDiskFull: Bool { code == ENOSPC || code == EDQUOT }

    public var description: String {
        "\(operation) \(path): \(String(cString: strerror(code))) (errno \(code))"
    }
}

/// Every byte the store reads or writes goes through this protocol, so tests can put a
/// `FaultInjectingFileSystem` between the store and the disk and reach every error path
/// (the idea of SQLite's test VFS).
public protocol FileSystem: Sendable {
    func open(_ path: String, _ mode: OpenMode) throws -> OpenFile
    func close(_ file: OpenFile)
    /// The whole file, in one buffer.
    func readAll(_ file: OpenFile) throws -> [UInt8]
    /// Up to `count` bytes from `offset`; fewer only at end of file.
    func read(_ file: OpenFile, at offset: Int, count: Int) throws -> [UInt8]
    /// Writes all of `bytes` at `offset` or throws; a throw may leave a prefix written.
    func write(_ file: OpenFile, _ bytes: UnsafeRawBufferPointer, at offset: Int) throws
    func sync(_ file: OpenFile) throws
    /// fsync of a directory, which makes a create, rename or remove inside it durable.
    func syncDirectory(_ path: String) throws
    func truncate(_ file: OpenFile, to size: Int) throws
    func size(_ file: OpenFile) throws -> Int
    func rename(_ source: String, to destination: String) throws
    func remove(_ path: String) throws
    func exists(_ path: String) -> Bool
    /// Creates the directory and any missing parents.
    func createDirectory(_ path: String) throws
    /// Exclusive, non-blocking `flock`. False when someone else holds it. Released by `close`.
    func tryLockExclusive(_ file: OpenFile) throws -> Bool
}

extension FileSystem {
    public func write(_ file: OpenFile, _ bytes: [UInt8], at offset: Int) throws {
        try bytes.withUnsafeBytes { try write(file, $0, at: offset) }
    }

    public func readFile(_ path: String) throws -> [UInt8] {
        let file = try open(path, .readOnly)
        defer { close(file) }
        return try readAll(file)
    }
}

/// Joins path components with a single slash.
func joinPath(_ directory: String, _ name: String) -> String {
    directory.hasSuffix("/") ? directory + name : directory + "/" + name
}

/// The directory part of a path ("." when there is none).
func parentDirectory(_ path: String) -> String {
    var trimmed = Substring(path)
    while trimmed.count > 1, trimmed.hasSuffix("/") { trimmed = trimmed.dropLast() }
    guard let slash = trimmed.lastIndex(of: "/") else { return "." }
    return slash == trimmed.startIndex ? "/" : String(trimmed[..<slash])
}
