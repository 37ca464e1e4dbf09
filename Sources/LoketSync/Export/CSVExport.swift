import LoketStore

/// Writes each table as `<name>.csv` in a folder: UTF-8 with a byte-order mark (so spreadsheet
/// programs read names with é or ' correctly), comma separated, fields quoted when needed, CRLF
/// line ends (RFC 4180). Each file is written atomically.
public enum CSVExport {
    public static func write(_ tables: [ExportTable], to directory: String,
                             fileSystem: any FileSystem = PosixFileSystem()) throws(SyncError) -> [String] {
        do {
            if !fileSystem.exists(directory) { try fileSystem.createDirectory(directory) }
        } catch {
            throw .file("Folder \(directory) tidak bisa dibuat (\(error)).")
        }
        var paths: [String] = []
        for table in tables {
            let path = directory + "/" + table.name + ".csv"
            do {
                try AtomicFile.write(encode(table), to: path, fileSystem: fileSystem)
            } catch {
                throw .file("Berkas \(path) tidak bisa ditulis: \(error.userMessage)")
            }
            paths.append(path)
        }
        return paths
    }

    static func encode(_ table: ExportTable) -> [UInt8] {
        var out: [UInt8] = [0xEF, 0xBB, 0xBF]
        func line(_ fields: [String?]) {
            for (i, field) in fields.enumerated() {
                if i > 0 { out.append(UInt8(ascii: ",")) }
                out.append(contentsOf: quoted(field ?? "").utf8)
            }
            out.append(contentsOf: [13, 10])
        }
        line(table.columns.map(\.name))
        for row in table.rows { line(row) }
        return out
    }

    static func quoted(_ field: String) -> String {
        // A leading =, +, - or @ makes spreadsheets run the cell as a formula; a quote prefix stops that.
        var value = field
        if let first = value.first, "=+-@".contains(first), Int(value) == nil { value = "'" + value }
        guard value.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" || $0 == ";" }) else { return value }
        return "\"" + value.split(separator: "\"", omittingEmptySubsequences: false).joined(separator: "\"\"") + "\""
    }
}
