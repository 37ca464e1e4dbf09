import LoketCore

/// Small hand-made synthetic families (never real people) for the domain tests.
enum Fixtures {
    static let today = CivilDate(year: 2026, month: 11, day: 25)!

    static func member(_ nik: String, _ name: String, _ sex: Sex, _ born: (Int, Int, Int), _ rel: Relationship) -> Member {
        Member(nik: nik, name: name, sex: sex, birthPlace: "Jakarta",
               birthDate: CivilDate(year: born.0, month: born.1, day: born.2)!, relationship: rel)
    }

    static func answeredCriteria() -> CriteriaAnswers {
        var c = CriteriaAnswers()
        for criterion in Criterion.askedAtDesk { c[criterion] = criterion.excludingAnswer == .yes ? .no : .yes }
        return c
    }

    /// A family of four in Gambir.
    static func family(kk: String = "3171011503150007", headNIK: String = "3171011708850003") -> Household {
        Household(kkNumber: kk, address: "Jl. Melati No. 5", rt: "003", rw: "007", kelurahanCode: "3171011001",
                  members: [
                    member(headNIK, "Budi Santoso", .male, (1985, 8, 17), .head),
                    member("3171015203880004", "Siti Aminah", .female, (1988, 3, 12), .wife),
                    member("3171010510150001", "Rizky Santoso", .male, (2015, 10, 5), .child),
                    member("3171014106220002", "Dédé Putri", .female, (2022, 6, 1), .child),
                  ],
                  criteria: answeredCriteria())
    }
}
