/// A chart specification that can lay itself out as a ``Scene``.
///
/// Every chart kind is a value type of plain values (series, titles, options); `scene` runs the
/// build step (statistics, scales, ticks, labels) and the layout step (text measurement,
/// margins, legend placement) and returns primitives in device pixels. No I/O.
public protocol Chart: Sendable {
    /// Builds and lays out the chart for `canvas`, measuring text with `measurer`.
    func scene(canvas: Canvas, theme: Theme, measurer: any TextMeasuring) -> Scene
}
