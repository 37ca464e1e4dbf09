import LoketCore
import LoketTUI

/// Adds an operator: name, PIN, PIN again. Saved only when all three are right; the menu below says
/// who was added.
public struct AddOperatorScreen: Screen {
    public private(set) var form = Form(model: OperatorEntry(), fields: OperatorEntry.fields)
    public private(set) var message: StatusMessage?

    public init() {}

    public mutating func update(_ key: Key, context: AppContext) -> Effect {
        message = nil
        switch key {
        case .escape:
            return .pop
        case .function(2), .ctrl("s"):
            return save(context)
        default:
            return form.handle(key) == .submitted ? save(context) : .none
        }
    }

    private mutating func save(_ context: AppContext) -> Effect {
        if let problem = form.model.problem(takenNames: context.desk.operators.map(\.name)) {
            form.setFocus(problem.field.rawValue)
            message = .error(problem.message)
            return .none
        }
        return .command(.addOperator(name: form.model.cleanName, pin: form.model.pin))
    }

    public mutating func receive(_ result: CommandResult, context: AppContext) -> Effect {
        switch result {
        case .operatorAdded(let id):
            return .popWith(.operatorAdded(operatorID: id))
        case .failed(let text):
            message = .error(text)
        default:
            break
        }
        return .none
    }

    public func render(into grid: inout Grid, context: AppContext) {
        let area = Chrome.content(of: grid)
        grid.put("Operator baru masuk dengan namanya sendiri dan PIN. Minta ia mengetik PIN", x: area.x + 2, y: area.y + 1)
        grid.put("sendiri; jangan dicatat di kertas.", x: area.x + 2, y: area.y + 2)
        form.render(in: Rect(x: area.x + 2, y: area.y + 4, width: 62, height: 3), into: &grid, labelWidth: 18)
        grid.put("PIN terdiri dari 4 sampai 8 angka dan tampil sebagai titik.", x: area.x + 2, y: area.y + 8, style: .muted)
        let names = LoginScreen.operators(context).map(\.name)
        grid.put("Operator yang sudah ada", x: area.x + 2, y: area.y + 10, style: .bold)
        let listed = wrapped(names.joined(separator: ", "), width: area.width - 4)
        for (offset, line) in listed.prefix(6).enumerated() {
            grid.put(line, x: area.x + 2, y: area.y + 11 + offset)
        }
        Chrome(title: "Tambah operator", keys: [("F2/^S", "Simpan"), ("Tab", "Pindah kolom"), ("Esc", "Batal")],
               message: message).render(into: &grid, context: context)
    }
}
