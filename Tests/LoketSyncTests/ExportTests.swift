import CSQLite
import Foundation
import LoketCore
@testable import LoketSync
import XCTest

final class ExportTests: XCTestCase {
    func testCSVFilesHaveDocumentedColumnsAndEveryPerson() throws {
        let desk = try SyncTestStore()
        try desk.register(4)
        let folder = desk.directory + "/ekspor"
        let paths = try desk.sync.exportCSV(to: folder, today: CivilDate(year: 2026, month: 11, day: 25)!, operatorID: 1)
        XCTAssertEqual(paths.map { ($0 as NSString).lastPathComponent },
                       ["households.csv", "persons.csv", "criteria.csv", "screening.csv", "stages.csv",
                        "musyawarah_decisions.csv", "appeals.csv"])
        let persons = try String(contentsOfFile: folder + "/persons.csv", encoding: .utf8)
        let lines = persons.split(separator: "\r\n")
        XCTAssertTrue(lines[0].hasSuffix("desk,household_id,nik,name,sex,birth_place,birth_date,religion,education,occupation,marital_status,relationship,disability,severe_disability,pregnant,schooling,orphan,parent_died_of_covid"))
        XCTAssertEqual(lines.count - 1, desk.store.state.personCount)
        let criteria = try String(contentsOfFile: folder + "/criteria.csv", encoding: .utf8)
        XCTAssertEqual(criteria.split(separator: "\r\n").count - 1, 4 * 7)
        guard case .sync(.exported(_, "csv", _)) = try lastEvent(desk) else { return XCTFail("export not logged") }
        let doc = try String(contentsOfFile: #filePath.replacingOccurrences(of: "Tests/LoketSyncTests/ExportTests.swift",
                                                                             with: "Sources/LoketSync/Export/EXPORT-COLUMNS.md"), encoding: .utf8)
        for table in ExportTables.build(desk.sync.exportSources(), today: CivilDate(year: 2026, month: 11, day: 25)!) {
            XCTAssertTrue(doc.contains("**\(table.name)**"), "table \(table.name) documented")
            for column in table.columns { XCTAssertTrue(doc.contains("`\(column.name)`"), "\(table.name).\(column.name) documented") }
        }
    }

    func testCSVQuotesSeparatorsAndDefusesFormulas() {
        XCTAssertEqual(CSVExport.quoted("Jl. Melati, No. 3"), "\"Jl. Melati, No. 3\"")
        XCTAssertEqual(CSVExport.quoted("Ma'ruf \"Udin\""), "\"Ma'ruf \"\"Udin\"\"\"")
        XCTAssertEqual(CSVExport.quoted("=HYPERLINK(1)"), "'=HYPERLINK(1)")
        XCTAssertEqual(CSVExport.quoted("-5"), "-5")
    }

    func testSQLiteFileHoldsTheSameRows() throws {
        let desk = try SyncTestStore()
        try desk.register(3)
        let path = desk.directory + "/ekspor.sqlite"
        try desk.sync.exportSQLite(to: path, today: CivilDate(year: 2026, month: 11, day: 25)!, operatorID: 1)
        var db: OpaquePointer?
        XCTAssertEqual(sqlite3_open_v2(path, &db, SQLITE_OPEN_READONLY, nil), SQLITE_OK)
        defer { sqlite3_close(db) }
        var statement: OpaquePointer?
        XCTAssertEqual(sqlite3_prepare_v2(db, "SELECT COUNT(*), SUM(household_id > 0) FROM persons", -1, &statement, nil), SQLITE_OK)
        XCTAssertEqual(sqlite3_step(statement), SQLITE_ROW)
        XCTAssertEqual(Int(sqlite3_column_int64(statement, 0)), desk.store.state.personCount)
        XCTAssertEqual(Int(sqlite3_column_int64(statement, 1)), desk.store.state.personCount, "household_id is an integer column")
        sqlite3_finalize(statement)
        XCTAssertFalse(FileManager.default.fileExists(atPath: path + ".tmp"))
    }

    private func lastEvent(_ s: SyncTestStore) throws -> DeskEvent {
        var last: DeskEvent?
        s.store.journal.forEachRecord { r in
            var reader = ByteReader(r.payload)
            last = try? EventEnvelope(from: &reader).event
        }
        return try XCTUnwrap(last)
    }
}
