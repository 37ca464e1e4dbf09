import XCTest
import LoketTUI

final class DialogTests: XCTestCase {
    private func confirm() -> Dialog {
        Dialog(title: "Keluar", message: ["Data belum disimpan."], buttons: ["Simpan", "Buang", "Batal"])
    }

    func testEnterChoosesSelectedButton() {
        var dialog = confirm()
        XCTAssertNil(dialog.handle(.right))
        XCTAssertEqual(dialog.handle(.enter), .chosen(1))
    }

    func testNavigationWraps() {
        var dialog = confirm()
        XCTAssertNil(dialog.handle(.left))
        XCTAssertEqual(dialog.selected, 2)
        XCTAssertNil(dialog.handle(.tab))
        XCTAssertEqual(dialog.selected, 0)
        XCTAssertNil(dialog.handle(.backTab))
        XCTAssertEqual(dialog.selected, 2)
    }

    func testEscapeCancels() {
        var dialog = confirm()
        XCTAssertEqual(dialog.handle(.escape), .cancelled)
    }

    func testFirstLetterChoosesUniqueButton() {
        var dialog = Dialog(title: "Hapus", message: ["Hapus anggota?"], buttons: ["Ya", "Tidak"])
        XCTAssertEqual(dialog.handle(.char("t")), .chosen(1))
        var ambiguous = confirm()  // "Buang" and "Batal" both start with B
        XCTAssertNil(ambiguous.handle(.char("b")))
        XCTAssertEqual(ambiguous.selected, 0)
    }

    func testOtherKeysAreSwallowed() {
        var dialog = confirm()
        XCTAssertNil(dialog.handle(.function(10)))
        XCTAssertNil(dialog.handle(.char("1")))
        XCTAssertEqual(dialog.selected, 0)
    }

    func testRenderCentredBox() {
        var grid = Grid(width: 30, height: 9)
        grid.fill(grid.bounds, with: ".")
        var dialog = Dialog(title: "Hapus", message: ["Hapus anggota ini?"], buttons: ["Ya", "Tidak"])
        dialog.selected = 1
        dialog.render(into: &grid)
        XCTAssertEqual(grid.lines, [
            "..............................",
            "...┌─ Hapus ──────────────┐...",
            "...│                      │...",
            "...│  Hapus anggota ini?  │...",
            "...│                      │...",
            "...│  [ Ya ]  [ Tidak ]   │...",
            "...└──────────────────────┘...",
            "..............................",
            "..............................",
        ])
        XCTAssertEqual(grid[14, 5].style, .reverse)  // "[ Tidak ]"
        XCTAssertEqual(grid[6, 5].style, .plain)  // "[ Ya ]"
    }

    func testRenderWrapsLongMessageToTheGrid() {
        var grid = Grid(width: 24, height: 10)
        Dialog(title: "Info", message: ["Bundle berhasil dibuat dan ditandatangani"]).render(into: &grid)
        let lines = grid.lines
        XCTAssertTrue(lines.contains { $0.contains("Bundle berhasil") })
        XCTAssertTrue(lines.contains { $0.contains("[ OK ]") })
        XCTAssertTrue(lines.allSatisfy { displayWidth($0) <= 24 })
        XCTAssertEqual(lines.filter { $0.contains("│") }.count, 6)
    }
}
