import LoketCore
import LoketTUI

/// The overlay that strikes a person entered by mistake: the reason, "salah catat" unless changed.
/// The name stays on the list and in the berita acara, marked; only the counts leave them out.
struct AttendeeStrikeForm {
    let attendee: Attendee
    var reason = TextField(text: "salah catat", maxLength: 60)
    var error: String?

    init(attendee: Attendee) { self.attendee = attendee }

    func render(into grid: inout Grid) {
        let box = Rect(x: 10, y: 7, width: 60, height: 10)
        grid.fill(box)
        grid.box(box, title: "Coret dari daftar hadir")
        let x = box.x + 2
        grid.put("\(attendee.name) — \(attendee.role.label)", x: x, y: box.y + 2, style: .bold, maxWidth: box.width - 4)
        grid.put("Alasan", x: x, y: box.y + 3)
        reason.render(in: Rect(x: x + 8, y: box.y + 3, width: box.width - 12, height: 1), into: &grid, focused: true)
        grid.put("Nama tetap tercatat, ditandai dicoret; tidak dihitung", x: x, y: box.y + 5, style: .muted)
        grid.put("untuk kuorum maupun suara.", x: x, y: box.y + 6, style: .muted)
        if let error { grid.put(error, x: x, y: box.y + 7, style: .error, maxWidth: box.width - 4) }
        grid.put("Enter Coret · Esc Batal", x: x, y: box.y + 8, style: .muted)
    }
}
