extension Key {
    /// Decodes what follows ESC in a terminal key sequence ("[A", "OP", "[15~", "[1;5C"), for keys the
    /// terminal description does not know — a wrong TERM or PuTTY's defaults would otherwise type
    /// "[1~" into a field. Modifiers are ignored ("[1;5C" is →). Nil for anything unrecognised.
    public init?(escapeSequence body: String) {
        var characters = Array(body)
        guard characters.count >= 2 else { return nil }
        let introducer = characters.removeFirst()
        guard let final = characters.popLast() else { return nil }
        switch (introducer, final) {
        case ("O", _) where characters.isEmpty || characters.allSatisfy({ $0.isNumber || $0 == ";" }):
            guard let key = Key.ss3[final] else { return nil }
            self = key
        case ("[", "~"):
            let number = Int(String(characters.prefix { $0.isNumber }))
            guard let number, let key = Key.tilde[number] else { return nil }
            self = key
        case ("[", _) where characters == ["["]:
            // Linux console: ESC [ [ A ... ESC [ [ E are F1...F5.
            guard let index = "ABCDE".firstIndex(of: final) else { return nil }
            self = .function("ABCDE".distance(from: "ABCDE".startIndex, to: index) + 1)
        case ("[", _) where characters.allSatisfy({ $0.isNumber || $0 == ";" }):
            guard let key = Key.csi[final] else { return nil }
            self = key
        default:
            return nil
        }
    }

    private static let csi: [Character: Key] = [
        "A": .up, "B": .down, "C": .right, "D": .left, "H": .home, "F": .end, "Z": .backTab,
        "P": .function(1), "Q": .function(2), "R": .function(3), "S": .function(4),
    ]
    private static let ss3: [Character: Key] = [
        "A": .up, "B": .down, "C": .right, "D": .left, "H": .home, "F": .end,
        "P": .function(1), "Q": .function(2), "R": .function(3), "S": .function(4),
    ]
    private static let tilde: [Int: Key] = [
        1: .home, 7: .home, 4: .end, 8: .end, 3: .delete, 5: .pageUp, 6: .pageDown,
        11: .function(1), 12: .function(2), 13: .function(3), 14: .function(4), 15: .function(5),
        17: .function(6), 18: .function(7), 19: .function(8), 20: .function(9), 21: .function(10),
        23: .function(11), 24: .function(12),
    ]
}
