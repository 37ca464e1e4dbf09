/// The sanggahan part of the desk state: every appeal and every refused visit, folded from events.
/// Events that contradict what is known are refused (thrown), never guessed.
public struct AppealBook: Hashable, Sendable {
    public private(set) var appeals: [Appeal] = []
    public private(set) var visits: [AppealVisit] = []
    private var byNIK: [String: [Int]] = [:]

    public init() {}

    public var nextAppealID: Int { appeals.count + 1 }

    public func appeal(id: Int) -> Appeal? {
        appeals.indices.contains(id - 1) ? appeals[id - 1] : nil
    }

    public func appeal(number: AppealNumber) -> Appeal? {
        appeal(id: number.serial).flatMap { $0.number == number ? $0 : nil }
    }

    /// This person's appeals, oldest first.
    public func appeals(nik: String) -> [Appeal] {
        (byNIK[nik] ?? []).compactMap { appeal(id: $0) }
    }

    /// The person's latest appeal for the same reason, to show when they appeal again.
    public func earlier(nik: String, reason: AppealReason) -> Appeal? {
        appeals(nik: nik).last { $0.reason == reason }
    }

    mutating func apply(_ event: AppealEvent, operatorID: Int, timestamp: Int64) throws {
        let entry = AppealHistoryEntry(event: event, operatorID: operatorID, timestamp: timestamp)
        switch event {
        case .filed(let f):
            guard f.appealID == nextAppealID else { throw AppealError.unexpectedAppeal(f.appealID) }
            guard f.number.serial == f.appealID else { throw AppealError.numberMismatch(f.appealID) }
            guard let required = AppealChecklist.documents(for: f.reason, addressCase: f.addressCase) else {
                throw AppealError.cannotBeAppealed(f.appealID)
            }
            try Self.check(f.documents, allowed: required, appealID: f.appealID)
            var appeal = Appeal(id: f.appealID, number: f.number, person: f.person, reason: f.reason,
                                addressCase: f.addressCase, filedOn: f.filedOn, filedBy: operatorID,
                                required: required, documents: f.documents)
            if appeal.missing.isEmpty { appeal.completedOn = f.filedOn }
            appeal.history.append(entry)
            appeals.append(appeal)
            byNIK[f.person.nik, default: []].append(f.appealID)
        case .documentsAdded(let id, let documents, let on):
            var appeal = try existing(id)
            guard appeal.status == .incomplete else { throw AppealError.wrongStatus(id, appeal.status) }
            try Self.check(documents, allowed: appeal.missing, appealID: id)
            guard !documents.isEmpty else { throw AppealError.noDocuments(id) }
            appeal.documents += documents
            if appeal.missing.isEmpty { appeal.completedOn = on }
            appeal.history.append(entry)
            appeals[id - 1] = appeal
        case .verificationStarted(let id, let on):
            var appeal = try existing(id)
            guard appeal.status == .complete else { throw AppealError.wrongStatus(id, appeal.status) }
            appeal.verificationStartedOn = on
            appeal.history.append(entry)
            appeals[id - 1] = appeal
        case .decided(let id, let decision):
            var appeal = try existing(id)
            guard appeal.status.isAwaitingDecision else { throw AppealError.wrongStatus(id, appeal.status) }
            appeal.decision = decision
            appeal.history.append(entry)
            appeals[id - 1] = appeal
        case .receiptPrinted(let id, let file):
            var appeal = try existing(id)
            appeal.receiptFiles.append(file)
            appeal.history.append(entry)
            appeals[id - 1] = appeal
        case .visitRecorded(let v):
            visits.append(v)
        }
    }

    private func existing(_ id: Int) throws -> Appeal {
        guard let appeal = appeal(id: id) else { throw AppealError.unknownAppeal(id) }
        return appeal
    }

    /// Each document at most once, and only documents the checklist asks for.
    private static func check(_ documents: [ReceivedDocument], allowed: [AppealDocument], appealID: Int) throws {
        var seen = Set<AppealDocument>()
        for d in documents {
            guard allowed.contains(d.document), seen.insert(d.document).inserted else {
                throw AppealError.unexpectedDocument(appealID, d.document)
            }
        }
    }
}

public enum AppealError: Error, Equatable, Sendable {
    case unexpectedAppeal(Int)
    case numberMismatch(Int)
    case unknownAppeal(Int)
    case cannotBeAppealed(Int)
    case unexpectedDocument(Int, AppealDocument)
    case noDocuments(Int)
    case wrongStatus(Int, AppealStatus)
}
