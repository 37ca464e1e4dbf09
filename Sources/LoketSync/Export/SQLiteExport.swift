import CSQLite
import LoketStore

/// Writes the tables into a new SQLite file through the system libsqlite3: one CREATE TABLE per table,
/// all rows inserted with prepared statements in one transaction, written to a temporary name and
/// renamed into place when complete, so a half-written file never carries the final name.
public enum SQLiteExport {
    public static func write(_ tables: [ExportTable], to path: String) throws(SyncError) {
        let temporary = path + ".tmp"
        unlinkIfPresent(temporary)
        var db: OpaquePointer?
        guard sqlite3_open_v2(temporary, &db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, nil) == SQLITE_OK, let db else {
            sqlite3_close(db)
            throw .file("Berkas SQLite \(path) tidak bisa dibuat.")
        }
        do {
            try exec(db, "PRAGMA journal_mode=OFF; PRAGMA synchronous=OFF; BEGIN;")
            for table in tables { try insert(table, db) }
            try exec(db, "COMMIT;")
        } catch {
            sqlite3_close(db)
            unlinkIfPresent(temporary)
            throw error
        }
        guard sqlite3_close(db) == SQLITE_OK else { throw .file("Berkas SQLite \(path) tidak bisa ditutup dengan benar.") }
        do {
            // Read back and write atomically: fsync, rename, fsync directory (sqlite3 skipped syncs above).
            let fs = PosixFileSystem()
            let bytes = try fs.readFile(temporary)
            try AtomicFile.write(bytes, to: path, fileSystem: fs)
            try fs.remove(temporary)
        } catch {
            throw .file("Berkas SQLite \(path) tidak bisa disimpan (\(error)).")
        }
    }

    private static func insert(_ table: ExportTable, _ db: OpaquePointer) throws(SyncError) {
        let columns = table.columns.map { "\"\($0.name)\" \($0.type == .integer ? "INTEGER" : "TEXT")" }
        try exec(db, "CREATE TABLE \"\(table.name)\" (\(columns.joined(separator: ", ")));")
        let placeholders = Array(repeating: "?", count: table.columns.count).joined(separator: ", ")
        var statement: OpaquePointer?
        guard sqlite3_prepare_v2(db, "INSERT INTO \"\(table.name)\" VALUES (\(placeholders));", -1, &statement, nil) == SQLITE_OK else {
            throw .file("SQLite: \(String(cString: sqlite3_errmsg(db)))")
        }
        defer { sqlite3_finalize(statement) }
        // SQLITE_TRANSIENT is a C macro that does not import: sqlite must copy each text it is given.
        let transient = unsafeBitCast(-1, to: sqlite3_destructor_type.self)
        for row in table.rows {
            for (i, value) in row.enumerated() {
                let index = Int32(i + 1)
                if let value {
                    if table.columns[i].type == .integer, let n = Int64(value) {
                        sqlite3_bind_int64(statement, index, n)
                    } else {
                        sqlite3_bind_text(statement, index, value, -1, transient)
                    }
                } else {
                    sqlite3_bind_null(statement, index)
                }
            }
            guard sqlite3_step(statement) == SQLITE_DONE else { throw .file("SQLite: \(String(cString: sqlite3_errmsg(db)))") }
            sqlite3_reset(statement)
        }
    }

    private static func exec(_ db: OpaquePointer, _ sql: String) throws(SyncError) {
        guard sqlite3_exec(db, sql, nil, nil, nil) == SQLITE_OK else { throw .file("SQLite: \(String(cString: sqlite3_errmsg(db)))") }
    }

    private static func unlinkIfPresent(_ path: String) {
        let fs = PosixFileSystem()
        if fs.exists(path) { try? fs.remove(path) }
    }
}
