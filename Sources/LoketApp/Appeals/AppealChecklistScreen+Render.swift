import LoketCore
import LoketTUI

extension AppealChecklistScreen {
    static let numberWidth = 26
    static let dateWidth = 11

    public func render(into grid: inout Grid, context: AppContext) {
        let title = continuing != nil ? "Sanggahan — lengkapi dokumen" : "Sanggahan — dokumen yang diterima"
        Chrome(title: title, keys: [("Spasi", "Centang"), ("Tab ↑↓", "Pindah"), ("F2/^S", "Simpan"), ("Esc", "Kembali")],
               message: message).render(into: &grid, context: context)
        let area = Chrome.content(of: grid)
        AppealPersonHeader(person: person).render(at: area.x, y: area.y, width: area.width, into: &grid)
        var y = area.y + 2
        let reasonText = addressCase.map { "\(reason.label) — \($0.label)" } ?? reason.label
        grid.put("Alasan: " + reasonText, x: area.x, y: y, style: .bold, maxWidth: area.width)
        y += 1
        if let id = continuing, let a = context.desk.appeals.appeal(id: id) {
            grid.put("Melengkapi \(a.number), diajukan \(a.filedOn) (belum lengkap).", x: area.x, y: y, style: .warning, maxWidth: area.width)
            y += 1
        } else if let e = earlier {
            let text = blockingEarlier != nil
                ? "Sudah ada \(e.number) untuk alasan ini (\(e.status.label)). Tunggu hasilnya."
                : "Pernah menyanggah dengan alasan ini: \(e.number) (\(e.filedOn)), \(e.status.label)."
            grid.put(text, x: area.x, y: y, style: .warning, maxWidth: area.width)
            y += 1
            if let decision = e.decision {
                grid.put(truncated("Alasan keputusan: \(decision.reason)", toWidth: area.width), x: area.x, y: y, style: .muted)
                y += 1
            }
        }
        grid.put(continuing == nil ? "Centang (Spasi) dokumen yang dibawa, lalu isi nomor dan tanggal suratnya."
                                   : "Centang dokumen yang dibawa hari ini, lalu isi nomor dan tanggal suratnya.",
                 x: area.x, y: y, style: .muted, maxWidth: area.width)
        y += 2
        let current = stops.indices.contains(focus) ? stops[focus] : nil
        for (i, entry) in entries.enumerated() {
            y = render(entry, index: i, focused: current?.entry == i ? current?.part : nil, x: area.x, y: y, width: area.width, into: &grid)
        }
        y += 1
        let ticked = entries.filter(\.ticked).count
        if missing.isEmpty {
            grid.put("Lengkap, \(ticked) dari \(entries.count) dokumen. Simpan → DITERIMA LENGKAP, verifikasi 14 hari.",
                     x: area.x, y: y, style: .success, maxWidth: area.width)
        } else {
            grid.put("Diterima \(ticked) dari \(entries.count) dokumen. Belum ada: \(missing.count). Simpan → BELUM LENGKAP.",
                     x: area.x, y: y, style: .warning, maxWidth: area.width)
        }
        if let dialog { dialog.render(into: &grid) }
    }

    /// Draws one document (one row, or two for a letter) and returns the next free row.
    private func render(_ entry: AppealChecklistEntry, index: Int, focused: AppealChecklistEntry.Part?,
                        x: Int, y: Int, width: Int, into grid: inout Grid) -> Int {
        CheckBox(entry.document.label, isChecked: entry.ticked)
            .render(in: Rect(x: x, y: y, width: width, height: 1), into: &grid, focused: focused == .tick)
        if let earlier = entry.earlier {
            grid.put("    " + AppealReceipt.details(earlier), x: x, y: y + 1, style: .muted, maxWidth: width)
            return y + 2
        }
        guard entry.document.hasLetterDetails else { return y + 1 }
        var cx = x + 4
        cx += grid.put("No. surat ", x: cx, y: y + 1, style: focused == .number ? .bold : .plain)
        entry.number.render(in: Rect(x: cx, y: y + 1, width: Self.numberWidth, height: 1), into: &grid, focused: focused == .number)
        cx += Self.numberWidth + 2
        cx += grid.put("Tanggal ", x: cx, y: y + 1, style: focused == .date ? .bold : .plain)
        entry.date.render(in: Rect(x: cx, y: y + 1, width: Self.dateWidth, height: 1), into: &grid, focused: focused == .date,
                          placeholder: focused == .date ? "dd-mm-yyyy" : nil)
        return y + 2
    }
}
