import LoketCore
import LoketTUI

/// The fields of each page of the registration form, bound to `RegistrationForm` / `MemberForm`.
enum RegistrationFields {
    static var kk: [FormField<RegistrationForm>] { [
        .identityNumber("No. KK", \.kkNumber),
        .text("Alamat (jalan, no.)", \.address, maxLength: 60, width: 40),
        .text("RT", \.rt, filter: .digits, maxLength: 3),
        .text("RW", \.rw, filter: .digits, maxLength: 3),
        .text("No. HP (boleh kosong)", \.phone, filter: .digits, maxLength: 14),
        .text("Rekening bank (opsional)", \.bankAccount, filter: .digitsAndSpace, maxLength: 20),
    ] }

    static var house: [FormField<RegistrationForm>] {
        [
        .choice("Status rumah", \.ownership, HouseOwnership.labels),
        .text("Luas lantai (m²)", \.floorArea, filter: .digits, maxLength: 4),
        .choice("Dinding terluas", \.wall, WallMaterial.labels),
        .choice("Lantai terluas", \.floor, FloorMaterial.labels),
        .choice("Atap terluas", \.roof, RoofMaterial.labels),
        .choice("Sumber air", \.waterSource, WaterSource.labels),
        .choice("Air minum sehari-hari", \.drinkingWater, DrinkingWater.labels),
        .choice("Penerangan", \.lighting, Lighting.labels),
        .choice("Bahan bakar memasak", \.cookingFuel, CookingFuel.labels),
        .choice("Jamban", \.toilet, Toilet.labels),
        .choice("Penghasilan keluarga/bulan", \.income, IncomeBand.labels),
    ] + Assets.all.enumerated().map { i, asset in
        FormField("Punya \(asset.1.lowercased())", .toggle(\RegistrationForm.assets[i]))
    } }

    /// The six criteria asked at the desk, with short labels; the full question shows below the list.
    static var criteria: [FormField<RegistrationForm>] { Criterion.askedAtDesk.map { c in
        .choice("\(c.number). \(shortQuestion(c))", \RegistrationForm.criteria[c.rawValue - 1], YesNo.labels)
    } }

    static func shortQuestion(_ c: Criterion) -> String {
        switch c {
        case .ktpOutsideJakarta: return "KTP diterbitkan di DKI Jakarta?"
        case .notDomiciledInJakarta: return "Tinggal di DKI Jakarta?"
        case .stateEmployee: return "Ada PNS/TNI/POLRI/BUMN/BUMD/DPR(D)?"
        case .ownsCar: return "Memiliki mobil?"
        case .propertyAboveOneBillion: return "Tanah/bangunan NJOP > Rp 1 miliar?"
        case .drinksBrandedWater: return "Minum air kemasan bermerek?"
        case .notPoorByCommunity: return "Dianggap mampu oleh masyarakat?"
        }
    }

    static var member: [FormField<MemberForm>] { [
        .identityNumber("NIK", \.nik),
        .text("Nama lengkap", \.name, maxLength: 60, width: 30),
        .choice("Jenis kelamin", \.sex, Sex.labels),
        .text("Tempat lahir", \.birthPlace, maxLength: 40, width: 20),
        .text("Tanggal lahir", \.birthDate, filter: .custom("date") { $0.isASCII && ($0.isNumber || $0 == "-" || $0 == "/") }, maxLength: 10),
        .choice("Hubungan (SHDK)", \.relationship, Relationship.labels),
        .choice("Agama", \.religion, Religion.labels),
        .choice("Pendidikan", \.education, Education.labels),
        .text("Pekerjaan", \.occupation, maxLength: 40, width: 24),
        .choice("Status perkawinan", \.maritalStatus, MaritalStatus.labels),
        .choice("Disabilitas", \.disability, Disability.labels),
        FormField("Disabilitas berat", .toggle(\.severeDisability)),
        FormField("Sedang hamil", .toggle(\.pregnant)),
        .choice("Sekolah", \.schooling, Schooling.labels),
        .choice("Yatim/piatu", \.orphan, OrphanStatus.labels),
        FormField("Ortu wafat (Covid-19)", .toggle(\.parentDiedOfCovid)),
    ] }
}
