/// One person as written on the KK, plus what the programs need to know.
public struct Member: Hashable, Sendable {
    public var nik: String
    public var name: String
    public var sex: Sex
    public var birthPlace: String
    public var birthDate: CivilDate
    public var religion: Religion
    public var education: Education
    public var occupation: String
    public var maritalStatus: MaritalStatus
    public var relationship: Relationship
    public var disability: Disability
    public var severeDisability: Bool
    public var pregnant: Bool
    public var schooling: Schooling
    public var orphan: OrphanStatus
    public var parentDiedOfCovid: Bool

    public init(nik: String, name: String, sex: Sex, birthPlace: String, birthDate: CivilDate,
                religion: Religion = .islam, education: Education = .none, occupation: String = "",
                maritalStatus: MaritalStatus = .single, relationship: Relationship,
                disability: Disability = .none, severeDisability: Bool = false, pregnant: Bool = false,
                schooling: Schooling = .notInSchool, orphan: OrphanStatus = .none, parentDiedOfCovid: Bool = false) {
        self.nik = nik
        self.name = name
        self.sex = sex
        self.birthPlace = birthPlace
        self.birthDate = birthDate
        self.religion = religion
        self.education = education
        self.occupation = occupation
        self.maritalStatus = maritalStatus
        self.relationship = relationship
        self.disability = disability
        self.severeDisability = severeDisability
        self.pregnant = pregnant
        self.schooling = schooling
        self.orphan = orphan
        self.parentDiedOfCovid = parentDiedOfCovid
    }

    public func age(on date: CivilDate) -> Int { birthDate.age(on: date) }
}

extension Member: BinaryCodable {
    public func encode(to w: inout ByteWriter) {
        w.string(nik)
        w.string(name)
        w.enumeration(sex)
        w.string(birthPlace)
        w.value(birthDate)
        w.enumeration(religion)
        w.enumeration(education)
        w.string(occupation)
        w.enumeration(maritalStatus)
        w.enumeration(relationship)
        w.enumeration(disability)
        w.bool(severeDisability)
        w.bool(pregnant)
        w.enumeration(schooling)
        w.enumeration(orphan)
        w.bool(parentDiedOfCovid)
    }

    public init(from r: inout ByteReader) throws {
        nik = try r.string()
        name = try r.string()
        sex = try r.enumeration()
        birthPlace = try r.string()
        birthDate = try r.value()
        religion = try r.enumeration()
        education = try r.enumeration()
        occupation = try r.string()
        maritalStatus = try r.enumeration()
        relationship = try r.enumeration()
        disability = try r.enumeration()
        severeDisability = try r.bool()
        pregnant = try r.bool()
        schooling = try r.enumeration()
        orphan = try r.enumeration()
        parentDiedOfCovid = try r.bool()
    }
}
