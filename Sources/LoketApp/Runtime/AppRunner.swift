import LoketCore
import LoketTUI

/// The loop: draw, read a key, let the app handle it, carry out any command, feed the result back.
/// The same loop runs on ncurses and on the in-memory terminal of the tests.
public func runApp(_ app: inout App, terminal: any Terminal, service: DeskService) {
    terminal.draw(app.render(width: terminal.size.width, height: terminal.size.height))
    while !app.isFinished, let key = terminal.readKey() {
        var command = app.handle(key)
        while let c = command {
            service.onProgress = progressDrawer(frame: app.render(width: terminal.size.width, height: terminal.size.height),
                                                terminal: terminal)
            defer { service.onProgress = nil }
            // Let go of the app's copy of the state first, so that the store updates its arrays in
            // place instead of copying a whole large desk (copy-on-write) on every save.
            app.context.desk = DeskState()
            let result = service.execute(c, operatorID: app.context.operatorID)
            refresh(&app.context, from: service, after: result)
            command = app.receive(result)
        }
        if app.isFinished { break }
        terminal.draw(app.render(width: terminal.size.width, height: terminal.size.height))
    }
}

/// After a command the context follows the store: new state, who is signed in, the draft.
func refresh(_ context: inout AppContext, from service: DeskService, after result: CommandResult) {
    context.desk = service.state
    context.readOnlyReason = service.store.readOnlyReason
    switch result {
    case .deskSetUp(let id), .signedIn(let id):
        context.operatorID = id
    case .signedOut:
        context.operatorID = nil
    case .draftSaved, .registered, .corrected:
        context.draft = service.loadDraft()
    default:
        break
    }
}

/// Shows a progress line over the last frame while a long command runs (the loop draws nothing
/// until the command returns).
func progressDrawer(frame: Grid, terminal: any Terminal) -> (String) -> Void {
    var lastText = ""
    return { text in
        guard text != lastText else { return }
        lastText = text
        var grid = frame
        let row = Rect(x: 0, y: grid.height - 2, width: grid.width, height: 1)
        grid.fill(row)
        grid.put("⏳ " + text, x: 1, y: row.y, style: .bold, maxWidth: grid.width - 2)
        terminal.draw(grid)
    }
}
