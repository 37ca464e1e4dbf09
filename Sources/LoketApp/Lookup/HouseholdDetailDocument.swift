import LoketCore
import LoketTUI

/// The family's data as rows of text, built fresh from the current record at every render so that a
/// correction made elsewhere shows at once. NIKs are masked except `revealedNIK` (a logged reveal).
enum HouseholdDetailDocument {
    // Member table columns.
    static let nikColumn = 4
    static let nameColumn = 22
    static let nameWidth = 24
    static let sexColumn = 47
    static let ageColumn = 50
    static let relationColumn = 56

    static func lines(_ record: HouseholdRecord, context: AppContext, revealedNIK: String?, width: Int) -> [DetailLine] {
        header(record, width: width)
            + [.blank]
            + members(record, context: context, revealedNIK: revealedNIK, width: width)
            + [.blank]
            + history(record, context: context, width: width)
    }

    // MARK: - Family

    static func header(_ record: HouseholdRecord, width: Int) -> [DetailLine] {
        let h = record.current
        var out: [DetailLine] = []
        out.append(DetailLine.field("No. pendaftaran", record.number.description, valueStyle: .bold)
            .adding("Tanggal daftar", column: 40, width: 16, style: .muted)
            .adding(record.registeredOn.longDescription, column: 57))
        out.append(DetailLine.field("No. KK", maskedNIK(h.kkNumber))
            .adding("Telepon", column: 40, width: 16, style: .muted)
            .adding(h.phone.isEmpty ? "-" : h.phone, column: 57))
        if record.kkHistory.count > 1 {
            let older = record.kkHistory.dropLast().map(maskedNIK).joined(separator: ", ")
            out.append(DetailLine.field("", "(No. KK sebelumnya: \(older))", valueStyle: .muted))
        }
        for (i, part) in wrapped(h.address.isEmpty ? "-" : h.address, width: width - 17).enumerated() {
            out.append(DetailLine.field(i == 0 ? "Alamat" : "", part))
        }
        let kelurahan = RegionDirectory.shared.kelurahan(code: h.kelurahanCode)?.name ?? h.kelurahanCode
        out.append(DetailLine.field("RT/RW", "\(h.rt)/\(h.rw)")
            .adding("Kelurahan", column: 40, width: 16, style: .muted)
            .adding(kelurahan, column: 57))
        out += criteria(h.criteria, width: width)
        let family = ProgramScreening.householdPrograms(h).map(\.program.name)
        out.append(DetailLine.field("Program keluarga", family.isEmpty ? "-" : family.joined(separator: ", ")))
        return out
    }

    /// Proposable, or each refusal with its criterion; unanswered desk questions are flagged.
    static func criteria(_ answers: CriteriaAnswers, width: Int) -> [DetailLine] {
        var texts: [(String, Style)] = []
        if answers.isProposable {
            texts.append(("Dapat diusulkan (kriteria 7 diputuskan di musyawarah)", .success))
        }
        for c in answers.exclusions {
            texts.append(("Tidak dapat diusulkan: kriteria \(c.number) — \(c.refusal)", .error))
        }
        let open = answers.unansweredAtDesk
        if !open.isEmpty {
            texts.append(("Belum dijawab: kriteria " + open.map { String($0.number) }.joined(separator: ", "), .warning))
        }
        var out: [DetailLine] = []
        for (text, style) in texts {
            for part in wrapped(text, width: width - 17) {
                out.append(DetailLine.field(out.isEmpty ? "Kriteria" : "", part, valueStyle: style))
            }
        }
        return out
    }

    // MARK: - Members

    static func members(_ record: HouseholdRecord, context: AppContext, revealedNIK: String?, width: Int) -> [DetailLine] {
        let h = record.current
        var out: [DetailLine] = []
        out.append(DetailLine.text("Anggota keluarga (\(h.members.count) orang)", style: .bold))
        out.append(DetailLine([
            .init(column: nikColumn, text: "NIK", width: nil, style: .muted),
            .init(column: nameColumn, text: "Nama", width: nil, style: .muted),
            .init(column: sexColumn - 1, text: "L/P", width: nil, style: .muted),
            .init(column: ageColumn + 1, text: "Umur", width: nil, style: .muted),
            .init(column: relationColumn, text: "Hubungan", width: nil, style: .muted),
        ]))
        for (i, m) in h.members.enumerated() {
            let nik = m.nik == revealedNIK ? m.nik : maskedNIK(m.nik)
            let age = String(m.age(on: context.today))
            let number = "\(i + 1)."
            out.append(DetailLine([
                .init(column: 3 - displayWidth(number), text: number, width: nil, style: .plain),
                .init(column: nikColumn, text: nik, width: 16, style: m.nik == revealedNIK ? .bold : .plain),
                .init(column: nameColumn, text: m.name, width: nameWidth, style: .bold),
                .init(column: sexColumn, text: m.sex.letter, width: nil, style: .plain),
                .init(column: ageColumn + 4 - age.count, text: age, width: nil, style: .plain),
                .init(column: relationColumn, text: m.relationship.label, width: nil, style: .plain),
            ], member: i))
            let status = record.status(of: m.nik)
            for part in wrapped(PersonStatusText.line(status), width: width - nikColumn) {
                out.append(.text(part, column: nikColumn, member: i))
            }
            let programs = "Program: " + PersonStatusText.programs(m, on: context.today)
            for part in wrapped(programs, width: width - nikColumn) {
                out.append(.text(part, column: nikColumn, style: .muted, member: i))
            }
        }
        return out
    }

    // MARK: - History

    /// The registration, then every correction with who, when and why, and what it changed.
    static func history(_ record: HouseholdRecord, context: AppContext, width: Int) -> [DetailLine] {
        var out: [DetailLine] = [.text("Riwayat data (\(record.versions.count) versi)", style: .bold)]
        for (i, v) in record.versions.enumerated() {
            let who = context.desk.operatorAccount(id: v.operatorID)?.name ?? "petugas \(v.operatorID)"
            let what = i == 0 ? "Didaftarkan oleh \(who)" : "Koreksi ke-\(i) oleh \(who)"
            out.append(DetailLine.text(localDateTime(v.timestamp), column: 1)
                .adding(what, column: 19, style: .bold))
            guard i > 0 else { continue }
            for part in wrapped("Alasan: " + (v.reason.isEmpty ? "-" : v.reason), width: width - 19) {
                out.append(.text(part, column: 19))
            }
            let changes = HouseholdChanges.between(record.versions[i - 1].household, v.household)
            if changes.isEmpty {
                out.append(.text("(tidak ada data yang berubah)", column: 19, style: .muted))
            }
            for change in changes {
                for (j, part) in wrapped(change.text, width: width - 21).enumerated() {
                    out.append(.text(part, column: j == 0 ? 19 : 21).withBullet(j == 0))
                }
            }
        }
        return out
    }
}

private extension DetailLine {
    func withBullet(_ bullet: Bool) -> DetailLine {
        guard bullet, var first = pieces.first else { return self }
        first.text = "• " + first.text
        var copy = self
        copy.pieces[0] = first
        return copy
    }
}
