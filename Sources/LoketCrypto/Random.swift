import CSodium

/// Cryptographically random bytes (desk ids, keys, nonces).
public func randomBytes(_ count: Int) -> [UInt8] {
    Sodium.ensure()
    var out = [UInt8](repeating: 0, count: count)
    randombytes_buf(&out, count)
    return out
}
