import LoketCore
import LoketTUI

/// The whole program as a value: a stack of screens and the shared context. Keys go to the top screen;
/// effects change the stack or become commands that the runner carries out, whose results come back here.
public struct App {
    public private(set) var stack: [any Screen]
    public var context: AppContext
    public private(set) var isFinished = false

    public init(context: AppContext) {
        self.context = context
        stack = [App.startScreen(for: context)]
    }

    /// First run sets up the desk; later runs start at the operator login.
    static func startScreen(for context: AppContext) -> any Screen {
        context.desk.isSetUp ? LoginScreen() : SetupScreen()
    }

    public var top: any Screen { stack[stack.count - 1] }

    /// Returns the command to carry out, if the key led to one.
    public mutating func handle(_ key: Key) -> Command? {
        if key == .resize { return nil }
        var screen = stack.removeLast()
        let effect = screen.update(key, context: context)
        stack.append(screen)
        return apply(effect)
    }

    /// Hands a command's result to the screen that asked; may lead to a further command.
    public mutating func receive(_ result: CommandResult) -> Command? {
        var screen = stack.removeLast()
        let effect = screen.receive(result, context: context)
        stack.append(screen)
        return apply(effect)
    }

    private mutating func apply(_ effect: Effect) -> Command? {
        switch effect {
        case .none:
            return nil
        case .push(let screen):
            stack.append(screen)
        case .pop:
            if stack.count > 1 { stack.removeLast() } else { isFinished = true }
        case .popWith(let result):
            guard stack.count > 1 else { isFinished = true; return nil }
            stack.removeLast()
            return receive(result)
        case .reset(let screen):
            stack = [screen]
        case .command(let command):
            return command
        case .quit:
            isFinished = true
        }
        return nil
    }

    public func render(width: Int = 80, height: Int = 24) -> Grid {
        guard width >= 80 && height >= 24 else { return Grid.tooSmall(width: width, height: height) }
        var grid = Grid(width: width, height: height)
        top.render(into: &grid, context: context)
        return grid
    }
}
