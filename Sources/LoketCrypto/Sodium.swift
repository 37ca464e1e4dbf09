import CSodium

/// libsodium must be initialised once before any other call; every entry point here goes through it.
enum Sodium {
    static let ready: Bool = sodium_init() >= 0

    static func ensure() {
        precondition(ready, "libsodium could not be initialised")
    }
}
