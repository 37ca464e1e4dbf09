import LoketCore

/// Builds the export tables from desk states: households, persons, criteria answers, screening,
/// stages, musyawarah decisions and appeals. Reads only `DeskState`, so it follows whatever the
/// registration, musyawarah and sanggahan folds hold.
public enum ExportTables {
    public static func build(_ sources: [ExportSource], today: CivilDate) -> [ExportTable] {
        var households = ExportTable("households", [
            ("desk", .text), ("household_id", .integer), ("registration_number", .text), ("registered_on", .text),
            ("kk_number", .text), ("address", .text), ("rt", .text), ("rw", .text), ("kelurahan_code", .text),
            ("phone", .text), ("bank_account", .text), ("house_ownership", .text), ("floor_area_m2", .integer),
            ("wall", .text), ("floor", .text), ("roof", .text), ("water_source", .text), ("drinking_water", .text),
            ("lighting", .text), ("cooking_fuel", .text), ("toilet", .text), ("income", .text), ("assets", .text),
            ("member_count", .integer), ("proposable", .integer), ("excluded_by", .text), ("versions", .integer),
        ])
        var persons = ExportTable("persons", [
            ("desk", .text), ("household_id", .integer), ("nik", .text), ("name", .text), ("sex", .text),
            ("birth_place", .text), ("birth_date", .text), ("religion", .text), ("education", .text),
            ("occupation", .text), ("marital_status", .text), ("relationship", .text), ("disability", .text),
            ("severe_disability", .integer), ("pregnant", .integer), ("schooling", .text), ("orphan", .text),
            ("parent_died_of_covid", .integer),
        ])
        var criteria = ExportTable("criteria", [
            ("desk", .text), ("household_id", .integer), ("criterion", .integer), ("question", .text),
            ("answer", .text), ("excludes", .integer),
        ])
        var screening = ExportTable("screening", [
            ("desk", .text), ("household_id", .integer), ("nik", .text), ("program", .text), ("reason", .text),
        ])
        var stages = ExportTable("stages", [
            ("desk", .text), ("household_id", .integer), ("nik", .text), ("stage", .integer), ("stage_name", .text),
            ("outcome", .text), ("note", .text),
        ])
        var decisions = ExportTable("musyawarah_decisions", [
            ("desk", .text), ("session_id", .integer), ("session_date", .text), ("household_id", .integer),
            ("verdict", .text), ("basis", .text), ("votes_for", .integer), ("votes_against", .integer),
            ("abstentions", .integer), ("recused", .integer), ("note", .text), ("session_closed", .integer),
        ])
        var appeals = ExportTable("appeals", [
            ("desk", .text), ("appeal_number", .text), ("nik", .text), ("household_id", .integer), ("reason", .text),
            ("filed_on", .text), ("status", .text), ("missing_documents", .integer), ("deadline", .text),
            ("decision", .text), ("decision_reason", .text), ("decided_on", .text),
        ])

        for source in sources {
            let desk = source.deskName
            for record in source.state.households {
                let h = record.current
                let id = String(record.id)
                let exclusions = h.criteria.exclusions
                households.add([desk, id, record.number.description, record.registeredOn.description, h.kkNumber,
                                h.address, h.rt, h.rw, h.kelurahanCode, h.phone, h.bankAccount,
                                h.housing.ownership.label, String(h.housing.floorArea), h.housing.wall.label,
                                h.housing.floor.label, h.housing.roof.label, h.housing.waterSource.label,
                                h.housing.drinkingWater.label, h.housing.lighting.label, h.housing.cookingFuel.label,
                                h.housing.toilet.label, h.economy.income.label,
                                Assets.all.filter { h.economy.assets.contains($0.0) }.map(\.1).joined(separator: "; "),
                                String(h.members.count), exclusions.isEmpty ? "1" : "0",
                                exclusions.map { String($0.number) }.joined(separator: "; "), String(record.versions.count)])
                for c in Criterion.allCases {
                    let answer = h.criteria[c]
                    criteria.add([desk, id, String(c.number), c.question, answer?.label,
                                  answer == c.excludingAnswer ? "1" : "0"])
                }
                for eligibility in ProgramScreening.householdPrograms(h) {
                    screening.add([desk, id, nil, eligibility.program.name, eligibility.reason])
                }
                for m in h.members {
                    persons.add([desk, id, m.nik, m.name, m.sex.label, m.birthPlace, m.birthDate.description,
                                 m.religion.label, m.education.label, m.occupation, m.maritalStatus.label,
                                 m.relationship.label, m.disability.label, flag(m.severeDisability), flag(m.pregnant),
                                 m.schooling.label, m.orphan.label, flag(m.parentDiedOfCovid)])
                    for eligibility in ProgramScreening.screen(m, on: today) {
                        screening.add([desk, id, m.nik, eligibility.program.name, eligibility.reason])
                    }
                    let status = record.status(of: m.nik)
                    stages.add([desk, id, m.nik, String(status.stage.number), status.stage.label,
                                status.outcome?.label, status.note])
                }
            }
            for session in source.state.musyawarah.sessions {
                for entry in session.decisions {
                    let d = entry.decision
                    var votes: (String?, String?, String?) = (nil, nil, nil)
                    if case .vote(let count) = d.basis {
                        votes = (String(count.inFavour), String(count.against), String(count.abstain))
                    }
                    decisions.add([desk, String(session.id), session.setup.date.description, String(d.householdID),
                                   d.verdict.label, votes.0 == nil ? "musyawarah mufakat" : "pemungutan suara",
                                   votes.0, votes.1, votes.2, String(d.recused.count), d.note, flag(session.isClosed)])
                }
            }
            for appeal in source.state.appeals.appeals {
                appeals.add([desk, appeal.number.description, appeal.person.nik, appeal.person.householdID.map(String.init),
                             appeal.reason.label, appeal.filedOn.description, appeal.status.label,
                             String(appeal.missing.count), appeal.deadline?.description, appeal.decision?.outcome.label,
                             appeal.decision?.reason, appeal.decision?.on.description])
            }
        }
        return [households, persons, criteria, screening, stages, decisions, appeals]
    }

    private static func flag(_ b: Bool) -> String { b ? "1" : "0" }
}
