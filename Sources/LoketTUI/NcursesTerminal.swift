import CNcursesw
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The real terminal, through ncursesw. The only file that imports CNcursesw.
///
/// ncurses keeps global state, so every call stays on the main actor; the conformance to `Terminal`
/// is isolated to the main actor too (use it from the main app loop).
@MainActor
public final class NcursesTerminal: @MainActor Terminal {
    private var window: UnsafeMutablePointer<WINDOW>?
    private var colorsEnabled = false

    public init() {}

    /// Adopts the user's locale and tells whether its codeset is UTF-8; call before `start()` and refuse
    /// to run when false (wide characters and box drawing would be garbled).
    public static func localeIsUTF8() -> Bool {
        setlocale(LC_ALL, "")
        return loket_is_utf8() != 0
    }

    public var isStarted: Bool { window != nil }

    public func start() {
        guard window == nil else { return }
        if getenv("ESCDELAY") == nil {
            set_escdelay(25)  // the default 1 s makes Esc feel broken
        }
        window = initscr()
        raw()  // Ctrl-S, Ctrl-Q, Ctrl-C arrive as keys (no flow control, no signals)
        noecho()
        nonl()
        keypad(window, true)
        wtimeout(window, -1)
        if has_colors() && getenv("NO_COLOR") == nil {
            startColors()
        }
        curs_set(0)
    }

    public func stop() {
        guard window != nil else { return }
        curs_set(1)
        endwin()
        window = nil
    }

    public var size: (width: Int, height: Int) {
        guard let window else { return (0, 0) }
        return (Int(getmaxx(window)), Int(getmaxy(window)))
    }

    // MARK: - Input

    public func readKey() -> Key? {
        guard let window else { return nil }
        var retries = 0
        while true {
            var code: wint_t = 0
            let status = wget_wch(window, &code)
            if status == ERR {
                // Interrupted reads (signals) are retried; anything else means input is gone.
                retries += 1
                if errno == EINTR && retries < 100 { continue }
                return nil
            }
            let value = Int32(bitPattern: code)
            let key = status == loket_key_code_yes() ? functionKey(value) : characterKey(value)
            if let key { return key }
            // Unknown codes are dropped; wait for the next key.
        }
    }

    private func functionKey(_ code: Int32) -> Key? {
        switch code {
        case KEY_UP: return .up
        case KEY_DOWN: return .down
        case KEY_LEFT: return .left
        case KEY_RIGHT: return .right
        case KEY_HOME: return .home
        case KEY_END: return .end
        case KEY_PPAGE: return .pageUp
        case KEY_NPAGE: return .pageDown
        case KEY_DC: return .delete
        case KEY_BACKSPACE: return .backspace
        case KEY_ENTER: return .enter
        case KEY_BTAB: return .backTab
        case loket_key_resize(): return .resize
        default:
            for n in 1...12 where code == loket_key_f(Int32(n)) { return .function(n) }
            return nil
        }
    }

    private func characterKey(_ code: Int32) -> Key? {
        switch code {
        case 10, 13: return .enter
        case 9: return .tab
        case 8, 127: return .backspace
        case 27: return escapeOrAlt()
        case 1...26: return .ctrl(Character(Unicode.Scalar(UInt8(96 + code))))
        case 0..<32: return nil
        default:
            guard let scalar = Unicode.Scalar(UInt32(code)) else { return nil }
            let character = Character(scalar)
            return displayWidth(character) > 0 ? .char(character) : nil
        }
    }

    /// ESC followed at once by a character is an Alt chord (the terminal sends Alt-x as ESC x);
    /// ESC followed by "[" or "O" and more is a key sequence ncurses did not know; ESC alone is Escape.
    private func escapeOrAlt() -> Key? {
        guard let window else { return .escape }
        wtimeout(window, 25)
        defer { wtimeout(window, -1) }
        guard let (status, next) = readPending() else { return .escape }
        if status == loket_key_code_yes() {
            ungetch(next)  // ESC then a decoded key: Escape now, the key on the next read
            return .escape
        }
        guard next > 32, next != 127, let scalar = Unicode.Scalar(UInt32(next)) else {
            if next == 27 { unget_wch(wchar_t(next)) }
            return .escape
        }
        let character = Character(scalar)
        if character == "[" || character == "O" {
            var body = String(character)
            while body.count < 8, let (nextStatus, value) = readPending(), nextStatus == OK,
                  let scalar = Unicode.Scalar(UInt32(value)) {
                body.unicodeScalars.append(scalar)
                // A final byte ends the sequence, except the "[" of the Linux console's "[[A".
                if (0x40...0x7E).contains(value) && body != "[[" { break }
            }
            if body.count == 1 { return .alt(Character(body.lowercased())) }
            return Key(escapeSequence: body)  // unknown sequences are dropped, not typed
        }
        return .alt(Character(String(character).lowercased()))
    }

    /// One more pending input code within the current timeout, or nil.
    private func readPending() -> (Int32, Int32)? {
        guard let window else { return nil }
        var code: wint_t = 0
        let status = wget_wch(window, &code)
        return status == ERR ? nil : (status, Int32(bitPattern: code))
    }

    // MARK: - Output

    public func draw(_ grid: Grid) {
        guard let window else { return }
        werase(window)
        let (width, height) = size
        for y in 0..<min(grid.height, height) {
            for x in 0..<min(grid.width, width) {
                let cell = grid[x, y]
                if cell.isContinuation { continue }
                if displayWidth(cell.character) == 2 && x + 1 >= width { continue }
                put(cell, x: x, y: y)
            }
        }
        wnoutrefresh(window)
        doupdate()
    }

    private func put(_ cell: Cell, x: Int, y: Int) {
        guard let window else { return }
        var attributes = attr_t(loket_a_normal())
        let a = cell.style.attributes
        if a.contains(.bold) { attributes |= attr_t(loket_a_bold()) }
        if a.contains(.reverse) { attributes |= attr_t(loket_a_reverse()) }
        if a.contains(.underline) { attributes |= attr_t(loket_a_underline()) }
        if a.contains(.dim) { attributes |= attr_t(loket_a_dim()) }
        var pair: Int16 = 0
        if colorsEnabled {
            pair = Self.colorPair(cell.style.color)
            if cell.style.color == .muted { attributes |= attr_t(loket_a_dim()) }
        }
        // setcchar takes one spacing character plus up to CCHARW_MAX-1 combining ones.
        var characters = cell.character.unicodeScalars.map { wchar_t(bitPattern: $0.value) }
        if characters.count > 4 { characters = Array(characters.prefix(1)) }
        characters.append(0)
        var complex = cchar_t()
        let status = characters.withUnsafeBufferPointer {
            setcchar(&complex, $0.baseAddress, attributes, pair, nil)
        }
        if status == ERR {
            _ = [wchar_t(0x3F), 0].withUnsafeBufferPointer { setcchar(&complex, $0.baseAddress, attributes, pair, nil) }
        }
        mvwadd_wch(window, Int32(y), Int32(x), &complex)
    }

    // MARK: - Colours

    private func startColors() {
        guard start_color() != ERR else { return }
        let background: Int16 = use_default_colors() == OK ? -1 : Int16(COLOR_BLACK)
        for role in [ColorRole.accent, .error, .warning, .success] {
            init_pair(Self.colorPair(role), Self.foreground(role), background)
        }
        colorsEnabled = true
    }

    private static func colorPair(_ role: ColorRole) -> Int16 {
        switch role {
        case .normal, .muted: return 0  // muted is drawn dim instead
        case .accent: return 1
        case .error: return 2
        case .warning: return 3
        case .success: return 4
        }
    }

    private static func foreground(_ role: ColorRole) -> Int16 {
        switch role {
        case .accent: return Int16(COLOR_CYAN)
        case .error: return Int16(COLOR_RED)
        case .warning: return Int16(COLOR_YELLOW)
        case .success: return Int16(COLOR_GREEN)
        case .normal, .muted: return -1
        }
    }
}
