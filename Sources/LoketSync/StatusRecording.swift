import LoketCore
import LoketStore

/// A stage or outcome an aggregator sets for a person registered at one desk.
public struct DeskStatusChange: Equatable, Sendable {
    public var deskId: [UInt8]
    public var update: StatusUpdate

    public init(deskId: [UInt8], update: StatusUpdate) {
        self.deskId = deskId
        self.update = update
    }
}

extension SyncStore {
    /// Checks every change against the desks' data first, then appends each desk's changes to its
    /// outbox in one batch (one fsync per desk). They travel back in that desk's next status bundle.
    public func recordStatuses(_ changes: [DeskStatusChange], view: AggregatorView, operatorID: Int) throws(SyncError) {
        guard isAggregator else { throw .usage("Status hanya dicatat di kecamatan, Suku Dinas atau Dinas Sosial.") }
        var byDesk: [[UInt8]: [StatusUpdate]] = [:]
        for change in changes {
            guard let desk = view.desk(id: change.deskId), let record = desk.state.household(id: change.update.householdID) else {
                throw .usage("Keluarga nomor \(change.update.householdID) tidak ada di data loket itu.")
            }
            if let nik = change.update.nik, !record.current.members.contains(where: { $0.nik == nik }) {
                throw .usage("NIK \(maskedNIK(nik)) bukan anggota keluarga \(record.number).")
            }
            byDesk[change.deskId, default: []].append(change.update)
        }
        let aggregatorId = store.journal.deskId
        for (deskId, updates) in byDesk.sorted(by: { $0.key.lexicographicallyPrecedes($1.key) }) {
            let directory = outboxDirectory(deskId: deskId)
            do {
                if !fileSystem.exists(path(Self.outboxFolder)) { try fileSystem.createDirectory(path(Self.outboxFolder)) }
                let outbox = try Journal.open(directory: directory, fileSystem: fileSystem, createWithDeskId: aggregatorId)
                defer { outbox.close() }
                try outbox.append(updates.map { EventEnvelope(operatorID: operatorID, event: .statusRecorded($0)).encoded() },
                                  timestamp: now())
            } catch let error as JournalError {
                throw .store("Status tidak bisa disimpan: \(error.userMessage)")
            } catch {
                throw .store("Status tidak bisa disimpan (\(error)).")
            }
        }
    }

    public func adjudicate(_ decision: DuplicateDecision, operatorID: Int) throws(SyncError) {
        try append([.duplicateAdjudicated(decision)], operatorID: operatorID)
    }
}
