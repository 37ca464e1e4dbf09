/// A family as registered from its KK: the header, the members, the house and the seven criteria.
public struct Household: Hashable, Sendable {
    public var kkNumber: String
    public var address: String
    public var rt: String
    public var rw: String
    public var kelurahanCode: String
    public var phone: String
    public var bankAccount: String
    public var members: [Member]
    public var housing: Housing
    public var economy: Economy
    public var criteria: CriteriaAnswers

    public init(kkNumber: String, address: String, rt: String, rw: String, kelurahanCode: String,
                phone: String = "", bankAccount: String = "", members: [Member] = [],
                housing: Housing = Housing(), economy: Economy = Economy(), criteria: CriteriaAnswers = CriteriaAnswers()) {
        self.kkNumber = kkNumber
        self.address = address
        self.rt = rt
        self.rw = rw
        self.kelurahanCode = kelurahanCode
        self.phone = phone
        self.bankAccount = bankAccount
        self.members = members
        self.housing = housing
        self.economy = economy
        self.criteria = criteria
    }

    public var head: Member? { members.first { $0.relationship == .head } ?? members.first }
}

public struct Housing: Hashable, Sendable {
    public var ownership: HouseOwnership = .own
    public var floorArea: Int = 0
    public var wall: WallMaterial = .brick
    public var floor: FloorMaterial = .cement
    public var roof: RoofMaterial = .tile
    public var waterSource: WaterSource = .piped
    public var drinkingWater: DrinkingWater = .refill
    public var lighting: Lighting = .pln900
    public var cookingFuel: CookingFuel = .gas3kg
    public var toilet: Toilet = .own

    public init() {}
}

/// Things a family may own, asked one by one (a car is criterion 4, asked there).
public struct Assets: OptionSet, Hashable, Sendable {
    public let rawValue: UInt16
    public init(rawValue: UInt16) { self.rawValue = rawValue }

    public static let motorcycle = Assets(rawValue: 1 << 0)
    public static let refrigerator = Assets(rawValue: 1 << 1)
    public static let airConditioner = Assets(rawValue: 1 << 2)
    public static let television = Assets(rawValue: 1 << 3)
    public static let computer = Assets(rawValue: 1 << 4)
    public static let gold = Assets(rawValue: 1 << 5)
    public static let livestock = Assets(rawValue: 1 << 6)

    public static let all: [(Assets, String)] = [
        (.motorcycle, "Sepeda motor"), (.refrigerator, "Kulkas"), (.airConditioner, "AC"),
        (.television, "TV"), (.computer, "Komputer/laptop"), (.gold, "Emas/perhiasan ≥ 10 gram"),
        (.livestock, "Ternak"),
    ]
}

public struct Economy: Hashable, Sendable {
    public var income: IncomeBand = .below1m
    public var assets: Assets = []
    public init() {}
}

extension Household: BinaryCodable {
    public func encode(to w: inout ByteWriter) {
        w.string(kkNumber)
        w.string(address)
        w.string(rt)
        w.string(rw)
        w.string(kelurahanCode)
        w.string(phone)
        w.string(bankAccount)
        w.values(members)
        w.value(housing)
        w.enumeration(economy.income)
        w.uint(UInt64(economy.assets.rawValue))
        w.value(criteria)
    }

    public init(from r: inout ByteReader) throws {
        kkNumber = try r.string()
        address = try r.string()
        rt = try r.string()
        rw = try r.string()
        kelurahanCode = try r.string()
        phone = try r.string()
        bankAccount = try r.string()
        members = try r.values()
        housing = try r.value()
        economy = Economy()
        economy.income = try r.enumeration()
        economy.assets = Assets(rawValue: UInt16(truncatingIfNeeded: try r.uint()))
        criteria = try r.value()
    }
}

extension Housing: BinaryCodable {
    public func encode(to w: inout ByteWriter) {
        w.enumeration(ownership)
        w.int(floorArea)
        w.enumeration(wall)
        w.enumeration(floor)
        w.enumeration(roof)
        w.enumeration(waterSource)
        w.enumeration(drinkingWater)
        w.enumeration(lighting)
        w.enumeration(cookingFuel)
        w.enumeration(toilet)
    }

    public init(from r: inout ByteReader) throws {
        ownership = try r.enumeration()
        floorArea = try r.int()
        wall = try r.enumeration()
        floor = try r.enumeration()
        roof = try r.enumeration()
        waterSource = try r.enumeration()
        drinkingWater = try r.enumeration()
        lighting = try r.enumeration()
        cookingFuel = try r.enumeration()
        toilet = try r.enumeration()
    }
}
