@testable import LoketApp
import XCTest

final class CLIArgumentsTests: XCTestCase {
    private func parse(_ args: String) -> Result<CLIInvocation, CLIUsageError> {
        CLIInvocation.parse(args.split(separator: " ").map(String.init))
    }

    private func command(_ args: String) throws -> CLIInvocation {
        try parse(args).get()
    }

    private func usage(_ args: String, file: StaticString = #filePath, line: UInt = #line) -> CLIUsageError? {
        guard case .failure(let e) = parse(args) else {
            XCTFail("\"\(args)\" was accepted", file: file, line: line)
            return nil
        }
        return e
    }

    func testNoArgumentsStartsTheTerminal() throws {
        XCTAssertEqual(try command(""), CLIInvocation(command: .terminal))
    }

    func testStoreFlagIsAcceptedAnywhereInBothSpellings() throws {
        XCTAssertEqual(try command("--store /d"), CLIInvocation(command: .terminal, storeDirectory: "/d"))
        XCTAssertEqual(try command("--store=/d stats"), CLIInvocation(command: .stats, storeDirectory: "/d"))
        XCTAssertEqual(try command("verify --store /e"), CLIInvocation(command: .verify, storeDirectory: "/e"))
        XCTAssertNotNil(usage("stats --store"))
    }

    func testNIKTakesOneOrMoreNumbers() throws {
        XCTAssertEqual(try command("nik 1 2").command, .nik(["1", "2"]))
        XCTAssertTrue(usage("nik")?.message.contains("Sebutkan NIK") == true)
    }

    func testDemoOptions() throws {
        XCTAssertEqual(try command("demo").command, .demo(DemoOptions()))
        XCTAssertEqual(try command("demo --households 200 --seed 7").command,
                       .demo(DemoOptions(households: 200, seed: 7)))
        XCTAssertEqual(try command("demo --households=5 --force").command,
                       .demo(DemoOptions(households: 5, seed: 1, force: true)))
        XCTAssertNotNil(usage("demo --households"))
        XCTAssertNotNil(usage("demo --households 0"))
        XCTAssertNotNil(usage("demo --households lima"))
        XCTAssertNotNil(usage("demo --seed -1"))
        XCTAssertNotNil(usage("demo extra"))
    }

    func testHelpForms() throws {
        XCTAssertEqual(try command("--help").command, .help(topic: nil))
        XCTAssertEqual(try command("-h").command, .help(topic: nil))
        XCTAssertEqual(try command("help").command, .help(topic: nil))
        XCTAssertEqual(try command("help demo").command, .help(topic: "demo"))
        XCTAssertEqual(try command("demo --help").command, .help(topic: "demo"))
        XCTAssertEqual(try command("nik --help").command, .help(topic: "nik"))
        XCTAssertNotNil(usage("help nonsense"))
    }

    func testUnknownCommandOrFlagIsAUsageErrorWithAHint() throws {
        let unknown = try XCTUnwrap(usage("hapus"))
        XCTAssertEqual(unknown.result.exitCode, CLIExit.usage)
        XCTAssertTrue(unknown.result.error.contains("Perintah tidak dikenal: hapus"))
        XCTAssertTrue(unknown.result.error.contains("loket --help"))
        XCTAssertTrue(unknown.result.output.isEmpty)
        XCTAssertTrue(usage("stats --households 3")?.message.contains("--households") == true)
        XCTAssertTrue(usage("--verbose")?.message.contains("--verbose") == true)
        XCTAssertNotNil(usage("-x"))
        XCTAssertNotNil(usage("stats now"))
    }

    func testStoreLocationOrder() {
        let env = ["HOME": "/home/rina", "LOKET_STORE": "/data/loket"]
        XCTAssertEqual(StoreLocation.resolve(flag: "/flag", environment: env), "/flag")
        XCTAssertEqual(StoreLocation.resolve(flag: nil, environment: env), "/data/loket")
        XCTAssertEqual(StoreLocation.resolve(flag: nil, environment: ["HOME": "/home/rina"]), "/home/rina/.local/share/loket")
        XCTAssertEqual(StoreLocation.resolve(flag: nil, environment: ["HOME": "/h", "LOKET_STORE": ""]), "/h/.local/share/loket")
        XCTAssertEqual(StoreLocation.resolve(flag: "~/latihan", environment: env), "/home/rina/latihan")
    }

    func testHelpTextsNameEveryCommand() {
        let overview = CLIHelp.text(for: nil)
        for name in ["nik", "demo", "stats", "verify", "help", "--store", "LOKET_STORE"] {
            XCTAssertTrue(overview.contains(name), name)
        }
        for topic in ["nik", "demo", "stats", "verify"] {
            XCTAssertTrue(CLIHelp.text(for: topic).hasPrefix("loket \(topic)"), topic)
        }
    }
}
