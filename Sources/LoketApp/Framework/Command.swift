import LoketCore

/// The I/O a screen can ask for. `DeskService` carries them out; screens only see the results.
public enum Command {
    case setUpDesk(kelurahanCode: String, deskName: String, operatorName: String, pin: String)
    case signIn(operatorID: Int, pin: String)
    case signOut
    case addOperator(name: String, pin: String)
    case register(household: Household, acknowledgedDuplicates: [String], warnings: [String])
    case correct(householdID: Int, household: Household, reason: String)
    case revealNIK(householdID: Int, nik: String, screen: String)
    case printReceipt(householdID: Int)
    case saveDraft(RegistrationDraft)
    case discardDraft
    /// Musyawarah kelurahan (Musyawarah/MusyawarahRequest.swift).
    case musyawarah(MusyawarahRequest)
    /// Sanggahan intake, receipts and decisions (Appeals/AppealCommand.swift).
    case appeal(AppealCommand)
    /// Bundles, receipts, statuses and duplicates (Sync/SyncRequest.swift).
    case sync(SyncRequest)
}

public enum CommandResult {
    case deskSetUp(operatorID: Int)
    case signedIn(operatorID: Int)
    case signInRefused(String)
    case signedOut
    case operatorAdded(operatorID: Int)
    /// Saved and fsync'd; the receipt file is written when `receiptPath` is set.
    case registered(householdID: Int, number: RegistrationNumber, receiptPath: String?)
    case corrected(householdID: Int)
    case revealed
    case receiptWritten(path: String)
    case draftSaved
    /// Nothing was saved; the message says what to do. Whatever was typed is still on the screen.
    case failed(String)
    /// A value handed back by a screen that closed (`Effect.popWith`).
    case picked(Int)
    case musyawarah(MusyawarahResult)
    case appeal(AppealResult)
    case sync(SyncResult)
}
