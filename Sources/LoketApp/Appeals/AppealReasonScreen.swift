import LoketCore
import LoketTUI

/// Sanggahan, step 2: the reason. For the address reason the sub-case is asked next, because moving
/// out of DKI cannot be appealed and the two other cases need different letters.
public struct AppealReasonScreen: Screen {
    public let person: AppealPerson
    public private(set) var reasons: ListView
    /// Set while the address sub-case is being asked.
    public private(set) var addressCases: ListView?

    public init(person: AppealPerson, context: AppContext) {
        self.person = person
        let suggested = AppealPersonLookup.suggestedReason(person, desk: context.desk)
        reasons = ListView(count: AppealReason.allCases.count,
                           selected: suggested.map { Int($0.rawValue) - 1 } ?? 0, pageSize: AppealReason.allCases.count)
    }

    public var selectedReason: AppealReason { AppealReason.allCases[reasons.selected] }

    public mutating func update(_ key: Key, context: AppContext) -> Effect {
        if var cases = addressCases {
            switch key {
            case .escape:
                addressCases = nil
            case .enter:
                return open(.address, AddressCase.allCases[cases.selected], context: context)
            case .char(let c) where ("1"..."3").contains(c):
                cases.selected = (c.wholeNumberValue ?? 1) - 1
                addressCases = cases
                return open(.address, AddressCase.allCases[cases.selected], context: context)
            default:
                cases.handle(key)
                addressCases = cases
            }
            return .none
        }
        switch key {
        case .escape:
            return .pop
        case .enter:
            return choose(selectedReason, context: context)
        case .char(let c) where ("1"..."7").contains(c):
            reasons.selected = (c.wholeNumberValue ?? 1) - 1
            return choose(selectedReason, context: context)
        default:
            reasons.handle(key)
        }
        return .none
    }

    private mutating func choose(_ reason: AppealReason, context: AppContext) -> Effect {
        if reason.needsAddressCase {
            addressCases = ListView(count: AddressCase.allCases.count, pageSize: AddressCase.allCases.count)
            return .none
        }
        return open(reason, nil, context: context)
    }

    private func open(_ reason: AppealReason, _ addressCase: AddressCase?, context: AppContext) -> Effect {
        if addressCase == .movedOutOfJakarta { return .push(AppealMovedOutScreen(person: person)) }
        return .push(AppealChecklistScreen(person: person, reason: reason, addressCase: addressCase, context: context))
    }

    public func render(into grid: inout Grid, context: AppContext) {
        let asking = addressCases != nil
        Chrome(title: asking ? "Sanggahan — alamat: di mana warga tinggal sekarang?" : "Sanggahan — pilih alasan",
               keys: [("↑↓ Enter", "Pilih"), (asking ? "1–3" : "1–7", "Langsung"), ("Esc", "Kembali")])
            .render(into: &grid, context: context)
        let area = Chrome.content(of: grid)
        AppealPersonHeader(person: person).render(at: area.x, y: area.y, width: area.width, into: &grid)
        let listTop = area.y + AppealPersonHeader.height
        if let cases = addressCases {
            grid.put("Alasan: \(AppealReason.address.label)", x: area.x, y: listTop, style: .bold)
            cases.render(in: Rect(x: area.x + 2, y: listTop + 2, width: 50, height: AddressCase.allCases.count), into: &grid) { i, row, _, grid in
                grid.put(" \(i + 1)  \(AddressCase.allCases[i].label)", x: row.x, y: row.y)
            }
            let hints = ["Tidak pindah, atau pindah di dalam DKI: sanggahan bisa diajukan, masing-masing",
                         "dengan daftar dokumennya sendiri.",
                         "Pindah ke luar DKI: sanggahan tidak dapat diajukan; layar berikut menjelaskan."]
            for (i, h) in hints.enumerated() { grid.put(h, x: area.x, y: listTop + 6 + i, style: .muted, maxWidth: area.width) }
            return
        }
        grid.put("Alasan warga dinyatakan tidak dapat diusulkan:", x: area.x, y: listTop, style: .bold)
        let suggested = AppealPersonLookup.suggestedReason(person, desk: context.desk)
        reasons.render(in: Rect(x: area.x + 2, y: listTop + 1, width: 50, height: AppealReason.allCases.count), into: &grid) { i, row, _, grid in
            let reason = AppealReason.allCases[i]
            grid.put(" \(i + 1)  \(reason.label)", x: row.x, y: row.y)
            if reason == suggested { grid.put("(sesuai data)", x: row.maxX - 14, y: row.y, style: .muted) }
        }
        renderEarlier(context: context, y: listTop + AppealReason.allCases.count + 2, area: area, into: &grid)
    }

    /// A person appealing again sees what they appealed before.
    private func renderEarlier(context: AppContext, y: Int, area: Rect, into grid: inout Grid) {
        let earlier = context.desk.appeals.appeals(nik: person.nik)
        guard !earlier.isEmpty else { return }
        grid.put("Sanggahan sebelumnya dari warga ini:", x: area.x, y: y, style: .warning)
        for (i, a) in earlier.suffix(area.maxY - y - 1).enumerated() {
            grid.put("\(a.number)  \(a.filedOn)  \(a.reason.label) · \(a.status.label)", x: area.x + 2, y: y + 1 + i, maxWidth: area.width - 2)
        }
    }
}
