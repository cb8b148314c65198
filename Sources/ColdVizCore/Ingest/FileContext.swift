/// What is known about a file before its content is read.
struct FileContext {
    var displayPath: String
    /// Log group, when the container does not carry one (never from the path today).
    var logGroup: String?
    /// Log stream taken from an S3-export object key (`<task-id>/<stream>/000000.gz`).
    var logStream: String?
    var options: IngestOptions
    /// The mapped file being read, whose pages a reader may release once read (see ``InputBytes/releasePages(within:)``).
    var input: InputBytes? = nil
}
