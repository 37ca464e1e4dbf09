import Foundation

/// Names in a directory (the store's FileSystem protocol has no listing; reading names is harmless).
func listDirectory(_ path: String) throws -> [String] {
    try FileManager.default.contentsOfDirectory(atPath: path)
}
