extension Dataset {
    /// What commands print when `paths` gave no invocation: that no REPORT record was found, and how many
    /// deployments were read when some were (a CloudTrail file alone), then how many events were read.
    public func noInvocationsMessage(in paths: [String]) -> String {
        let places = paths.joined(separator: ", ")
        let tail = "; \(accounting.events) events read"
        guard !deployments.isEmpty else { return "no Lambda invocations (REPORT records) found in \(places)" + tail }
        let count = deployments.count == 1 ? "1 deployment" : "\(deployments.count) deployments"
        return "read \(count) (CloudTrail) but no Lambda invocations (REPORT records) in \(places)" + tail
    }
}
