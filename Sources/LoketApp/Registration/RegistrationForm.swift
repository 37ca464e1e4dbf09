import Foundation
import LoketCore

/// What the Pendamsos types for one person, kept as typed (text and list positions) so that nothing is
/// lost while it does not yet validate. `member(today:)` turns it into the domain value.
public struct MemberForm: Codable, Equatable, Sendable {
    public var nik = ""
    public var name = ""
    public var sex: Int?
    public var birthPlace = ""
    public var birthDate = ""
    public var religion: Int?
    public var education: Int?
    public var occupation = ""
    public var maritalStatus: Int?
    public var relationship: Int?
    public var disability: Int? = 0
    public var severeDisability = false
    public var pregnant = false
    public var schooling: Int? = 0
    public var orphan: Int? = 0
    public var parentDiedOfCovid = false

    public init() {}

    public init(_ m: Member) {
        nik = m.nik
        name = m.name
        sex = m.sex.index
        birthPlace = m.birthPlace
        birthDate = m.birthDate.description
        religion = m.religion.index
        education = m.education.index
        occupation = m.occupation
        maritalStatus = m.maritalStatus.index
        relationship = m.relationship.index
        disability = m.disability.index
        severeDisability = m.severeDisability
        pregnant = m.pregnant
        schooling = m.schooling.index
        orphan = m.orphan.index
        parentDiedOfCovid = m.parentDiedOfCovid
    }

    public var isEmpty: Bool { self == MemberForm() }

    /// The member, or what is still missing, in words.
    public func member() -> Result<Member, FormProblems> {
        var missing: [String] = []
        let date = CivilDate(parsing: birthDate)
        if name.trimmingCharacters(in: .whitespaces).isEmpty { missing.append("nama") }
        if sex == nil { missing.append("jenis kelamin") }
        if date == nil { missing.append(birthDate.isEmpty ? "tanggal lahir" : "tanggal lahir (dd-mm-yyyy)") }
        if relationship == nil { missing.append("hubungan dalam keluarga") }
        if religion == nil { missing.append("agama") }
        if education == nil { missing.append("pendidikan") }
        if maritalStatus == nil { missing.append("status perkawinan") }
        guard missing.isEmpty, let sex = sex.flatMap(Sex.option), let date,
              let rel = relationship.flatMap(Relationship.option) else { return .failure(FormProblems(missing)) }
        return .success(Member(
            nik: nik, name: name.trimmingCharacters(in: .whitespaces), sex: sex,
            birthPlace: birthPlace.trimmingCharacters(in: .whitespaces), birthDate: date,
            religion: religion.flatMap(Religion.option) ?? .islam, education: education.flatMap(Education.option) ?? .none,
            occupation: occupation.trimmingCharacters(in: .whitespaces),
            maritalStatus: maritalStatus.flatMap(MaritalStatus.option) ?? .single, relationship: rel,
            disability: disability.flatMap(Disability.option) ?? .none, severeDisability: severeDisability,
            pregnant: pregnant, schooling: schooling.flatMap(Schooling.option) ?? .notInSchool,
            orphan: orphan.flatMap(OrphanStatus.option) ?? .none, parentDiedOfCovid: parentDiedOfCovid))
    }
}

public struct FormProblems: Error, Equatable, Sendable {
    public let missing: [String]
    public init(_ missing: [String]) { self.missing = missing }
    public var message: String { "Belum diisi: " + missing.joined(separator: ", ") + "." }
}

/// The whole registration form: KK header, members, house and economy, the criteria answers.
public struct RegistrationForm: Codable, Equatable, Sendable {
    public var kkNumber = ""
    public var address = ""
    public var rt = ""
    public var rw = ""
    public var phone = ""
    public var bankAccount = ""
    public var members: [MemberForm] = []
    public var ownership: Int?
    public var floorArea = ""
    public var wall: Int?
    public var floor: Int?
    public var roof: Int?
    public var waterSource: Int?
    public var drinkingWater: Int?
    public var lighting: Int?
    public var cookingFuel: Int?
    public var toilet: Int?
    public var income: Int?
    public var assets: [Bool] = Array(repeating: false, count: Assets.all.count)
    /// Index into YesNo (0 = Ya, 1 = Tidak) per criterion 1...7.
    public var criteria: [Int?] = Array(repeating: nil, count: Criterion.allCases.count)

    public init() {}

    public init(_ h: Household) {
        kkNumber = h.kkNumber
        address = h.address
        rt = h.rt
        rw = h.rw
        phone = h.phone
        bankAccount = h.bankAccount
        members = h.members.map(MemberForm.init)
        ownership = h.housing.ownership.index
        floorArea = String(h.housing.floorArea)
        wall = h.housing.wall.index
        floor = h.housing.floor.index
        roof = h.housing.roof.index
        waterSource = h.housing.waterSource.index
        drinkingWater = h.housing.drinkingWater.index
        lighting = h.housing.lighting.index
        cookingFuel = h.housing.cookingFuel.index
        toilet = h.housing.toilet.index
        income = h.economy.income.index
        assets = Assets.all.map { h.economy.assets.contains($0.0) }
        criteria = Criterion.allCases.map { h.criteria[$0]?.index }
    }

    public var isEmpty: Bool { self == RegistrationForm() }

    public func answer(_ c: Criterion) -> YesNo? { criteria[c.rawValue - 1].flatMap(YesNo.option) }

    /// The household for validation and saving, or what is still missing, in words.
    public func household(kelurahanCode: String) -> Result<Household, FormProblems> {
        var missing: [String] = []
        var members: [Member] = []
        for (i, form) in self.members.enumerated() {
            switch form.member() {
            case .success(let m): members.append(m)
            case .failure(let p): missing.append("anggota \(i + 1): " + p.missing.joined(separator: ", "))
            }
        }
        let housingChoices: [(Int?, String)] = [
            (ownership, "status rumah"), (wall, "dinding"), (floor, "lantai"), (roof, "atap"),
            (waterSource, "sumber air"), (drinkingWater, "air minum"), (lighting, "penerangan"),
            (cookingFuel, "bahan bakar memasak"), (toilet, "jamban"), (income, "penghasilan"),
        ]
        missing += housingChoices.filter { $0.0 == nil }.map(\.1)
        if Int(floorArea) == nil { missing.append("luas lantai (m²)") }
        guard missing.isEmpty else { return .failure(FormProblems(missing)) }
        var housing = Housing()
        housing.ownership = ownership.flatMap(HouseOwnership.option) ?? .own
        housing.floorArea = Int(floorArea) ?? 0
        housing.wall = wall.flatMap(WallMaterial.option) ?? .brick
        housing.floor = floor.flatMap(FloorMaterial.option) ?? .cement
        housing.roof = roof.flatMap(RoofMaterial.option) ?? .tile
        housing.waterSource = waterSource.flatMap(WaterSource.option) ?? .piped
        housing.drinkingWater = drinkingWater.flatMap(DrinkingWater.option) ?? .refill
        housing.lighting = lighting.flatMap(Lighting.option) ?? .pln900
        housing.cookingFuel = cookingFuel.flatMap(CookingFuel.option) ?? .gas3kg
        housing.toilet = toilet.flatMap(Toilet.option) ?? .own
        var economy = Economy()
        economy.income = income.flatMap(IncomeBand.option) ?? .below1m
        for (i, asset) in Assets.all.enumerated() where assets[i] { economy.assets.insert(asset.0) }
        var answers = CriteriaAnswers()
        for c in Criterion.allCases { answers[c] = answer(c) }
        return .success(Household(
            kkNumber: kkNumber, address: address.trimmingCharacters(in: .whitespaces), rt: rt, rw: rw,
            kelurahanCode: kelurahanCode, phone: phone, bankAccount: bankAccount, members: members,
            housing: housing, economy: economy, criteria: answers))
    }
}

/// A registration in progress, written to disk as it is typed so that a crash or power cut loses nothing.
public struct RegistrationDraft: Codable, Equatable, Sendable {
    public var form: RegistrationForm
    /// Set when the draft corrects an existing registration rather than adding a new one.
    public var correctingHouseholdID: Int?
    public var operatorID: Int?

    public init(form: RegistrationForm, correctingHouseholdID: Int? = nil, operatorID: Int? = nil) {
        self.form = form
        self.correctingHouseholdID = correctingHouseholdID
        self.operatorID = operatorID
    }
}
