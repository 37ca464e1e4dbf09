/// Kemendagri region codes, looked up by their digits without dots: "31" province, "3171" kabupaten/kota,
/// "317101" kecamatan, "3171011001" kelurahan (kelurahan for DKI Jakarta only).
public struct RegionDirectory: Sendable {
    public private(set) var names: [String: String] = [:]
    /// The kelurahan of DKI Jakarta in code order.
    public private(set) var kelurahan: [Kelurahan] = []

    /// Parsed once from the compiled-in tables.
    public static let shared = RegionDirectory(tables: [RegionData.indonesia, RegionData.jakarta])

    public init(tables: [String]) {
        for table in tables {
            for line in table.split(separator: "\n") where !line.hasPrefix("#") {
                guard let tab = line.firstIndex(of: "\t") else { continue }
                let code = line[..<tab].filter { $0 != "." }
                names[code] = String(line[line.index(after: tab)...])
            }
        }
        kelurahan = names.keys.filter { $0.count == 10 }.sorted().map { Kelurahan(code: $0, directory: names) }
    }

    public func name(of code: String) -> String? { names[code] }

    public func kelurahan(code: String) -> Kelurahan? {
        names[code] == nil || code.count != 10 ? nil : Kelurahan(code: code, directory: names)
    }
}

/// One of the 267 kelurahan of DKI Jakarta, with the names of the levels above it.
public struct Kelurahan: Hashable, Sendable {
    public let code: String
    public let name: String
    public let kecamatan: String
    public let kota: String

    init(code: String, directory: [String: String]) {
        self.code = code
        name = directory[code] ?? code
        kecamatan = directory[String(code.prefix(6))] ?? ""
        kota = directory[String(code.prefix(4))] ?? ""
    }

    /// "31.71.01.1001" as printed on documents.
    public var dottedCode: String {
        let c = Array(code)
        return "\(String(c[0..<2])).\(String(c[2..<4])).\(String(c[4..<6])).\(String(c[6...]))"
    }

    /// The kota name without the administrative prefix ("Jakarta Pusat", not "Kota Administrasi Jakarta Pusat").
    public var shortKota: String {
        for prefix in ["Kota Administrasi ", "Kabupaten Administrasi "] where kota.hasPrefix(prefix) {
            return String(kota.dropFirst(prefix.count))
        }
        return kota
    }
}
