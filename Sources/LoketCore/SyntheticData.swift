/// Synthetic families for the demo, tests and benchmarks: NIKs valid by every rule (real region codes,
/// real dates, random serials), Indonesian-looking names made up from common words, and a fixed seed
/// so that runs repeat. Never a real person's NIK or name.
public struct SyntheticData {
    private var rng: SplitMix64
    private let today: CivilDate
    private let regions: RegionDirectory
    private let homeKelurahan: Kelurahan
    private let outsideKecamatan: [String]
    private var usedNIKs = Set<String>()
    private var usedKKs = Set<String>()

    public init(seed: UInt64, today: CivilDate, kelurahanCode: String, regions: RegionDirectory = .shared) {
        rng = SplitMix64(seed: seed)
        self.today = today
        self.regions = regions
        homeKelurahan = regions.kelurahan(code: kelurahanCode) ?? regions.kelurahan[0]
        // People who moved to Jakarta carry NIKs from where they were first registered.
        outsideKecamatan = regions.names.keys.filter { $0.count == 6 && ["32", "33", "35", "36"].contains(String($0.prefix(2))) }.sorted()
    }

    public mutating func household() -> Household {
        let kecamatan = String(homeKelurahan.code.prefix(6))
        var h = Household(kkNumber: uniqueKK(kecamatan), address: "Jl. \(pick(Self.streets)) No. \(int(1...120))",
                          rt: pad3(int(1...15)), rw: pad3(int(1...12)), kelurahanCode: homeKelurahan.code,
                          phone: "08\(int(11...59))\(int(1000_0000...9999_9999))")
        let headAge = int(24...72)
        let headSex: Sex = int(1...10) <= 8 ? .male : .female
        let surname = pick(Self.secondNames)
        h.members.append(member(.head, sex: headSex, age: headAge, surname: surname, married: headSex == .male))
        if headSex == .male {
            h.members.append(member(.wife, sex: .female, age: max(18, headAge - int(0...8)), surname: pick(Self.secondNames), married: true))
        }
        for _ in 0..<int(0...3) {
            let childAge = int(0...max(0, min(25, headAge - 18)))
            h.members.append(member(.child, sex: int(0...1) == 0 ? .male : .female, age: childAge, surname: surname, married: false))
        }
        if int(1...8) == 1 {
            h.members.append(member(.parent, sex: .female, age: min(95, headAge + int(20...30)), surname: pick(Self.secondNames), married: false))
        }
        h.housing.floorArea = int(12...90)
        h.housing.ownership = HouseOwnership.option(at: int(0...2)) ?? .own
        h.housing.drinkingWater = int(1...10) == 1 ? .brandedBottled : .refill
        h.economy.income = IncomeBand.option(at: int(0...3)) ?? .below1m
        h.economy.assets = int(0...1) == 0 ? [.motorcycle, .television] : [.television]
        for c in Criterion.askedAtDesk { h.criteria[c] = c.excludingAnswer == .yes ? .no : .yes }
        if int(1...12) == 1 { h.criteria[.ownsCar] = .yes }
        h.criteria[.drinksBrandedWater] = h.housing.drinkingWater == .brandedBottled ? .yes : .no
        return h
    }

    private mutating func member(_ rel: Relationship, sex: Sex, age: Int, surname: String, married: Bool) -> Member {
        let birth = birthDate(age: age)
        let first = sex == .male ? pick(Self.maleNames) : pick(Self.femaleNames)
        let region = int(1...5) == 1 ? pick(outsideKecamatan) : String(homeKelurahan.code.prefix(6))
        var m = Member(nik: uniqueNIK(region: region, birth: birth, sex: sex), name: "\(first) \(surname)", sex: sex,
                       birthPlace: int(1...4) == 1 ? pick(Self.birthPlaces) : "Jakarta", birthDate: birth,
                       religion: int(1...10) <= 8 ? .islam : (Religion.option(at: int(1...4)) ?? .islam),
                       relationship: rel)
        m.maritalStatus = married || rel == .head || rel == .wife ? .marriedRegistered : (age >= 60 ? .widowed : .single)
        m.education = age < 7 ? .none : (Education.option(at: int(1...5)) ?? .primary)
        m.occupation = age < 18 ? "Pelajar/Mahasiswa" : pick(Self.occupations)
        switch age {
        case 3...6: m.schooling = .earlyChildhood
        case 7...12: m.schooling = .primary
        case 13...15: m.schooling = .juniorHigh
        case 16...18: m.schooling = int(1...6) == 1 ? .droppedOut : .seniorHigh
        case 19...23: m.schooling = int(1...4) == 1 ? .university : .notInSchool
        default: m.schooling = .notInSchool
        }
        if int(1...25) == 1 { m.disability = Disability.option(at: int(1...5)) ?? .physical; m.severeDisability = int(0...1) == 1 }
        if rel == .wife && age < 40 && int(1...10) == 1 { m.pregnant = true }
        return m
    }

    private mutating func birthDate(age: Int) -> CivilDate {
        let latest = CivilDate(year: today.year - age, month: today.month, day: min(today.day, 28))!
        return latest.adding(days: -int(0...364))
    }

    private mutating func uniqueNIK(region: String, birth: CivilDate, sex: Sex) -> String {
        let day = birth.day + (sex == .female ? 40 : 0)
        let stem = region + twoDigits(day) + twoDigits(birth.month) + twoDigits(birth.year % 100)
        while true {
            let nik = stem + pad4(int(1...9999))
            if usedNIKs.insert(nik).inserted { return nik }
        }
    }

    private mutating func uniqueKK(_ kecamatan: String) -> String {
        while true {
            let issued = CivilDate(year: int(2008...today.year - 1), month: int(1...12), day: int(1...28))!
            let kk = kecamatan + twoDigits(issued.day) + twoDigits(issued.month) + twoDigits(issued.year % 100) + pad4(int(1...9999))
            if usedKKs.insert(kk).inserted { return kk }
        }
    }

    private mutating func int(_ range: ClosedRange<Int>) -> Int {
        range.lowerBound + Int(rng.next() % UInt64(range.count))
    }

    private mutating func pick(_ list: [String]) -> String { list[int(0...list.count - 1)] }

    private func pad3(_ n: Int) -> String { String(repeating: "0", count: 3 - String(n).count) + String(n) }
    private func pad4(_ n: Int) -> String { String(repeating: "0", count: 4 - String(n).count) + String(n) }

    static let maleNames = ["Budi", "Agus", "Slamet", "Joko", "Rudi", "Hendra", "Dedi", "Andi", "Yusuf", "Rizky",
                            "Fajar", "Bayu", "Eko", "Teguh", "Wahyu", "Ahmad", "Muhammad", "Ilham", "Dimas", "Arif",
                            "Bambang", "Heru", "Surya", "Anwar", "Ma'ruf", "Dodi", "Iwan", "Taufik", "Yoga", "Gilang"]
    static let femaleNames = ["Siti", "Sri", "Dewi", "Rina", "Wati", "Nur", "Ani", "Yuni", "Lestari", "Putri",
                              "Ayu", "Fitri", "Indah", "Ratna", "Sari", "Maya", "Dian", "Nining", "Aisyah", "Nurul",
                              "Kartini", "Wulan", "Intan", "Rahma", "Endang", "Tuti", "Susi", "Lilis", "Dédé", "Eni"]
    static let secondNames = ["Santoso", "Wijaya", "Saputra", "Lestari", "Hidayat", "Kurniawan", "Setiawan", "Rahayu",
                              "Pratama", "Nugroho", "Susanti", "Hasanah", "Purnama", "Utami", "Permana", "Siregar",
                              "Nasution", "Sitompul", "Aminah", "Maulana", "Ramadhan", "Handayani", "Suryani", "Firmansyah",
                              "Gunawan", "Hakim", "Safitri", "Wibowo", "Sulistyo", "Anggraini"]
    static let streets = ["Kebon Jeruk", "Cempaka", "Melati", "Kenanga", "Mawar", "Anggrek", "Dahlia", "Flamboyan",
                          "Kramat", "Pisangan", "Kemuning", "Swadaya", "Bhakti", "Masjid", "Pasar Baru"]
    static let birthPlaces = ["Bogor", "Bekasi", "Tegal", "Brebes", "Cirebon", "Kuningan", "Garut", "Serang",
                              "Pekalongan", "Solo", "Padang", "Medan", "Makassar"]
    static let occupations = ["Buruh Harian Lepas", "Wiraswasta", "Mengurus Rumah Tangga", "Pedagang", "Karyawan Swasta",
                              "Sopir", "Tidak/Belum Bekerja", "Pensiunan", "Tukang Ojek", "Asisten Rumah Tangga"]
}

/// A small, fast, seedable generator (Steele, Lea and Flood), so that synthetic data repeats.
public struct SplitMix64: RandomNumberGenerator, Sendable {
    private var state: UInt64
    public init(seed: UInt64) { state = seed }
    public mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
