/// What the ECDF and compare charts draw alike: the step line of an ECDF and the dashed
/// probability guides (p50, p95, p99) with their labels right of the plot.
enum ECDFGeometry {
    /// `p50`, `p99.9`.
    static func guideName(_ probability: Double) -> String {
        let percent = probability * 100
        return "p" + NumberLabels.label(percent, decimals: percent == percent.rounded() ? 0 : 1)
    }

    /// The right-continuous step line of `steps`, from F = 0 at the left edge to F = 1 at the right
    /// edge, in device points. O(n).
    static func stepPath(_ steps: ECDFChart.Steps, frame: ChartFrame, x: NumericScale, y: NumericScale) -> [Point?] {
        guard let first = steps.values.first else { return [] }
        var points: [Point?] = [frame.point(0, y.normalized(0)), frame.point(x.normalized(first), y.normalized(0))]
        var previous = 0.0
        for (v, f) in zip(steps.values, steps.fractions) {
            let px = x.normalized(v)
            points.append(frame.point(px, y.normalized(previous)))
            points.append(frame.point(px, y.normalized(f)))
            previous = f
        }
        points.append(frame.point(1, y.normalized(1)))
        return points
    }

    /// Dashed horizontal guides at `probabilities` (ascending) with labels pushed apart upwards where
    /// guides are close.
    static func drawGuides(
        _ probabilities: [Double], frame: ChartFrame, y: NumericScale, style: Style, font: Font, into b: inout SceneBuilder
    ) {
        let theme = style.theme
        let height = style.measure("p99", font).height
        var labelY = Double.infinity
        for g in probabilities {
            let gy = frame.y(y.normalized(g))
            b.line(
                Point(x: frame.plot.x, y: gy), Point(x: frame.plot.maxX, y: gy),
                stroke: Stroke(
                    color: theme.neutral.withAlpha(0.7), widthPixels: style.px(0.8), dash: Dash([style.px(3), style.px(2)])))
            labelY = min(gy, labelY - height)
            b.text(
                guideName(g), at: Point(x: frame.plot.maxX + style.gap, y: labelY), font: font, color: theme.mutedForeground,
                .start, .middle)
        }
    }
}
