import CSodium

/// URL-safe base64 without padding (libsodium `sodium_bin2base64`): keys as text that survives e-mail,
/// chat and file names.
public enum Base64Text {
    // A plain integer #define, so it imports; named for reading.
    private static let variant = Int32(sodium_base64_VARIANT_URLSAFE_NO_PADDING)

    public static func encode(_ bytes: [UInt8]) -> String {
        Sodium.ensure()
        let length = sodium_base64_encoded_len(bytes.count, variant)
        var out = [CChar](repeating: 0, count: length)
        _ = sodium_bin2base64(&out, length, bytes, bytes.count, variant)
        return String(decoding: out.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
    }

    /// nil for anything that is not valid URL-safe unpadded base64.
    public static func decode(_ text: String) -> [UInt8]? {
        Sodium.ensure()
        let chars = Array(text.utf8CString.dropLast())
        var out = [UInt8](repeating: 0, count: chars.count * 3 / 4 + 1)
        var written = 0
        var end: UnsafePointer<CChar>?
        let rc = chars.withUnsafeBufferPointer { buf in
            sodium_base642bin(&out, out.count, buf.baseAddress, buf.count, nil, &written, &end, variant)
        }
        guard rc == 0 else { return nil }
        // sodium_base642bin stops at the first invalid character; all of it must have been used.
        let consumed = chars.withUnsafeBufferPointer { buf in end.map { $0 - buf.baseAddress! } ?? -1 }
        guard consumed == chars.count else { return nil }
        return Array(out.prefix(written))
    }
}
