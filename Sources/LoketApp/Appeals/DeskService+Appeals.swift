import Foundation
import LoketCore
import LoketStore

extension DeskService {
    /// Carries out a sanggahan command: one journal event per step, then the receipt file and its
    /// print event (every print of personal data is logged).
    func run(_ command: AppealCommand, operatorID: Int) throws -> AppealResult {
        let today = clock.today
        let book = state.appeals
        switch command {
        case .file(let intake):
            guard AppealChecklist.documents(for: intake.reason, addressCase: intake.addressCase) != nil else {
                throw ServiceError("Alasan ini tidak dapat disanggah di loket.")
            }
            let id = book.nextAppealID
            let filing = AppealFiling(appealID: id, number: AppealNumber(year: today.year, serial: id), person: intake.person,
                                      reason: intake.reason, addressCase: intake.addressCase, filedOn: today,
                                      documents: intake.documents)
            try append(operatorID, [.appeal(.filed(filing))])
            return .saved(appealID: id, receiptPath: try? writeAppealReceipt(appealID: id, operatorID: operatorID))
        case .addDocuments(let id, let documents):
            let appeal = try existingAppeal(id)
            guard appeal.status == .incomplete else {
                throw ServiceError("Sanggahan \(appeal.number) sudah lengkap (\(appeal.status.label)); tidak perlu dokumen lagi.")
            }
            guard !documents.isEmpty else { throw ServiceError("Belum ada dokumen baru yang dicentang.") }
            try append(operatorID, [.appeal(.documentsAdded(appealID: id, documents: documents, on: today))])
            return .saved(appealID: id, receiptPath: try? writeAppealReceipt(appealID: id, operatorID: operatorID))
        case .recordVisit(let person, let reason, let addressCase):
            try append(operatorID, [.appeal(.visitRecorded(AppealVisit(person: person, reason: reason, addressCase: addressCase, on: today)))])
            return .visitRecorded
        case .printReceipt(let id):
            _ = try existingAppeal(id)
            return .receiptWritten(appealID: id, path: try writeAppealReceipt(appealID: id, operatorID: operatorID))
        case .startVerification(let id):
            let appeal = try existingAppeal(id)
            guard appeal.status == .complete else {
                throw ServiceError("Sanggahan \(appeal.number) berstatus \(appeal.status.label); hanya sanggahan yang diterima lengkap yang bisa diverifikasi.")
            }
            try append(operatorID, [.appeal(.verificationStarted(appealID: id, on: today))])
            return .updated(appealID: id)
        case .decide(let id, let outcome, let reason):
            let appeal = try existingAppeal(id)
            guard appeal.status.isAwaitingDecision else {
                let why = appeal.status == .incomplete ? "belum lengkap, jadi belum bisa diputus" : "sudah diputus (\(appeal.status.label))"
                throw ServiceError("Sanggahan \(appeal.number) \(why).")
            }
            let trimmed = reason.trimmingCharacters(in: .whitespaces)
            guard !trimmed.isEmpty else { throw ServiceError("Tuliskan alasan keputusan.") }
            try append(operatorID, [.appeal(.decided(appealID: id, decision: AppealDecision(outcome: outcome, reason: trimmed, on: today)))])
            return .updated(appealID: id)
        }
    }

    private func existingAppeal(_ id: Int) throws -> Appeal {
        guard let appeal = state.appeals.appeal(id: id) else { throw ServiceError("Sanggahan tidak ditemukan.") }
        return appeal
    }

    /// The receipt as a plain-text file, one file per print so an earlier receipt is never replaced.
    private func writeAppealReceipt(appealID: Int, operatorID: Int) throws -> String {
        let appeal = try existingAppeal(appealID)
        let text = AppealReceipt.text(appeal, desk: state.profile,
                                      operatorName: state.operatorAccount(id: operatorID)?.name ?? "-",
                                      printedAt: localDateTime(clock.timestamp))
        if !fileSystem.exists(receiptsDirectory) { try fileSystem.createDirectory(receiptsDirectory) }
        let copy = appeal.receiptFiles.count
        let path = receiptsDirectory + "/\(appeal.number)" + (copy == 0 ? "" : "_\(copy + 1)") + ".txt"
        try AtomicFile.write(Array(text.utf8), to: path, fileSystem: fileSystem)
        try append(operatorID, [.appeal(.receiptPrinted(appealID: appealID, file: path))])
        return path
    }
}
