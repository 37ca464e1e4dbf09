/// A family as the meeting sees it: the facts the room needs, computed once when the list opens.
///
/// "In the musyawarah stage" means: registered at this desk, no member past the Musyawarah Kelurahan
/// stage, and not given a final verdict (layak / tidak layak) by a closed session. Families the desk
/// already found excluded by a criterion are listed too, marked, so that the meeting confirms the
/// exclusion on the record; a family deferred (tunda) by a closed session comes back.
public struct MusyawarahCandidate: Hashable, Sendable {
    public let householdID: Int
    public let number: RegistrationNumber
    public let headName: String
    public let rt: String
    public let rw: String
    public let address: String
    public let memberCount: Int
    /// Ages on the meeting's date, in KK order.
    public let ages: [Int]
    public let members: [CandidateMember]
    /// Programs any member (or the family) is screened for, in program order.
    public let programs: [Program]
    /// Criteria answered at the desk that exclude the family.
    public let exclusions: [Criterion]
    /// For the priority rules.
    public let livesAloneElderly: Bool
    public let hasElderly: Bool
    public let income: IncomeBand

    public func isIn(_ program: Program) -> Bool { programs.contains(program) }
}

public enum MusyawarahCandidates {
    /// Every candidate of this desk, in registration order.
    public static func build(_ desk: DeskState, on date: CivilDate) -> [MusyawarahCandidate] {
        var out: [MusyawarahCandidate] = []
        out.reserveCapacity(desk.households.count)
        for record in desk.households where isCandidate(record, book: desk.musyawarah) {
            out.append(candidate(record, on: date))
        }
        return out
    }

    public static func isCandidate(_ record: HouseholdRecord, book: MusyawarahBook) -> Bool {
        guard book.finallyDecided[record.id] == nil else { return false }
        return record.current.members.allSatisfy { record.status(of: $0.nik).stage <= .musyawarahKelurahan }
    }

    public static func candidate(_ record: HouseholdRecord, on date: CivilDate) -> MusyawarahCandidate {
        let h = record.current
        let ages = h.members.map { $0.age(on: date) }
        let programs = screenedPrograms(h, ages: ages, on: date)
        return MusyawarahCandidate(
            householdID: record.id, number: record.number, headName: h.head?.name ?? "-", rt: h.rt, rw: h.rw,
            address: h.address, memberCount: h.members.count, ages: ages,
            members: zip(h.members, ages).map { CandidateMember(name: $0.name, relationship: $0.relationship, age: $1, nik: $0.nik) },
            programs: Program.allCases.filter { programs.contains($0) }, exclusions: h.criteria.exclusions,
            livesAloneElderly: ages.count == 1 && ages[0] >= 60, hasElderly: ages.contains { $0 >= 60 },
            income: h.economy.income)
    }
}

extension MusyawarahCandidates {
    /// The programs of the family, as `ProgramScreening` gives them. Screening builds a reason text
    /// per program, which makes a list of 5,000 families too slow to open; an adult of working age
    /// with nothing particular gets PBI JK only, so screening is asked only for the other members.
    /// A test compares this with full screening.
    static func screenedPrograms(_ h: Household, ages: [Int], on date: CivilDate) -> Set<Program> {
        var programs = Set(ProgramScreening.householdPrograms(h).map(\.program))
        for (m, age) in zip(h.members, ages) {
            if isOrdinaryAdult(m, age: age) {
                programs.insert(.pbiJK)
            } else {
                for e in ProgramScreening.screen(m, on: date) { programs.insert(e.program) }
            }
        }
        return programs
    }

    static func isOrdinaryAdult(_ m: Member, age: Int) -> Bool {
        (22...59).contains(age) && !m.pregnant && m.disability == .none && m.orphan == .none && !m.parentDiedOfCovid
            && !m.schooling.isAttendingSchool && m.schooling != .university
    }

    /// Full screening of every member, for the test that keeps `screenedPrograms` honest.
    public static func fullyScreenedPrograms(_ h: Household, on date: CivilDate) -> Set<Program> {
        var programs = Set(ProgramScreening.householdPrograms(h).map(\.program))
        for m in h.members { for e in ProgramScreening.screen(m, on: date) { programs.insert(e.program) } }
        return programs
    }
}

/// Narrows the candidate list, as the meeting goes RW by RW or program by program.
public struct CandidateFilter: Hashable, Sendable {
    public var rw: String?
    public var rt: String?
    public var program: Program?

    public init(rw: String? = nil, rt: String? = nil, program: Program? = nil) {
        self.rw = rw
        self.rt = rt
        self.program = program
    }

    public func matches(_ c: MusyawarahCandidate) -> Bool {
        if let rw, c.rw != rw { return false }
        if let rt, c.rt != rt { return false }
        if let program, !c.isIn(program) { return false }
        return true
    }
}

/// One member as the room sees them (the NIK is kept whole here and masked by whoever shows it).
public struct CandidateMember: Hashable, Sendable {
    public let name: String
    public let relationship: Relationship
    public let age: Int
    public let nik: String
}
