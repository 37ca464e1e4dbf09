import LoketCore
import LoketTUI

extension RegistrationScreen {
    public func render(into grid: inout Grid, context: AppContext) {
        let number = correcting.flatMap { context.desk.household(id: $0)?.number }
        let title: String
        if saved != nil {
            title = "Pendaftaran baru — tersimpan"
        } else if let number {
            title = "Koreksi pendaftaran No. \(number) — \(page.title)"
        } else {
            title = "Pendaftaran baru — \(page.rawValue + 1)/5 \(page.title)"
        }
        Chrome(title: title, keys: keys, message: message).render(into: &grid, context: context)
        let area = Chrome.content(of: grid)
        if let saved {
            renderSaved(saved, into: &grid, area: area, context: context)
        } else {
            renderTabs(into: &grid, y: area.y)
            let body = Rect(x: area.x, y: area.y + 2, width: area.width, height: area.height - 2)
            switch page {
            case .kk: renderKK(into: &grid, body, context: context)
            case .members: renderMembers(into: &grid, body, context: context)
            case .house: houseForm.render(in: body, into: &grid, labelWidth: 30)
            case .criteria: renderCriteria(into: &grid, body)
            case .summary: renderSummary(into: &grid, body, context: context)
            }
        }
        dialog?.render(into: &grid)
    }

    var keys: [(key: String, label: String)] {
        if saved != nil { return [("Enter", "Daftar keluarga baru"), ("F5/^P", "Cetak ulang"), ("Esc", "Ke menu")] }
        if dialog != nil { return [("←/→", "Pilih"), ("Enter", "OK"), ("Esc", "Batal")] }
        if page == .members && editor != nil {
            return [("F2/^S", "Simpan"), ("Tab", "Berikut"), ("Esc", "Selesai anggota ini"), ("PgDn", "Halaman berikut")]
        }
        if page == .members {
            return [("F2/^S", "Simpan"), ("F3/^A", "Tambah"), ("Enter", "Ubah"), ("F8/^D", "Hapus"),
                    ("PgDn", "Lanjut"), ("PgUp", "Kembali"), ("Esc", "Keluar")]
        }
        return [("F2/^S", "Simpan"), ("Tab", "Berikut"), ("PgDn/^N", "Lanjut"), ("PgUp/^B", "Kembali"), ("Esc", "Keluar")]
    }

    private func renderTabs(into grid: inout Grid, y: Int) {
        var x = 1
        for p in Page.allCases {
            let label = p == page ? "[\(p.rawValue + 1) \(p.tab)]" : " \(p.rawValue + 1) \(p.tab) "
            x += grid.put(label, x: x, y: y, style: p == page ? .reverse : .dim)
            x += 1
        }
        grid.put("Alt-1..5 pindah halaman", x: x + 1, y: y, style: .muted)
    }

    private func renderKK(into grid: inout Grid, _ rect: Rect, context: AppContext) {
        kkForm.render(in: Rect(x: rect.x, y: rect.y, width: rect.width, height: 6), into: &grid, labelWidth: 26)
        var y = rect.y + 7
        let kel = context.kelurahan.map { "Kel. \($0.name), Kec. \($0.kecamatan), \($0.shortKota)" } ?? "-"
        grid.put("Kelurahan domisili: \(kel) (dari loket)", x: rect.x, y: y, style: .muted, maxWidth: rect.width)
        y += 2
        guard !form.kkNumber.isEmpty else {
            grid.put("Ketik 16 angka No. KK dari fotokopi KK.", x: rect.x, y: y, style: .muted)
            return
        }
        let check = KKCheck(form.kkNumber, today: context.today)
        var lines: [(String, Style)] = []
        if !check.regionDescription.isEmpty { lines.append(("Wilayah KK: \(check.regionDescription)", .plain)) }
        if let date = check.issueDate { lines.append(("Tanggal terbit: \(date)", .plain)) }
        lines += check.errors.map { ("✗ " + $0.message, Style.error) }
        lines += check.warnings.map { ("! " + $0.message, Style.warning) }
        if check.isValid && check.warnings.isEmpty { lines.append(("✓ No. KK sah", .success)) }
        for (text, style) in lines where y < rect.maxY {
            for part in wrapped(text, width: rect.width) where y < rect.maxY {
                grid.put(part, x: rect.x, y: y, style: style)
                y += 1
            }
        }
    }

    private func renderMembers(into grid: inout Grid, _ rect: Rect, context: AppContext) {
        if let editor {
            let left = Rect(x: rect.x, y: rect.y, width: 53, height: rect.height)
            editor.render(in: left, into: &grid, labelWidth: 22)
            let panel = Rect(x: rect.x + 54, y: rect.y, width: rect.width - 54, height: rect.height)
            MemberCheckPanel(member: editor.model, index: editingIndex, form: form, context: context, correcting: correcting)
                .render(in: panel, into: &grid)
            return
        }
        if form.members.isEmpty {
            grid.put("Belum ada anggota. Tekan F3 (atau Ctrl-A) untuk menambah, mulai dari Kepala Keluarga.",
                     x: rect.x, y: rect.y, style: .muted, maxWidth: rect.width)
            return
        }
        grid.put("No    NIK               Nama                        JK Umur Hubungan", x: rect.x, y: rect.y, style: .bold)
        let list = Rect(x: rect.x, y: rect.y + 1, width: rect.width, height: rect.height - 4)
        memberList.render(in: list, into: &grid) { index, row, _, grid in
            let m = form.members[index]
            let age = CivilDate(parsing: m.birthDate).map { "\($0.age(on: context.today))" } ?? "?"
            let sex = m.sex.flatMap(Sex.option)?.letter ?? "?"
            let rel = m.relationship.flatMap(Relationship.option)?.label ?? "?"
            let mark = memberProblem(m, context: context) == nil ? "✓" : "✗"
            let text = padded("\(index + 1).", toWidth: 4) + mark + " " + padded(m.nik.isEmpty ? "-" : maskedNIK(m.nik), toWidth: 18)
                + padded(m.name.isEmpty ? "(tanpa nama)" : m.name, toWidth: 28) + padded(sex, toWidth: 3)
                + padded(age, toWidth: 5) + rel
            grid.put(text, x: row.x, y: row.y, maxWidth: row.width)
        }
        if let problem = memberProblem(form.members[memberList.selected], context: context) {
            grid.put("✗ Anggota \(memberList.selected + 1): \(problem)",
                     x: rect.x, y: rect.maxY - 2, style: .error, maxWidth: rect.width)
        }
        grid.put("\(form.members.count) anggota. Enter: ubah data yang dipilih. Urutan seperti di KK.",
                 x: rect.x, y: rect.maxY - 1, style: .muted, maxWidth: rect.width)
    }

    /// What is still wrong with one member, in words; nil when complete and the NIK is valid.
    private func memberProblem(_ m: MemberForm, context: AppContext) -> String? {
        switch m.member() {
        case .failure(let problems): return problems.message
        case .success:
            let nik = NIKCheck(m.nik, today: context.today)
            return nik.isValid ? nil : "NIK: " + (nik.errors.first?.message ?? "")
        }
    }

    private func renderCriteria(into grid: inout Grid, _ rect: Rect) {
        criteriaForm.render(in: Rect(x: rect.x, y: rect.y, width: rect.width, height: 6), into: &grid, labelWidth: 42)
        var y = rect.y + 7
        let focused = Criterion.askedAtDesk[criteriaForm.focus]
        for part in wrapped("Pertanyaan: \(focused.question) Jawaban yang membuat keluarga tidak dapat diusulkan: \(focused.excludingAnswer.label).", width: rect.width) {
            grid.put(part, x: rect.x, y: y, style: .muted)
            y += 1
        }
        y += 1
        let answered = Criterion.askedAtDesk.filter { form.answer($0) != nil }
        let excluded = answered.filter { form.answer($0) == $0.excludingAnswer }
        if excluded.isEmpty {
            let text = answered.count == Criterion.askedAtDesk.count
                ? "Hasil: dapat diusulkan." : "Belum semua dijawab (\(answered.count) dari \(Criterion.askedAtDesk.count))."
            grid.put(text, x: rect.x, y: y, style: .bold)
            y += 1
        } else {
            grid.put("Hasil: TIDAK DAPAT DIUSULKAN (keluarga tetap dicatat):", x: rect.x, y: y, style: .error)
            y += 1
            for c in excluded {
                grid.put("  Kriteria \(c.number): \(c.refusal)", x: rect.x, y: y, style: .bold, maxWidth: rect.width)
                y += 1
            }
        }
        grid.put("Kriteria 7 (dianggap mampu oleh masyarakat) diputuskan di musyawarah kelurahan.",
                 x: rect.x, y: y + 1, style: .muted, maxWidth: rect.width)
    }

    private func renderSummary(into grid: inout Grid, _ rect: Rect, context: AppContext) {
        var y = rect.y
        if correcting != nil {
            grid.put("Alasan koreksi:", x: rect.x, y: y, style: .bold)
            reason.render(in: Rect(x: rect.x + 16, y: y, width: rect.width - 16, height: 1), into: &grid,
                          focused: true, placeholder: "wajib diisi, misalnya: KK baru")
            y += 2
        } else {
            let next = context.desk.nextRegistrationNumber(year: context.today.year)
            grid.put("No. pendaftaran yang akan diberikan: \(next)", x: rect.x, y: y, style: .muted)
            y += 2
        }
        let check = RegistrationCheck(form: form, context: context, editingID: correcting)
        let rows = check.lines(today: context.today).flatMap { text, style in
            indentedWrap(text, width: rect.width).map { ($0, style) }
        }
        let fits = rows.count <= rect.maxY - y
        let height = rect.maxY - y - (fits ? 0 : 1)
        let top = max(0, min(summaryTop, rows.count - height))
        for (text, style) in rows.dropFirst(top).prefix(height) {
            grid.put(text, x: rect.x, y: y, style: style, maxWidth: rect.width)
            y += 1
        }
        if !fits {
            grid.put("↑/↓ gulir (\(top + 1)–\(min(rows.count, top + height)) dari \(rows.count) baris)",
                     x: rect.x, y: rect.maxY - 1, style: .muted)
        }
    }

    private func renderSaved(_ saved: (number: RegistrationNumber, receiptPath: String?), into grid: inout Grid,
                             area: Rect, context: AppContext) {
        var y = area.y + 1
        grid.put("TERSIMPAN", x: area.x + 2, y: y, style: .success)
        y += 2
        grid.put("No. pendaftaran:  \(saved.number)", x: area.x + 2, y: y, style: .bold)
        y += 1
        grid.put("Dibaca:           \(spokenDigits(saved.number.description))", x: area.x + 2, y: y)
        y += 2
        if let record = context.desk.household(number: saved.number) {
            let head = record.current.head?.name ?? "-"
            grid.put("Keluarga:         \(head) (\(record.current.members.count) orang)", x: area.x + 2, y: y, maxWidth: area.width - 4)
            y += 1
            let exclusions = record.current.criteria.exclusions
            if exclusions.isEmpty {
                grid.put("Status:           terdaftar, tahap Pendaftaran (2 dari 11)", x: area.x + 2, y: y)
            } else {
                grid.put("Status:           TIDAK DAPAT DIUSULKAN — kriteria \(exclusions.map { "\($0.number)" }.joined(separator: ", "))",
                         x: area.x + 2, y: y, style: .bold, maxWidth: area.width - 4)
            }
            y += 2
        }
        if let path = saved.receiptPath {
            grid.put("Tanda terima siap dicetak:", x: area.x + 2, y: y)
            grid.put(path, x: area.x + 4, y: y + 1, maxWidth: area.width - 6)
        } else {
            grid.put("Tanda terima belum tertulis. Tekan F5 untuk mencoba lagi.", x: area.x + 2, y: y, style: .warning)
        }
        y += 3
        grid.put("Sampaikan nomor pendaftaran kepada keluarga: dengan nomor ini status bisa", x: area.x + 2, y: y, style: .muted)
        grid.put("ditanyakan kapan saja di menu Cek pendaftaran.", x: area.x + 2, y: y + 1, style: .muted)
    }
}

/// Word wrap that keeps a line's leading indent on every continuation line.
func indentedWrap(_ text: String, width: Int) -> [String] {
    let indent = String(text.prefix { $0 == " " })
    let body = wrapped(String(text.dropFirst(indent.count)), width: max(10, width - indent.count - 2))
    guard let first = body.first else { return [""] }
    return [indent + first] + body.dropFirst().map { indent + "  " + $0 }
}
