@testable import LoketApp
import LoketCore
import LoketTUI
import XCTest

final class LookupScreenTests: XCTestCase {
    // MARK: - Empty and no match

    func testEmptyQueryExplainsWhatCanBeSearched() throws {
        let desk = try TestDesk()
        let grid = lookupRender(LookupScreen(), desk.context)
        XCTAssertTrue(grid.text.contains("Nomor pendaftaran dari tanda terima, misalnya 26-00042-7"))
        XCTAssertTrue(grid.text.contains("NIK"))
        assertGolden(grid, "lookup-empty")
    }

    func testNoMatchSaysSoAndSuggestsWhatToTry() throws {
        let desk = try TestDesk()
        desk.registerSynthetic(5)
        var screen = LookupScreen()
        lookupType("zzqx", into: &screen, desk.context)
        let grid = lookupRender(screen, desk.context)
        XCTAssertTrue(grid.text.contains("Tidak ada data yang cocok dengan \"zzqx\"."))
        XCTAssertTrue(grid.text.contains("sebagian nama"))
        assertGolden(grid, "lookup-no-match")
    }

    func testWrongCheckDigitInRegistrationNumberIsExplained() throws {
        let desk = try TestDesk()
        desk.registerSynthetic(3)
        let number = try XCTUnwrap(desk.service.state.household(id: 2)).number.description
        let wrong = String(number.dropLast()) + String((Int(String(number.last!))! + 1) % 10)
        var screen = LookupScreen()
        lookupType(wrong, into: &screen, desk.context)
        XCTAssertTrue(lookupRender(screen, desk.context).text.contains("angka terakhirnya tidak cocok"))
    }

    func testTooManyDigitsIsExplained() throws {
        let desk = try TestDesk()
        var screen = LookupScreen()
        lookupType("31710112345678901", into: &screen, desk.context)
        XCTAssertTrue(lookupRender(screen, desk.context).text.contains("16 angka; yang diketik 17 angka"))
    }

    // MARK: - Queries

    func testTypingNarrowsTheResultsAtEveryKeystroke() throws {
        let desk = try TestDesk()
        desk.registerSynthetic(40)
        let context = desk.context
        let target = try XCTUnwrap(context.desk.household(id: 7)?.current.members.first?.name)
        var screen = LookupScreen()
        var counts: [Int] = []
        for character in target.lowercased() {
            _ = screen.update(.char(character), context: context)
            let expected = context.desk.find(screen.query, limit: LookupScreen.limit).hits.count
            XCTAssertEqual(screen.list.count, expected, "after typing \"\(screen.query)\"")
            counts.append(expected)
        }
        XCTAssertEqual(counts, counts.sorted(by: >), "more letters never give more results")
        XCTAssertGreaterThan(counts.first!, counts.last!, "the results narrowed")
        XCTAssertTrue(lookupRender(screen, context).text.contains(target))
    }

    func testNIKPrefixFindsThePersonAndShowsTheNIKMasked() throws {
        let desk = try TestDesk()
        desk.registerSynthetic(10)
        let member = try XCTUnwrap(desk.service.state.household(id: 4)?.current.members.last)
        var screen = LookupScreen()
        lookupType(member.nik, into: &screen, desk.context)
        let grid = lookupRender(screen, desk.context)
        XCTAssertTrue(grid.text.contains(member.name))
        XCTAssertTrue(grid.text.contains(maskedNIK(member.nik)))
        XCTAssertFalse(grid.lines.dropFirst(4).contains { $0.contains(member.nik) }, "NIK only in the typed field")
    }

    func testKKNumberListsTheWholeFamily() throws {
        let desk = try TestDesk()
        desk.registerSynthetic(10)
        let record = try XCTUnwrap(desk.service.state.household(id: 5))
        var screen = LookupScreen()
        lookupType(record.current.kkNumber, into: &screen, desk.context)
        XCTAssertEqual(screen.list.count, record.current.members.count)
        let text = lookupRender(screen, desk.context).text
        for m in record.current.members { XCTAssertTrue(text.contains(m.name), m.name) }
    }

    func testRegistrationNumberListsTheFamilyWithItsStage() throws {
        let desk = try TestDesk()
        desk.registerSynthetic(10)
        let record = try XCTUnwrap(desk.service.state.household(id: 3))
        var screen = LookupScreen()
        lookupType(record.number.description, into: &screen, desk.context)
        XCTAssertEqual(screen.list.count, record.current.members.count)
        let text = lookupRender(screen, desk.context).text
        XCTAssertTrue(text.contains("Tahap 2/11 Pendaftaran"))
        XCTAssertTrue(text.contains("RT \(record.current.rt)/RW \(record.current.rw)"))
        XCTAssertTrue(text.contains(record.number.description))
    }

    func testNameQueryIgnoresCaseAndAccents() throws {
        let desk = try TestDesk()
        var household = lookupSampleHousehold()
        household.members[0].name = "Dédé Sitompul"
        _ = desk.service.execute(.register(household: household, acknowledgedDuplicates: [], warnings: []), operatorID: 1)
        var screen = LookupScreen()
        lookupType("DEDE sit", into: &screen, desk.context)
        XCTAssertEqual(screen.list.count, 1)
        XCTAssertTrue(lookupRender(screen, desk.context).text.contains("Dédé Sitompul"))
    }

    func testManyResultsAskToTypeMore() throws {
        let desk = try TestDesk()
        desk.registerSynthetic(60)
        var screen = LookupScreen()
        lookupType("s", into: &screen, desk.context)
        XCTAssertTrue(desk.context.desk.find("s", limit: LookupScreen.limit).truncated)
        XCTAssertTrue(lookupRender(screen, desk.context).text.contains("Lebih dari 50 hasil, ketik lebih banyak."))
    }

    // MARK: - Selection

    func testArrowsAndPagesMoveTheSelectionWhileTypingStillGoesToTheField() throws {
        let desk = try TestDesk()
        desk.registerSynthetic(60)
        var screen = LookupScreen()
        lookupType("s", into: &screen, desk.context)
        _ = screen.update(.down, context: desk.context)
        _ = screen.update(.down, context: desk.context)
        XCTAssertEqual(screen.list.selected, 2)
        _ = screen.update(.pageDown, context: desk.context)
        XCTAssertEqual(screen.list.selected, 2 + LookupScreen.visibleResults)
        _ = screen.update(.up, context: desk.context)
        XCTAssertEqual(screen.list.selected, 1 + LookupScreen.visibleResults)
        XCTAssertEqual(screen.query, "s")
        lookupType("i", into: &screen, desk.context)
        XCTAssertEqual(screen.query, "si")
        XCTAssertEqual(screen.list.selected, 0, "a new query starts at the top")
    }

    func testSelectedResultIsDrawnInReverseOnBothRows() throws {
        let desk = try TestDesk()
        desk.registerSynthetic(10)
        let record = try XCTUnwrap(desk.service.state.household(id: 2))
        var screen = LookupScreen()
        lookupType(record.current.kkNumber, into: &screen, desk.context)
        _ = screen.update(.down, context: desk.context)
        let grid = lookupRender(screen, desk.context)
        let second = record.current.members[1].name
        let y = try XCTUnwrap(grid.lines.firstIndex { $0.contains(second) })
        XCTAssertTrue(grid[20, y].style.attributes.contains(.reverse))
        XCTAssertTrue(grid[20, y + 1].style.attributes.contains(.reverse))
        XCTAssertFalse(grid[20, y - 2].style.attributes.contains(.reverse))
    }

    func testEnterOpensTheFamilyOfTheSelectedPerson() throws {
        let desk = try TestDesk()
        desk.registerSynthetic(10)
        let record = try XCTUnwrap(desk.service.state.household(id: 6))
        var harness = LookupHarness(desk: desk, start: LookupScreen())
        harness.press(Key.type(record.current.kkNumber) + [.down, .enter])
        let detail = try XCTUnwrap(harness.top as? HouseholdDetailScreen)
        XCTAssertEqual(detail.householdID, 6)
        XCTAssertEqual(detail.highlighted, 1)
        XCTAssertTrue(harness.grid.text.contains("No. pendaftaran \(record.number)"))
        harness.press([.escape])
        let lookup = try XCTUnwrap(harness.top as? LookupScreen, "Esc goes back to the results")
        XCTAssertEqual(lookup.query, record.current.kkNumber)
        harness.press([.escape])
        XCTAssertTrue(harness.stack.isEmpty, "Esc leaves the lookup")
    }

    func testEnterWithoutResultsDoesNothing() throws {
        let desk = try TestDesk()
        var harness = LookupHarness(desk: desk, start: LookupScreen())
        harness.press(Key.type("zz") + [.enter])
        XCTAssertTrue(harness.top is LookupScreen)
    }

    func testResultsGolden() throws {
        let desk = try TestDesk()
        desk.registerSynthetic(40)
        var screen = LookupScreen()
        lookupType("sa", into: &screen, desk.context)
        _ = screen.update(.down, context: desk.context)
        let grid = lookupRender(screen, desk.context)
        XCTAssertGreaterThan(screen.list.count, 2)
        assertGolden(grid, "lookup-results")
    }
}

// MARK: - Helpers shared by the lookup tests (prefixed: the test target is shared)

func lookupRender(_ screen: any Screen, _ context: AppContext) -> Grid {
    var grid = Grid(width: 80, height: 24)
    screen.render(into: &grid, context: context)
    return grid
}

func lookupType(_ text: String, into screen: inout LookupScreen, _ context: AppContext) {
    for key in Key.type(text) { _ = screen.update(key, context: context) }
}

/// A family made by hand, for cases the synthetic data does not cover (odd names, refusals).
func lookupSampleHousehold() -> Household {
    var h = Household(kkNumber: "3171010101200003", address: "Jl. Kenanga No. 7", rt: "003", rw: "005",
                      kelurahanCode: "3171011001", phone: "081234567890")
    h.members = [
        Member(nik: "3171014507800002", name: "Nur'aini Hasanah", sex: .female, birthPlace: "Jakarta",
               birthDate: CivilDate(year: 1980, month: 7, day: 5)!, maritalStatus: .widowed, relationship: .head),
        Member(nik: "3171011203150004", name: "Rizky Ramadhan", sex: .male, birthPlace: "Jakarta",
               birthDate: CivilDate(year: 2015, month: 3, day: 12)!, relationship: .child, schooling: .primary),
        Member(nik: "3171014811220001", name: "王 Putri", sex: .female, birthPlace: "Jakarta",
               birthDate: CivilDate(year: 2022, month: 11, day: 8)!, relationship: .child),
    ]
    for c in Criterion.askedAtDesk { h.criteria[c] = c.excludingAnswer == .yes ? .no : .yes }
    return h
}

/// Runs screens the way `App` does, from any starting screen (the app itself starts at the login):
/// keys go to the top screen, effects change the stack, commands go to the real desk service.
struct LookupHarness {
    let desk: TestDesk
    private(set) var stack: [any Screen]
    private(set) var context: AppContext
    private(set) var commands: [Command] = []

    init(desk: TestDesk, start: any Screen) {
        self.desk = desk
        stack = [start]
        context = desk.context
    }

    var top: (any Screen)? { stack.last }

    var grid: Grid {
        var grid = Grid(width: 80, height: 24)
        top?.render(into: &grid, context: context)
        return grid
    }

    /// Reads the store again after a test changed it directly through the service.
    mutating func reload() {
        context.desk = desk.service.state
    }

    mutating func press(_ keys: [Key]) {
        for key in keys {
            guard var screen = stack.popLast() else { return }
            let effect = screen.update(key, context: context)
            stack.append(screen)
            apply(effect)
        }
    }

    /// Hands a result to the top screen, as the app does after a command.
    mutating func deliver(_ result: CommandResult) {
        guard var screen = stack.popLast() else { return }
        let effect = screen.receive(result, context: context)
        stack.append(screen)
        apply(effect)
    }

    private mutating func apply(_ effect: Effect) {
        switch effect {
        case .none, .quit: break
        case .push(let screen): stack.append(screen)
        case .pop: stack.removeLast()
        case .popWith(let result): stack.removeLast(); deliver(result)
        case .reset(let screen): stack = [screen]
        case .command(let command):
            commands.append(command)
            let result = desk.service.execute(command, operatorID: context.operatorID)
            refresh(&context, from: desk.service, after: result)
            deliver(result)
        }
    }
}
