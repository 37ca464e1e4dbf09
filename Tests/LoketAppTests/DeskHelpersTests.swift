import LoketApp
import LoketCore
import LoketTUI

// Shared helpers for the Desk*Tests: drive one screen with keys and read what it drew.

/// Feeds `keys` to `screen` and returns the effect of the last one.
@discardableResult
func press<S: Screen>(_ screen: inout S, _ keys: [Key], _ context: AppContext) -> Effect {
    var effect = Effect.none
    for key in keys { effect = screen.update(key, context: context) }
    return effect
}

func rendered(_ screen: some Screen, _ context: AppContext) -> Grid {
    var grid = Grid(width: 80, height: 24)
    screen.render(into: &grid, context: context)
    return grid
}

extension Effect {
    /// A short description for assertions ("push LookupScreen", "quit", "command signOut").
    var summary: String {
        switch self {
        case .none: return "none"
        case .push(let screen): return "push \(type(of: screen))"
        case .pop: return "pop"
        case .popWith(let result): return "popWith \(result)"
        case .reset(let screen): return "reset \(type(of: screen))"
        case .command(let command): return "command \(command)"
        case .quit: return "quit"
        }
    }

    var command: Command? {
        if case .command(let c) = self { return c }
        return nil
    }
}

extension Grid {
    /// The row holding the message line (above the key bar).
    var messageLine: String { lines[height - 2] }
}
