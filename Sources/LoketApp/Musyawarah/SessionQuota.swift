import LoketCore
import LoketTUI

/// Kuota & prioritas: per program, the layak families in order; the quota draws the line between
/// "dalam kuota" and the waiting list. F7/F8 move the selected family; F2 sets the quota.
extension MusyawarahSessionScreen {
    mutating func updateQuota(_ key: Key, session: MusyawarahSession, context: AppContext) -> Effect {
        let r = ranking(session)
        rankingList.count = r.order.count
        switch key {
        case .left, .right:
            quotaProgram.handle(key)
            rankingList = ListView(count: ranking(session).order.count, pageSize: Self.rankingRows)
        case .function(2), .ctrl("k"):
            guard !session.isClosed else { return closedNotice() }
            overlay = .quota(TextField(text: session.quotas[selectedProgram].map(String.init) ?? "", maxLength: 6, filter: .digits), error: nil)
        case .function(7), .alt("n"), .function(8), .alt("t"):
            guard !session.isClosed else { return closedNotice() }
            let up = key == .function(7) || key == .alt("n")
            let from = rankingList.selected
            let to = up ? from - 1 : from + 1
            guard let order = r.explicitOrder(moving: from, to: to) else {
                message = .info(r.order.isEmpty ? "Belum ada calon layak untuk \(selectedProgram.name)." : "Sudah di ujung daftar.")
                return .none
            }
            rankingList.selected = to
            rankingList.ensureVisible(height: Self.rankingRows)
            return .command(.musyawarah(.setRanking(sessionID: sessionID, program: selectedProgram, order: order)))
        default:
            rankingList.handle(key)
        }
        return .none
    }

    func renderQuota(_ s: MusyawarahSession, in rect: Rect, into grid: inout Grid) -> [(key: String, label: String)] {
        let r = ranking(s)
        grid.put("Program", x: rect.x + 1, y: rect.y, style: .bold)
        quotaProgram.render(in: Rect(x: rect.x + 9, y: rect.y, width: 14, height: 1), into: &grid, focused: true)
        let quota = r.quota.map { "Kuota \($0)" } ?? "Kuota belum diisi"
        let counts = "\(quota) · layak \(r.order.count) · dalam kuota \(r.withinQuota.count) · daftar tunggu \(r.waiting.count)"
        grid.put(counts, x: rect.x + 25, y: rect.y, style: .bold, maxWidth: rect.width - 26)
        grid.put(BeritaAcara.row([("Urut", 4), ("No. daftar", 10), ("Kepala keluarga", 22), ("RT/RW", 7), ("Jiwa", 4), ("Usia", 11), ("Keterangan", 13)]),
                 x: rect.x + 1, y: rect.y + 1, style: .bold)
        var view = rankingList
        view.count = r.order.count
        let listRect = Rect(x: rect.x, y: rect.y + 2, width: rect.width, height: Self.rankingRows)
        if r.order.isEmpty {
            grid.put("Belum ada calon layak untuk \(selectedProgram.name). Pilih program lain dengan ←/→.", x: rect.x + 1, y: listRect.y, style: .muted)
        }
        view.render(in: listRect, into: &grid) { i, row, _, grid in
            let id = r.order[i]
            let c = candidatesByID[id]
            let within = r.isWithinQuota(position: i)
            grid.put(BeritaAcara.row([("\(i + 1)", 4), (c?.number.description ?? "#\(id)", 10), (c?.headName ?? "-", 22),
                                      (c.map { "\($0.rt)/\($0.rw)" } ?? "", 7), ("\(c?.memberCount ?? 0)", 4),
                                      (c?.ages.map(String.init).joined(separator: ",") ?? "", 11),
                                      (within ? "dalam kuota" : "DAFTAR TUNGGU", 13)]),
                     x: row.x + 1, y: row.y, style: within ? .plain : .bold)
            // The last family inside the quota is underlined: the cut-off line, visible without colour.
            if let q = r.quota, i == q - 1, i < r.order.count - 1 { grid.addAttributes(.underline, in: row) }
        }
        let rule = r.handPlaced > 0 ? "\(r.handPlaced) teratas diurutkan rapat; selebihnya: \(s.setup.priority.label.lowercased())."
            : "Urutan: \(s.setup.priority.label.lowercased()). Geser dengan F7/F8 bila rapat memutuskan lain."
        grid.put(rule, x: rect.x + 1, y: rect.maxY - 1, style: .muted, maxWidth: rect.width - 2)
        if s.isClosed { return [("←→", "Program"), ("↑↓", "Pilih"), ("F3–F6", "Bagian"), ("Esc", "Kembali")] }
        return [("←→", "Program"), ("F7/Alt-N", "Naik"), ("F8/Alt-T", "Turun"), ("F2/^K", "Kuota"), ("F3–F6", "Bagian"), ("Esc", "Menu")]
    }
}
