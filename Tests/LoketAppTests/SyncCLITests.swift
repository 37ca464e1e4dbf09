import Foundation
@testable import LoketApp
import LoketCore
import LoketCrypto
import XCTest

final class SyncCLITests: XCTestCase {
    private var folders: [String] = []
    override func tearDown() { folders.forEach { try? FileManager.default.removeItem(atPath: $0) } }

    private func folder() -> String {
        let f = "/tmp/lkc-" + String(UUID().uuidString.prefix(8))
        try? FileManager.default.createDirectory(atPath: f, withIntermediateDirectories: true)
        folders.append(f)
        return f
    }

    private func parse(_ line: String) -> Result<CLIInvocation, CLIUsageError> {
        CLIInvocation.parse(line.split(separator: " ").map(String.init))
    }

    func testParsesTheBundleCommands() {
        XCTAssertEqual(try parse("keys").get().command, .sync(.keysShow))
        XCTAssertEqual(try parse("keys add Kecamatan Gambir LK1-abc").get().command, .sync(.keysAdd(name: "Kecamatan Gambir", key: "LK1-abc")))
        XCTAssertEqual(try parse("bundle export --to Kec --out x.bundle").get().command, .sync(.bundleExport(to: "Kec", out: "x.bundle")))
        XCTAssertEqual(try parse("bundle import a b --receipt-dir r").get().command, .sync(.bundleImport(["a", "b"], receiptDirectory: "r")))
        XCTAssertEqual(try parse("export --csv out").get().command, .sync(.exportCSV(directory: "out")))
        XCTAssertEqual(try parse("export --sqlite x.db").get().command, .sync(.exportSQLite(path: "x.db")))
        XCTAssertEqual(try parse("status 3171014507850003 4 --outcome Layak").get().command,
                       .sync(.statusSet(nik: "3171014507850003", stage: "4", outcome: "Layak", note: "", desk: "")))
        XCTAssertEqual(try parse("setup-aggregator --role suku-dinas --name Sudin --region 3171 --operator Sari").get().command,
                       .sync(.setupAggregator(role: .sukuDinas, name: "Sudin", region: "3171", operatorName: "Sari")))
    }

    func testRefusesIncompleteBundleCommandsWithAHint() {
        for line in ["bundle export", "bundle verify", "export", "export --csv a --sqlite b", "bundle export --to X --csv y",
                     "setup-aggregator --role rt", "keys add OnlyName", "bundle"] {
            guard case .failure(let error) = parse(line) else { XCTFail("\(line) accepted"); continue }
            XCTAssertFalse(error.message.isEmpty)
        }
        XCTAssertTrue(CLIHelp.text(for: nil).contains("loket bundle import"))
        XCTAssertTrue(CLIHelp.text(for: "bundle").contains("tanda terima"))
    }

    func testDeskAndKecamatanExchangeBundlesThroughTheCommands() throws {
        let work = folder(), desk = work + "/desk", kec = work + "/kec"
        let clock = Clock.fixed(TestDesk.fixedDate)
        XCTAssertEqual(runDemoCommand(directory: desk, options: DemoOptions(households: 30), clock: clock, pinHasher: .testOnlyFast).exitCode, 0)
        let setup = runSyncCommand(.setupAggregator(role: .kecamatan, name: "Kecamatan Gambir", region: "317101", operatorName: "Sari"),
                                   directory: kec, clock: clock, pinHasher: .testOnlyFast, readPIN: { "1234" })
        XCTAssertEqual(setup.exitCode, 0, setup.error)
        func run(_ store: String, _ request: SyncCLIRequest) -> CLIResult {
            runSyncCommand(request, directory: store, clock: clock, pinHasher: .testOnlyFast, workingDirectory: work)
        }
        func key(_ store: String) -> String {
            run(store, .keysShow).output.split(separator: " ").first { $0.hasPrefix("LK1-") }.map { String($0.prefix { !$0.isNewline }) } ?? ""
        }
        XCTAssertEqual(run(desk, .keysAdd(name: "Kecamatan Gambir", key: key(kec))).exitCode, 0)
        XCTAssertEqual(run(kec, .keysAdd(name: "Loket Demo", key: key(desk))).exitCode, 0)
        XCTAssertEqual(run(kec, .keysAdd(name: "Salah", key: "LK1-salahketik")).exitCode, 1)

        let export = run(desk, .bundleExport(to: "Kecamatan Gambir", out: "naik.bundle"))
        XCTAssertEqual(export.exitCode, 0, export.error)
        XCTAssertTrue(run(kec, .bundleVerify(["naik.bundle"])).output.contains("catatan utuh"))
        let imported = run(kec, .bundleImport(["naik.bundle"], receiptDirectory: nil))
        XCTAssertEqual(imported.exitCode, 0, imported.error)
        let receipt = try XCTUnwrap(try FileManager.default.contentsOfDirectory(atPath: work).first { $0.hasPrefix("tanda-terima-") })
        XCTAssertTrue(run(desk, .bundleImport([receipt], receiptDirectory: nil)).output.contains("sudah diterima"))
        XCTAssertEqual(run(kec, .bundleImport(["naik.bundle"], receiptDirectory: nil)).exitCode, 0, "twice changes nothing, not an error")

        var damaged = try Array(Data(contentsOf: URL(fileURLWithPath: work + "/naik.bundle")))
        damaged[damaged.count / 2] ^= 1
        try Data(damaged).write(to: URL(fileURLWithPath: work + "/rusak.bundle"))
        let refused = run(kec, .bundleImport(["rusak.bundle"], receiptDirectory: nil))
        XCTAssertEqual(refused.exitCode, 1)
        XCTAssertTrue(refused.error.contains("rusak"), refused.error)

        let csv = run(kec, .exportCSV(directory: "ekspor"))
        XCTAssertEqual(csv.exitCode, 0, csv.error)
        let persons = try String(contentsOfFile: work + "/ekspor/persons.csv", encoding: .utf8)
        let nik = String(persons.split(separator: "\r\n")[1].split(separator: ",")[2])
        XCTAssertEqual(run(kec, .statusSet(nik: nik, stage: "Pemadanan Dukcapil", outcome: "", note: "", desk: "")).exitCode, 0)
        XCTAssertEqual(run(kec, .bundleExport(to: "Loket Demo", out: "turun.bundle")).exitCode, 0)
        XCTAssertTrue(run(desk, .bundleImport(["turun.bundle"], receiptDirectory: nil)).output.contains("1 perubahan status"))
    }
}
