import LoketCore

/// What is typed to create an operator: at set-up and when adding one. Plain strings, so nothing typed
/// is lost while it does not yet validate.
public struct OperatorEntry: Equatable, Sendable {
    public var name = ""
    public var pin = ""
    public var pinAgain = ""

    public init(name: String = "", pin: String = "", pinAgain: String = "") {
        self.name = name
        self.pin = pin
        self.pinAgain = pinAgain
    }

    public static let minPinLength = 4
    public static let maxPinLength = 8
    static let maxNameLength = 40

    /// Field order in `fields`; problems point at one of these so the form can focus it.
    public enum Field: Int, Sendable { case name = 0, pin, pinAgain }

    public static var fields: [FormField<OperatorEntry>] {
        [
            .text("Nama operator", \.name, maxLength: maxNameLength),
            FormField("PIN (4–8 angka)", .secret(\.pin, maxLength: maxPinLength), width: maxPinLength + 1),
            FormField("Ulangi PIN", .secret(\.pinAgain, maxLength: maxPinLength), width: maxPinLength + 1),
        ]
    }

    public struct Problem: Equatable, Sendable {
        public let field: Field
        public let message: String
    }

    /// The name as it will be saved: trimmed, inner runs of spaces collapsed.
    public var cleanName: String {
        name.split(separator: " ", omittingEmptySubsequences: true).joined(separator: " ")
    }

    /// The first thing to fix, or nil when the entry can be saved. `takenNames` are the names of the
    /// desk's operators: two operators with the same name could not be told apart at login.
    public func problem(takenNames: [String] = []) -> Problem? {
        if cleanName.isEmpty {
            return Problem(field: .name, message: "Isi nama operator.")
        }
        let key = searchKey(cleanName)
        if takenNames.contains(where: { searchKey($0) == key }) {
            return Problem(field: .name, message: "Nama itu sudah dipakai operator lain. Tambahkan nama belakang atau inisial.")
        }
        if pin.isEmpty {
            return Problem(field: .pin, message: "Isi PIN: \(Self.minPinLength) sampai \(Self.maxPinLength) angka.")
        }
        if !pin.allSatisfy({ $0.isASCII && $0.isNumber }) {
            return Problem(field: .pin, message: "PIN hanya boleh angka 0–9. Hapus huruf atau tanda lain (Ctrl-U mengosongkan).")
        }
        if pin.count < Self.minPinLength {
            return Problem(field: .pin, message: "PIN terlalu pendek: minimal \(Self.minPinLength) angka.")
        }
        if pin.count > Self.maxPinLength {
            return Problem(field: .pin, message: "PIN terlalu panjang: maksimal \(Self.maxPinLength) angka.")
        }
        if pinAgain != pin {
            return Problem(field: .pinAgain, message: "Ulangi PIN tidak sama dengan PIN. Ketik ulang (Ctrl-U mengosongkan kolom).")
        }
        return nil
    }
}
