import CSodium
import Foundation

/// Argon2id PIN hashing (libsodium `crypto_pwhash_str`). The stored string carries its own salt and
/// limits, so a hash made with the test limits still verifies with the production hasher.
public struct PinHasher: Sendable {
    public let opsLimit: UInt64
    public let memLimit: Int

    /// Interactive limits (Argon2id, 64 MiB, about 0.08 s here): right for a PIN check at login.
    public static let interactive = PinHasher(
        opsLimit: UInt64(crypto_pwhash_opslimit_interactive()),
        memLimit: crypto_pwhash_memlimit_interactive())

    /// Minimum limits, for tests only: the interactive cost in a loop would make the suite slow.
    public static let testOnlyFast = PinHasher(
        opsLimit: UInt64(crypto_pwhash_opslimit_min()),
        memLimit: crypto_pwhash_memlimit_min())

    public init(opsLimit: UInt64, memLimit: Int) {
        self.opsLimit = opsLimit
        self.memLimit = memLimit
    }

    public func hash(_ pin: String) -> String? {
        Sodium.ensure()
        var out = [CChar](repeating: 0, count: crypto_pwhash_strbytes())
        let length = UInt64(pin.utf8.count)
        let rc = pin.withCString { p in
            crypto_pwhash_str_alg(&out, p, length, opsLimit, memLimit, crypto_pwhash_alg_argon2id13())
        }
        guard rc == 0 else { return nil }
        let end = out.firstIndex(of: 0) ?? out.count
        return String(decoding: out[..<end].map { UInt8(bitPattern: $0) }, as: UTF8.self)
    }

    public static func verify(_ pin: String, against stored: String) -> Bool {
        Sodium.ensure()
        let length = UInt64(pin.utf8.count)
        return pin.withCString { p in crypto_pwhash_str_verify(stored, p, length) == 0 }
    }
}
