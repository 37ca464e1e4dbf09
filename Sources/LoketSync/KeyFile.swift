#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import LoketCrypto

/// The store's secret key: `keys.secret` in the store directory, readable by its owner only (0600).
/// Written atomically (temporary file created 0600, fsync, rename, fsync directory) so it never exists
/// half written or for a moment readable by others. The public half is also recorded as an event.
public enum KeyFile {
    public static let fileName = "keys.secret"
    static let header = "LOKET-SECRET-KEY-1"

    public static func path(in directory: String) -> String { directory + "/" + fileName }

    public enum Problem: Error, Equatable {
        case missing, unreadable(String), damaged, tooOpen(permissions: UInt32), writeFailed(String)
    }

    public static func load(directory: String) throws(Problem) -> SigningKeyPair {
        let path = path(in: directory)
        var info = stat()
        guard stat(path, &info) == 0 else {
            if errno == ENOENT { throw .missing }
            throw .unreadable(String(cString: strerror(errno)))
        }
        // Like ssh: a secret key others can read may already be copied; refuse instead of signing with it.
        let permissions = UInt32(info.st_mode) & 0o777
        guard permissions & 0o077 == 0 else { throw .tooOpen(permissions: permissions) }
        guard let file = fopen(path, "r") else { throw .unreadable(String(cString: strerror(errno))) }
        defer { fclose(file) }
        var buffer = [CChar](repeating: 0, count: 512)
        var text = ""
        while fgets(&buffer, Int32(buffer.count), file) != nil {
            text += String(decoding: buffer.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
        }
        let lines = text.split(separator: "\n").map(String.init)
        guard lines.count >= 2, lines[0] == header, let secret = Base64Text.decode(lines[1]),
              let keys = SigningKeyPair(secretKey: secret) else { throw .damaged }
        return keys
    }

    public static func write(_ keys: SigningKeyPair, directory: String) throws(Problem) {
        let path = path(in: directory)
        let temporary = directory + "/.\(fileName).tmp-\(hexString(randomBytes(6)))"
        let text = "\(header)\n\(Base64Text.encode(keys.secretKey))\n"
        let fd = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o600)
        guard fd >= 0 else { throw .writeFailed(String(cString: strerror(errno))) }
        let bytes = Array(text.utf8)
        let written = bytes.withUnsafeBytes { Glibc.write(fd, $0.baseAddress, $0.count) }
        let synced = fsync(fd) == 0
        close(fd)
        guard written == bytes.count, synced, rename(temporary, path) == 0 else {
            let reason = String(cString: strerror(errno))
            unlink(temporary)
            throw .writeFailed(reason)
        }
        let dir = open(directory, O_RDONLY | O_DIRECTORY)
        if dir >= 0 {
            defer { close(dir) }
            guard fsync(dir) == 0 else { throw .writeFailed(String(cString: strerror(errno))) }
        }
    }
}

extension KeyFile.Problem {
    public var message: String {
        switch self {
        case .missing:
            return "Kunci loket belum dibuat. Jalankan: loket keys create"
        case .unreadable(let why):
            return "Berkas kunci \(KeyFile.fileName) tidak bisa dibaca (\(why))."
        case .damaged:
            return "Berkas kunci \(KeyFile.fileName) rusak. Pulihkan dari cadangan; kunci baru berarti penerima harus mempercayai kunci baru itu."
        case .tooOpen(let p):
            return "Berkas kunci \(KeyFile.fileName) bisa dibaca orang lain (izin \(String(p, radix: 8))). Perbaiki dengan: chmod 600 \(KeyFile.fileName)"
        case .writeFailed(let why):
            return "Berkas kunci tidak bisa ditulis (\(why))."
        }
    }
}
