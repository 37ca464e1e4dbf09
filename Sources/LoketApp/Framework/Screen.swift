import LoketCore
import LoketTUI

/// A screen in the Elm style: a value holding its state, `update` for keys, `receive` for the result of
/// a command it asked for, and `render`, which only draws. Saving, opening another screen and quitting are
/// effects carried out by the app, never done inside a screen.
public protocol Screen {
    mutating func update(_ key: Key, context: AppContext) -> Effect
    mutating func receive(_ result: CommandResult, context: AppContext) -> Effect
    func render(into grid: inout Grid, context: AppContext)
}

extension Screen {
    public mutating func receive(_ result: CommandResult, context: AppContext) -> Effect { .none }
}

public enum Effect {
    case none
    /// Open a screen on top of this one.
    case push(any Screen)
    /// Close this screen and return to the one below.
    case pop
    /// Close this screen and hand a result to the one below (e.g. a picked item).
    case popWith(CommandResult)
    /// Replace the whole stack (after set-up or login).
    case reset(any Screen)
    /// Ask the app to do I/O; the result comes back through `receive`.
    case command(Command)
    case quit
}
