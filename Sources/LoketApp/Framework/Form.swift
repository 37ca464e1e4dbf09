import LoketCore
import LoketTUI

/// One row of a form, bound to a property of the form's model.
public struct FormField<Model> {
    public enum Kind {
        /// `masked`: a NIK or KK number, shown in full only while it is being typed.
        case text(WritableKeyPath<Model, String>, filter: CharacterFilter, maxLength: Int?, masked: Bool = false)
        /// A secret (PIN): typed characters show as bullets.
        case secret(WritableKeyPath<Model, String>, maxLength: Int?)
        /// An index into `options`; nil until chosen.
        case choice(WritableKeyPath<Model, Int?>, options: [String])
        case toggle(WritableKeyPath<Model, Bool>)
    }

    public let label: String
    public let kind: Kind
    /// Columns for the input; nil = the rest of the row.
    public let width: Int?

    public init(_ label: String, _ kind: Kind, width: Int? = nil) {
        self.label = label
        self.kind = kind
        self.width = width
    }

    public static func text(_ label: String, _ path: WritableKeyPath<Model, String>, filter: CharacterFilter = .any,
                            maxLength: Int? = nil, width: Int? = nil) -> FormField {
        FormField(label, .text(path, filter: filter, maxLength: maxLength), width: width ?? maxLength.map { $0 + 1 })
    }

    /// A NIK or KK number: 16 digits, masked whenever the field is not the one being typed.
    public static func identityNumber(_ label: String, _ path: WritableKeyPath<Model, String>) -> FormField {
        FormField(label, .text(path, filter: .digits, maxLength: 16, masked: true), width: 17)
    }

    public static func choice(_ label: String, _ path: WritableKeyPath<Model, Int?>, _ options: [String]) -> FormField {
        FormField(label, .choice(path, options: options))
    }
}

public enum FormKeyResult: Equatable {
    /// The form used the key (typing, moving between fields).
    case consumed
    /// Enter on the last field: the screen decides what submitting means.
    case submitted
    /// Not a key for the form; the screen may use it.
    case ignored
}

/// A column of labelled fields with Tab / Shift-Tab / ↑ / ↓ / Enter moving between them. The model is
/// plain data (strings and indexes), so nothing typed is lost when it does not yet validate.
public struct Form<Model> {
    public var model: Model
    public let fields: [FormField<Model>]
    public private(set) var focus: Int
    private var editor = TextField()

    public init(model: Model, fields: [FormField<Model>], focus: Int = 0) {
        self.model = model
        self.fields = fields
        self.focus = max(0, min(focus, fields.count - 1))
        syncEditor(resetCursor: true)
    }

    public var focusedLabel: String { fields.isEmpty ? "" : fields[focus].label }

    public mutating func setFocus(_ index: Int) {
        focus = max(0, min(index, fields.count - 1))
        syncEditor(resetCursor: true)
    }

    public mutating func handle(_ key: Key) -> FormKeyResult {
        guard !fields.isEmpty else { return .ignored }
        switch key {
        case .tab, .down:
            if focus < fields.count - 1 { setFocus(focus + 1) }
            return .consumed
        case .backTab, .up:
            if focus > 0 { setFocus(focus - 1) }
            return .consumed
        case .enter:
            if focus == fields.count - 1 { return .submitted }
            setFocus(focus + 1)
            return .consumed
        default:
            break
        }
        syncEditor(resetCursor: false)
        switch fields[focus].kind {
        case .text(let path, _, _, _), .secret(let path, _):
            guard editor.handle(key) else { return .ignored }
            model[keyPath: path] = editor.text
            return .consumed
        case .choice(let path, let options):
            var choice = ChoiceField(options: options, selected: model[keyPath: path])
            guard choice.handle(key) else { return .ignored }
            model[keyPath: path] = choice.selected
            return .consumed
        case .toggle(let path):
            guard key == .char(" ") || key == .char("x") else { return .ignored }
            model[keyPath: path].toggle()
            return .consumed
        }
    }

    /// Keeps the text editor on the focused field's current value (the model may change from outside).
    private mutating func syncEditor(resetCursor: Bool) {
        guard !fields.isEmpty else { return }
        switch fields[focus].kind {
        case .text(let path, let filter, let maxLength, _):
            if resetCursor || editor.text != model[keyPath: path] || editor.filter != filter {
                editor = TextField(text: model[keyPath: path], maxLength: maxLength, filter: filter)
            }
        case .secret(let path, let maxLength):
            if resetCursor || editor.text != model[keyPath: path] {
                editor = TextField(text: model[keyPath: path], maxLength: maxLength, filter: .any)
            }
        default:
            break
        }
    }

    /// Draws one field per row from the top of `rect`, scrolled so that the focused field shows.
    public func render(in rect: Rect, into grid: inout Grid, labelWidth: Int, active: Bool = true) {
        guard rect.height > 0 else { return }
        let top = max(0, min(focus - rect.height + 1, fields.count - rect.height))
        for (line, index) in (top..<min(fields.count, top + rect.height)).enumerated() {
            let field = fields[index]
            let y = rect.y + line
            let focused = active && index == focus
            grid.put(padded(field.label, toWidth: labelWidth - 1), x: rect.x, y: y, style: focused ? .bold : .plain)
            let inputX = rect.x + labelWidth
            let available = rect.maxX - inputX
            let box = Rect(x: inputX, y: y, width: min(available, field.width ?? available), height: 1)
            switch field.kind {
            case .text(let path, _, _, let masked):
                if focused {
                    editorFor(path).render(in: box, into: &grid, focused: true)
                } else {
                    let text = model[keyPath: path]
                    TextField.render(display: masked ? maskedNIK(text) : text, cursor: nil, in: box, into: &grid, focused: false)
                }
            case .secret(let path, _):
                let bullets = String(repeating: "•", count: model[keyPath: path].count)
                TextField.render(display: bullets, cursor: focused ? editorCursor(for: path) : nil, in: box, into: &grid, focused: focused)
            case .choice(let path, let options):
                ChoiceField(options: options, selected: model[keyPath: path]).render(in: box, into: &grid, focused: focused)
            case .toggle(let path):
                CheckBox("", isChecked: model[keyPath: path]).render(in: box, into: &grid, focused: focused)
            }
        }
    }

    private func editorFor(_ path: WritableKeyPath<Model, String>) -> TextField {
        editor.text == model[keyPath: path] ? editor : TextField(text: model[keyPath: path])
    }

    private func editorCursor(for path: WritableKeyPath<Model, String>) -> Int {
        editor.text == model[keyPath: path] ? editor.cursor : model[keyPath: path].count
    }
}
