import XCTest
import LoketTUI

final class KeyTests: XCTestCase {
    func testDescriptions() {
        XCTAssertEqual(Key.function(2).description, "F2")
        XCTAssertEqual(Key.ctrl("s").description, "Ctrl-S")
        XCTAssertEqual(Key.alt("1").description, "Alt-1")
        XCTAssertEqual(Key.char(" ").description, "Spasi")
        XCTAssertEqual(Key.backTab.description, "Shift-Tab")
    }

    func testKeysAreHashable() {
        let bindings: [Key: String] = [.function(2): "simpan", .ctrl("s"): "simpan", .escape: "kembali"]
        XCTAssertEqual(bindings[.ctrl("s")], "simpan")
        XCTAssertNil(bindings[.alt("s")])
    }
}
