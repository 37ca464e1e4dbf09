import LoketCore
import LoketTUI

/// One appeal: its receipt as it would print today, then its history. Right after saving it also says
/// where the receipt file was written. F5 completes an incomplete appeal; F6 prints the receipt again.
public struct AppealDetailScreen: Screen {
    public let appealID: Int
    /// Opened right after saving: leaving goes back to the main menu, not to the intake screens.
    public let afterSave: Bool
    /// The receipt file written last, shown on top (paths are long; the message row would cut them).
    public private(set) var receiptPath: String?
    public private(set) var top = 0
    public private(set) var message: StatusMessage?

    public init(appealID: Int, afterSave: Bool = false, receiptPath: String? = nil) {
        self.appealID = appealID
        self.afterSave = afterSave
        self.receiptPath = receiptPath
        if afterSave {
            message = receiptPath != nil ? .success("Tersimpan. Tanda terima siap dicetak.")
                : .warning("Tersimpan, tetapi file tanda terima gagal ditulis. Tekan F6 untuk mencoba lagi.")
        }
    }

    func lines(_ context: AppContext) -> [(String, Style)] {
        guard let appeal = context.desk.appeals.appeal(id: appealID) else { return [("Sanggahan tidak ditemukan.", .error)] }
        let receipt = AppealReceipt.text(appeal, desk: context.desk.profile, operatorName: context.operatorName ?? "-", printedAt: "-")
        var out: [(String, Style)] = [(Self.summary(appeal, today: context.today), .bold)]
        if let receiptPath { out += [("File tanda terima (siap dicetak): " + Self.tail(of: receiptPath, width: 44), .plain)] }
        out.append(("", .plain))
        var inMissing = false
        // The paper's heading (desk, kelurahan) and signatures are left out on screen.
        let body = receipt.split(separator: "\n", omittingEmptySubsequences: false)
            .drop(while: { !$0.hasPrefix("No. sanggahan") }).prefix(while: { !$0.hasPrefix("Petugas:") })
        for line in body where !line.hasPrefix("Status sanggahan") {
            if line.hasPrefix("Dokumen yang BELUM") { inMissing = true }
            if line.isEmpty { inMissing = false }
            out.append((String(line), inMissing ? .bold : .plain))
        }
        out.append(("Riwayat:", .bold))
        for entry in appeal.history {
            let who = context.desk.operatorAccount(id: entry.operatorID)?.name ?? "sistem"
            out.append(("  \(localDateTime(entry.timestamp))  \(AppealHistoryText.describe(entry.event))  (\(who))", .plain))
        }
        return out
    }

    /// The one line that answers "where does it stand": status, and what is missing or the deadline.
    static func summary(_ a: Appeal, today: CivilDate) -> String {
        let status = a.status.label.uppercased()
        if let d = a.decision { return truncated("\(status) pada \(d.on): \(d.reason)", toWidth: 78) }
        if let deadline = a.deadline {
            return "\(status). Batas verifikasi \(deadline) (\(AppealClockText.short(a, today: today)))."
        }
        return truncated("\(status). Belum ada: " + a.missing.map(\.label).joined(separator: "; "), toWidth: 78)
    }

    /// The end of a long path, which names the file, with "…" in front when cut.
    static func tail(of path: String, width: Int) -> String {
        guard displayWidth(path) > width else { return path }
        return "…" + String(path.suffix(width - 1))
    }

    public mutating func update(_ key: Key, context: AppContext) -> Effect {
        message = nil
        let appeal = context.desk.appeals.appeal(id: appealID)
        switch key {
        case .escape, .enter:
            return afterSave ? .reset(MainMenuScreen()) : .pop
        case .function(5), .ctrl("l"):
            guard let appeal, appeal.status == .incomplete else {
                message = .info("Sanggahan ini sudah lengkap; tidak ada dokumen yang perlu ditambah.")
                return .none
            }
            return .push(AppealChecklistScreen.completing(appeal, context: context))
        case .function(6), .ctrl("p"):
            return .command(.appeal(.printReceipt(appealID: appealID)))
        case .up: top = max(0, top - 1)
        case .down: top = min(top + 1, max(0, lines(context).count - 1))
        case .pageUp: top = max(0, top - 15)
        case .pageDown: top = min(top + 15, max(0, lines(context).count - 1))
        default: break
        }
        return .none
    }

    public mutating func receive(_ result: CommandResult, context: AppContext) -> Effect {
        switch result {
        case .appeal(.receiptWritten(_, let path)):
            receiptPath = path
            top = 0
            message = .success("Tanda terima dicetak ulang, siap dicetak.")
        case .failed(let text): message = .error(text)
        default: break
        }
        return .none
    }

    public func render(into grid: inout Grid, context: AppContext) {
        let appeal = context.desk.appeals.appeal(id: appealID)
        var keys: [(key: String, label: String)] = [("↑↓ PgUp PgDn", "Gulir")]
        if appeal?.status == .incomplete { keys.append(("F5/^L", "Lengkapi")) }
        keys.append(("F6/^P", "Cetak"))
        keys.append((afterSave ? "Enter" : "Esc", afterSave ? "Selesai" : "Kembali"))
        Chrome(title: "Sanggahan " + (appeal.map { "\($0.number) — \($0.status.label)" } ?? ""), keys: keys, message: message)
            .render(into: &grid, context: context)
        let area = Chrome.content(of: grid)
        let all = lines(context)
        for (i, line) in all.dropFirst(top).prefix(area.height).enumerated() {
            grid.put(line.0, x: area.x, y: area.y + i, style: line.1, maxWidth: area.width)
        }
    }
}

/// How each step in an appeal's life is told in its history.
enum AppealHistoryText {
    static func describe(_ event: AppealEvent) -> String {
        switch event {
        case .filed(let f): return "Diajukan, \(f.documents.count) dokumen diterima"
        case .documentsAdded(_, let docs, _): return "Dokumen menyusul: " + docs.map { $0.document.label }.joined(separator: ", ")
        case .verificationStarted: return "Diserahkan untuk verifikasi"
        case .decided(_, let d): return "Hasil: \(d.outcome.label) — \(d.reason)"
        case .receiptPrinted: return "Tanda terima dicetak"
        case .visitRecorded: return "Kunjungan dicatat"
        }
    }
}
