import Foundation

/// Where the desk's data lives: `--store DIR`, else `LOKET_STORE`, else `~/.local/share/loket`.
public enum StoreLocation {
    public static let environmentVariable = "LOKET_STORE"

    public static func resolve(flag: String?, environment: [String: String]) -> String {
        if let flag, !flag.isEmpty { return absolute(flag, environment: environment) }
        if let env = environment[environmentVariable], !env.isEmpty { return absolute(env, environment: environment) }
        let home = environment["HOME"].flatMap { $0.isEmpty ? nil : $0 } ?? NSHomeDirectory()
        return home + "/.local/share/loket"
    }

    /// Expands a leading `~` (the shell does not when the path comes after `=`).
    static func absolute(_ path: String, environment: [String: String]) -> String {
        if path == "~" || path.hasPrefix("~/"), let home = environment["HOME"], !home.isEmpty {
            return home + path.dropFirst()
        }
        return path
    }

    /// Creates the folders above the store (the store opens its own folder, one level only).
    static func createParents(of directory: String) throws {
        let parent = URL(fileURLWithPath: directory).deletingLastPathComponent().path
        try FileManager.default.createDirectory(atPath: parent, withIntermediateDirectories: true)
    }
}
