// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "Loket",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "loket", targets: ["loket"]),
        .executable(name: "loket-bench", targets: ["loket-bench"]),
    ],
    targets: [
        .systemLibrary(name: "CNcursesw", pkgConfig: "ncursesw", providers: [.apt(["libncursesw5-dev"])]),
        .systemLibrary(name: "CSodium", pkgConfig: "libsodium", providers: [.apt(["libsodium-dev"])]),
        .systemLibrary(name: "CSQLite", pkgConfig: "sqlite3", providers: [.apt(["libsqlite3-dev"])]),
        // Pure domain: no I/O, no C.
        .target(name: "LoketCore", exclude: ["Regions/wilayah", "Regions/generate-region-data.sh"]),
        // The only Swift surface over libsodium: hashing, PINs, signatures, encryption.
        .target(name: "LoketCrypto", dependencies: ["CSodium"]),
        .target(name: "LoketStore", dependencies: ["LoketCore", "LoketCrypto"], exclude: ["FORMAT.md"]),
        // Bundles: export, sign, encrypt, verify, import, merge, receipts; CSV and SQLite exports.
        .target(name: "LoketSync", dependencies: ["LoketCore", "LoketCrypto", "LoketStore", "CSQLite"],
                exclude: ["BUNDLE-FORMAT.md", "Export/EXPORT-COLUMNS.md"]),
        // Terminal kit: knows nothing of the domain.
        .target(name: "LoketTUI", dependencies: ["CNcursesw"]),
        .target(name: "LoketApp", dependencies: ["LoketCore", "LoketCrypto", "LoketStore", "LoketSync", "LoketTUI"]),
        .executableTarget(name: "loket", dependencies: ["LoketApp"]),
        .executableTarget(name: "loket-bench", dependencies: ["LoketApp"]),
        .testTarget(name: "LoketCoreTests", dependencies: ["LoketCore"]),
        .testTarget(name: "LoketCryptoTests", dependencies: ["LoketCrypto"]),
        .testTarget(name: "LoketStoreTests", dependencies: ["LoketStore"]),
        .testTarget(name: "LoketSyncTests", dependencies: ["LoketSync"]),
        .testTarget(name: "LoketTUITests", dependencies: ["LoketTUI"]),
        .testTarget(name: "LoketAppTests", dependencies: ["LoketApp"]),
        // Depends on the executable so that SwiftPM builds `loket` before the tests run it.
        .testTarget(name: "EndToEndTests", dependencies: ["loket"]),
    ],
    swiftLanguageModes: [.v6]
)
