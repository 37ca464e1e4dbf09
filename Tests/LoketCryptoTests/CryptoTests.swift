import LoketCrypto
import XCTest

final class CryptoTests: XCTestCase {
    func testSHA256KnownVector() {
        XCTAssertEqual(hexString(SHA256.hash(Array("abc".utf8))),
                       "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
    }

    func testSHA256IncrementalEqualsOneShot() {
        var h = SHA256()
        h.update(Array("ab".utf8))
        h.update(Array("c".utf8))
        XCTAssertEqual(h.finalize(), SHA256.hash(Array("abc".utf8)))
    }

    func testPinHashVerifiesOnlyTheRightPin() throws {
        let stored = try XCTUnwrap(PinHasher.testOnlyFast.hash("482913"))
        XCTAssertTrue(stored.hasPrefix("$argon2id$"))
        XCTAssertFalse(stored.contains("482913"))
        XCTAssertTrue(PinHasher.verify("482913", against: stored))
        XCTAssertFalse(PinHasher.verify("482914", against: stored))
    }

    func testRandomBytesDiffer() {
        XCTAssertNotEqual(randomBytes(16), randomBytes(16))
        XCTAssertEqual(randomBytes(16).count, 16)
    }
}
