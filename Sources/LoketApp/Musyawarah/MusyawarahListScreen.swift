import LoketCore
import LoketCrypto
import LoketTUI

/// Where menu item 3 leads when no session is open: the sessions held so far, and a new one.
/// An open session is resumed directly instead (see `entry`).
public struct MusyawarahListScreen: Screen {
    public private(set) var list = ListView(pageSize: 12)
    public private(set) var message: StatusMessage?

    public init() {}

    /// The screen menu item 3 opens: the open session where it stopped, or this list.
    public static func entry(_ context: AppContext) -> any Screen {
        if let open = context.desk.musyawarah.openSession {
            return MusyawarahSessionScreen(sessionID: open.id, context: context)
        }
        return MusyawarahListScreen()
    }

    /// Newest first.
    func sessions(_ context: AppContext) -> [MusyawarahSession] { context.desk.musyawarah.sessions.reversed() }

    public mutating func update(_ key: Key, context: AppContext) -> Effect {
        message = nil
        let all = sessions(context)
        list.count = all.count
        switch key {
        case .escape:
            return .pop
        case .function(2), .ctrl("n"):
            if let reason = context.readOnlyReason {
                message = .error("Data hanya bisa dibaca: \(reason)")
                return .none
            }
            if let open = context.desk.musyawarah.openSession {
                return .push(MusyawarahSessionScreen(sessionID: open.id, context: context))
            }
            return .push(MusyawarahSetupScreen(today: context.today))
        case .enter:
            guard all.indices.contains(list.selected) else {
                message = .info("Belum ada musyawarah. Tekan F2 untuk membuka yang pertama.")
                return .none
            }
            return .push(MusyawarahSessionScreen(sessionID: all[list.selected].id, context: context))
        default:
            list.handle(key)
            return .none
        }
    }

    public mutating func receive(_ result: CommandResult, context: AppContext) -> Effect {
        if case .musyawarah(.opened(let id)) = result {
            return .push(MusyawarahSessionScreen(sessionID: id, context: context))
        }
        return .none
    }

    public func render(into grid: inout Grid, context: AppContext) {
        let area = Chrome.content(of: grid)
        let all = sessions(context)
        if all.isEmpty {
            grid.put("Belum ada musyawarah di loket ini.", x: area.x + 2, y: area.y + 1, style: .bold)
            grid.put("Tekan F2 untuk membuka musyawarah kelurahan yang pertama.", x: area.x + 2, y: area.y + 3)
        } else {
            grid.put(BeritaAcara.row([("No", 3), ("Tanggal", 10), ("Tempat", 24), ("Diputuskan", 10), ("Keadaan", 24)]),
                     x: area.x + 1, y: area.y, style: .bold)
            var view = list
            view.count = all.count
            view.render(in: Rect(x: area.x, y: area.y + 1, width: area.width, height: 12), into: &grid) { i, row, _, grid in
                let s = all[i]
                let state = s.closure.map { "ditutup, segel " + String(hexString($0.seal).prefix(8)) } ?? "MASIH TERBUKA"
                grid.put(BeritaAcara.row([("\(s.id)", 3), (s.setup.date.description, 10), (s.setup.place, 24),
                                          ("\(s.decidedOrder.count)", 10), (state, 24)]), x: row.x + 1, y: row.y)
            }
        }
        Chrome(title: "Musyawarah kelurahan",
               keys: [("F2/^N", "Musyawarah baru"), ("Enter", "Buka"), ("↑↓", "Pilih"), ("Esc", "Kembali")],
               message: message).render(into: &grid, context: context)
    }
}
