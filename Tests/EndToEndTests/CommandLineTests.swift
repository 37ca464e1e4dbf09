import Foundation
import XCTest

/// The real `loket` binary's subcommands, as a user or a script would run them.
final class CommandLineTests: StoreTestCase {
    // Synthetic NIKs, never real ones: Gambir (31.71.01), a woman born 05-07-1985, serial 0003.
    let validNIK = "3171014507850003"
    /// Kecamatan 31.71.99 is not in today's list: an old code, a warning only.
    let warningNIK = "3171990507850003"
    /// Month 13.
    let invalidNIK = "3171014513850003"

    func testNIKValid() throws {
        let r = try loket("nik", validNIK)
        XCTAssertEqual(r.status, 0, r.error)
        XCTAssertTrue(r.output.contains("NIK \(validNIK): SAH"), r.output)
        XCTAssertTrue(r.output.contains("Gambir"))
        XCTAssertTrue(r.output.contains("05-07-1985"))
        XCTAssertTrue(r.output.contains("Perempuan"))
        XCTAssertFalse(FileManager.default.fileExists(atPath: store), "checking a NIK never creates a store")
    }

    func testNIKWithWarningIsStillValid() throws {
        let r = try loket("nik", warningNIK)
        XCTAssertEqual(r.status, 0, r.error)
        XCTAssertTrue(r.output.contains("SAH, dengan peringatan"), r.output)
        XCTAssertTrue(r.output.contains("Kode kecamatan 317199"), r.output)
    }

    func testNIKInvalidFailsTheWholeRun() throws {
        let r = try loket("nik", validNIK, invalidNIK, warningNIK)
        XCTAssertEqual(r.status, 1)
        XCTAssertTrue(r.output.contains("NIK \(invalidNIK): TIDAK SAH"), r.output)
        XCTAssertTrue(r.output.contains("Bulan 13 tidak mungkin."), r.output)
        XCTAssertTrue(r.output.contains("3 NIK diperiksa: 2 sah, 1 tidak sah."), r.output)
    }

    func testDemoThenStatsThenVerify() throws {
        let demo = try loket("demo", "--households", "200", "--seed", "1")
        XCTAssertEqual(demo.status, 0, demo.error)
        XCTAssertTrue(demo.output.contains("Operator Demo"), demo.output)
        XCTAssertTrue(demo.output.contains("200 dari 200 keluarga tersimpan"), demo.output)
        XCTAssertTrue(demo.output.contains("kini berisi 200 keluarga"), demo.output)

        let stats = try loket("stats")
        XCTAssertEqual(stats.status, 0, stats.error)
        XCTAssertEqual(number(after: "Keluarga terdaftar:", in: stats.output), 200)
        let persons = try XCTUnwrap(number(after: "Jiwa (anggota keluarga):", in: stats.output))
        XCTAssertTrue(demo.output.contains("200 keluarga contoh (\(persons) jiwa)"), "demo and stats agree on persons")
        XCTAssertEqual(number(after: "2. Pendaftaran", in: stats.output), persons)
        let excluded = try XCTUnwrap(number(after: "Keluarga tidak dapat diusulkan:", in: stats.output))
        XCTAssertTrue((1..<200).contains(excluded), "some, not all, synthetic families cannot be proposed")
        XCTAssertEqual(number(after: "BPNT (keluarga)", in: stats.output), 200 - excluded)

        let verify = try loket("verify")
        XCTAssertEqual(verify.status, 0, verify.error)
        XCTAssertEqual(recordCount(in: verify.output), 202, "2 set-up records + 200 families")
        XCTAssertNotNil(verify.output.range(of: "Hash terakhir: +[0-9a-f]{64}", options: .regularExpression), verify.output)

        // The same seed on a fresh store gives the same families.
        let again = root.appendingPathComponent("again").path
        XCTAssertEqual(try LoketProcess.run(["--store", again, "demo", "--households", "200", "--seed", "1"]).status, 0)
        let statsAgain = try LoketProcess.run(["--store", again, "stats"])
        XCTAssertEqual(number(after: "Jiwa (anggota keluarga):", in: statsAgain.output), persons)
    }

    func testStoreFromEnvironmentAndParentsCreated() throws {
        let nested = root.appendingPathComponent("a/b/c").path
        let r = try LoketProcess.run(["demo", "--households", "3"], environment: LoketBinary.environment(["LOKET_STORE": nested]))
        XCTAssertEqual(r.status, 0, r.error)
        XCTAssertTrue(FileManager.default.fileExists(atPath: nested + "/journal.log"))
        // --store wins over LOKET_STORE.
        let flag = try LoketProcess.run(["--store", store, "stats"], environment: LoketBinary.environment(["LOKET_STORE": nested]))
        XCTAssertEqual(flag.status, 1, "the flag's store does not exist")
        XCTAssertTrue(flag.error.contains("tidak ditemukan"), flag.error)
    }

    func testVerifyNamesABadRecord() throws {
        XCTAssertEqual(try loket("demo", "--households", "20").status, 0)
        let path = store + "/journal.log"
        var bytes = try [UInt8](Data(contentsOf: URL(fileURLWithPath: path)))
        bytes[bytes.count / 2] ^= 0x01
        try Data(bytes).write(to: URL(fileURLWithPath: path))
        let r = try loket("verify")
        XCTAssertEqual(r.status, 1)
        XCTAssertNotNil(r.error.range(of: "Catatan nomor [0-9]+ \\(posisi bita [0-9]+\\) rusak", options: .regularExpression), r.error)
    }

    func testHelpAndUsageErrors() throws {
        let help = try loket("--help")
        XCTAssertEqual(help.status, 0)
        for name in ["loket nik", "loket demo", "loket stats", "loket verify", "--store"] {
            XCTAssertTrue(help.output.contains(name), name)
        }
        let demoHelp = try loket("help", "demo")
        XCTAssertEqual(demoHelp.status, 0)
        XCTAssertTrue(demoHelp.output.hasPrefix("loket demo --households N"), demoHelp.output)

        let unknown = try loket("hapus")
        XCTAssertEqual(unknown.status, 2)
        XCTAssertTrue(unknown.error.contains("Perintah tidak dikenal: hapus"))
        XCTAssertTrue(unknown.error.contains("loket --help"))
        let badFlag = try loket("stats", "--cepat")
        XCTAssertEqual(badFlag.status, 2)
        XCTAssertTrue(badFlag.error.contains("--cepat"))
    }

    func testTerminalRefusesANonUTF8LocaleBeforeTouchingTheStore() throws {
        var env = LoketBinary.environment()
        env["LANG"] = "C"
        env["LC_ALL"] = "C"
        let r = try LoketProcess.run(["--store", store], environment: env)
        XCTAssertEqual(r.status, 1)
        XCTAssertTrue(r.error.contains("UTF-8"), r.error)
        XCTAssertTrue(r.error.contains("LANG=C.UTF-8"), r.error)
        XCTAssertFalse(FileManager.default.fileExists(atPath: store))
    }

    func testTerminalRefusesToRunWithoutATerminal() throws {
        let r = try loket()
        XCTAssertEqual(r.status, 1)
        XCTAssertTrue(r.error.contains("terminal"), r.error)
    }
}
