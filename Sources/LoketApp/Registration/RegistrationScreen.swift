import LoketCore
import LoketTUI

/// Walk-in registration of a family. (Being built.)
public struct RegistrationScreen: Screen {
    /// Opens the form for a new family, or a correction of `correcting`; offers a saved draft first.
    public static func start(context: AppContext, correcting: HouseholdRecord? = nil) -> any Screen {
        RegistrationScreen()
    }

    public mutating func update(_ key: Key, context: AppContext) -> Effect {
        key == .escape ? .pop : .none
    }

    public func render(into grid: inout Grid, context: AppContext) {
        Chrome(title: "Pendaftaran baru", keys: [("Esc", "Kembali")]).render(into: &grid, context: context)
    }
}
