import LoketCore

/// One field whose value differs between two versions of a family's data, worded for the history.
public struct FieldChange: Hashable, Sendable {
    public let field: String
    public let old: String
    public let new: String

    /// "Field: old → new"; an added or removed member has only one side.
    public var text: String {
        if old.isEmpty { return "\(field): \(new)" }
        if new.isEmpty { return "\(field): \(old)" }
        return "\(field): \(old) → \(new)"
    }
}

/// What a correction changed, as the operator would say it. NIKs and KK numbers come out masked: the
/// history is read at the desk, in front of the family.
public enum HouseholdChanges {
    public static func between(_ old: Household, _ new: Household, regions: RegionDirectory = .shared) -> [FieldChange] {
        var out: [FieldChange] = []
        func add(_ field: String, _ a: String, _ b: String) {
            if a != b { out.append(FieldChange(field: field, old: shown(a), new: shown(b))) }
        }
        add("No. KK", maskedNIK(old.kkNumber), maskedNIK(new.kkNumber))
        add("Alamat", old.address, new.address)
        add("RT", old.rt, new.rt)
        add("RW", old.rw, new.rw)
        add("Kelurahan", kelurahanName(old.kelurahanCode, regions), kelurahanName(new.kelurahanCode, regions))
        add("Telepon", old.phone, new.phone)
        add("Rekening bank", maskedAccount(old.bankAccount), maskedAccount(new.bankAccount))
        housing(old.housing, new.housing, add)
        add("Penghasilan", old.economy.income.label, new.economy.income.label)
        add("Aset", assets(old.economy.assets), assets(new.economy.assets))
        for c in Criterion.allCases {
            add("Kriteria \(c.number)", old.criteria[c]?.label ?? "", new.criteria[c]?.label ?? "")
        }
        out += members(old.members, new.members)
        return out
    }

    private static func housing(_ a: Housing, _ b: Housing, _ add: (String, String, String) -> Void) {
        add("Status rumah", a.ownership.label, b.ownership.label)
        add("Luas lantai", "\(a.floorArea) m²", "\(b.floorArea) m²")
        add("Dinding", a.wall.label, b.wall.label)
        add("Lantai", a.floor.label, b.floor.label)
        add("Atap", a.roof.label, b.roof.label)
        add("Sumber air", a.waterSource.label, b.waterSource.label)
        add("Air minum", a.drinkingWater.label, b.drinkingWater.label)
        add("Penerangan", a.lighting.label, b.lighting.label)
        add("Bahan bakar masak", a.cookingFuel.label, b.cookingFuel.label)
        add("Jamban", a.toilet.label, b.toilet.label)
    }

    /// Members are paired by NIK, then by name, then by birth date and sex, so that correcting one
    /// field of a person reads as that change. Whom no field identifies is shown as removed or added
    /// rather than guessed: a wrong pairing would tell a false story in the audit trail.
    private static func members(_ old: [Member], _ new: [Member]) -> [FieldChange] {
        var unpaired = Array(old.indices)
        var pairs: [(Int?, Int)] = new.indices.map { (nil, $0) }
        let sameness: [(Member, Member) -> Bool] = [
            { $0.nik == $1.nik },
            { $0.name == $1.name },
            { $0.birthDate == $1.birthDate && $0.sex == $1.sex },
        ]
        for same in sameness {
            for p in pairs.indices where pairs[p].0 == nil {
                if let u = unpaired.firstIndex(where: { same(old[$0], new[pairs[p].1]) }) {
                    pairs[p].0 = unpaired.remove(at: u)
                }
            }
        }
        var out: [FieldChange] = []
        for (o, n) in pairs {
            if let o {
                out += member(old[o], new[n])
            } else {
                out.append(FieldChange(field: "Anggota ditambahkan", old: "", new: "\(new[n].name) (\(maskedNIK(new[n].nik)))"))
            }
        }
        for o in unpaired {
            out.append(FieldChange(field: "Anggota dihapus", old: "\(old[o].name) (\(maskedNIK(old[o].nik)))", new: ""))
        }
        return out
    }

    private static func member(_ a: Member, _ b: Member) -> [FieldChange] {
        var out: [FieldChange] = []
        let who = b.name
        func add(_ field: String, _ x: String, _ y: String) {
            if x != y { out.append(FieldChange(field: "\(who) — \(field)", old: shown(x), new: shown(y))) }
        }
        add("NIK", maskedNIK(a.nik), maskedNIK(b.nik))
        add("Nama", a.name, b.name)
        add("Jenis kelamin", a.sex.label, b.sex.label)
        add("Tempat lahir", a.birthPlace, b.birthPlace)
        add("Tanggal lahir", a.birthDate.description, b.birthDate.description)
        add("Agama", a.religion.label, b.religion.label)
        add("Pendidikan", a.education.label, b.education.label)
        add("Pekerjaan", a.occupation, b.occupation)
        add("Status kawin", a.maritalStatus.label, b.maritalStatus.label)
        add("Hubungan (SHDK)", a.relationship.label, b.relationship.label)
        add("Disabilitas", a.disability.label, b.disability.label)
        add("Disabilitas berat", yesNo(a.severeDisability), yesNo(b.severeDisability))
        add("Hamil", yesNo(a.pregnant), yesNo(b.pregnant))
        add("Sekolah", a.schooling.label, b.schooling.label)
        add("Yatim/piatu", a.orphan.label, b.orphan.label)
        add("Orang tua meninggal karena Covid-19", yesNo(a.parentDiedOfCovid), yesNo(b.parentDiedOfCovid))
        return out
    }

    private static func shown(_ value: String) -> String { value.isEmpty ? "(kosong)" : value }
    private static func yesNo(_ b: Bool) -> String { b ? "Ya" : "Tidak" }

    private static func assets(_ a: Assets) -> String {
        Assets.all.filter { a.contains($0.0) }.map(\.1).joined(separator: ", ")
    }

    private static func kelurahanName(_ code: String, _ regions: RegionDirectory) -> String {
        regions.kelurahan(code: code)?.name ?? code
    }

    /// Only the last four digits of a bank account are shown.
    static func maskedAccount(_ account: String) -> String {
        guard account.count > 4 else { return account }
        return String(repeating: "•", count: account.count - 4) + account.suffix(4)
    }
}
