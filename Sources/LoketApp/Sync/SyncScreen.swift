import LoketCore
import LoketSync
import LoketTUI

/// Sinkronisasi: at a desk, each recipient with what it has not received or confirmed, a bundle
/// export and an import from a folder (a USB stick). At a kecamatan / Suku Dinas / Dinas Sosial, the
/// per-desk view: what arrived, what is missing, statuses sent, and the way to the duplicates.
public struct SyncScreen: Screen {
    public private(set) var overview: SyncOverview
    public private(set) var list: ListView
    public private(set) var folder: TextField
    public private(set) var editingFolder = false
    public private(set) var lines: [String] = []
    public private(set) var message: StatusMessage?

    public static func start(_ overview: SyncOverview) -> SyncScreen { SyncScreen(overview: overview) }

    init(overview: SyncOverview) {
        self.overview = overview
        list = ListView(count: 0, pageSize: 6)
        folder = TextField(text: overview.folder, maxLength: 200)
        list.count = rowCount
    }

    private var rowCount: Int { overview.isAggregator ? (overview.view?.desks.count ?? 0) : overview.peers.count }
    private var folderText: String? { folder.text.isEmpty ? nil : folder.text }

    public mutating func update(_ key: Key, context: AppContext) -> Effect {
        message = nil
        if editingFolder {
            switch key {
            case .enter, .tab, .backTab, .escape:
                editingFolder = false
            default:
                _ = folder.handle(key)
            }
            return .none
        }
        switch key {
        case .escape:
            return .pop
        case .tab, .backTab, .char("/"):
            editingFolder = true
        case .function(5), .ctrl("e"):
            return exportSelected()
        case .function(6), .ctrl("o"):
            lines = []
            return .command(.sync(.importFolder(folderText)))
        case .function(7), .ctrl("d"):
            guard let view = overview.view else { return .none }
            guard !view.duplicates.isEmpty else {
                message = .info("Tidak ada NIK ganda di antara data yang sudah diterima.")
                return .none
            }
            return .push(DuplicateScreen(overview: overview))
        default:
            _ = list.handle(key)
        }
        return .none
    }

    private mutating func exportSelected() -> Effect {
        lines = []
        if overview.isAggregator {
            guard let desk = overview.view?.desks[safe: list.selected], let peer = desk.peer else {
                message = .warning("Pilih loket yang kuncinya sudah ditambahkan.")
                return .none
            }
            return .command(.sync(.export(peer: peer.name, folder: folderText)))
        }
        guard let peer = overview.peers[safe: list.selected]?.peer else {
            message = .warning("Belum ada penerima. Tambahkan kuncinya dengan: loket keys add NAMA KUNCI")
            return .none
        }
        return .command(.sync(.export(peer: peer.name, folder: folderText)))
    }

    public mutating func receive(_ result: CommandResult, context: AppContext) -> Effect {
        switch result {
        case .sync(.overview(let o)):
            replace(o)
        case .sync(.done(let resultLines, let failed, let o)):
            replace(o)
            lines = resultLines
            message = failed ? .error("Ada yang tidak berhasil; lihat keterangan di atas.") : .success("Selesai.")
        case .picked:
            return .command(.sync(.load(folder: folderText)))
        case .failed(let text):
            message = .error(text)
        default:
            break
        }
        return .none
    }

    private mutating func replace(_ o: SyncOverview) {
        let text = folder.text
        overview = o
        list.count = rowCount
        folder = TextField(text: text, maxLength: 200)
    }

    // MARK: - Render

    public func render(into grid: inout Grid, context: AppContext) {
        let area = Chrome.content(of: grid)
        var y = area.y
        if let key = overview.keyText, let fp = overview.fingerprint {
            grid.put("Kunci data ini: \(key)", x: area.x + 1, y: y, maxWidth: area.width - 2)
            grid.put("Sidik (cocokkan lewat telepon): \(fp)", x: area.x + 1, y: y + 1, style: .muted)
        } else {
            grid.put("Kunci belum dibuat. Jalankan: loket keys", x: area.x + 1, y: y, style: .warning)
        }
        y += 3
        if overview.isAggregator {
            y = renderDesks(at: y, area: area, into: &grid)
        } else {
            y = renderRecipients(at: y, area: area, into: &grid)
        }
        grid.put("Folder berkas:", x: area.x + 1, y: y, style: .bold)
        folder.render(in: Rect(x: area.x + 16, y: y, width: area.width - 17, height: 1), into: &grid, focused: editingFolder)
        y += 2
        for (offset, line) in lines.flatMap({ wrapped($0, width: area.width - 4) }).prefix(area.maxY - y).enumerated() {
            grid.put("• " + line, x: area.x + 1, y: y + offset)
        }
        let keys: [(key: String, label: String)] = overview.isAggregator
            ? [("F5/^E", "Kirim status"), ("F6/^O", "Impor"), ("F7/^D", "Duplikat"), ("Tab", "Folder"), ("Esc", "Kembali")]
            : [("F5/^E", "Buat bundle"), ("F6/^O", "Impor"), ("Tab", "Folder"), ("Esc", "Kembali")]
        let title = overview.isAggregator ? "Sinkronisasi — data per loket" : "Sinkronisasi (bundle)"
        Chrome(title: title, keys: keys, message: message).render(into: &grid, context: context)
    }

    private func renderRecipients(at top: Int, area: Rect, into grid: inout Grid) -> Int {
        var y = top
        grid.put(pad("Penerima", 30) + pad("Belum dikirim", 16, right: true) + pad("Belum dikonfirmasi", 22, right: true),
                 x: area.x + 1, y: y, style: .bold)
        y += 1
        if overview.peers.isEmpty {
            grid.put("Belum ada penerima. Tambahkan kunci kecamatan dengan: loket keys add NAMA KUNCI", x: area.x + 1, y: y, style: .warning)
            return y + 2
        }
        let height = min(6, overview.peers.count)
        list.render(in: Rect(x: area.x + 1, y: y, width: area.width - 2, height: height), into: &grid) { index, row, _, grid in
            let u = overview.peers[index]
            grid.put(pad(u.peer.name, 30) + pad(groupedNumber(Int(u.notExported)), 16, right: true)
                     + pad(groupedNumber(Int(u.notConfirmed)), 22, right: true), x: row.x, y: row.y)
        }
        y += height + 1
        grid.put("Angka = perubahan data yang belum ada di penerima (pendaftaran, koreksi, …).", x: area.x + 1, y: y, style: .muted)
        return y + 2
    }

    private func renderDesks(at top: Int, area: Rect, into grid: inout Grid) -> Int {
        var y = top
        let view = overview.view
        grid.put(pad("Loket", 24) + pad("Catatan", 9, right: true) + pad("Keluarga", 10, right: true)
                 + pad("Jiwa", 8, right: true) + "  " + pad("Kurang", 12) + pad("Status baru", 11),
                 x: area.x + 1, y: y, style: .bold)
        y += 1
        guard let view, !view.desks.isEmpty else {
            grid.put("Belum ada loket. Tambahkan kunci loket dengan: loket keys add NAMA KUNCI", x: area.x + 1, y: y, style: .warning)
            return y + 2
        }
        let height = min(6, view.desks.count)
        list.render(in: Rect(x: area.x + 1, y: y, width: area.width - 2, height: height), into: &grid) { index, row, _, grid in
            let d = view.desks[index]
            let missing = d.problem != nil ? "RUSAK" : d.records.sequence == 0 ? "belum ada" :
                d.missing.first.map { "\($0.lowerBound)–\($0.upperBound)" } ?? "-"
            let pending = overview.unsent(forDesk: d)?.notConfirmed ?? 0
            let status = pending == 0 ? "-" : groupedNumber(Int(pending))
            grid.put(pad(truncated(d.name, toWidth: 23), 24) + pad(groupedNumber(Int(d.records.sequence)), 9, right: true)
                     + pad(groupedNumber(d.state.households.count), 10, right: true)
                     + pad(groupedNumber(d.state.personCount), 8, right: true) + "  " + pad(missing, 12)
                     + pad(status, 11), x: row.x, y: row.y)
        }
        y += height
        grid.put("Total \(groupedNumber(view.householdCount)) keluarga, \(groupedNumber(view.personCount)) jiwa; "
                 + "NIK ganda: \(view.duplicates.count) (\(view.duplicates.filter { $0.decision == nil }.count) belum diputuskan)",
                 x: area.x + 1, y: y, style: .muted)
        return y + 2
    }
}

/// Left- or right-aligned in `width` display columns.
func pad(_ text: String, _ width: Int, right: Bool = false) -> String {
    let fitted = truncated(text, toWidth: width)
    let space = String(repeating: " ", count: max(0, width - displayWidth(fitted)))
    return right ? space + fitted : fitted + space
}

extension Array {
    subscript(safe index: Int) -> Element? { indices.contains(index) ? self[index] : nil }
}
