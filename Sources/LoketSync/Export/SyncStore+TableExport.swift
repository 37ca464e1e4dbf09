import LoketCore
import LoketCrypto

extension SyncStore {
    /// The desk itself, or at an aggregator every desk that sent data, each row naming its desk.
    public func exportSources(view: AggregatorView? = nil) -> [ExportSource] {
        guard isAggregator else {
            return [ExportSource(deskName: state.profile?.name ?? "", deskId: hexString(store.journal.deskId), state: state)]
        }
        return (view ?? aggregatorView()).desks.map { ExportSource(deskName: $0.name, deskId: hexString($0.deskId), state: $0.state) }
    }

    /// Writes CSV files into `directory`, then logs the export (personal data left the store).
    public func exportCSV(to directory: String, today: CivilDate, operatorID: Int) throws(SyncError) -> [String] {
        let paths = try CSVExport.write(ExportTables.build(exportSources(), today: today), to: directory, fileSystem: fileSystem)
        try append([.exported(recipient: directory, format: "csv", lastSequence: store.journal.lastSequence)], operatorID: operatorID)
        return paths
    }

    public func exportSQLite(to path: String, today: CivilDate, operatorID: Int) throws(SyncError) {
        try SQLiteExport.write(ExportTables.build(exportSources(), today: today), to: path)
        try append([.exported(recipient: path, format: "sqlite", lastSequence: store.journal.lastSequence)], operatorID: operatorID)
    }
}
