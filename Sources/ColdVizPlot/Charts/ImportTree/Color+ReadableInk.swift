extension Color {
    /// Black or white, whichever has the higher WCAG 2 contrast ratio on `self`; for any opaque
    /// fill the better of the two reaches at least 4.58:1 (WCAG AA asks 4.5:1).
    var readableInk: Color {
        let l = relativeLuminance
        return (l + 0.05) / 0.05 >= 1.05 / (l + 0.05) ? Color(hex: 0x000000) : Color(hex: 0xFFFFFF)
    }

    /// The WCAG 2 contrast ratio between `self` and `other`, 1...21.
    func contrastRatio(with other: Color) -> Double {
        let a = relativeLuminance, b = other.relativeLuminance
        return (max(a, b) + 0.05) / (min(a, b) + 0.05)
    }
}
