import CSodium

/// An Ed25519 public key: who signed a bundle, and whom it is encrypted for.
/// `text` is the short form people exchange (read out, typed, pasted into an e-mail).
public struct PublicKey: Hashable, Sendable, CustomStringConvertible {
    public let bytes: [UInt8]

    static let textPrefix = "LK1-"

    public init?(bytes: [UInt8]) {
        guard bytes.count == crypto_sign_publickeybytes() else { return nil }
        self.bytes = bytes
    }

    /// `LK1-` + URL-safe base64 of the key and two check bytes, so a mistyped key is refused
    /// instead of trusting somebody else.
    public var text: String {
        Self.textPrefix + Base64Text.encode(bytes + Array(SHA256.hash(bytes).prefix(2)))
    }

    /// Parses the short form; nil for anything that is not exactly a key with matching check bytes.
    public init?(text: String) {
        let trimmed = text.trimmingWhitespace
        guard trimmed.hasPrefix(Self.textPrefix),
              let raw = Base64Text.decode(String(trimmed.dropFirst(Self.textPrefix.count))),
              raw.count == crypto_sign_publickeybytes() + 2 else { return nil }
        let key = Array(raw.prefix(raw.count - 2))
        guard Array(SHA256.hash(key).prefix(2)) == Array(raw.suffix(2)) else { return nil }
        self.init(bytes: key)
    }

    /// Four groups of four hex digits: short enough to compare by phone.
    public var fingerprint: String {
        let hex = hexString(SHA256.hash(bytes).prefix(8))
        return stride(from: 0, to: 16, by: 4).map { i in
            String(hex[hex.index(hex.startIndex, offsetBy: i)..<hex.index(hex.startIndex, offsetBy: i + 4)])
        }.joined(separator: "-")
    }

    public var description: String { text }

    /// True when `signature` is this key's Ed25519 signature of `message`.
    public func verify(signature: [UInt8], of message: UnsafeRawBufferPointer) -> Bool {
        Sodium.ensure()
        guard signature.count == crypto_sign_bytes() else { return false }
        let base = message.baseAddress?.assumingMemoryBound(to: UInt8.self)
        return crypto_sign_verify_detached(signature, base, UInt64(message.count), bytes) == 0
    }

    public func verify(signature: [UInt8], of message: [UInt8]) -> Bool {
        message.withUnsafeBytes { verify(signature: signature, of: $0) }
    }

    /// The X25519 form, for sealing boxes to this key; nil for a key that has none (a forged point).
    var curveKey: [UInt8]? {
        var out = [UInt8](repeating: 0, count: crypto_scalarmult_curve25519_bytes())
        return crypto_sign_ed25519_pk_to_curve25519(&out, bytes) == 0 ? out : nil
    }
}

extension String {
    var trimmingWhitespace: String {
        let scalars = unicodeScalars
        guard let first = scalars.firstIndex(where: { !$0.properties.isWhitespace }),
              let last = scalars.lastIndex(where: { !$0.properties.isWhitespace }) else { return "" }
        return String(scalars[first...last])
    }
}
