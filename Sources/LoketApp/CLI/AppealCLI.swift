import Foundation
import LoketCore
import LoketStore
import LoketTUI

/// `loket sanggahan …`: the appeals from the command line — list, show, hand over for verification,
/// and record the decision when it comes back.
public enum AppealCLIRequest: Equatable, Sendable {
    case list(status: AppealStatus?)
    case show(String)
    case startVerification(String)
    case decide(String, AppealOutcome, reason: String)
}

extension AppealCLIRequest {
    /// Status words as typed on a command line (no spaces).
    static let statusWords: [(String, AppealStatus)] = [
        ("belum-lengkap", .incomplete), ("lengkap", .complete), ("verifikasi", .inVerification),
        ("diterima", .accepted), ("ditolak", .rejected),
    ]

    static func parse(_ words: [String], flags: [(name: String, value: String?)]) throws(CLIUsageError) -> AppealCLIRequest {
        func onlyFlags(_ allowed: Set<String>) throws(CLIUsageError) {
            if let f = flags.first(where: { !allowed.contains($0.name) }) {
                throw CLIUsageError("Pilihan \(f.name) tidak berlaku untuk perintah sanggahan \(words.first ?? "").")
            }
        }
        func number(_ i: Int) throws(CLIUsageError) -> String {
            guard words.count > i else { throw CLIUsageError("Sebutkan nomor sanggahan, misalnya SG-26-00001-3.") }
            return words[i]
        }
        switch words.first {
        case "daftar":
            try onlyFlags(["--status"])
            guard words.count == 1 else { throw CLIUsageError("Perintah sanggahan daftar tidak memakai \"\(words[1])\".") }
            guard let value = flags.first(where: { $0.name == "--status" })?.value else { return .list(status: nil) }
            guard let status = statusWords.first(where: { $0.0 == value.lowercased() })?.1 else {
                throw CLIUsageError("Status tidak dikenal: \(value). Pilih: \(statusWords.map(\.0).joined(separator: ", ")).")
            }
            return .list(status: status)
        case "lihat":
            try onlyFlags([])
            return .show(try number(1))
        case "verifikasi":
            try onlyFlags([])
            return .startVerification(try number(1))
        case "putus":
            try onlyFlags(["--alasan"])
            let n = try number(1)
            guard words.count == 3, let outcome = ["diterima": AppealOutcome.accepted, "ditolak": .rejected][words[2].lowercased()] else {
                throw CLIUsageError("Tulis hasilnya: diterima atau ditolak, misalnya: loket sanggahan putus \(n) ditolak --alasan \"...\"")
            }
            guard let reason = flags.first(where: { $0.name == "--alasan" })?.value,
                  !reason.trimmingCharacters(in: .whitespaces).isEmpty else {
                throw CLIUsageError("Keputusan perlu alasan: tambahkan --alasan \"...\".")
            }
            return .decide(n, outcome, reason: reason)
        case nil:
            throw CLIUsageError("Sebutkan yang akan dilakukan: daftar, lihat, verifikasi, atau putus.")
        case let other?:
            throw CLIUsageError("Perintah sanggahan tidak dikenal: \(other). Pilih: daftar, lihat, verifikasi, atau putus.")
        }
    }
}

/// Runs a `loket sanggahan` request against the store. Decisions are recorded by operator 0 (the
/// system): they come from the verifier, not from someone signed in at the desk.
public func runAppealCommand(_ request: AppealCLIRequest, directory: String, clock: Clock = Clock()) -> CLIResult {
    let store: DeskStore
    do {
        store = try DeskStore.open(directory: directory, create: false)
    } catch {
        return .failure(error.userMessage)
    }
    defer { store.close() }
    let service = DeskService(store: store, clock: clock)
    let today = clock.today
    func find(_ text: String) -> Appeal? {
        AppealNumber(parsing: text).flatMap { store.state.appeals.appeal(number: $0) }
    }
    func notFound(_ text: String) -> CLIResult {
        AppealNumber(parsing: text) == nil
            ? .failure("Nomor sanggahan \(text) tidak sah (bentuknya seperti SG-26-00001-3; angka terakhir adalah angka pemeriksa).")
            : .failure("Sanggahan \(text) tidak ada di loket ini.")
    }
    switch request {
    case .list(let status):
        return CLIResult(output: AppealListText.text(AppealListFilter(status: status).apply(store.state.appeals), today: today))
    case .show(let text):
        guard let appeal = find(text) else { return notFound(text) }
        var out = AppealReceipt.text(appeal, desk: store.state.profile, operatorName: "-", printedAt: "-")
        out = out.components(separatedBy: "\nPetugas:").first ?? out
        out += "\nRiwayat:\n"
        for entry in appeal.history {
            out += "  \(localDateTime(entry.timestamp))  \(AppealHistoryText.describe(entry.event))\n"
        }
        return CLIResult(output: out)
    case .startVerification(let text):
        guard let appeal = find(text) else { return notFound(text) }
        if case .failed(let message) = service.execute(.appeal(.startVerification(appealID: appeal.id)), operatorID: 0) {
            return .failure(message)
        }
        return CLIResult(output: "Sanggahan \(appeal.number) kini dalam verifikasi.\n")
    case .decide(let text, let outcome, let reason):
        guard let appeal = find(text) else { return notFound(text) }
        if case .failed(let message) = service.execute(.appeal(.decide(appealID: appeal.id, outcome: outcome, reason: reason)), operatorID: 0) {
            return .failure(message)
        }
        return CLIResult(output: "Sanggahan \(appeal.number): \(outcome.label.uppercased()). Alasan: \(reason)\n")
    }
}

/// The appeals list as plain text, one line each, overdue ones marked "LEWAT".
enum AppealListText {
    static func text(_ appeals: [Appeal], today: CivilDate) -> String {
        guard !appeals.isEmpty else { return "Tidak ada sanggahan.\n" }
        var out = "No. sanggahan  Diajukan    NIK               Alasan           Status            Sisa\n"
        for a in appeals {
            out += padded(a.number.description, toWidth: 15) + padded(a.filedOn.description, toWidth: 12)
                + padded(maskedNIK(a.person.nik), toWidth: 18) + padded(a.reason.shortLabel, toWidth: 17)
                + padded(a.status.label, toWidth: 18) + AppealClockText.short(a, today: today) + "\n"
        }
        let late = appeals.filter { $0.isOverdue(on: today) }.count
        out += "\n\(appeals.count) sanggahan" + (late > 0 ? ", \(late) lewat batas 14 hari verifikasi" : "") + ".\n"
        return out
    }
}
