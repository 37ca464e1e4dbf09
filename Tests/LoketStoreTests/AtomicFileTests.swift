import XCTest
@testable import LoketStore

final class AtomicFileTests: XCTestCase {
    private func directory() throws -> String {
        let dir = temporaryStorePath()
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        return dir
    }

    func testWritesAndReplaces() throws {
        let dir = try directory()
        let path = dir + "/settings.bin"
        try AtomicFile.write([1, 2, 3], to: path)
        XCTAssertEqual(fileBytes(path), [1, 2, 3])
        try AtomicFile.write([4], to: path)
        XCTAssertEqual(fileBytes(path), [4])
        try AtomicFile.write([], to: path)
        XCTAssertEqual(fileBytes(path), [])
        XCTAssertEqual(filesIn(dir), ["settings.bin"], "no temporary file left behind")
    }

    func testFsyncsFileThenDirectory() throws {
        let fs = FaultInjectingFileSystem()
        try AtomicFile.write([1], to: try directory() + "/a", fileSystem: fs)
        XCTAssertEqual(fs.count(.sync), 1)
        XCTAssertEqual(fs.count(.rename), 1)
        XCTAssertEqual(fs.count(.syncDirectory), 1)
    }

    func testAFaultBeforeTheRenameLeavesTheOldContent() throws {
        let dir = try directory()
        let path = dir + "/draft.bin"
        try AtomicFile.write([7, 7, 7], to: path)
        let faults: [(String, (FaultInjectingFileSystem) -> Void)] = [
            ("open", { $0.fail(.open) }),
            ("write", { $0.failWrite() }),
            ("short write, disk full", { $0.shortWrite(keeping: 1) }),
            ("fsync", { $0.failSync() }),
            ("rename", { $0.fail(.rename) }),
        ]
        for (name, inject) in faults {
            let fs = FaultInjectingFileSystem()
            inject(fs)
            XCTAssertThrowsError(try AtomicFile.write([1, 2, 3, 4, 5], to: path, fileSystem: fs), name)
            XCTAssertEqual(fileBytes(path), [7, 7, 7], name)
            XCTAssertEqual(filesIn(dir), ["draft.bin"], name)
        }
    }

    func testDiskFullIsNamed() throws {
        let fs = FaultInjectingFileSystem()
        fs.shortWrite(keeping: 2, errno: ENOSPC)
        XCTAssertThrowsError(try AtomicFile.write([1, 2, 3], to: try directory() + "/x", fileSystem: fs)) {
            guard case .diskFull = $0 as? JournalError else { return XCTFail("\($0)") }
        }
    }

    func testFailedDirectoryFsyncIsNotConfirmed() throws {
        let fs = FaultInjectingFileSystem()
        fs.failDirectorySync()
        XCTAssertThrowsError(try AtomicFile.write([1], to: try directory() + "/x", fileSystem: fs)) {
            guard case .fsyncFailed = $0 as? JournalError else { return XCTFail("\($0)") }
        }
    }
}
