import LoketCore

/// The sanggahan I/O a screen or the command line can ask for; `DeskService` carries it out.
public enum AppealCommand {
    /// Receive a new appeal; the service gives it its number and date and writes the receipt.
    case file(AppealIntake)
    /// The person came back with missing documents; a new receipt is written.
    case addDocuments(appealID: Int, documents: [ReceivedDocument])
    /// Moved out of DKI: no appeal, but the visit is recorded.
    case recordVisit(person: AppealPerson, reason: AppealReason, addressCase: AddressCase?)
    case printReceipt(appealID: Int)
    case startVerification(appealID: Int)
    case decide(appealID: Int, outcome: AppealOutcome, reason: String)
}

/// What the intake screens collected.
public struct AppealIntake: Equatable, Sendable {
    public var person: AppealPerson
    public var reason: AppealReason
    public var addressCase: AddressCase?
    public var documents: [ReceivedDocument]

    public init(person: AppealPerson, reason: AppealReason, addressCase: AddressCase?, documents: [ReceivedDocument]) {
        self.person = person
        self.reason = reason
        self.addressCase = addressCase
        self.documents = documents
    }
}

public enum AppealResult: Equatable {
    /// Saved and fsync'd; the receipt file is written when `receiptPath` is set.
    case saved(appealID: Int, receiptPath: String?)
    case visitRecorded
    case receiptWritten(appealID: Int, path: String)
    case updated(appealID: Int)
}
