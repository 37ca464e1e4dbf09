#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The real disk. Loops over EINTR and short reads/writes; errors carry errno.
public struct PosixFileSystem: FileSystem {
    public init() {}

    public func open(_ path: String, _ mode: OpenMode) throws -> OpenFile {
        let flags: Int32
        switch mode {
        case .readOnly: flags = O_RDONLY
        case .readWrite: flags = O_RDWR
        case .readWriteCreate: flags = O_RDWR | O_CREAT
        case .writeTruncateCreate: flags = O_WRONLY | O_CREAT | O_TRUNC
        }
        let fd = try retrying("open", path) { systemOpen(path, flags | O_CLOEXEC, 0o644) }
        return OpenFile(descriptor: fd, path: path)
    }

    public func close(_ file: OpenFile) {
        // Not retried on EINTR: on Linux the descriptor is released regardless.
        _ = systemClose(file.descriptor)
    }

    public func readAll(_ file: OpenFile) throws -> [UInt8] {
        var bytes = try read(file, at: 0, count: size(file))
        // The file may have grown since fstat (verify runs beside a writer): read on to EOF.
        while true {
            let more = try read(file, at: bytes.count, count: 1 << 16)
            if more.isEmpty { return bytes }
            bytes.append(contentsOf: more)
        }
    }

    public func read(_ file: OpenFile, at offset: Int, count: Int) throws -> [UInt8] {
        guard count > 0 else { return [] }
        var failure: FileSystemError?
        let bytes = [UInt8](unsafeUninitializedCapacity: count) { buffer, initialized in
            var done = 0
            while done < count {
                let n = pread(file.descriptor, buffer.baseAddress! + done, count - done, off_t(offset + done))
                if n > 0 {
                    done += n
                } else if n == 0 {
                    break
                } else if errno != EINTR {
                    failure = FileSystemError(operation: "read", path: file.path, code: errno)
                    break
                }
            }
            initialized = done
        }
        if let failure { throw failure }
        return bytes
    }

    public func write(_ file: OpenFile, _ bytes: UnsafeRawBufferPointer, at offset: Int) throws {
        guard let base = bytes.baseAddress else { return }
        var done = 0
        while done < bytes.count {
            let n = try retrying("write", file.path) {
                pwrite(file.descriptor, base + done, bytes.count - done, off_t(offset + done))
            }
            // A zero-byte write with bytes left would loop forever.
            guard n > 0 else { throw FileSystemError(operation: "write", path: file.path, code: EIO) }
            done += n
        }
    }

    public func sync(_ file: OpenFile) throws {
        try retrying("fsync", file.path) { fsync(file.descriptor) }
    }

    public func syncDirectory(_ path: String) throws {
        let fd = try retrying("open", path) { systemOpen(path, O_RDONLY | O_DIRECTORY | O_CLOEXEC, 0) }
        defer { _ = systemClose(fd) }
        try retrying("fsync", path) { fsync(fd) }
    }

    public func truncate(_ file: OpenFile, to size: Int) throws {
        try retrying("truncate", file.path) { ftruncate(file.descriptor, off_t(size)) }
    }

    public func size(_ file: OpenFile) throws -> Int {
        var info = stat()
        try retrying("stat", file.path) { fstat(file.descriptor, &info) }
        return Int(info.st_size)
    }

    public func rename(_ source: String, to destination: String) throws {
        try retrying("rename", source + " -> " + destination) { systemRename(source, destination) }
    }

    public func remove(_ path: String) throws {
        try retrying("remove", path) { unlink(path) }
    }

    public func exists(_ path: String) -> Bool {
        access(path, F_OK) == 0
    }

    public func createDirectory(_ path: String) throws {
        var info = stat()
        if stat(path, &info) == 0 {
            guard (info.st_mode & S_IFMT) == S_IFDIR else {
                throw FileSystemError(operation: "mkdir", path: path, code: ENOTDIR)
            }
            return
        }
        let parent = parentDirectory(path)
        if parent != path, parent != ".", parent != "/" { try createDirectory(parent) }
        if mkdir(path, 0o755) != 0, errno != EEXIST {
            throw FileSystemError(operation: "mkdir", path: path, code: errno)
        }
    }

    public func tryLockExclusive(_ file: OpenFile) throws -> Bool {
        while flock(file.descriptor, LOCK_EX | LOCK_NB) != 0 {
            switch errno {
            case EINTR: continue
            case EWOULDBLOCK: return false
            default: throw FileSystemError(operation: "flock", path: file.path, code: errno)
            }
        }
        return true
    }

    @discardableResult
    private func retrying<T: BinaryInteger>(_ operation: String, _ path: String, _ call: () -> T) throws -> T {
        while true {
            let result = call()
            if result >= 0 { return result }
            let code = errno
            if code != EINTR { throw FileSystemError(operation: operation, path: path, code: code) }
        }
    }
}

// The method names above shadow the C functions; these reach the C ones.
private func systemOpen(_ path: String, _ flags: Int32, _ mode: mode_t) -> Int32 {
    #if canImport(Glibc)
    Glibc.open(path, flags, mode)
    #else
    Darwin.open(path, flags, mode)
    #endif
}

private func systemClose(_ fd: Int32) -> Int32 {
    #if canImport(Glibc)
    Glibc.close(fd)
    #else
    Darwin.close(fd)
    #endif
}

private func systemRename(_ source: String, _ destination: String) -> Int32 {
    #if canImport(Glibc)
    Glibc.rename(source, destination)
    #else
    Darwin.rename(source, destination)
    #endif
}
