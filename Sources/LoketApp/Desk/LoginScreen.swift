import LoketCore
import LoketTUI

/// Operator login with a PIN. (Being built.)
public struct LoginScreen: Screen {
    public init() {}

    public mutating func update(_ key: Key, context: AppContext) -> Effect {
        key == .function(10) || key == .ctrl("q") ? .quit : .none
    }

    public func render(into grid: inout Grid, context: AppContext) {
        Chrome(title: "Masuk", keys: [("F10", "Keluar")]).render(into: &grid, context: context)
    }
}
