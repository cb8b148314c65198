import Foundation

/// Reads a large text file on all cores: cut at lines that start an event, each piece read by its own
/// ``TextLogReader`` into its own ``FileIngest``. The pieces, in order, hold what one reader over the
/// whole file would; when a piece would start in a state it cannot know (a pending console timestamp,
/// unprefixed lines after prefixed ones), the file is read again in one piece. O(n).
struct TextChunkReader {
    /// Files smaller than two pieces are read in one.
    static let defaultChunkBytes = 8 << 20

    let bytes: UnsafeRawBufferPointer
    let context: FileContext
    var chunkBytes = defaultChunkBytes

    /// Reads the file into `ingest` and, when it is read in pieces, into the pieces after it (returned).
    func read(into ingest: inout FileIngest) -> [FileIngest] {
        let hasEmulator = PageReleaser.contains("(rapid)", in: bytes, of: context.input)
        let starts = hasEmulator ? [0] : chunkStarts()
        guard starts.count > 1 else {
            TextLogReader(bytes: bytes, context: context, fileHasEmulator: hasEmulator).read(into: &ingest)
            return []
        }
        let shared = SharedBytes(bytes: bytes)
        let ends = Array(starts.dropFirst()) + [bytes.count]
        // Lines of each piece (its newlines: the line after its last byte, less one), counted on all cores.
        // The pages counted are released: the pieces are read later, and a large file is not held whole.
        let input = context.input
        let lines = concurrentMap(starts.count) { c in
            let piece = shared.bytes.slice(starts[c]..<ends[c])
            var counter = LineCounter(piece)
            defer { input?.releasePages(within: piece) }
            return counter.line(at: ends[c] - starts[c]) - 1
        }
        var counted = [0]
        for n in lines.dropLast() { counted.append(counted.last! + n) }
        let (context, fileIndex, displayPath, linesBefore) = (context, ingest.fileIndex, ingest.displayPath, counted)
        let readPiece = { @Sendable (c: Int) -> (piece: FileIngest, end: TextLogReader.EndState) in
            var piece = FileIngest(fileIndex: fileIndex, displayPath: displayPath)
            piece.readsApplicationLogs = context.options.readsApplicationLogs
            piece.reserveEvents(forBytes: ends[c] - starts[c])
            let reader = TextLogReader(
                bytes: shared.bytes.slice(starts[c]..<ends[c]), context: context, linesBefore: linesBefore[c],
                fileHasEmulator: false)
            let end = reader.read(into: &piece)
            context.input?.releasePages(within: reader.bytes)
            return (piece: piece, end: end)
        }
        if ingest.walk != nil {
            readWalking(into: &ingest, starts: starts, readPiece: readPiece)
            return []
        }
        let pieces = concurrentMap(starts.count, readPiece)
        guard joinable(pieces.map(\.end), starts: starts), pieces.allSatisfy({ $0.piece.pendingSegments.isEmpty }) else {
            TextLogReader(bytes: bytes, context: context, fileHasEmulator: false).read(into: &ingest)
            return []
        }
        ingest.append(pieces[0].piece)
        var rest = pieces.dropFirst().map(\.piece)
        // The file keeps its first `problemLimit` problems and warnings, as one reader would.
        var problems = ingest.problems.count, warnings = ingest.warnings.count
        for i in rest.indices {
            rest[i].problems = Array(rest[i].problems.prefix(FileIngest.problemLimit - problems))
            rest[i].warnings = Array(rest[i].warnings.prefix(FileIngest.problemLimit - warnings))
            problems += rest[i].problems.count
            warnings += rest[i].warnings.count
        }
        return rest
    }

    /// Reads the pieces a few at a time (one per core) and feeds each wave, in order, to the walk of
    /// `ingest`: only one wave's events are held at once. Pieces that do not join make the walk give up
    /// (the exact build then reads the file in one piece). O(n).
    private func readWalking(
        into ingest: inout FileIngest, starts: [Int],
        readPiece: @Sendable (Int) -> (piece: FileIngest, end: TextLogReader.EndState)
    ) {
        let wave = max(1, ProcessInfo.processInfo.activeProcessorCount)
        var previousEnd: TextLogReader.EndState?
        for first in stride(from: 0, to: starts.count, by: wave) {
            let count = min(wave, starts.count - first)
            let pieces = concurrentMap(count) { readPiece(first + $0) }
            for (k, read) in pieces.enumerated() {
                if let previousEnd, !joinable(previousEnd, next: starts[first + k]) { ingest.walk!.giveUp() }
                if !read.piece.pendingSegments.isEmpty { ingest.walk!.giveUp() }
                ingest.append(read.piece)
                previousEnd = read.end
            }
        }
    }

    /// Whether each piece after the first starts in the state the reader of the piece before ended in.
    private func joinable(_ ends: [TextLogReader.EndState], starts: [Int]) -> Bool {
        zip(ends, starts.dropFirst()).allSatisfy { joinable($0, next: $1) }
    }

    /// Whether the piece starting at offset `next` starts in the state `end`, where the piece before ended.
    private func joinable(_ end: TextLogReader.EndState, next: Int) -> Bool {
        if end.pendingTimestamp != nil { return false }
        // A prefixed first line sets the mode itself; an unprefixed one was read as in an unprefixed file.
        return !(end.prefixedMode && prefix(at: next) == nil)
    }

    /// Offsets of the pieces: 0, then about every `chunkBytes` the next line that starts an event.
    private func chunkStarts() -> [Int] {
        var starts = [0]
        guard bytes.count >= 2 * chunkBytes else { return starts }
        var nominal = chunkBytes
        while nominal < bytes.count - chunkBytes / 2 {
            guard let start = eventLine(after: nominal) else { break }
            starts.append(start)
            nominal = start + chunkBytes
        }
        return starts
    }

    /// The first line after `offset` that starts a new event whatever came before it: a START line or
    /// a line with a timestamp prefix, unindented. Looks at most 1 MiB ahead.
    private func eventLine(after offset: Int) -> Int? {
        var lineStart = (bytes.firstIndex(of: asciiNewline, from: offset) ?? bytes.count) + 1
        let limit = min(bytes.count, offset + (1 << 20))
        while lineStart < limit {
            let first = bytes[lineStart]
            if !first.isASCIIWhitespace, bytes.matches("START RequestId:", at: lineStart) || prefix(at: lineStart) != nil {
                return lineStart
            }
            lineStart = (bytes.firstIndex(of: asciiNewline, from: lineStart) ?? bytes.count) + 1
        }
        return nil
    }

    /// The prefix of the line at `lineStart` when it is one that starts an event on its line.
    private func prefix(at lineStart: Int) -> LinePrefix? {
        var end = bytes.firstIndex(of: asciiNewline, from: lineStart) ?? bytes.count
        if end > lineStart, bytes[end - 1] == asciiReturn { end -= 1 }
        guard let p = LinePrefix.parse(bytes, lineStart..<end), p.kind != .timestampOnly, p.kind != .clockTime else {
            return nil
        }
        return p
    }
}

/// The bytes of a file, shared read-only by the workers that read its pieces.
struct SharedBytes: @unchecked Sendable {
    let bytes: UnsafeRawBufferPointer
}
