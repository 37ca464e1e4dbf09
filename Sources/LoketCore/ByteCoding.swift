/// A compact binary encoding for events: Foundation's JSON coding is about ten times too slow for
/// opening a large store, so every event type writes and reads itself field by field, in order.
public struct ByteWriter: Sendable {
    public private(set) var bytes: [UInt8] = []
    /// With `stringTable`, each distinct string is kept here once and written as its number in it,
    /// so that a reader given the same table makes no new string for a repeated one (the snapshot).
    public private(set) var table: [String]?
    private var tableIndex: [String: Int] = [:]

    public init(capacity: Int = 256, stringTable: Bool = false) {
        bytes.reserveCapacity(capacity)
        if stringTable { table = [] }
    }

    public mutating func u8(_ v: UInt8) { bytes.append(v) }
    public mutating func bool(_ v: Bool) { bytes.append(v ? 1 : 0) }

    /// Unsigned LEB128.
    public mutating func uint(_ v: UInt64) {
        var v = v
        while v >= 0x80 {
            bytes.append(UInt8(v & 0x7f) | 0x80)
            v >>= 7
        }
        bytes.append(UInt8(v))
    }

    public mutating func int(_ v: Int) {
        // Zig-zag so that small negatives stay small.
        let z = (UInt64(bitPattern: Int64(v)) << 1) ^ UInt64(bitPattern: Int64(v) >> 63)
        uint(z)
    }

    public mutating func string(_ s: String) {
        if table != nil {
            if let i = tableIndex[s] { return uint(UInt64(i)) }
            tableIndex[s] = table!.count
            uint(UInt64(table!.count))
            table!.append(s)
            return
        }
        var s = s
        s.withUTF8 { buf in
            uint(UInt64(buf.count))
            bytes.append(contentsOf: buf)
        }
    }

    public mutating func raw(_ b: [UInt8]) {
        uint(UInt64(b.count))
        bytes.append(contentsOf: b)
    }

    public mutating func optional<T>(_ v: T?, _ write: (inout ByteWriter, T) -> Void) {
        if let v {
            bool(true)
            write(&self, v)
        } else {
            bool(false)
        }
    }

    public mutating func array<T>(_ items: [T], _ write: (inout ByteWriter, T) -> Void) {
        uint(UInt64(items.count))
        for item in items { write(&self, item) }
    }

    public mutating func value<T: BinaryCodable>(_ v: T) { v.encode(to: &self) }
    public mutating func values<T: BinaryCodable>(_ items: [T]) { array(items) { $0.value($1) } }

    /// Plain values copied as they lie in memory, in the host's byte order: for large arrays of
    /// numbers in a local cache (the snapshot), never for the journal or a bundle.
    public mutating func plain<T: BitwiseCopyable>(_ items: [T]) {
        uint(UInt64(items.count))
        items.withUnsafeBytes { bytes.append(contentsOf: $0) }
    }
}

public enum ByteReaderError: Error, Equatable, Sendable {
    case truncated
    case invalid(String)
}

/// Reads what `ByteWriter` wrote. Works on a borrowed buffer so that folding a journal copies nothing.
public struct ByteReader {
    private let buffer: UnsafeRawBufferPointer
    public private(set) var offset = 0
    /// From here on, strings are numbers in this table (see `ByteWriter.table`).
    public var table: [String]?

    public init(_ buffer: UnsafeRawBufferPointer) { self.buffer = buffer }

    public var isAtEnd: Bool { offset >= buffer.count }

    public mutating func u8() throws -> UInt8 {
        guard offset < buffer.count else { throw ByteReaderError.truncated }
        defer { offset += 1 }
        return buffer[offset]
    }

    public mutating func bool() throws -> Bool {
        switch try u8() {
        case 0: return false
        case 1: return true
        case let b: throw ByteReaderError.invalid("bool \(b)")
        }
    }

    public mutating func uint() throws -> UInt64 {
        var result: UInt64 = 0
        var shift: UInt64 = 0
        while true {
            let b = try u8()
            result |= UInt64(b & 0x7f) << shift
            if b < 0x80 { return result }
            shift += 7
            guard shift < 64 else { throw ByteReaderError.invalid("varint too long") }
        }
    }

    public mutating func int() throws -> Int {
        let z = try uint()
        return Int(Int64(bitPattern: (z >> 1) ^ (0 &- (z & 1))))
    }

    public mutating func count() throws -> Int {
        let n = try uint()
        guard n <= UInt64(buffer.count - offset) else { throw ByteReaderError.truncated }
        return Int(n)
    }

    public mutating func string() throws -> String {
        if let table {
            let i = try uint()
            guard i < UInt64(table.count) else { throw ByteReaderError.invalid("string \(i)") }
            return table[Int(i)]
        }
        let n = try count()
        let slice = UnsafeRawBufferPointer(rebasing: buffer[offset..<(offset + n)])
        offset += n
        return String(decoding: slice, as: UTF8.self)
    }

    public mutating func raw() throws -> [UInt8] {
        let n = try count()
        defer { offset += n }
        return Array(buffer[offset..<(offset + n)])
    }

    public mutating func optional<T>(_ read: (inout ByteReader) throws -> T) throws -> T? {
        try bool() ? try read(&self) : nil
    }

    public mutating func array<T>(_ read: (inout ByteReader) throws -> T) throws -> [T] {
        let n = try uint()
        guard n <= UInt64(buffer.count - offset) else { throw ByteReaderError.truncated }
        var items: [T] = []
        items.reserveCapacity(Int(n))
        for _ in 0..<n { items.append(try read(&self)) }
        return items
    }

    /// What `ByteWriter.plain` wrote, in one copy.
    public mutating func plain<T: BitwiseCopyable>(_: T.Type = T.self) throws -> [T] {
        let n = try uint()
        let size = MemoryLayout<T>.stride
        guard n <= UInt64((buffer.count - offset) / size) else { throw ByteReaderError.truncated }
        let count = Int(n)
        let source = UnsafeRawBufferPointer(rebasing: buffer[offset..<(offset + count * size)])
        offset += count * size
        return [T](unsafeUninitializedCapacity: count) { items, initialized in
            UnsafeMutableRawBufferPointer(items).copyMemory(from: source)
            initialized = count
        }
    }

    public mutating func value<T: BinaryCodable>(_: T.Type = T.self) throws -> T { try T(from: &self) }
    public mutating func values<T: BinaryCodable>(_: T.Type = T.self) throws -> [T] { try array { try T(from: &$0) } }

    /// A raw-valued enum stored as one byte; unknown values are refused, not guessed.
    public mutating func enumeration<E: RawRepresentable>(_: E.Type = E.self) throws -> E where E.RawValue == UInt8 {
        let raw = try u8()
        guard let e = E(rawValue: raw) else { throw ByteReaderError.invalid("\(E.self) \(raw)") }
        return e
    }
}

public protocol BinaryCodable {
    func encode(to writer: inout ByteWriter)
    init(from reader: inout ByteReader) throws
}

extension BinaryCodable {
    public func encoded() -> [UInt8] {
        var w = ByteWriter()
        encode(to: &w)
        return w.bytes
    }

    public static func decode(_ bytes: [UInt8]) throws -> Self {
        try bytes.withUnsafeBytes { buf in
            var r = ByteReader(buf)
            return try Self(from: &r)
        }
    }
}

extension ByteWriter {
    public mutating func enumeration<E: RawRepresentable>(_ e: E) where E.RawValue == UInt8 { u8(e.rawValue) }
}
