#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#elseif canImport(ucrt)
    import ucrt
#endif

/// The few C math library functions the module needs, imported in this one file so the
/// rest of the module stays platform-neutral and clients do not see Glibc.
enum LibM {
    static func erf(_ x: Double) -> Double { libmErf(x) }
    static func erfc(_ x: Double) -> Double { libmErfc(x) }
    static func exp(_ x: Double) -> Double { libmExp(x) }
    static func log(_ x: Double) -> Double { libmLog(x) }
    static func log2(_ x: Double) -> Double { libmLog2(x) }
    static func pow(_ x: Double, _ y: Double) -> Double { libmPow(x, y) }
}

// Free functions outside `LibM`, so that inside it the C names are not shadowed by its own.
private func libmErf(_ x: Double) -> Double { erf(x) }
private func libmErfc(_ x: Double) -> Double { erfc(x) }
private func libmExp(_ x: Double) -> Double { exp(x) }
private func libmLog(_ x: Double) -> Double { log(x) }
private func libmLog2(_ x: Double) -> Double { log2(x) }
private func libmPow(_ x: Double, _ y: Double) -> Double { pow(x, y) }
