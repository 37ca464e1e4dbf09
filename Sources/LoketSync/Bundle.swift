/// Bundles: signed, encrypted files that carry a desk's events outward and statuses back.
/// (The format is defined with the bundle feature.)
enum BundleFormat {
    static let magic = Array("LOKETB1\n".utf8)
}
