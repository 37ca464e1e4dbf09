import LoketCore
import LoketTUI

/// First run: choose the kelurahan, name the desk, create the first operator. (Being built.)
public struct SetupScreen: Screen {
    public init() {}

    public mutating func update(_ key: Key, context: AppContext) -> Effect {
        key == .function(10) || key == .ctrl("q") ? .quit : .none
    }

    public func render(into grid: inout Grid, context: AppContext) {
        Chrome(title: "Penyiapan loket", keys: [("F10", "Keluar")]).render(into: &grid, context: context)
    }
}
