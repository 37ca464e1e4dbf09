@testable import LoketCore
import XCTest

final class SearchTests: XCTestCase {
    func loaded(_ families: [Household], sortAfter: Bool = true) throws -> DeskState {
        var state = DeskState()
        for h in families {
            try state.apply(EventEnvelope(operatorID: 1, event: .householdRegistered(HouseholdRegistration(
                householdID: state.nextHouseholdID, number: state.nextRegistrationNumber(year: 2026), household: h,
                registeredOn: Fixtures.today))), timestamp: 1)
        }
        if sortAfter { state.finishLoading() }
        return state
    }

    func names(_ state: DeskState, _ query: String) -> [String] {
        state.find(query).hits.compactMap { state.member($0.ref)?.name }.sorted()
    }

    func testNamePrefixOnAnyWordCaseAndAccentInsensitive() throws {
        let state = try loaded([Fixtures.family()])
        XCTAssertEqual(names(state, "siti"), ["Siti Aminah"])
        XCTAssertEqual(names(state, "AMI"), ["Siti Aminah"])
        XCTAssertEqual(names(state, "dede"), ["Dédé Putri"])
        XCTAssertEqual(names(state, "Dédé"), ["Dédé Putri"])
        XCTAssertEqual(names(state, "santoso"), ["Budi Santoso", "Rizky Santoso"])
        XCTAssertEqual(names(state, "santoso r"), ["Rizky Santoso"])
        XCTAssertEqual(names(state, "x"), [])
        XCTAssertEqual(names(state, ""), [])
    }

    func testLongWordsBeyondEightLettersAreCheckedInFull() throws {
        var h = Fixtures.family()
        h.members[0].name = "Firmansyah"
        h.members[1].name = "Firmansyahrani"
        let state = try loaded([h])
        XCTAssertEqual(names(state, "firmansyahr"), ["Firmansyahrani"])
        XCTAssertEqual(names(state, "firmansyah"), ["Firmansyah", "Firmansyahrani"])
    }

    func testApostrophesAreIgnored() throws {
        var h = Fixtures.family()
        h.members[0].name = "Ma'ruf Amin"
        let state = try loaded([h])
        XCTAssertEqual(names(state, "maruf"), ["Ma'ruf Amin"])
        XCTAssertEqual(names(state, "ma'ruf"), ["Ma'ruf Amin"])
    }

    func testDigitsSearchNIKKKAndRegistrationNumber() throws {
        let state = try loaded([Fixtures.family(), Fixtures.family(kk: "3171012001240009", headNIK: "3171011708850005")])
        XCTAssertEqual(state.find("3171011708850003").hits.map(\.matchedBy), [.nik])
        XCTAssertEqual(state.find("31710117088500").hits.count, 2)
        let byKK = state.find("3171012001240009").hits
        XCTAssertEqual(byKK.count, 4)
        XCTAssertTrue(byKK.allSatisfy { $0.matchedBy == .kk && $0.ref.householdID == 2 })
        let number = try XCTUnwrap(state.household(id: 2)).number
        let byNumber = state.find(number.description).hits
        XCTAssertEqual(byNumber.count, 4)
        XCTAssertEqual(byNumber.first?.matchedBy, .registration)
    }

    func testIncrementalInsertAfterLoadingKeepsOrder() throws {
        var state = try loaded([Fixtures.family()])
        var h = Fixtures.family(kk: "3171012001240009", headNIK: "3171011708850005")
        h.members = [h.members[0]]
        h.members[0].name = "Agus Salim"
        try state.apply(EventEnvelope(operatorID: 1, event: .householdRegistered(HouseholdRegistration(
            householdID: 2, number: state.nextRegistrationNumber(year: 2026), household: h, registeredOn: Fixtures.today))), timestamp: 2)
        XCTAssertEqual(names(state, "agus"), ["Agus Salim"])
        XCTAssertEqual(names(state, "s"), ["Agus Salim", "Budi Santoso", "Rizky Santoso", "Siti Aminah"])
    }

    func testLimitTruncates() throws {
        var gen = SyntheticData(seed: 7, today: Fixtures.today, kelurahanCode: "3171011001")
        let state = try loaded((0..<200).map { _ in gen.household() })
        let r = state.find("a", limit: 10)
        XCTAssertEqual(r.hits.count, 10)
        XCTAssertTrue(r.truncated)
    }

    func testASCIIFastPathAgreesWithUnicodeFolding() {
        for name in ["Budi Santoso", "MA'RUF  amin", "Siti-Nur Aisyah", "A.B. Cde", "  x  ", "R2D2"] {
            XCTAssertEqual(foldedWords(name).map { String(decoding: $0, as: UTF8.self) }, searchWords(name), name)
        }
    }
}

final class SearchIndexInternalsTests: XCTestCase {
    func testWordKeysAgreeWithFoldedWords() {
        for name in ["Budi Santoso", "MA'RUF  amin", "Siti-Nur Aisyah", "Firmansyahrani Z", "Dédé Putri", "王 Putri", "R2D2"] {
            var keys: [UInt64] = []
            forEachWordKey(name) { keys.append($0) }
            XCTAssertEqual(keys, foldedWords(name).map(packPrefix), name)
        }
    }

    func testManyAdditionsAfterLoadingStayFindable() throws {
        var state = DeskState()
        state.finishLoading()
        var gen = SyntheticData(seed: 11, today: Fixtures.today, kelurahanCode: "3171011001")
        var last: Household?
        // Enough members to pass the merge threshold of the recent part at least once.
        while state.search.entryCount < SortedKeys.mergeThreshold * 3 {
            let h = gen.household()
            try state.apply(EventEnvelope(operatorID: 1, event: .householdRegistered(HouseholdRegistration(
                householdID: state.nextHouseholdID, number: state.nextRegistrationNumber(year: 2026), household: h,
                registeredOn: Fixtures.today))), timestamp: 1)
            last = h
        }
        let h = try XCTUnwrap(last)
        let nik = h.members[0].nik
        XCTAssertEqual(state.find(nik).hits.first.map { state.member($0.ref)?.nik }, nik)
        XCTAssertEqual(state.households(withNIK: nik).map(\.id), [state.households.count])
        let words = searchWords(h.members[0].name)
        let hits = state.find(words.joined(separator: " "), limit: 10_000).hits
        XCTAssertTrue(hits.contains { $0.ref.householdID == state.households.count && $0.ref.memberIndex == 0 })
        for hit in hits.prefix(50) {
            let name = searchWords(state.member(hit.ref)!.name)
            XCTAssertTrue(words.allSatisfy { w in name.contains { $0.hasPrefix(w) } })
        }
    }

    func testRarestWordDrivesAndUnknownWordFindsNothing() throws {
        var gen = SyntheticData(seed: 5, today: Fixtures.today, kelurahanCode: "3171011001")
        var state = DeskState()
        for _ in 0..<300 {
            try state.apply(EventEnvelope(operatorID: 1, event: .householdRegistered(HouseholdRegistration(
                householdID: state.nextHouseholdID, number: state.nextRegistrationNumber(year: 2026), household: gen.household(),
                registeredOn: Fixtures.today))), timestamp: 1)
        }
        state.finishLoading()
        XCTAssertEqual(state.find("siti zzzz").hits, [])
        XCTAssertFalse(state.find("siti").hits.isEmpty)
        let target = searchWords(try XCTUnwrap(state.household(id: 1)).current.members[0].name)
        let query = "\(target[1]) \(target[0])"  // words in any order
        let both = state.find(query, limit: 1000).hits.compactMap { state.member($0.ref)?.name }
        XCTAssertFalse(both.isEmpty)
        XCTAssertTrue(both.allSatisfy { n in target.allSatisfy { t in searchWords(n).contains { $0.hasPrefix(t) } } }, "\(both)")
        XCTAssertEqual(state.find(query + "zz").hits, [])
    }
}
