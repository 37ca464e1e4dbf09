import CSodium

/// An Ed25519 key pair (libsodium `crypto_sign_*`). The same key also receives sealed boxes: libsodium
/// converts it to X25519 (`crypto_sign_ed25519_*_to_curve25519`), so a desk hands out one short public key.
public struct SigningKeyPair: Sendable, Equatable {
    public let publicKey: PublicKey
    /// libsodium's 64-byte secret key (seed followed by the public key). Never leaves the store's key file.
    public let secretKey: [UInt8]

    public static var secretKeyByteCount: Int { crypto_sign_secretkeybytes() }
    public static var signatureByteCount: Int { crypto_sign_bytes() }

    /// A fresh random key pair.
    public static func generate() -> SigningKeyPair {
        Sodium.ensure()
        var pk = [UInt8](repeating: 0, count: crypto_sign_publickeybytes())
        var sk = [UInt8](repeating: 0, count: crypto_sign_secretkeybytes())
        crypto_sign_keypair(&pk, &sk)
        return SigningKeyPair(publicKey: PublicKey(bytes: pk)!, secretKey: sk)
    }

    /// The key pair for a 32-byte seed: the same seed always gives the same keys (tests, benchmarks).
    public static func fromSeed(_ seed: [UInt8]) -> SigningKeyPair? {
        Sodium.ensure()
        guard seed.count == crypto_sign_seedbytes() else { return nil }
        var pk = [UInt8](repeating: 0, count: crypto_sign_publickeybytes())
        var sk = [UInt8](repeating: 0, count: crypto_sign_secretkeybytes())
        crypto_sign_seed_keypair(&pk, &sk, seed)
        return SigningKeyPair(publicKey: PublicKey(bytes: pk)!, secretKey: sk)
    }

    /// Rebuilds a key pair from a stored secret key; nil when the bytes are not a consistent key.
    public init?(secretKey: [UInt8]) {
        Sodium.ensure()
        guard secretKey.count == crypto_sign_secretkeybytes() else { return nil }
        var pk = [UInt8](repeating: 0, count: crypto_sign_publickeybytes())
        guard crypto_sign_ed25519_sk_to_pk(&pk, secretKey) == 0, let key = PublicKey(bytes: pk) else { return nil }
        // The secret key embeds its public half: a damaged file must not yield a key that signs wrongly.
        guard SigningKeyPair.fromSeed(Array(secretKey.prefix(crypto_sign_seedbytes())))?.publicKey == key else { return nil }
        self.publicKey = key
        self.secretKey = secretKey
    }

    private init(publicKey: PublicKey, secretKey: [UInt8]) {
        self.publicKey = publicKey
        self.secretKey = secretKey
    }

    /// A detached Ed25519 signature of `message`.
    public func sign(_ message: UnsafeRawBufferPointer) -> [UInt8] {
        var signature = [UInt8](repeating: 0, count: crypto_sign_bytes())
        let base = message.baseAddress?.assumingMemoryBound(to: UInt8.self)
        crypto_sign_detached(&signature, nil, base, UInt64(message.count), secretKey)
        return signature
    }

    public func sign(_ message: [UInt8]) -> [UInt8] { message.withUnsafeBytes { sign($0) } }

    /// The X25519 secret key for opening sealed boxes sent to `publicKey`.
    var curveSecretKey: [UInt8] {
        var out = [UInt8](repeating: 0, count: crypto_scalarmult_curve25519_bytes())
        crypto_sign_ed25519_sk_to_curve25519(&out, secretKey)
        return out
    }
}
