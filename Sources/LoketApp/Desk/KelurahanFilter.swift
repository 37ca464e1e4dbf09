import Foundation
import LoketCore

/// Narrows the 267 kelurahan of DKI Jakarta as the user types. What is typed must appear within the
/// kelurahan, kecamatan or kota name (or the code): "jakarta utara" means the kota, not every
/// "... Utara" kelurahan in Jakarta. Kelurahan whose own name matches come first.
public struct KelurahanFilter: Sendable {
    struct Entry: Sendable {
        let kelurahan: Kelurahan
        let nameKey: String
        /// The folded names joined by "|", which `searchKey` never produces, so no match spans two names.
        let haystack: String
    }

    let entries: [Entry]

    public init(_ kelurahan: [Kelurahan]) {
        entries = kelurahan.map { k in
            Entry(kelurahan: k, nameKey: searchKey(k.name),
                  haystack: [k.name, k.kecamatan, k.kota, k.code].map(searchKey).joined(separator: "|"))
        }
    }

    /// Built once: folding 267 names per keystroke would be wasted work.
    public static let jakarta = KelurahanFilter(RegionDirectory.shared.kelurahan)

    public var all: [Kelurahan] { entries.map(\.kelurahan) }

    /// The matches for `query` in display order: name starts with the query, then name contains it,
    /// then matched only by kecamatan, kota or code; code order within each group.
    public func matches(_ query: String) -> [Kelurahan] {
        let key = searchKey(query)
        guard !key.isEmpty else { return all }
        var ranked: [(rank: Int, order: Int, kelurahan: Kelurahan)] = []
        for (order, entry) in entries.enumerated() where entry.haystack.contains(key) {
            let rank = entry.nameKey.hasPrefix(key) ? 0 : entry.nameKey.contains(key) ? 1 : 2
            ranked.append((rank, order, entry.kelurahan))
        }
        return ranked.sorted { ($0.rank, $0.order) < ($1.rank, $1.order) }.map(\.kelurahan)
    }
}

extension Kelurahan {
    /// Region names shortened for narrow list columns ("Kep. Seribu Selatan"); full names elsewhere.
    static func columnName(_ name: String) -> String {
        name.trimmingCharacters(in: .whitespaces).replacingOccurrences(of: "Kepulauan ", with: "Kep. ")
    }

    /// The kota without the administrative prefix or stray spaces, for labels.
    var kotaLabel: String { shortKota.trimmingCharacters(in: .whitespaces) }
}
