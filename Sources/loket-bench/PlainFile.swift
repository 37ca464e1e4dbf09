#if canImport(Glibc)
import Glibc
#endif

/// The save floor: a plain file appended with `write` + `fsync`, the least a durable save can cost.
struct PlainFile {
    let path: String
    private let fd: Int32

    init(creating path: String) throws {
        self.path = path
        fd = Glibc.open(path, O_WRONLY | O_CREAT | O_TRUNC | O_APPEND | O_CLOEXEC, 0o644)
        guard fd >= 0 else { throw StoreFixture.Problem.io("cannot create \(path): errno \(errno)") }
    }

    func appendAndSync(_ bytes: [UInt8]) throws {
        let n = bytes.withUnsafeBytes { write(fd, $0.baseAddress!, $0.count) }
        guard n == bytes.count else { throw StoreFixture.Problem.io("short write to \(path)") }
        guard fsync(fd) == 0 else { throw StoreFixture.Problem.io("fsync \(path): errno \(errno)") }
    }

    func close() { Glibc.close(fd) }

    /// Copies a file and makes the copy durable, so that its dirty pages do not land in a later fsync.
    static func copy(_ source: String, to destination: String) throws {
        let input = Glibc.open(source, O_RDONLY | O_CLOEXEC)
        guard input >= 0 else { throw StoreFixture.Problem.io("cannot open \(source)") }
        defer { Glibc.close(input) }
        let out = try PlainFile(creating: destination)
        defer { out.close() }
        var buffer = [UInt8](repeating: 0, count: 1 << 20)
        while true {
            let n = buffer.withUnsafeMutableBytes { read(input, $0.baseAddress!, $0.count) }
            guard n >= 0 else { throw StoreFixture.Problem.io("read \(source): errno \(errno)") }
            if n == 0 { break }
            let w = buffer.withUnsafeBytes { write(out.fd, $0.baseAddress!, n) }
            guard w == n else { throw StoreFixture.Problem.io("short write to \(destination)") }
        }
        guard fsync(out.fd) == 0 else { throw StoreFixture.Problem.io("fsync \(destination)") }
    }
}
