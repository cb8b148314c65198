extension Color {
    /// Near-black or near-white, whichever has the higher WCAG 2 contrast ratio on `self`.
    var readableInk: Color {
        let dark = Color(hex: 0x111111), light = Color(hex: 0xF5F5F5)
        func ratio(_ a: Color) -> Double {
            let l1 = a.relativeLuminance, l2 = relativeLuminance
            return (max(l1, l2) + 0.05) / (min(l1, l2) + 0.05)
        }
        return ratio(dark) >= ratio(light) ? dark : light
    }
}
