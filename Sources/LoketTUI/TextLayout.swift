/// `text` cut to at most `toWidth` columns, ending in "…" when anything was cut.
/// A wide character that would straddle the limit is dropped, so the result may be one column short.
public func truncated(_ text: String, toWidth width: Int) -> String {
    guard width > 0 else { return "" }
    if displayWidth(text) <= width { return text }
    var result = ""
    var used = 0
    for character in text {
        let w = displayWidth(character)
        if used + w > width - 1 { break }
        result.append(character)
        used += w
    }
    return result + "…"
}

/// `text` right-padded with spaces to exactly `toWidth` columns (truncated with "…" when longer).
public func padded(_ text: String, toWidth width: Int) -> String {
    guard width > 0 else { return "" }
    let fitted = truncated(text, toWidth: width)
    let missing = width - displayWidth(fitted)
    return missing > 0 ? fitted + String(repeating: " ", count: missing) : fitted
}

/// Word wrap by display width. "\n" starts a new paragraph; runs of spaces collapse to one;
/// a word wider than `width` is broken across lines. Empty text gives no lines.
public func wrapped(_ text: String, width: Int) -> [String] {
    guard width > 0, !text.isEmpty else { return [] }
    var lines: [String] = []
    for paragraph in text.split(separator: "\n", omittingEmptySubsequences: false) {
        var line = ""
        var lineWidth = 0
        for word in paragraph.split(separator: " ") {
            var word = String(word)
            var wordWidth = displayWidth(word)
            if lineWidth > 0 && lineWidth + 1 + wordWidth <= width {
                line += " " + word
                lineWidth += 1 + wordWidth
                continue
            }
            if lineWidth > 0 {
                lines.append(line)
                line = ""
                lineWidth = 0
            }
            // Break words that cannot fit on any line.
            while wordWidth > width {
                let (head, rest) = splitPrefix(word, width: width)
                lines.append(head)
                word = rest
                wordWidth = displayWidth(word)
            }
            line = word
            lineWidth = wordWidth
        }
        lines.append(line)
    }
    return lines
}

/// The longest prefix of `text` that fits in `width` columns (at least one character), and the rest.
private func splitPrefix(_ text: String, width: Int) -> (String, String) {
    var used = 0
    var index = text.startIndex
    while index < text.endIndex {
        let w = displayWidth(text[index])
        if used + w > width && index > text.startIndex { break }
        used += w
        index = text.index(after: index)
    }
    return (String(text[..<index]), String(text[index...]))
}
