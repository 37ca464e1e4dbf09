import LoketCore

/// The numbers on the main menu's panel, counted from the desk state.
public struct DeskFacts: Equatable, Sendable {
    public let families: Int
    public let persons: Int
    /// Families that answered at least one of the seven criteria in a way that excludes them.
    public let notProposable: Int

    public init(_ desk: DeskState) {
        families = desk.households.count
        persons = desk.personCount
        notProposable = desk.households.filter { !$0.current.criteria.exclusions.isEmpty }.count
    }
}

/// "12.345": Indonesian thousands grouping, without depending on the machine's locale data.
public func groupedNumber(_ value: Int) -> String {
    let digits = Array(String(value.magnitude))
    var out = ""
    for (i, d) in digits.enumerated() {
        if i > 0 && (digits.count - i) % 3 == 0 { out.append(".") }
        out.append(d)
    }
    return (value < 0 ? "-" : "") + out
}
