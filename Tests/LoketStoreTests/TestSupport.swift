import Foundation
import XCTest
@testable import LoketStore

extension XCTestCase {
    /// A fresh directory path (not created) under the system temporary directory, removed after the test.
    func temporaryStorePath() -> String {
        let url = FileManager.default.temporaryDirectory
            .appendingPathComponent("loket-store-tests-\(UUID().uuidString)")
        addTeardownBlock { try? FileManager.default.removeItem(at: url) }
        return url.path
    }
}

let testDeskId: [UInt8] = Array(0x10..<0x20)

/// Deterministic payload bytes of the given size, distinct per `seed`.
func testPayload(_ seed: Int, size: Int) -> [UInt8] {
    (0..<size).map { UInt8(truncatingIfNeeded: seed &* 31 &+ $0 &* 7 &+ 1) }
}

struct ReadRecord: Equatable {
    var sequence: UInt64
    var timestamp: Int64
    var previousHash: [UInt8]
    var hash: [UInt8]
    var payload: [UInt8]
}

extension Journal {
    func allRecords() -> [ReadRecord] {
        var out = [ReadRecord]()
        forEachRecord { view in
            out.append(ReadRecord(sequence: view.sequence, timestamp: view.timestamp, previousHash: view.previousHash,
                                  hash: view.hash, payload: Array(view.payload)))
        }
        return out
    }
}

func journalPath(_ directory: String) -> String { directory + "/" + Journal.fileName }

func fileBytes(_ path: String) -> [UInt8] {
    (try? PosixFileSystem().readFile(path)) ?? []
}

func writeFileBytes(_ bytes: [UInt8], _ path: String) {
    precondition(FileManager.default.createFile(atPath: path, contents: Data(bytes)))
}

func filesIn(_ directory: String) -> [String] {
    ((try? FileManager.default.contentsOfDirectory(atPath: directory)) ?? []).sorted()
}
