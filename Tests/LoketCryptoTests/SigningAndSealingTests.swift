import LoketCrypto
import XCTest

final class SigningAndSealingTests: XCTestCase {
    func testSignatureVerifiesOnlyForTheSameMessageAndKey() {
        let keys = SigningKeyPair.generate()
        let message = Array("bundle header".utf8)
        let signature = keys.sign(message)
        XCTAssertEqual(signature.count, SigningKeyPair.signatureByteCount)
        XCTAssertTrue(keys.publicKey.verify(signature: signature, of: message))
        XCTAssertFalse(keys.publicKey.verify(signature: signature, of: Array("bundle headex".utf8)))
        XCTAssertFalse(SigningKeyPair.generate().publicKey.verify(signature: signature, of: message))
    }

    func testSeedGivesTheSameKeysAndSecretKeyRoundTrips() throws {
        let seed = [UInt8](repeating: 7, count: 32)
        let a = try XCTUnwrap(SigningKeyPair.fromSeed(seed))
        XCTAssertEqual(a, SigningKeyPair.fromSeed(seed))
        XCTAssertEqual(SigningKeyPair(secretKey: a.secretKey), a)
        var damaged = a.secretKey
        damaged[40] ^= 1
        XCTAssertNil(SigningKeyPair(secretKey: damaged), "a secret key whose public half does not match is refused")
        XCTAssertNil(SigningKeyPair.fromSeed([1, 2, 3]))
    }

    func testPublicKeyTextRoundTripsAndRefusesTypos() throws {
        let key = SigningKeyPair.generate().publicKey
        XCTAssertTrue(key.text.hasPrefix("LK1-"))
        XCTAssertLessThan(key.text.count, 52)
        XCTAssertEqual(PublicKey(text: "  \(key.text)\n"), key)
        var chars = Array(key.text)
        chars[10] = chars[10] == "A" ? "B" : "A"
        XCTAssertNil(PublicKey(text: String(chars)), "one changed character is caught by the check bytes")
        XCTAssertNil(PublicKey(text: "LK1-" + String(key.text.dropFirst(5))))
        XCTAssertNil(PublicKey(text: "bukan kunci"))
        XCTAssertEqual(key.fingerprint.count, 19)
    }

    func testBase64RoundTripAndRefusal() {
        let bytes: [UInt8] = [0, 1, 2, 250, 251, 252, 253]
        XCTAssertEqual(Base64Text.decode(Base64Text.encode(bytes)), bytes)
        XCTAssertNil(Base64Text.decode("ab$cd"))
        XCTAssertEqual(Base64Text.decode(""), [])
    }

    func testSealedBoxOpensOnlyForTheRecipient() throws {
        let recipient = SigningKeyPair.generate()
        let secret = SecretStream.generateKey()
        let box = try XCTUnwrap(SealedBox.seal(secret, to: recipient.publicKey))
        XCTAssertEqual(box.count, secret.count + SealedBox.overhead)
        XCTAssertEqual(SealedBox.open(box, with: recipient), secret)
        XCTAssertNil(SealedBox.open(box, with: SigningKeyPair.generate()))
        var changed = box
        changed[changed.count - 1] ^= 1
        XCTAssertNil(SealedBox.open(changed, with: recipient))
    }

    func testSecretStreamRoundTripDetectsChangeReorderAndTruncation() throws {
        let key = SecretStream.generateKey()
        var enc = try XCTUnwrap(SecretStream.Encryptor(key: key))
        var chunks: [[UInt8]] = []
        for (i, text) in ["satu", "dua", "tiga"].enumerated() {
            var out: [UInt8] = []
            Array(text.utf8).withUnsafeBytes { enc.push($0, isFinal: i == 2, to: &out) }
            chunks.append(out)
        }
        func decrypt(_ list: [[UInt8]]) -> (String, Bool)? {
            guard var dec = SecretStream.Decryptor(key: key, header: enc.header) else { return nil }
            var plain: [UInt8] = []
            for c in list { guard c.withUnsafeBytes({ dec.pull($0, to: &plain) }) else { return nil } }
            return (String(decoding: plain, as: UTF8.self), dec.sawFinal)
        }
        XCTAssertEqual(decrypt(chunks)?.0, "satuduatiga")
        XCTAssertEqual(decrypt(chunks)?.1, true)
        XCTAssertEqual(decrypt(Array(chunks.prefix(2)))?.1, false, "a cut stream has no final chunk")
        XCTAssertNil(decrypt([chunks[1], chunks[0], chunks[2]]))
        var flipped = chunks
        flipped[1][0] ^= 1
        XCTAssertNil(decrypt(flipped))
        XCTAssertNil(SecretStream.Decryptor(key: [1], header: enc.header))
    }
}
