import LoketCore
import LoketTUI

/// A person added to the attendance list, as typed.
public struct AttendeeEntry {
    public var name = ""
    public var role: Int? = nil
    public var position = ""
    public var invited = true
    public var arrivedNow = true

    public init() {}

    static var fields: [FormField<AttendeeEntry>] {
        [
        .text("Nama", \.name, maxLength: 50),
        .choice("Peran", \.role, AttendeeRole.allCases.map(\.label)),
        .text("Jabatan", \.position, maxLength: 40),
        FormField("Diundang", .toggle(\.invited)),
        FormField("Sudah hadir", .toggle(\.arrivedNow)),
        ]
    }

    func problem() -> (field: Int, message: String)? {
        if name.allSatisfy(\.isWhitespace) { return (0, "Nama peserta wajib diisi.") }
        if role == nil { return (1, "Pilih perannya dengan ←/→ (misalnya Ketua RT/RW).") }
        return nil
    }
}

/// The overlay form for adding a person during the meeting.
struct AttendeeForm {
    var form = Form(model: AttendeeEntry(), fields: AttendeeEntry.fields)
    var error: String?

    func render(into grid: inout Grid) {
        let box = Rect(x: 10, y: 6, width: 60, height: 12)
        grid.fill(box)
        grid.box(box, title: "Tambah peserta")
        form.render(in: Rect(x: box.x + 2, y: box.y + 2, width: box.width - 4, height: 5), into: &grid, labelWidth: 14)
        if let error { grid.put(error, x: box.x + 2, y: box.y + 8, style: .error, maxWidth: box.width - 4) }
        grid.put("Enter/F2 Simpan · Tab Pindah · ←→ Peran · Spasi Centang · Esc Batal",
                 x: box.x + 2, y: box.y + 10, style: .muted, maxWidth: box.width - 4)
    }
}
