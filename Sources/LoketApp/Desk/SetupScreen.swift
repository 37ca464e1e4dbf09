import Foundation
import LoketCore
import LoketTUI

/// First run: choose the kelurahan, name the desk, create the first operator. Nothing is saved until
/// the last step; Esc steps back without losing anything typed.
public struct SetupScreen: Screen {
    public enum Step: Int, Sendable { case kelurahan = 1, deskName, firstOperator }

    public struct DeskNameEntry: Equatable, Sendable { public var name = "" }

    public private(set) var step: Step = .kelurahan
    public private(set) var filter = TextField(maxLength: 40)
    public private(set) var matches: [Kelurahan]
    public private(set) var list: ListView
    public private(set) var chosen: Kelurahan?
    public private(set) var deskForm = Form(model: DeskNameEntry(), fields: [.text("Nama loket", \.name, maxLength: 40)])
    public private(set) var operatorForm = Form(model: OperatorEntry(), fields: OperatorEntry.fields)
    public private(set) var message: StatusMessage?
    public private(set) var quitDialog: Dialog?

    static let listTop = 8
    static let listHeight = 13

    public init() {
        matches = KelurahanFilter.jakarta.all
        list = ListView(count: matches.count, pageSize: Self.listHeight)
    }

    public mutating func update(_ key: Key, context: AppContext) -> Effect {
        if var dialog = quitDialog {
            let outcome = dialog.handle(key)
            quitDialog = outcome == nil ? dialog : nil
            return outcome == .chosen(0) ? .quit : .none
        }
        if key == .function(10) || key == .ctrl("q") {
            quitDialog = Self.makeQuitDialog()
            return .none
        }
        message = nil
        switch step {
        case .kelurahan: return updateKelurahan(key)
        case .deskName: return updateDeskName(key)
        case .firstOperator: return updateOperator(key)
        }
    }

    public mutating func receive(_ result: CommandResult, context: AppContext) -> Effect {
        switch result {
        case .deskSetUp:
            let name = context.operatorName ?? operatorForm.model.cleanName
            return .reset(MainMenuScreen(message: .success("Loket siap dipakai. Selamat bekerja, \(name).")))
        case .failed(let text):
            message = .error(text)
        default:
            break
        }
        return .none
    }

    // MARK: - Steps

    private mutating func updateKelurahan(_ key: Key) -> Effect {
        switch key {
        case .up, .down, .pageUp, .pageDown:
            list.handle(key)
        case .enter:
            guard !matches.isEmpty else {
                message = .error("Tidak ada kelurahan yang cocok. Hapus sebagian ketikan dengan Backspace.")
                return .none
            }
            pick(matches[list.selected])
        case .escape:
            quitDialog = Self.makeQuitDialog()
        default:
            let before = filter.text
            filter.handle(key)
            if filter.text != before { refilter() }
        }
        return .none
    }

    private mutating func updateDeskName(_ key: Key) -> Effect {
        switch key {
        case .escape:
            step = .kelurahan
        case .enter, .function(2), .ctrl("s"):
            if deskForm.model.name.trimmingCharacters(in: .whitespaces).isEmpty {
                message = .error("Isi nama loket, misalnya \"\(Self.defaultDeskName(for: chosen))\".")
            } else {
                step = .firstOperator
            }
        default:
            _ = deskForm.handle(key)
        }
        return .none
    }

    private mutating func updateOperator(_ key: Key) -> Effect {
        switch key {
        case .escape:
            step = .deskName
            return .none
        case .function(2), .ctrl("s"):
            return finish()
        default:
            return operatorForm.handle(key) == .submitted ? finish() : .none
        }
    }

    private mutating func finish() -> Effect {
        if let problem = operatorForm.model.problem() {
            operatorForm.setFocus(problem.field.rawValue)
            message = .error(problem.message)
            return .none
        }
        guard let chosen else { step = .kelurahan; return .none }
        let deskName = deskForm.model.name.split(separator: " ").joined(separator: " ")
        return .command(.setUpDesk(kelurahanCode: chosen.code, deskName: deskName,
                                   operatorName: operatorForm.model.cleanName, pin: operatorForm.model.pin))
    }

    private mutating func refilter() {
        matches = KelurahanFilter.jakarta.matches(filter.text)
        list = ListView(count: matches.count, pageSize: Self.listHeight)
    }

    /// Takes the kelurahan and moves on; a desk name the user has not changed follows the new choice.
    private mutating func pick(_ kelurahan: Kelurahan) {
        let name = deskForm.model.name
        if name.isEmpty || name == Self.defaultDeskName(for: chosen) {
            deskForm = Form(model: DeskNameEntry(name: Self.defaultDeskName(for: kelurahan)), fields: deskForm.fields)
        }
        chosen = kelurahan
        step = .deskName
    }

    static func defaultDeskName(for kelurahan: Kelurahan?) -> String {
        kelurahan.map { "Loket \($0.name)" } ?? ""
    }

    static func makeQuitDialog() -> Dialog {
        Dialog(title: "Keluar dari penyiapan?",
               message: ["Belum ada yang disimpan. Penyiapan bisa diulang", "saat Loket dibuka lagi."],
               buttons: ["Ya, keluar", "Tidak"], selected: 1)
    }

    // MARK: - Render

    public func render(into grid: inout Grid, context: AppContext) {
        let titles: [Step: String] = [.kelurahan: "Kelurahan", .deskName: "Nama loket", .firstOperator: "Operator pertama"]
        var keys: [(key: String, label: String)]
        switch step {
        case .kelurahan:
            keys = [("Enter", "Pilih"), ("↑↓ PgUp PgDn", "Pindah"), ("Esc", "Keluar")]
            renderKelurahan(into: &grid)
        case .deskName:
            keys = [("Enter", "Lanjut"), ("Esc", "Kembali"), ("F10/^Q", "Keluar")]
            renderDeskName(into: &grid)
        case .firstOperator:
            keys = [("F2/^S", "Simpan"), ("Tab", "Pindah kolom"), ("Esc", "Kembali"), ("F10/^Q", "Keluar")]
            renderOperator(into: &grid)
        }
        if quitDialog != nil { keys = [("Enter", "Pilih"), ("←→", "Pindah"), ("Esc", "Batal")] }
        let title = "Penyiapan loket · Langkah \(step.rawValue) dari 3: \(titles[step] ?? "")"
        Chrome(title: title, keys: keys, message: message).render(into: &grid, context: context)
        quitDialog?.render(into: &grid)
    }

    /// Column offsets inside a list row: kelurahan, kecamatan, kota, code.
    static let columns = [2, 26, 47, 64]

    private func renderKelurahan(into grid: inout Grid) {
        let area = Chrome.content(of: grid)
        grid.put("Loket ini belum disiapkan. Pilih kelurahan tempat loket ini melayani warga.", x: area.x + 2, y: area.y)
        grid.put("Cari", x: area.x + 2, y: area.y + 2, style: .bold)
        filter.render(in: Rect(x: area.x + 8, y: area.y + 2, width: 31, height: 1), into: &grid, focused: true,
                      placeholder: "kelurahan, kecamatan atau kota")
        let total = KelurahanFilter.jakarta.entries.count
        grid.put("\(matches.count) dari \(total) kelurahan", x: area.x + 42, y: area.y + 2, style: .muted)
        let headerY = Self.listTop - 1
        for (x, label) in zip(Self.columns, ["Kelurahan", "Kecamatan", "Kota", "Kode"]) {
            grid.put(label, x: area.x + x, y: headerY, style: .bold)
        }
        let listRect = Rect(x: area.x, y: Self.listTop, width: area.width, height: Self.listHeight)
        if matches.isEmpty {
            grid.put("Tidak ada kelurahan yang cocok dengan \"\(filter.text)\".", x: area.x + 2, y: listRect.y, maxWidth: area.width - 3)
            grid.put("Hapus sebagian ketikan dengan Backspace, atau Ctrl-U untuk mengosongkan.", x: area.x + 2, y: listRect.y + 1, style: .muted)
            return
        }
        list.render(in: listRect, into: &grid) { index, row, isSelected, grid in
            let k = matches[index]
            if isSelected { grid.put("›", x: row.x, y: row.y) }
            let cells = [k.name, Kelurahan.columnName(k.kecamatan), Kelurahan.columnName(k.kotaLabel), k.dottedCode]
            for (column, (x, text)) in zip(Self.columns, cells).enumerated() {
                let end = column + 1 < Self.columns.count ? Self.columns[column + 1] - 2 : row.width
                grid.put(truncated(text, toWidth: end - x), x: row.x + x, y: row.y)
            }
        }
        if list.count > Self.listHeight {
            let first = list.visibleTop(height: Self.listHeight) + 1
            let last = min(list.count, first + Self.listHeight - 1)
            grid.put("\(first)–\(last) dari \(list.count)", x: area.x + 2, y: listRect.maxY, style: .muted)
        }
    }

    private func renderChosen(into grid: inout Grid, at y: Int) {
        guard let k = chosen else { return }
        let rows = [("Kelurahan", k.name), ("Kecamatan", k.kecamatan), ("Kota", k.kota.trimmingCharacters(in: .whitespaces)),
                    ("Kode", k.dottedCode)]
        for (offset, (label, value)) in rows.enumerated() {
            grid.put(label, x: 3, y: y + offset, style: .muted)
            grid.put(value, x: 21, y: y + offset, maxWidth: 57)
        }
    }

    private func renderDeskName(into grid: inout Grid) {
        let area = Chrome.content(of: grid)
        grid.put("Kelurahan yang dipilih:", x: 3, y: area.y)
        renderChosen(into: &grid, at: area.y + 2)
        deskForm.render(in: Rect(x: 3, y: area.y + 7, width: 60, height: 1), into: &grid, labelWidth: 18)
        grid.put("Nama ini tampil di kepala layar dan di tanda terima. Boleh diubah.", x: 3, y: area.y + 9, style: .muted)
        grid.put("Salah pilih kelurahan? Tekan Esc untuk kembali.", x: 3, y: area.y + 10, style: .muted)
    }

    private func renderOperator(into grid: inout Grid) {
        let area = Chrome.content(of: grid)
        let intro = "Operator adalah petugas yang memakai Loket. Setiap operator masuk dengan namanya sendiri dan PIN; semua yang disimpan dicatat atas namanya."
        for (offset, line) in wrapped(intro, width: area.width - 3).enumerated() {
            grid.put(line, x: 3, y: area.y + offset)
        }
        operatorForm.render(in: Rect(x: 3, y: area.y + 3, width: 60, height: 3), into: &grid, labelWidth: 18)
        grid.put("PIN terdiri dari 4 sampai 8 angka dan tampil sebagai titik. Jangan", x: 3, y: area.y + 7, style: .muted)
        grid.put("memberi tahu PIN kepada orang lain.", x: 3, y: area.y + 8, style: .muted)
        if let k = chosen {
            grid.put("Kelurahan", x: 3, y: area.y + 10, style: .muted)
            grid.put("\(k.name), Kec. \(k.kecamatan), \(k.kotaLabel)", x: 21, y: area.y + 10, maxWidth: 57)
            grid.put("Nama loket", x: 3, y: area.y + 11, style: .muted)
            grid.put(deskForm.model.name, x: 21, y: area.y + 11, maxWidth: 57)
        }
    }
}
