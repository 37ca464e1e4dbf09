import LoketCore
import XCTest

final class CriteriaTests: XCTestCase {
    func testSevenCriteriaSixAskedAtTheDesk() {
        XCTAssertEqual(Criterion.allCases.map(\.number), [1, 2, 3, 4, 5, 6, 7])
        XCTAssertEqual(Criterion.askedAtDesk.count, 6)
        XCTAssertFalse(Criterion.askedAtDesk.contains(.notPoorByCommunity))
    }

    func testEachExcludingAnswerNamesItsCriterion() {
        for c in Criterion.askedAtDesk {
            var answers = Fixtures.answeredCriteria()
            XCTAssertTrue(answers.isProposable)
            answers[c] = c.excludingAnswer
            XCTAssertEqual(answers.exclusions, [c])
            XCTAssertFalse(answers.isProposable)
        }
    }

    func testJakartaQuestionsExcludeOnNo() {
        var answers = Fixtures.answeredCriteria()
        answers[.ktpOutsideJakarta] = .no
        answers[.ownsCar] = .yes
        XCTAssertEqual(answers.exclusions, [.ktpOutsideJakarta, .ownsCar])
        XCTAssertEqual(answers.exclusions.map(\.refusal), ["KTP tidak diterbitkan di DKI Jakarta", "Memiliki mobil"])
    }

    func testUnansweredQuestionsAreListed() {
        var answers = CriteriaAnswers()
        XCTAssertEqual(answers.unansweredAtDesk.count, 6)
        answers[.ownsCar] = .no
        XCTAssertEqual(answers.unansweredAtDesk.count, 5)
        XCTAssertFalse(answers.unansweredAtDesk.contains(.ownsCar))
    }
}
