/// Assigns each group value one Okabe-Ito colour, the same in every chart of a run.
///
/// The study's methods keep their colours: image = #009E73 (bluish green), zip = #0072B2 (blue),
/// zip_layers = #CC79A7 (reddish purple). Other values, in sorted order, take the remaining
/// Okabe-Ito colours (orange, sky blue, vermillion, yellow, black) and cycle after that.
/// Build one value from every group of the run and pass it to every chart spec.
public struct GroupColors: Hashable, Sendable {
    /// Okabe & Ito's colour-blind-safe palette (2008), in its published order.
    public static let okabeIto: [Color] = [
        Color(hex: 0xE69F00), Color(hex: 0x56B4E9), Color(hex: 0x009E73), Color(hex: 0xF0E442),
        Color(hex: 0x0072B2), Color(hex: 0xD55E00), Color(hex: 0xCC79A7), Color(hex: 0x000000),
    ]
    /// Fixed colours of the study's packaging methods.
    public static let reserved: [String: Color] = [
        "image": Color(hex: 0x009E73), "zip": Color(hex: 0x0072B2), "zip_layers": Color(hex: 0xCC79A7),
    ]

    private var assigned: [String: Color]
    /// Whether the colours were chosen for a dark background.
    public private(set) var isDark: Bool

    /// Assigns colours to `groups` (duplicates ignored). O(g log g).
    public init<S: Sequence>(groups: S, dark: Bool = false) where S.Element == String {
        isDark = dark
        assigned = [:]
        let unique = Set(groups)
        let free = GroupColors.okabeIto.filter { !GroupColors.reserved.values.contains($0) }
            .map { dark && $0 == Color(hex: 0x000000) ? Color(hex: 0x999999) : $0 }
        var index = 0
        for g in unique.sorted() {
            if let c = GroupColors.reserved[g] {
                assigned[g] = c
            } else {
                assigned[g] = free[index % free.count]
                index += 1
            }
        }
    }

    /// The colour of `group`; a group not given at creation gets a neutral grey.
    public func color(for group: String) -> Color {
        assigned[group] ?? (isDark ? Color(hex: 0xBBBBBB) : Color(hex: 0x666666))
    }
}
