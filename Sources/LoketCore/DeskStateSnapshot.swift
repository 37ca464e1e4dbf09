/// The folded state in one buffer, so that opening a large store decodes it instead of replaying
/// every registration. Not the truth: DeskStore uses it only when it matches the journal exactly.
///
/// Left out: the musyawarah, appeal and sync books. Their events are few and their `apply` reads
/// nothing but the event, so DeskStore folds them again from the journal (`isBookEvent`); their
/// types change often and need no second encoding.
extension DeskState {
    /// Bump whenever `apply` builds different state from the same events, or the layout below
    /// changes: an older snapshot is then ignored and the journal replayed.
    static let snapshotFormat: UInt8 = 1

    public func snapshotEncoded() -> [UInt8] {
        var w = ByteWriter(capacity: 4096 + households.count * 512, stringTable: true)
        w.optional(profile) { w, p in
            w.string(p.name)
            w.string(p.kelurahanCode)
            w.enumeration(p.role)
        }
        w.array(operators) { w, o in
            w.uint(UInt64(o.id))
            w.string(o.name)
            w.string(o.pinHash)
        }
        w.int(Int(lastTimestamp))
        w.array(households) { w, h in
            w.uint(UInt64(h.id))
            w.uint(UInt64(h.number.year))
            w.uint(UInt64(h.number.serial))
            w.value(h.registeredOn)
            w.array(h.acknowledgedDuplicates) { $0.string($1) }
            w.array(h.warnings) { $0.string($1) }
            w.array(h.versions) { w, v in
                w.value(v.household)
                w.int(Int(v.timestamp))
                w.uint(UInt64(v.operatorID))
                w.string(v.reason)
            }
            w.array(h.statuses.sorted { $0.key < $1.key }) { w, s in
                w.string(s.key)
                w.value(s.value)
            }
        }
        w.value(search)
        // Format, then the table (names, occupations and addresses repeat), then the state.
        var out = ByteWriter(capacity: w.bytes.count + w.table!.count * 20)
        out.u8(Self.snapshotFormat)
        out.array(w.table!) { $0.string($1) }
        return out.bytes + w.bytes
    }

    /// The state `snapshotEncoded` wrote, with empty books. Throws on anything unexpected.
    public init(snapshot bytes: UnsafeRawBufferPointer) throws {
        var r = ByteReader(bytes)
        let format = try r.u8()
        guard format == Self.snapshotFormat else { throw ByteReaderError.invalid("snapshot format \(format)") }
        r.table = try r.array { try $0.string() }
        profile = try r.optional { r in
            DeskProfile(name: try r.string(), kelurahanCode: try r.string(), role: try r.enumeration())
        }
        operators = try r.array { r in
            OperatorAccount(id: Int(try r.uint()), name: try r.string(), pinHash: try r.string())
        }
        lastTimestamp = Int64(try r.int())
        households = try r.array { r in
            HouseholdRecord(
                id: Int(try r.uint()),
                number: RegistrationNumber(year: Int(try r.uint()), serial: Int(try r.uint())),
                registeredOn: try r.value(),
                acknowledgedDuplicates: try r.array { try $0.string() },
                warnings: try r.array { try $0.string() },
                versions: try r.array { r in
                    HouseholdVersion(household: try r.value(), timestamp: Int64(try r.int()),
                                     operatorID: Int(try r.uint()), reason: try r.string())
                },
                statuses: Dictionary(try r.array { r in (try r.string(), try r.value(PersonStatus.self)) },
                                     uniquingKeysWith: { $1 }))
        }
        byRegistration.reserveCapacity(households.count)
        for (i, h) in households.enumerated() {
            guard h.id == i + 1, !h.versions.isEmpty, byRegistration.updateValue(h.id, forKey: h.number) == nil else {
                throw ByteReaderError.invalid("snapshot household \(i + 1)")
            }
        }
        search = try r.value()
        guard r.isAtEnd, search.fits(households) else { throw ByteReaderError.invalid("snapshot index") }
    }
}
