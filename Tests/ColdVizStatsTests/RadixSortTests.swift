import Testing

@testable import ColdVizStats

@Suite("Radix sort")
struct RadixSortTests {
    /// Values of the shapes the statistics sort: durations with two decimals, integers with many ties,
    /// signs, subnormals, infinities, huge and tiny magnitudes.
    static func sample(_ kind: Int, count: Int, seed: UInt64) -> [Double] {
        var g = SeededGenerator(seed: seed)
        return (0..<count).map { _ in
            switch kind {
            case 0: return Double(Int.random(in: 0...1_000_000, using: &g)) / 100
            case 1: return Double(Int.random(in: 0...7, using: &g))
            case 2: return Double.random(in: -1e6...1e6, using: &g)
            default:
                let specials: [Double] = [
                    .infinity, -.infinity, .leastNonzeroMagnitude, -.leastNonzeroMagnitude, .greatestFiniteMagnitude,
                    -.greatestFiniteMagnitude, 0, 1, -1, .ulpOfOne,
                ]
                return Bool.random(using: &g)
                    ? specials.randomElement(using: &g)! : Double(bitPattern: g.next() & ~(0x7FF0 << 48) | 0x3FF0 << 48)
            }
        }
    }

    @Test("gives the array sorted() gives", arguments: [0, 1, 2, 3], [10, 511, 512, 513, 4_000, 70_000])
    func matchesSorted(kind: Int, count: Int) {
        let values = Self.sample(kind, count: count, seed: UInt64(kind * 1_000_003 + count))
        let expected = values.sorted()
        let unsorted = values.map(\.bitPattern)
        let got = RadixSort.sorted(values)
        #expect(got.map(\.bitPattern) == expected.map(\.bitPattern))
        // In place, in the array's own storage; a copy taken before is left as it was.
        var inPlace = values
        RadixSort.sort(&inPlace)
        #expect(inPlace.map(\.bitPattern) == expected.map(\.bitPattern))
        #expect(values.map(\.bitPattern) == unsorted)
    }

    @Test("arrays with a NaN or a negative zero fall back to sorted(), bit for bit")
    func fallbacks() {
        var values = Self.sample(0, count: 2_000, seed: 7)
        values[100] = -0.0
        values[200] = 0.0
        #expect(RadixSort.sorted(values).map(\.bitPattern) == values.sorted().map(\.bitPattern))
        values[300] = .nan
        #expect(RadixSort.sorted(values).count == values.count)
        #expect(RadixSort.sorted(values).map(\.bitPattern) == values.sorted().map(\.bitPattern))
    }

    @Test("64-bit keys: the array sort() gives", arguments: [10, 511, 512, 513, 4_000, 70_000])
    func keysMatchSort(count: Int) {
        var g = SeededGenerator(seed: UInt64(count))
        // Full-width hashes, and small keys with many ties (whole digits shared: passes skipped).
        for keys in [(0..<count).map { _ in g.next() }, (0..<count).map { _ in g.next() % 5 << 40 }] {
            var sorted = keys
            RadixSort.sort(&sorted)
            #expect(sorted == keys.sorted())
        }
    }
}
