import LoketCore
import XCTest

final class RegistrationNumberTests: XCTestCase {
    func testFormatAndRoundTrip() {
        let n = RegistrationNumber(year: 2026, serial: 42)
        XCTAssertTrue(n.description.hasPrefix("26-00042-"))
        XCTAssertEqual(RegistrationNumber(parsing: n.description), n)
        XCTAssertEqual(RegistrationNumber(parsing: n.description.replacingOccurrences(of: "-", with: "")), n)
    }

    func testAnySingleDigitErrorIsCaught() {
        let text = RegistrationNumber(year: 2026, serial: 31337).description
        let digits = Array(text)
        for i in digits.indices where digits[i].isNumber {
            for d in "0123456789" where d != digits[i] {
                var wrong = digits
                wrong[i] = d
                XCTAssertNil(RegistrationNumber(parsing: String(wrong)), String(wrong))
            }
        }
    }

    func testAdjacentSwapsAreCaught() {
        let digits = Array(RegistrationNumber(year: 2026, serial: 12345).description.filter(\.isNumber))
        for i in 0..<(digits.count - 1) where digits[i] != digits[i + 1] {
            var wrong = digits
            wrong.swapAt(i, i + 1)
            XCTAssertNil(RegistrationNumber(parsing: String(wrong)))
        }
    }

    func testNotANumber() {
        XCTAssertNil(RegistrationNumber(parsing: "Budi"))
        XCTAssertNil(RegistrationNumber(parsing: "26-0"))
    }
}
