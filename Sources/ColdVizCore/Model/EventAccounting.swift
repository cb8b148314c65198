/// Why an event was read and deliberately not used as a record.
public enum IgnoredReason: Int, CaseIterable, Sendable, Codable {
    case applicationOutput
    case structuredApplicationLog
    case extensionLifecycle
    case otherPlatformEvent
    case emulatorOutput
    case controlMessage
    case xrayDocument
    case invokeResponse
    case elision
    case orphanXRayLine
    case otherCloudTrailEvent
    case cloudTrailDigest
    case exportHeader

    /// Words for the accounting block.
    public var label: String {
        switch self {
        case .applicationOutput: "application output"
        case .structuredApplicationLog: "structured app logs (Powertools, EMF, JSON)"
        case .extensionLifecycle: "extension lifecycle lines"
        case .otherPlatformEvent: "other platform events (runtimeDone, ...)"
        case .emulatorOutput: "Lambda emulator (RIE) output, not AWS data"
        case .controlMessage: "subscription control messages"
        case .xrayDocument: "X-Ray segments of other services, trace summaries"
        case .invokeResponse: "aws lambda invoke responses"
        case .elision: "elision marks (...)"
        case .orphanXRayLine: "XRAY lines without a REPORT"
        case .otherCloudTrailEvent: "CloudTrail events that are not deployments"
        case .cloudTrailDigest: "CloudTrail digest files"
        case .exportHeader: "header rows of record exports"
        }
    }

    /// Stable key for JSON output.
    public var key: String {
        switch self {
        case .applicationOutput: "applicationOutput"
        case .structuredApplicationLog: "structuredApplicationLog"
        case .extensionLifecycle: "extensionLifecycle"
        case .otherPlatformEvent: "otherPlatformEvent"
        case .emulatorOutput: "emulatorOutput"
        case .controlMessage: "controlMessage"
        case .xrayDocument: "xrayDocument"
        case .invokeResponse: "invokeResponse"
        case .elision: "elision"
        case .orphanXRayLine: "orphanXRayLine"
        case .otherCloudTrailEvent: "otherCloudTrailEvent"
        case .cloudTrailDigest: "cloudTrailDigest"
        case .exportHeader: "exportHeader"
        }
    }
}

/// Where every input event went. `events == records + ignored + malformed + duplicates` always holds.
public struct EventAccounting: Sendable, Equatable {
    /// Every event read, kept or not: log events, Insights rows, X-Ray segments, CloudTrail events, export rows.
    public var events = 0
    /// REPORT records kept (text, `platform.report` or Insights row), and invocation rows of record exports.
    public var reports = 0
    /// START records kept (`START` lines, `platform.start`).
    public var starts = 0
    /// END records kept (`END` lines, `platform.end`).
    public var ends = 0
    /// INIT_START records kept (`INIT_START` lines, `platform.initStart`).
    public var initStarts = 0
    /// INIT_REPORT records kept, and failed-init rows of record exports.
    public var initReports = 0
    /// SnapStart RESTORE_START and RESTORE_REPORT records kept, counted together.
    public var restoreEvents = 0
    /// Failure lines kept: `Task timed out after`, `Runtime exited with error`, ..., and `platform.fault`.
    public var failureMarkers = 0
    /// Structured application logs kept (``AppLogRecord``: Powertools, EMF, Lambda Insights, Datadog).
    public var appLogs = 0
    /// `-X importtime` lines kept, headers included.
    public var importTimeLines = 0
    /// X-Ray segments of Lambda origin (`AWS::Lambda`, `AWS::Lambda::Function`).
    public var traceSegments = 0
    /// CloudTrail events that deployed a Lambda function (``Deployment``).
    public var deployments = 0
    /// Ignored events per reason, indexed by ``IgnoredReason`` raw value; ``ignored`` is their sum.
    public var ignoredByReason = [Int](repeating: 0, count: IgnoredReason.allCases.count)
    /// Events read but unusable: unparsable, missing a required field, or with a number ``Plausibility`` rejects.
    public var malformed = 0
    /// Records dropped as copies of earlier ones (overlapping exports), taken out of their kinds' counts.
    public var duplicates = 0

    /// Creates an empty accounting.
    public init() {}

    /// Records kept (after duplicates were removed): platform records, trace segments and deployments.
    public var records: Int {
        reports + starts + ends + initStarts + initReports + restoreEvents + failureMarkers + appLogs + importTimeLines
            + traceSegments + deployments
    }
    /// Events read and knowingly not used.
    public var ignored: Int { ignoredByReason.reduce(0, +) }
    /// Whether the totals reconcile.
    public var isReconciled: Bool { events == records + ignored + malformed + duplicates }

    /// Counts one kept platform record of the kind of `record`.
    mutating func countRecord(_ record: PlatformRecord, by delta: Int = 1) {
        switch record {
        case .report: reports += delta
        case .start: starts += delta
        case .end: ends += delta
        case .initStart: initStarts += delta
        case .initReport: initReports += delta
        case .restoreStart, .restoreReport: restoreEvents += delta
        case .failureMarker: failureMarkers += delta
        case .appLog: appLogs += delta
        case .importTime: importTimeLines += delta
        }
    }

    /// Counts an ignored event.
    mutating func countIgnored(_ reason: IgnoredReason) { ignoredByReason[reason.rawValue] += 1 }

    /// Moves the records counted in `removed` (by kind) out of their kinds and into `duplicates`.
    mutating func moveToDuplicates(_ removed: EventAccounting) {
        reports -= removed.reports
        starts -= removed.starts
        ends -= removed.ends
        initStarts -= removed.initStarts
        initReports -= removed.initReports
        restoreEvents -= removed.restoreEvents
        failureMarkers -= removed.failureMarkers
        appLogs -= removed.appLogs
        importTimeLines -= removed.importTimeLines
        traceSegments -= removed.traceSegments
        deployments -= removed.deployments
        duplicates += removed.records
    }

    /// Adds another accounting into this one.
    mutating func add(_ other: EventAccounting) {
        events += other.events
        reports += other.reports
        starts += other.starts
        ends += other.ends
        initStarts += other.initStarts
        initReports += other.initReports
        restoreEvents += other.restoreEvents
        failureMarkers += other.failureMarkers
        appLogs += other.appLogs
        importTimeLines += other.importTimeLines
        traceSegments += other.traceSegments
        deployments += other.deployments
        for k in ignoredByReason.indices { ignoredByReason[k] += other.ignoredByReason[k] }
        malformed += other.malformed
        duplicates += other.duplicates
    }
}
