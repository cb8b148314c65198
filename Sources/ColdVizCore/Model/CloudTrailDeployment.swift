/// A deployment read from a CloudTrail event, with the event's id: the same event read twice (overlapping
/// exports, or both CloudTrail shapes) is one deployment.
struct CloudTrailDeployment: Sendable, Equatable {
    var deployment: Deployment
    /// `eventID` (`EventId` in `lookup-events` output), or nil when the event has none.
    var eventId: String?

    /// `all` without repeats, in order: the first deployment of each event id is kept (of each equal
    /// deployment, for events without an id). Returns the kept deployments and how many were repeats. O(n).
    static func unique(_ all: [CloudTrailDeployment]) -> (deployments: [Deployment], duplicates: Int) {
        enum Key: Hashable {
            case id(String)
            case content(Deployment)
        }
        var seen = Set<Key>()
        var kept: [Deployment] = []
        for d in all where seen.insert(d.eventId.map(Key.id) ?? .content(d.deployment)).inserted {
            kept.append(d.deployment)
        }
        return (kept, all.count - kept.count)
    }
}
