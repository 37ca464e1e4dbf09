import CSodium

/// Anonymous public-key encryption (libsodium `crypto_box_seal`): only the holder of the recipient's
/// secret key can open it. Used for the one-time key of a bundle, never for bulk data.
public enum SealedBox {
    public static var overhead: Int { crypto_box_sealbytes() }

    /// Seals `message` for `recipient`; nil when the key has no X25519 form.
    public static func seal(_ message: [UInt8], to recipient: PublicKey) -> [UInt8]? {
        Sodium.ensure()
        guard let curve = recipient.curveKey else { return nil }
        var out = [UInt8](repeating: 0, count: message.count + crypto_box_sealbytes())
        guard crypto_box_seal(&out, message, UInt64(message.count), curve) == 0 else { return nil }
        return out
    }

    /// Opens a box sealed for `keys`; nil when it was sealed for someone else or changed.
    public static func open(_ box: [UInt8], with keys: SigningKeyPair) -> [UInt8]? {
        Sodium.ensure()
        guard box.count >= crypto_box_sealbytes(), let curvePublic = keys.publicKey.curveKey else { return nil }
        var out = [UInt8](repeating: 0, count: box.count - crypto_box_sealbytes())
        let secret = keys.curveSecretKey
        guard crypto_box_seal_open(&out, box, UInt64(box.count), curvePublic, secret) == 0 else { return nil }
        return out
    }
}
