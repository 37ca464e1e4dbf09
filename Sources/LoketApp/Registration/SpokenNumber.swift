/// A registration number as it is read out over the phone: "dua enam, nol nol nol empat dua, tujuh".
func spokenDigits(_ text: String) -> String {
    let words = ["nol", "satu", "dua", "tiga", "empat", "lima", "enam", "tujuh", "delapan", "sembilan"]
    return text.split(separator: "-").map { group in
        group.compactMap { $0.wholeNumberValue.map { words[$0] } }.joined(separator: " ")
    }.joined(separator: ", ")
}
