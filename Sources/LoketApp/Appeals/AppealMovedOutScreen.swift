import LoketCore
import LoketTUI

/// Address reason, moved out of DKI: says plainly that this cannot be appealed here and why, and
/// records the visit (Enter), so the desk can account for everyone who came.
public struct AppealMovedOutScreen: Screen {
    public let person: AppealPerson
    public private(set) var message: StatusMessage?

    public init(person: AppealPerson) { self.person = person }

    public mutating func update(_ key: Key, context: AppContext) -> Effect {
        switch key {
        case .escape:
            return .pop
        case .enter, .function(2), .ctrl("s"):
            return .command(.appeal(.recordVisit(person: person, reason: .address, addressCase: .movedOutOfJakarta)))
        default:
            return .none
        }
    }

    public mutating func receive(_ result: CommandResult, context: AppContext) -> Effect {
        switch result {
        case .appeal(.visitRecorded):
            return .reset(MainMenuScreen(message: .success("Kunjungan \(person.name) dicatat: pindah ke luar DKI, tidak dapat disanggah.")))
        case .failed(let text):
            message = .error(text)
        default:
            break
        }
        return .none
    }

    public func render(into grid: inout Grid, context: AppContext) {
        Chrome(title: "Sanggahan — pindah ke luar DKI Jakarta",
               keys: [("Enter/F2/^S", "Catat kunjungan & selesai"), ("Esc", "Kembali, ganti jawaban")], message: message)
            .render(into: &grid, context: context)
        let area = Chrome.content(of: grid)
        AppealPersonHeader(person: person).render(at: area.x, y: area.y, width: area.width, into: &grid)
        let lines = AppealChecklist.movedOutExplanation.flatMap { $0.isEmpty ? [""] : wrapped($0, width: area.width - 4) }
        let box = Rect(x: area.x, y: area.y + AppealPersonHeader.height, width: area.width, height: lines.count + 2)
        grid.box(box, title: "Tidak dapat disanggah", style: .bold)
        for (i, line) in lines.enumerated() {
            grid.put(line, x: box.x + 2, y: box.y + 1 + i, style: i == 0 ? .error : .plain, maxWidth: box.width - 4)
        }
        grid.put("Kunjungan ini dicatat (tanpa nomor sanggahan) saat Anda menekan Enter.", x: area.x, y: box.maxY + 1,
                 style: .muted, maxWidth: area.width)
    }
}
