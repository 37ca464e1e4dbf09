import LoketCore
import LoketTUI

/// The areas of the product, each with a number key, and a panel of facts about the desk.
public struct MainMenuScreen: Screen {
    public enum Item: Int, CaseIterable, Sendable {
        case registration, lookup, musyawarah, sanggahan, sync, addOperator, switchOperator, quit

        public var key: Character {
            self == .quit ? "0" : Character(String(rawValue + 1))
        }

        public var label: String {
            switch self {
            case .registration: return "Pendaftaran baru"
            case .lookup: return "Cek pendaftaran"
            case .musyawarah: return "Musyawarah kelurahan"
            case .sanggahan: return "Sanggahan"
            case .sync: return "Sinkronisasi (bundle)"
            case .addOperator: return "Tambah operator"
            case .switchOperator: return "Ganti operator"
            case .quit: return "Keluar"
            }
        }

        /// Work done at a kelurahan desk only; an aggregator store (kecamatan, Suku Dinas, Dinas Sosial)
        /// receives that data in bundles and does not register, decide or take appeals itself.
        var deskOnly: Bool { self == .registration || self == .musyawarah || self == .sanggahan }

        /// Areas that save to the store and so cannot work while it is read-only.
        var writes: Bool { self == .registration || self == .addOperator }
    }

    public private(set) var list = ListView(count: Item.allCases.count, pageSize: Item.allCases.count)
    public private(set) var message: StatusMessage?

    public init(message: StatusMessage? = nil) {
        self.message = message
    }

    public var selectedItem: Item { Item.allCases[list.selected] }

    public mutating func update(_ key: Key, context: AppContext) -> Effect {
        message = nil
        switch key {
        case .function(10), .ctrl("q"):
            return .quit
        case .enter:
            return open(selectedItem, context: context)
        case .char(let c):
            guard let item = Item.allCases.first(where: { $0.key == c }) else {
                message = .info("Tekan angka 0 sampai 7, atau pilih dengan ↑/↓ lalu Enter.")
                return .none
            }
            list.selected = item.rawValue
            return open(item, context: context)
        default:
            list.handle(key)
            return .none
        }
    }

    private mutating func open(_ item: Item, context: AppContext) -> Effect {
        if item.deskOnly, let role = context.desk.profile?.role, role != .desk {
            message = .warning("\(item.label) dilakukan di loket kelurahan, bukan di data gabungan ini.")
            return .none
        }
        if item.writes, context.readOnlyReason != nil {
            message = .error("\(item.label) tidak bisa: data hanya bisa dibaca. Cek pendaftaran bisa.")
            return .none
        }
        switch item {
        case .registration: return .push(RegistrationScreen.start(context: context))
        case .lookup: return .push(LookupScreen())
        case .musyawarah: return .push(MusyawarahListScreen.entry(context))
        case .sanggahan: return .push(AppealPersonScreen())
        case .addOperator: return .push(AddOperatorScreen())
        case .switchOperator: return .command(.signOut)
        case .quit: return .quit
        case .sync: return .command(.sync(.load(folder: nil)))
        }
    }

    public mutating func receive(_ result: CommandResult, context: AppContext) -> Effect {
        switch result {
        case .signedOut:
            return .reset(LoginScreen())
        case .operatorAdded(let id):
            let name = context.desk.operatorAccount(id: id)?.name ?? "baru"
            message = .success(truncated("Operator \(name) ditambahkan. Ia bisa masuk lewat Ganti operator.", toWidth: 78))
        case .sync(.overview(let overview)):
            return .push(SyncScreen.start(overview))
        case .failed(let text):
            message = .error(text)
        default:
            break
        }
        return .none
    }

    // MARK: - Render

    public func render(into grid: inout Grid, context: AppContext) {
        let area = Chrome.content(of: grid)
        renderMenu(in: Rect(x: area.x + 1, y: area.y + 1, width: 38, height: Item.allCases.count), into: &grid, context: context)
        renderFacts(in: Rect(x: area.maxX - 37, y: area.y, width: 37, height: 12), into: &grid, context: context)
        var noteY = area.y + 13
        if context.draft != nil {
            grid.put("Ada draf pendaftaran yang belum selesai.", x: area.x + 2, y: noteY, style: .warning)
            grid.put("Pilih 1 Pendaftaran baru untuk melanjutkan atau membuangnya.", x: area.x + 2, y: noteY + 1)
            noteY += 3
        }
        if let reason = context.readOnlyReason {
            for (offset, line) in wrapped("Data hanya bisa dibaca: \(reason)", width: area.width - 4).prefix(2).enumerated() {
                grid.put(line, x: area.x + 2, y: noteY + offset, style: .error)
            }
        }
        Chrome(title: "Menu utama", keys: [("1–7", "Pilih"), ("↑↓ Enter", "Buka"), ("0/F10/^Q", "Keluar")],
               message: message).render(into: &grid, context: context)
    }

    private func renderMenu(in rect: Rect, into grid: inout Grid, context: AppContext) {
        let aggregator = (context.desk.profile?.role ?? .desk) != .desk
        list.render(in: rect, into: &grid) { index, row, isSelected, grid in
            let item = Item.allCases[index]
            let offered = !(aggregator && item.deskOnly)
            // The marker repeats the reverse-video selection in plain text (goldens, screen readers).
            let label = offered ? item.label : padded(item.label, toWidth: 21) + " (di loket)"
            let text = "\(isSelected ? "›" : " ") \(item.key)  \(label)"
            grid.put(text, x: row.x, y: row.y, style: offered ? .plain : .muted, maxWidth: row.width)
        }
    }

    private func renderFacts(in rect: Rect, into grid: inout Grid, context: AppContext) {
        grid.box(rect, title: "Loket ini")
        let facts = DeskFacts(context.desk)
        let k = context.kelurahan
        let rows: [(String, String)] = [
            ("Kelurahan", k?.name ?? "-"),
            ("Kecamatan", k?.kecamatan ?? "-"),
            ("Kota", k?.kotaLabel ?? "-"),
            ("Nama loket", context.desk.profile?.name ?? "-"),
            ("Operator", context.operatorName ?? "-"),
        ]
        let inner = rect.inset(by: 1)
        for (offset, (label, value)) in rows.enumerated() {
            grid.put(label, x: inner.x + 1, y: inner.y + offset, style: .muted)
            grid.put(truncated(value, toWidth: inner.width - 14), x: inner.x + 13, y: inner.y + offset)
        }
        let counts = [("Keluarga terdaftar", facts.families), ("Jiwa terdaftar", facts.persons),
                      ("Tidak dapat diusulkan", facts.notProposable)]
        for (offset, (label, value)) in counts.enumerated() {
            let y = inner.y + rows.count + 1 + offset
            grid.put(label, x: inner.x + 1, y: y)
            let number = groupedNumber(value)
            grid.put(number, x: inner.maxX - 1 - displayWidth(number), y: y, style: .bold)
        }
    }
}
