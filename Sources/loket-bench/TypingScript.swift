import LoketCore

/// What a desk operator types into the lookup field, one keystroke at a time, each prefix being a
/// search. Names as written on a KTP, NIKs and KK numbers digit by digit, registration numbers with
/// their dashes; some of them are not in the store, the common answer at a desk.
struct Keystroke {
    enum Kind: String, CaseIterable {
        case name = "name", nik = "NIK", kk = "KK", registration = "reg. no."
    }
    let kind: Kind
    let query: String
}

enum TypingScript {
    static let names = [
        "siti aminah", "budi santoso", "muhammad ramadhan", "dewi lestari", "ahmad kurniawan",
        "nur hasanah", "sri wahyuni", "ma'ruf hakim", "dédé suryani", "rizky pratama",
        // Not registered: every keystroke after "siti" scans all the Sitis for a second word.
        "siti zubaidah", "agus xaverius",
    ]

    static func keystrokes(in state: DeskState) -> [Keystroke] {
        var out: [Keystroke] = []
        func type(_ text: String, _ kind: Keystroke.Kind) {
            var prefix = ""
            for c in text {
                prefix.append(c)
                out.append(Keystroke(kind: kind, query: prefix))
            }
        }
        for n in names { type(n, .name) }

        let households = state.households
        guard !households.isEmpty else { return out }
        // Spread over the store, deterministic.
        let picks = [0, households.count / 7, households.count / 3, households.count / 2, households.count - 1]
        for i in picks {
            let h = households[i].current
            type(h.members[h.members.count - 1].nik, .nik)
        }
        let stranger = SyntheticDesk.unregisteredHousehold()
        type(stranger.members[0].nik, .nik)
        for i in picks.prefix(3) { type(households[i].current.kkNumber, .kk) }
        type(stranger.kkNumber, .kk)
        for i in [41, households.count / 2, households.count - 1] where i < households.count {
            type(households[i].number.description, .registration)
        }
        return out
    }
}
