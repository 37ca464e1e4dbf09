import Foundation

/// Folds text for searching: lower case, accents removed ("Dédé" finds "dede"), apostrophes and
/// punctuation dropped, runs of spaces collapsed. Pure Swift so that tests need no locale.
public func searchKey(_ text: String) -> String {
    var out = String.UnicodeScalarView()
    var lastWasSpace = true
    for scalar in text.decomposedStringWithCompatibilityMapping.unicodeScalars {
        if scalar.properties.generalCategory == .nonspacingMark { continue }
        if scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) {
            for lower in scalar.properties.lowercaseMapping.unicodeScalars { out.append(lower) }
            lastWasSpace = false
        } else if scalar == " " || scalar == "-" || scalar == "\t" {
            if !lastWasSpace { out.append(" ") }
            lastWasSpace = true
        }
    }
    if out.last == " " { out.removeLast() }
    return String(out)
}

/// The search words of a name: each word folded, for prefix search on any word.
public func searchWords(_ text: String) -> [String] {
    searchKey(text).split(separator: " ").map(String.init)
}
