@testable import LoketApp
import LoketTUI
import XCTest

final class FormTests: XCTestCase {
    struct Model { var nik = ""; var name = "" }

    func render(_ form: Form<Model>) -> [String] {
        var grid = Grid(width: 60, height: 3)
        form.render(in: grid.bounds, into: &grid, labelWidth: 8)
        return grid.lines
    }

    func testIdentityNumberIsMaskedUnlessBeingTyped() {
        var form = Form(model: Model(), fields: [.identityNumber("NIK", \.nik), .text("Nama", \.name)])
        for c in "3171011708850003" { _ = form.handle(.char(c)) }
        _ = form.handle(.char("x"))
        XCTAssertEqual(form.model.nik, "3171011708850003", "digits only, 16 at most")
        XCTAssertEqual(render(form)[0], "NIK     3171011708850003")
        _ = form.handle(.tab)
        XCTAssertEqual(render(form)[0], "NIK     3171••••••••0003")
        _ = form.handle(.backTab)
        XCTAssertEqual(render(form)[0], "NIK     3171011708850003")
    }

    func testEnterOnTheLastFieldSubmits() {
        var form = Form(model: Model(), fields: [.identityNumber("NIK", \.nik), .text("Nama", \.name)])
        XCTAssertEqual(form.handle(.enter), .consumed)
        XCTAssertEqual(form.focus, 1)
        XCTAssertEqual(form.handle(.enter), .submitted)
        XCTAssertEqual(form.handle(.function(9)), .ignored)
    }
}
