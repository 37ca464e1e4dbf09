import LoketCore
import LoketTUI

/// Operator login: choose your name with ↑/↓, type your PIN, Enter. The PIN field always has the
/// keyboard, so there is no focus to move.
public struct LoginScreen: Screen {
    public private(set) var list = ListView(pageSize: LoginScreen.visibleRows)
    public private(set) var pin = TextField(maxLength: OperatorEntry.maxPinLength, filter: .digits)
    public private(set) var message: StatusMessage?

    static let visibleRows = 8

    public init() {}

    /// Operators in the order shown: by name.
    static func operators(_ context: AppContext) -> [OperatorAccount] {
        context.desk.operators.sorted { searchKey($0.name) < searchKey($1.name) }
    }

    public func selectedOperator(_ context: AppContext) -> OperatorAccount? {
        let all = Self.operators(context)
        return all.indices.contains(list.selected) ? all[list.selected] : nil
    }

    public mutating func update(_ key: Key, context: AppContext) -> Effect {
        list.count = Self.operators(context).count
        message = nil
        switch key {
        case .function(10), .ctrl("q"):
            return .quit
        case .up, .down, .pageUp, .pageDown:
            list.handle(key)
        case .enter:
            guard let account = selectedOperator(context) else { return .none }
            guard !pin.text.isEmpty else {
                message = .error("Ketik PIN Anda dulu, lalu tekan Enter.")
                return .none
            }
            return .command(.signIn(operatorID: account.id, pin: pin.text))
        case .char(let c):
            pin.handle(key)
            if !(c.isASCII && c.isNumber) {
                message = .error("PIN hanya berisi angka. Ketik angka saja.")
            }
        default:
            pin.handle(key)
        }
        return .none
    }

    public mutating func receive(_ result: CommandResult, context: AppContext) -> Effect {
        switch result {
        case .signedIn:
            return .reset(MainMenuScreen())
        case .signInRefused(let text), .failed(let text):
            pin = TextField(maxLength: OperatorEntry.maxPinLength, filter: .digits)
            message = .error(text)
        default:
            break
        }
        return .none
    }

    public func render(into grid: inout Grid, context: AppContext) {
        let area = Chrome.content(of: grid)
        let operators = Self.operators(context)
        var view = list
        view.count = operators.count
        grid.put("Pilih nama Anda dengan ↑/↓, ketik PIN, lalu tekan Enter.", x: area.x + 2, y: area.y + 1)
        let rows = max(1, min(operators.count, Self.visibleRows))
        let box = Rect(x: area.x + 2, y: area.y + 3, width: 46, height: rows + 2)
        grid.box(box, title: "Operator")
        view.render(in: box.inset(by: 1), into: &grid) { index, row, isSelected, grid in
            grid.put((isSelected ? "› " : "  ") + operators[index].name, x: row.x, y: row.y, maxWidth: row.width)
        }
        if operators.count > rows {
            grid.put("↓ \(operators.count - rows) lagi", x: box.maxX - 12, y: box.maxY - 1, style: .muted)
        }
        let pinY = box.maxY + 1
        grid.put("PIN", x: area.x + 2, y: pinY, style: .bold)
        let bullets = String(repeating: "•", count: pin.text.count)
        TextField.render(display: bullets, cursor: pin.cursor, in: Rect(x: area.x + 9, y: pinY, width: OperatorEntry.maxPinLength + 1, height: 1),
                         into: &grid, focused: true)
        if let reason = context.readOnlyReason {
            let lines = wrapped("Data loket hanya bisa dibaca: \(reason) Anda tetap bisa masuk untuk mencari data.", width: area.width - 4)
            for (offset, line) in lines.prefix(3).enumerated() {
                grid.put(line, x: area.x + 2, y: pinY + 2 + offset, style: .error)
            }
        }
        Chrome(title: "Masuk operator", keys: [("↑↓", "Pilih nama"), ("Enter", "Masuk"), ("F10/^Q", "Keluar")],
               message: message).render(into: &grid, context: context)
    }
}
