/// A perceptually ordered colour ramp for heatmaps (viridis, sampled at 9 stops).
public struct SequentialColormap: Hashable, Sendable {
    /// The stops, evenly spaced from 0 to 1.
    public var stops: [Color]

    /// matplotlib's viridis at 0, 1/8, ..., 1.
    public static let viridis = SequentialColormap(
        stops: [
            0x440154, 0x472D7B, 0x3B528B, 0x2C728E, 0x21918C, 0x28AE80, 0x5EC962, 0xADDC30, 0xFDE725,
        ].map { Color(hex: $0) })

    /// The colour at `t` (clamped to 0...1), interpolated linearly between stops.
    public func color(at t: Double) -> Color {
        let c = t.isFinite ? min(max(t, 0), 1) : 0
        let x = c * Double(stops.count - 1)
        let i = min(Int(x), stops.count - 2)
        return stops[i].mixed(with: stops[i + 1], fraction: x - Double(i))
    }
}
