import LoketCrypto
import LoketStore

/// `loket verify`: checks every record without taking the lock; names the first bad record.
public func runVerifyCommand(directory: String) -> CLIResult {
    let report = Journal.verify(directory: directory)
    guard report.isHealthy else {
        return .failure("Pemeriksaan data di \(directory):\n\(report.message)")
    }
    var text = "Pemeriksaan data di \(directory):\n\(report.message)\n"
    text += "Catatan terakhir: nomor \(report.lastSequence)\n"
    text += "Hash terakhir:    \(hexString(report.lastHash))\n"
    let seals = musyawarahSealText(directory: directory)
    text += seals.text
    let snapshot = SnapshotCheck.of(directory: directory)
    text += snapshot.message + "\n"
    return seals.ok && snapshot.isHealthy ? CLIResult(output: text) : CLIResult(output: text, exitCode: CLIExit.failure)
}
