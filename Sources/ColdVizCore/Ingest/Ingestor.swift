import Foundation

/// Everything read from the inputs of one run, file by file, in the order the files were named.
public struct IngestResult: Sendable {
    /// Every file found behind the paths, in the order named (directories expanded recursively, sorted).
    public var files: [InputFile]
    /// What each file yielded, in file order; a large text file read in pieces on all cores gives one per piece.
    public var perFile: [FileIngest]
    /// Paths that could not be used at all (missing, empty directories).
    public var pathProblems: [InputProblem]
    /// How the files were read (the walk classifies invocations with them).
    public var options = IngestOptions()
}

/// Reads inputs: discovers files, sniffs each one's content (docs/FORMATS.md §1.2) and runs its reader.
/// Files are read in parallel on all cores; results keep the input order.
public enum Ingestor {
    /// Reads every file behind `paths`. `progress` is called with (files done, files total).
    public static func ingest(
        paths: [String], options: IngestOptions = IngestOptions(),
        progress: (@Sendable (Int, Int) -> Void)? = nil
    ) -> IngestResult {
        let (files, problems) = InputDiscovery.discover(paths)
        PhaseTimer.lap("discovery")
        let done = AtomicCounter()
        let pieces = concurrentMap(files.count) { index in
            let pieces = readPieces(files[index], index: index, options: options)
            progress?(done.increment(), files.count)
            return pieces
        }
        return IngestResult(files: files, perFile: pieces.flatMap { $0 }, pathProblems: problems, options: options)
    }

    /// Reads one file.
    public static func readFile(_ file: InputFile, index: Int, options: IngestOptions) -> FileIngest {
        var pieces = readPieces(file, index: index, options: options)
        var ingest = pieces.removeFirst()
        for piece in pieces { ingest.append(piece) }
        return ingest
    }

    /// Reads one file: one ``FileIngest``, or several in file order when a large text file was read in
    /// pieces on all cores (``TextChunkReader``).
    static func readPieces(_ file: InputFile, index: Int, options: IngestOptions) -> [FileIngest] {
        var ingest = FileIngest(fileIndex: index, displayPath: file.path)
        let rest = read(file, into: &ingest, options: options)
        return [ingest] + rest
    }

    /// Reads `file` into `ingest` (made for it, and walking its events when ``FileIngest/walk`` is set);
    /// returns the pieces after it when a large text file was read in pieces that `ingest` does not walk.
    static func read(_ file: InputFile, into ingest: inout FileIngest, options: IngestOptions) -> [FileIngest] {
        ingest.readsApplicationLogs = options.readsApplicationLogs
        var context = FileContext(displayPath: file.path, logGroup: nil, logStream: file.logStream, options: options)
        var rest: [FileIngest] = []
        do {
            let input = try InputBytes.map(path: file.path)
            context.input = input
            rest = input.withUnsafeBytes { bytes in
                let rest = readContent(bytes, context: context, lineOverride: nil, into: &ingest)
                ingest.anchorWaitingUntimed(contentId: contentId(bytes))
                return rest
            }
            ingest.assemblePendingSegments(context: context)
            ingest.trimCapacity()
        } catch {
            ingest.fileError(line: nil, "cannot read: \(error)")
        }
        return rest
    }

    /// An id for the content of a file, equal for identical copies within one run. O(n), but computed only
    /// for files whose keyless events found no request id to anchor them (rare).
    static func contentId(_ bytes: UnsafeRawBufferPointer) -> LogId {
        var hasher = Hasher()
        hasher.combine(bytes: bytes)
        return LogId("#content:\(bytes.count):\(hasher.finalize())")
    }

    /// Sniffs `bytes` and reads them with the matching reader, decompressing first when needed. Returns
    /// the pieces after `ingest` when a large text file was read in pieces (see ``readPieces``).
    @discardableResult
    static func readContent(
        _ raw: UnsafeRawBufferPointer, context: FileContext, lineOverride: Int?,
        into ingest: inout FileIngest
    ) -> [FileIngest] {
        var bytes = raw
        if bytes.count >= 3, bytes[0] == 0xEF, bytes[1] == 0xBB, bytes[2] == 0xBF { bytes = bytes.slice(3..<bytes.count) }
        let compression = Compression.detect(bytes)
        if compression != .none {
            let (output, error) = Inflate.inflate(bytes, as: compression)
            if let error {
                ingest.fileError(
                    line: lineOverride,
                    "\(compression == .gzip ? "gzip" : "zlib") data is damaged (\(error)); read the \(output.count) bytes before the damage"
                )
            }
            return output.withUnsafeBytes { readContent($0, context: context, lineOverride: lineOverride, into: &ingest) }
        }
        if bytes.count >= 2, (bytes[0] == 0xFF && bytes[1] == 0xFE) || (bytes[0] == 0xFE && bytes[1] == 0xFF) {
            ingest.fileError(line: nil, "UTF-16 text; convert it to UTF-8 first (iconv -f UTF-16 -t UTF-8)")
            return []
        }
        if lineOverride == nil, SQLiteRecordReader.recognises(bytes) {
            SQLiteRecordReader.read(path: context.displayPath, into: &ingest)
            return []
        }
        if let offset = binaryOffset(bytes) {
            ingest.fileError(line: nil, "binary data at byte \(offset), not a log export (text, JSON or gzip)")
            return []
        }
        ingest.reserveEvents(forBytes: bytes.count)
        switch resolvedFormat(bytes, context.options.inputFormat) {
        case .json:
            JSONContainerReader(bytes: bytes, context: context, lineOverride: lineOverride).read(into: &ingest)
        case .insightsTable:
            InsightsTableReader(bytes: bytes, context: context).read(into: &ingest)
        case .records:
            ExportedRecordReader(bytes: bytes, context: context, chunkBytes: context.options.textChunkBytes)
                .read(into: &ingest)
        case .text, .auto:
            if let lineOverride {
                TextLogReader(bytes: bytes, context: context, lineOverride: lineOverride).read(into: &ingest)
            } else {
                return TextChunkReader(bytes: bytes, context: context, chunkBytes: context.options.textChunkBytes)
                    .read(into: &ingest)
            }
        }
        return []
    }

    private static func resolvedFormat(_ bytes: UnsafeRawBufferPointer, _ requested: InputFormat) -> InputFormat {
        guard requested == .auto else { return requested }
        let i = bytes.skippingWhitespace(from: 0)
        guard i < bytes.count else { return .text }
        if ExportedRecordReader.recognises(bytes.slice(i..<bytes.count)) { return .records }
        if bytes[i] == UInt8(ascii: "{") || bytes[i] == UInt8(ascii: "[") { return .json }
        if InsightsTableReader.recognises(bytes) { return .insightsTable }
        return .text
    }

    /// The offset of a NUL or of a run of control bytes in the first 4 KiB, the mark of binary data.
    private static func binaryOffset(_ bytes: UnsafeRawBufferPointer) -> Int? {
        let n = min(bytes.count, 4096)
        guard n > 0, let base = bytes.baseAddress else { return nil }
        if let nul = memchr(base, 0, n) { return base.distance(to: UnsafeRawPointer(nul)) }
        // Counted without branches, so the loop vectorises (it runs on every file, and S3 exports are small files).
        var controls = 0
        for b in bytes.prefix(n) {
            let control = b < 0x20 && b != asciiTab && b != asciiNewline && b != asciiReturn && b != 0x0C && b != 0x1B
            controls &+= control ? 1 : 0
        }
        return controls * 10 > n ? 0 : nil
    }
}

extension UnsafeRawBufferPointer {
    /// Index of the first byte at or after `start` that is not ASCII whitespace.
    func skippingWhitespace(from start: Int) -> Int {
        var i = start
        while i < count, self[i].isASCIIWhitespace { i += 1 }
        return i
    }
}

extension Ingestor {
    /// Reads in-memory bytes as one file named `<memory>`: for tests (`@_spi(Testing) import ColdVizCore`),
    /// not part of the public API.
    @_spi(Testing) public static func readBytesForTest(_ bytes: [UInt8], options: IngestOptions = IngestOptions()) -> FileIngest {
        var ingest = FileIngest(fileIndex: 0, displayPath: "<memory>")
        let context = FileContext(displayPath: "<memory>", logGroup: nil, logStream: nil, options: options)
        let rest = bytes.withUnsafeBytes { readContent($0, context: context, lineOverride: nil, into: &ingest) }
        ingest.anchorWaitingUntimed(contentId: bytes.withUnsafeBytes { contentId($0) })
        ingest.assemblePendingSegments(context: context)
        for piece in rest { ingest.append(piece) }
        return ingest
    }
}
