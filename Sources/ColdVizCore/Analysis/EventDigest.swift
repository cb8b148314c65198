/// What deduplication and the grouping into environments need of one event, digested once.
struct EventDigest: Sendable {
    /// The keys deduplication uses.
    var keys: Deduplicator.EventKeys
    /// The digest of its ``DatasetBuilder/EnvironmentKey``.
    var environment: KeyDigest
}
