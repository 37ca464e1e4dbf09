import Foundation
import LoketApp
import LoketCore
import LoketCrypto
import LoketStore
import LoketTUI

/// A real store in a temporary directory, with a fixed clock and the cheap test-only PIN hashing.
final class TestDesk {
    static let fixedDate = Date(timeIntervalSince1970: 1_795_600_000) // 2026-11-25 (UTC)
    let directory: String
    let service: DeskService

    init(setUp: Bool = true) throws {
        // Short and of fixed length, so that goldens can mask it (see assertGolden's `masking`).
        directory = "/tmp/lk-" + String(UUID().uuidString.prefix(8))
        let store = try DeskStore.open(directory: directory, create: true)
        service = DeskService(store: store, pinHasher: .testOnlyFast, clock: .fixed(Self.fixedDate))
        if setUp {
            _ = service.execute(.setUpDesk(kelurahanCode: "3171011001", deskName: "Loket Gambir 1", operatorName: "Rina Wulandari", pin: "123456"), operatorID: nil)
        }
    }

    deinit {
        service.store.close()
        try? FileManager.default.removeItem(atPath: directory)
    }

    var context: AppContext { service.context(operatorID: service.state.operators.first?.id) }

    /// Runs keys through the whole app on an in-memory 80x24 terminal; returns the app and the last frame.
    func run(_ keys: [Key], app: App? = nil) -> (App, Grid) {
        var app = app ?? App(context: context)
        let terminal = MemoryTerminal(width: 80, height: 24, keys: keys)
        runApp(&app, terminal: terminal, service: service)
        return (app, terminal.lastGrid ?? app.render())
    }

    /// Registers synthetic families directly through the service.
    func registerSynthetic(_ count: Int, seed: UInt64 = 1) {
        var gen = SyntheticData(seed: seed, today: service.context().today, kelurahanCode: "3171011001")
        for _ in 0..<count {
            _ = service.execute(.register(household: gen.household(), acknowledgedDuplicates: [], warnings: []), operatorID: 1)
        }
    }
}

extension Key {
    /// Keys for typing a string.
    static func type(_ text: String) -> [Key] { text.map { .char($0) } }
}
