import LoketCore
import LoketTUI

/// Cek pendaftaran: search as you type. (Being built.)
public struct LookupScreen: Screen {
    public init() {}

    public mutating func update(_ key: Key, context: AppContext) -> Effect {
        key == .escape ? .pop : .none
    }

    public func render(into grid: inout Grid, context: AppContext) {
        Chrome(title: "Cek pendaftaran", keys: [("Esc", "Kembali")]).render(into: &grid, context: context)
    }
}
