/// A `Double?` in the 8 bytes of a `Double` (an optional takes 16 in an array or struct): nil is stored as
/// one NaN bit pattern that parsing never produces (a NaN with that exact payload would read back as nil).
struct NarrowOptionalDouble: Sendable {
    private static let none: UInt64 = 0x7FF4_C01D_C01D_C01D
    private var bits: UInt64

    init(_ value: Double?) { bits = value?.bitPattern ?? Self.none }

    var value: Double? { bits == Self.none ? nil : Double(bitPattern: bits) }
}

/// An `Int64?` in the 8 bytes of an `Int64`: nil is stored as `Int64.min`, which no reader produces (times
/// and sizes are within ±2⁵³; `Int64.min` itself would read back as nil).
struct NarrowOptionalInt: Sendable {
    private var stored: Int64

    init(_ value: Int64?) { stored = value ?? .min }

    var value: Int64? { stored == .min ? nil : stored }
}
