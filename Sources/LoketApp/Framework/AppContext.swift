import LoketCore

/// What every screen may read: the desk's current state, who is signed in, and today's date.
/// Screens never change it; the app replaces it after each command.
public struct AppContext {
    public var desk: DeskState
    public var today: CivilDate
    public var operatorID: Int?
    /// A draft registration left by a crash or by leaving the form, offered for continuing.
    public var draft: RegistrationDraft?
    /// Set when the store cannot be written (read-only after corruption, or after a failed fsync).
    public var readOnlyReason: String?

    public init(desk: DeskState, today: CivilDate, operatorID: Int? = nil, draft: RegistrationDraft? = nil,
                readOnlyReason: String? = nil) {
        self.desk = desk
        self.today = today
        self.operatorID = operatorID
        self.draft = draft
        self.readOnlyReason = readOnlyReason
    }

    public var operatorName: String? { operatorID.flatMap { desk.operatorAccount(id: $0)?.name } }

    public var kelurahan: Kelurahan? { desk.profile.flatMap { RegionDirectory.shared.kelurahan(code: $0.kelurahanCode) } }
}
