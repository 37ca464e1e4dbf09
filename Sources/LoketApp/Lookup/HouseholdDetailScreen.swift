import LoketCore
import LoketTUI

/// One family's registration: the data, each person's stage, the criteria result, program screening and
/// the full history of corrections. Holds only ids and view state; the data is read from the context
/// at every render, so it shows the current version after a correction.
///
/// Tab / Shift-Tab move the highlighted person, ↑/↓/PgUp/PgDn/Home/End scroll, Enter or F6 shows the
/// eleven stages of the highlighted person.
public struct HouseholdDetailScreen: Screen {
    public let householdID: Int
    public private(set) var highlighted: Int
    /// First document row shown when the user scrolled; see `top(of:height:)`.
    public private(set) var scroll = 0
    /// Until the user scrolls, the view follows the highlighted person (who may be far down the family
    /// when chosen in the lookup, or after Tab).
    private var followsHighlight = true
    public private(set) var showsStages = false
    /// The NIK shown in full after a logged reveal; cleared when moving to another person or leaving.
    public private(set) var revealedNIK: String?
    private var pendingReveal: String?
    public private(set) var message: StatusMessage?

    /// Content rows at 80x24; the scroll keys assume it, render clamps for other sizes.
    static let viewHeight = 19
    static let screenName = "cek pendaftaran"

    public init(householdID: Int, highlighted: Int = 0) {
        self.householdID = householdID
        self.highlighted = max(0, highlighted)
    }

    // MARK: - Update

    public mutating func update(_ key: Key, context: AppContext) -> Effect {
        guard let record = context.desk.household(id: householdID) else {
            return key == .escape ? .pop : .none
        }
        let members = record.current.members
        highlighted = min(highlighted, max(0, members.count - 1))
        message = nil
        switch key {
        case .escape:
            if showsStages { showsStages = false; return .none }
            return .pop
        case .enter, .function(6), .ctrl("t"):
            showsStages.toggle()
        case .tab:
            move(to: (highlighted + 1) % max(1, members.count), context: context)
        case .backTab:
            move(to: (highlighted - 1 + max(1, members.count)) % max(1, members.count), context: context)
        case .up, .down, .pageUp, .pageDown, .home, .end:
            scroll(key, lines: document(record, context: context))
        case .function(3), .ctrl("r"):
            return reveal(members)
        case .function(4), .ctrl("e"):
            if let reason = context.readOnlyReason {
                message = .error("Koreksi tidak bisa disimpan sekarang: \(reason)")
                return .none
            }
            hideNIK()
            return .push(RegistrationScreen.start(context: context, correcting: record))
        case .function(5), .ctrl("p"):
            return .command(.printReceipt(householdID: householdID))
        default:
            break
        }
        return .none
    }

    public mutating func receive(_ result: CommandResult, context: AppContext) -> Effect {
        switch result {
        case .revealed:
            revealedNIK = pendingReveal
            pendingReveal = nil
            if revealedNIK != nil {
                message = .warning("NIK ditampilkan (tercatat di log). F3 atau Ctrl-R lagi untuk menutupnya.")
            }
        case .receiptWritten(let path):
            message = .success("Tanda terima ditulis ke " + Self.shortened(path, toWidth: 54))
        case .corrected:
            hideNIK()
            message = .success("Koreksi tersimpan. Yang tampil sekarang adalah data terbaru.")
        case .failed(let text):
            pendingReveal = nil
            message = .error(text)
        default:
            break
        }
        return .none
    }

    private mutating func reveal(_ members: [Member]) -> Effect {
        guard members.indices.contains(highlighted) else { return .none }
        let nik = members[highlighted].nik
        if revealedNIK == nik {
            hideNIK()
            message = .info("NIK disembunyikan lagi.")
            return .none
        }
        pendingReveal = nik
        return .command(.revealNIK(householdID: householdID, nik: nik, screen: Self.screenName))
    }

    private mutating func hideNIK() {
        revealedNIK = nil
        pendingReveal = nil
    }

    /// Highlights another person and hides any revealed NIK; the view follows them.
    private mutating func move(to index: Int, context: AppContext) {
        guard index != highlighted else { return }
        highlighted = index
        hideNIK()
        followsHighlight = true
    }

    private mutating func scroll(_ key: Key, lines: [DetailLine]) {
        let page = Self.viewHeight - 1
        let bottom = max(0, lines.count - Self.viewHeight)
        scroll = top(of: lines, height: Self.viewHeight)
        followsHighlight = false
        switch key {
        case .up: scroll -= 1
        case .down: scroll += 1
        case .pageUp: scroll -= page
        case .pageDown: scroll += page
        case .home: scroll = 0
        case .end: scroll = bottom
        default: break
        }
        scroll = max(0, min(scroll, bottom))
    }

    /// The first row shown in a view `height` rows high: the scroll position, moved as little as
    /// possible to show the highlighted person while following them, and never past the end.
    func top(of lines: [DetailLine], height: Int) -> Int {
        var top = scroll
        if followsHighlight, let first = lines.firstIndex(where: { $0.member == highlighted }),
           let last = lines.lastIndex(where: { $0.member == highlighted }) {
            if last >= top + height { top = last - height + 1 }
            if first < top { top = first }
        }
        return max(0, min(top, lines.count - height))
    }

    func document(_ record: HouseholdRecord, context: AppContext, width: Int = 77) -> [DetailLine] {
        HouseholdDetailDocument.lines(record, context: context, revealedNIK: revealedNIK, width: width)
    }

    // MARK: - Render

    public func render(into grid: inout Grid, context: AppContext) {
        guard let record = context.desk.household(id: householdID) else {
            Chrome(title: "Data keluarga", keys: [("Esc", "Kembali")],
                   message: .error("Data keluarga ini tidak ditemukan. Tekan Esc dan cari lagi."))
                .render(into: &grid, context: context)
            return
        }
        let members = record.current.members
        let index = min(highlighted, max(0, members.count - 1))
        let area = Chrome.content(of: grid)
        if showsStages, members.indices.contains(index) {
            renderStages(record, member: index, in: area, into: &grid, context: context)
            return
        }
        let lines = document(record, context: context, width: area.width - 1)
        let firstRow = top(of: lines, height: area.height)
        let hint = StatusMessage.info("Tab/Shift-Tab: pindah orang · ↑↓ PgUp PgDn: gulir · Enter: tahapan")
        chrome(record, hint: hint).render(into: &grid, context: context)
        for (row, line) in lines.dropFirst(firstRow).prefix(area.height).enumerated() {
            let y = area.y + row
            line.render(x: area.x + 1, y: y, width: area.width - 1, into: &grid)
            if line.member == index {
                grid.put("▸", x: area.x, y: y, style: .bold)
                grid.addAttributes(.reverse, in: Rect(x: area.x, y: y, width: area.width, height: 1))
            }
        }
        if lines.count > area.height {
            let position = "baris \(firstRow + 1)–\(min(lines.count, firstRow + area.height)) dari \(lines.count)"
            grid.put(position, x: grid.width - 1 - displayWidth(position), y: 1, style: .muted)
        }
    }

    private func renderStages(_ record: HouseholdRecord, member index: Int, in area: Rect, into grid: inout Grid,
                              context: AppContext) {
        let m = record.current.members[index]
        Chrome(title: "Tahapan · No. pendaftaran \(record.number)",
               keys: [(revealKey, revealLabel(m)), ("Tab", "Orang berikutnya"), ("Enter/Esc", "Kembali ke data")],
               message: message ?? .info("Tab/Shift-Tab: pindah orang"))
            .render(into: &grid, context: context)
        StageOverview(member: m, memberNumber: index + 1, memberCount: record.current.members.count,
                      status: record.status(of: m.nik), nikShown: m.nik == revealedNIK ? m.nik : maskedNIK(m.nik))
            .render(in: area, into: &grid)
    }

    private func chrome(_ record: HouseholdRecord, hint: StatusMessage) -> Chrome {
        let members = record.current.members
        let m = members.indices.contains(highlighted) ? members[highlighted] : nil
        return Chrome(title: "Data keluarga · No. pendaftaran \(record.number)",
                      keys: [(revealKey, m.map(revealLabel) ?? "Tampilkan NIK"), ("F4/^E", "Koreksi"),
                             ("F5/^P", "Cetak"), ("F6/^T", "Tahapan"), ("Esc", "Kembali")],
                      message: message ?? hint)
    }

    /// A long path keeps its end (the file name), which is what the operator looks for.
    static func shortened(_ path: String, toWidth width: Int) -> String {
        guard displayWidth(path) > width else { return path }
        var tail = ""
        for character in path.reversed() {
            if displayWidth(tail) + displayWidth(character) > width - 1 { break }
            tail.insert(character, at: tail.startIndex)
        }
        return "…" + tail
    }

    private var revealKey: String { "F3/^R" }

    private func revealLabel(_ m: Member) -> String {
        m.nik == revealedNIK ? "Sembunyikan NIK" : "Tampilkan NIK"
    }
}
