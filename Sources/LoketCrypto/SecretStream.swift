import CSodium

/// Chunked authenticated encryption (libsodium `crypto_secretstream_xchacha20poly1305`). Each chunk is
/// authenticated in order, and the last carries the FINAL tag, so a reordered, dropped or truncated
/// chunk is detected, not just a flipped bit.
public enum SecretStream {
    public static var keyByteCount: Int { crypto_secretstream_xchacha20poly1305_keybytes() }
    public static var headerByteCount: Int { crypto_secretstream_xchacha20poly1305_headerbytes() }
    /// Bytes each encrypted chunk adds.
    public static var chunkOverhead: Int { crypto_secretstream_xchacha20poly1305_abytes() }

    public static func generateKey() -> [UInt8] {
        Sodium.ensure()
        var key = [UInt8](repeating: 0, count: keyByteCount)
        crypto_secretstream_xchacha20poly1305_keygen(&key)
        return key
    }

    public struct Encryptor {
        private var state = crypto_secretstream_xchacha20poly1305_state()
        /// Goes in the clear before the chunks; the decryptor needs it.
        public let header: [UInt8]

        public init?(key: [UInt8]) {
            Sodium.ensure()
            guard key.count == SecretStream.keyByteCount else { return nil }
            var header = [UInt8](repeating: 0, count: SecretStream.headerByteCount)
            guard crypto_secretstream_xchacha20poly1305_init_push(&state, &header, key) == 0 else { return nil }
            self.header = header
        }

        /// Encrypts one chunk and appends it to `out`; `isFinal` marks the end of the stream.
        public mutating func push(_ chunk: UnsafeRawBufferPointer, isFinal: Bool, to out: inout [UInt8]) {
            let start = out.count
            out.append(contentsOf: repeatElement(0, count: chunk.count + SecretStream.chunkOverhead))
            let tag = isFinal ? crypto_secretstream_xchacha20poly1305_tag_final() : crypto_secretstream_xchacha20poly1305_tag_message()
            let plain = chunk.baseAddress?.assumingMemoryBound(to: UInt8.self)
            out.withUnsafeMutableBufferPointer { buf in
                _ = crypto_secretstream_xchacha20poly1305_push(
                    &state, buf.baseAddress! + start, nil, plain, UInt64(chunk.count), nil, 0, tag)
            }
        }
    }

    public struct Decryptor {
        private var state = crypto_secretstream_xchacha20poly1305_state()
        public private(set) var sawFinal = false

        public init?(key: [UInt8], header: [UInt8]) {
            Sodium.ensure()
            guard key.count == SecretStream.keyByteCount, header.count == SecretStream.headerByteCount,
                  crypto_secretstream_xchacha20poly1305_init_pull(&state, header, key) == 0 else { return nil }
        }

        /// Decrypts one chunk and appends the plain bytes to `out`. False when the chunk is not
        /// authentic, or comes after the final one.
        public mutating func pull(_ chunk: UnsafeRawBufferPointer, to out: inout [UInt8]) -> Bool {
            guard !sawFinal, chunk.count >= SecretStream.chunkOverhead else { return false }
            let start = out.count
            let plainCount = chunk.count - SecretStream.chunkOverhead
            out.append(contentsOf: repeatElement(0, count: plainCount))
            var tag: UInt8 = 0
            let cipher = chunk.baseAddress!.assumingMemoryBound(to: UInt8.self)
            let rc = out.withUnsafeMutableBufferPointer { buf in
                crypto_secretstream_xchacha20poly1305_pull(
                    &state, buf.baseAddress! + start, nil, &tag, cipher, UInt64(chunk.count), nil, 0)
            }
            guard rc == 0 else {
                out.removeSubrange(start...)
                return false
            }
            if tag == crypto_secretstream_xchacha20poly1305_tag_final() { sawFinal = true }
            return true
        }
    }
}
