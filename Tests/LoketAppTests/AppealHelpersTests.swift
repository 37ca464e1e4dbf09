// Helpers only (named to sit with the other sanggahan test files).
import Foundation
@testable import LoketApp
import LoketCore
import LoketTUI
import XCTest

/// Helpers shared by the sanggahan tests: a family that owns a car, driving and rendering one screen,
/// and carrying out a screen's command the way the runner does.
extension TestDesk {
    /// Registers a synthetic family that answered "yes" to owning a car; returns its head as appellant.
    @discardableResult
    func registerCarOwner(seed: UInt64 = 7) -> AppealPerson {
        var gen = SyntheticData(seed: seed, today: service.context().today, kelurahanCode: "3171011001")
        var h = gen.household()
        h.criteria[.ownsCar] = .yes
        guard case .registered = service.execute(.register(household: h, acknowledgedDuplicates: [], warnings: []), operatorID: 1),
              let ref = service.state.find(h.members[0].nik).hits.first?.ref,
              let person = AppealPersonLookup.person(ref, desk: service.state) else {
            fatalError("registering the test family failed")
        }
        return person
    }

    /// Runs a screen's effect: a command goes to the service and its result back to the screen.
    func carryOut<S: Screen>(_ effect: Effect, on screen: inout S) -> (Effect, CommandResult?) {
        guard case .command(let command) = effect else { return (effect, nil) }
        let result = service.execute(command, operatorID: 1)
        return (screen.receive(result, context: context), result)
    }
}

func appealRender(_ screen: some Screen, _ context: AppContext) -> Grid {
    var grid = Grid(width: 80, height: 24)
    screen.render(into: &grid, context: context)
    return grid
}

@discardableResult
func appealSend<S: Screen>(_ keys: [Key], to screen: inout S, _ context: AppContext) -> Effect {
    var last = Effect.none
    for key in keys { last = screen.update(key, context: context) }
    return last
}

/// Compares plain text (a printed receipt) with `Screens/<name>.txt`, like `assertGolden` does for screens.
func assertGoldenText(_ text: String, _ name: String, file: StaticString = #filePath, line: UInt = #line) {
    let root = URL(fileURLWithPath: "\(#filePath)").deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    let url = root.appendingPathComponent("Screens").appendingPathComponent("\(name).txt")
    if ProcessInfo.processInfo.environment["UPDATE_GOLDEN"] == "1" {
        try? text.write(to: url, atomically: true, encoding: .utf8)
        return
    }
    guard let expected = try? String(contentsOf: url, encoding: .utf8) else {
        XCTFail("Missing golden Screens/\(name).txt — run UPDATE_GOLDEN=1 swift test", file: file, line: line)
        return
    }
    XCTAssertEqual(expected, text, "Screens/\(name).txt differs", file: file, line: line)
}

extension Effect {
    /// The screen pushed, if this effect pushes one.
    var appealPushed: (any Screen)? { if case .push(let s) = self { return s } else { return nil } }
    var appealIsPop: Bool { if case .pop = self { return true } else { return false } }
}
