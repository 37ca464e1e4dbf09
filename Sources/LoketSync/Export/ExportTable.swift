import LoketCore

/// One table of an export: named columns and rows of text (nil = empty / NULL). The same tables go
/// to CSV files and to the SQLite file; EXPORT-COLUMNS.md documents every column.
public struct ExportTable: Sendable {
    public enum ColumnType: Sendable { case text, integer }
    public struct Column: Sendable {
        public let name: String
        public let type: ColumnType
    }

    public let name: String
    public let columns: [Column]
    public private(set) var rows: [[String?]] = []

    init(_ name: String, _ columns: [(String, ColumnType)]) {
        self.name = name
        self.columns = columns.map { Column(name: $0.0, type: $0.1) }
    }

    mutating func add(_ row: [String?]) {
        precondition(row.count == columns.count, "\(name): \(row.count) values for \(columns.count) columns")
        rows.append(row)
    }
}

/// The source of an export: one desk's state (a desk exports itself; an aggregator exports every desk).
public struct ExportSource {
    public let deskName: String
    public let deskId: String
    public let state: DeskState

    public init(deskName: String, deskId: String, state: DeskState) {
        self.deskName = deskName
        self.deskId = deskId
        self.state = state
    }
}
