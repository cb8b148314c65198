/// What a group's invocations were billed for, in GB-seconds (Billed Duration × Memory Size, the unit
/// Lambda's duration price is quoted in): no price is assumed, so the numbers hold in any region.
public struct BilledCompute: Sendable, Equatable {
    /// Dimension values of the group, in grouping order.
    public var key: [String]
    /// Invocations with both Billed Duration and Memory Size.
    public var billedInvocations: Int
    /// Σ Billed Duration (s) × Memory Size (GB), GB = 1,024 MB.
    public var gigabyteSeconds: Double
    /// The part of ``gigabyteSeconds`` billed to cold starts (their Billed Duration includes the init when Lambda bills it).
    public var coldGigabyteSeconds: Double

    /// Creates one group's totals.
    public init(key: [String], billedInvocations: Int, gigabyteSeconds: Double, coldGigabyteSeconds: Double) {
        self.key = key
        self.billedInvocations = billedInvocations
        self.gigabyteSeconds = gigabyteSeconds
        self.coldGigabyteSeconds = coldGigabyteSeconds
    }

    /// Totals per group of `data` under `dimensions`, in the order of `keys` (groups without billing
    /// data are left out); empty when no invocation has both Billed Duration and Memory Size. O(n).
    public static func groups(_ data: LabeledDataset, by dimensions: [Dimension], keys: [[String]]) -> [BilledCompute] {
        let invocations = data.dataset.invocations
        let (groups, slot) = data.groupSlots(by: dimensions)
        // Totals by group slot: no key hashed per invocation.
        var totals = groups.map {
            BilledCompute(key: $0.values, billedInvocations: 0, gigabyteSeconds: 0, coldGigabyteSeconds: 0)
        }
        for i in invocations.indices {
            guard let billed = invocations[i].report.billedDurationMilliseconds,
                let memory = invocations[i].report.memorySizeMegabytes
            else { continue }
            let g = Int(slot[i])
            let gbs = billed / 1000 * Double(memory) / 1024
            totals[g].billedInvocations += 1
            totals[g].gigabyteSeconds += gbs
            if invocations[i].category == .cold { totals[g].coldGigabyteSeconds += gbs }
        }
        let byKey = Dictionary(totals.map { ($0.key, $0) }, uniquingKeysWith: { a, _ in a })
        return keys.compactMap { byKey[$0] }.filter { $0.billedInvocations > 0 }
    }
}
