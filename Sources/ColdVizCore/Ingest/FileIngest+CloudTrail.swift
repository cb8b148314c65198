extension FileIngest {
    /// Counts one CloudTrail event read at `line` (0: unknown) as a deployment (kept), as a CloudTrail event
    /// that deploys nothing (ignored: another service or action, or a call that failed with an `errorCode`),
    /// or as malformed when it deploys but names no function or no readable time (docs/FORMATS.md §12).
    mutating func consume(cloudTrail event: CloudTrailEvent, line: Int) {
        guard let action = event.deploymentAction, event.errorCode == nil else {
            ignore(.otherCloudTrailEvent)
            return
        }
        let what = "CloudTrail \(action) event" + (event.id.map { " \($0)" } ?? "")
        guard let function = event.function else {
            malformed(
                line: line > 0 ? line : nil,
                "\(what) names no function (requestParameters.functionName, a Lambda resource or responseElements)")
            return
        }
        guard let milliseconds = event.milliseconds else {
            malformed(line: line > 0 ? line : nil, "\(what) has no readable time (eventTime)")
            return
        }
        accounting.events += 1
        accounting.deployments += 1
        let deployment = Deployment(
            target: .function(Deployment.functionName(function)), milliseconds: milliseconds, origin: .cloudTrail,
            detail: action)
        deployments.append(CloudTrailDeployment(deployment: deployment, eventId: event.id))
    }
}
