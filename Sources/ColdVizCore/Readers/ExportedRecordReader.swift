import Foundation

/// Reads coldviz's own record export back (docs/FORMATS.md §13): CSV with its header (`record,function,…`,
/// fields quoted or not, as Athena writes them) or JSON lines (`{"record": …}`). One row is one event: a
/// record, or malformed with its line. A large file is read in pieces on all cores (rows stand alone). O(n).
struct ExportedRecordReader {
    let bytes: UnsafeRawBufferPointer
    let context: FileContext
    var chunkBytes = TextChunkReader.defaultChunkBytes

    /// Whether `bytes` starts like an export: the CSV header's first columns or a JSON line's first key.
    static func recognises(_ bytes: UnsafeRawBufferPointer) -> Bool {
        let heads = ["record,function,", "\"record\",\"function\",", "{\"record\":\""]
        return heads.contains { head in
            head.utf8.count <= bytes.count && zip(head.utf8, bytes).allSatisfy { $0 == $1 }
        }
    }

    /// Reads the file into `ingest`.
    func read(into ingest: inout FileIngest) {
        // The header (a CSV file's first line that is not blank) is read first: every piece needs it.
        var start = 0, linesBefore = 0
        var header: CSVHeader?
        while start < bytes.count {
            let end = lineEnd(from: start)
            linesBefore += 1
            let line = bytes.slice(start..<end)
            start = end + 1
            if line.isEmpty { continue }
            if line[0] != UInt8(ascii: "{") {
                header = CSVHeader(line)
                ingest.ignore(.exportHeader)
            } else {
                (start, linesBefore) = (end - line.count, linesBefore - 1)
            }
            break
        }
        let starts = chunkStarts(from: min(start, bytes.count))
        guard starts.count > 1 else {
            readLines(start..<bytes.count, linesBefore: linesBefore, header: header, into: &ingest)
            return
        }
        let shared = SharedBytes(bytes: bytes)
        let ends = Array(starts.dropFirst()) + [bytes.count]
        // Lines of each piece, counted on all cores; the pages counted are released (read again later).
        let input = context.input
        let lines = concurrentMap(starts.count) { c in
            let piece = shared.bytes.slice(starts[c]..<ends[c])
            var counter = LineCounter(piece)
            defer { input?.releasePages(within: piece) }
            return counter.line(at: ends[c] - starts[c]) - 1
        }
        var counted = [linesBefore]
        for n in lines.dropLast() { counted.append(counted.last! + n) }
        let (context, fileIndex, displayPath, before, fileHeader) = (
            context, ingest.fileIndex, ingest.displayPath, counted, header
        )
        // A wave of pieces at a time (one per core), each appended as soon as read: the records are held
        // once, not once in the pieces and again in `ingest`. The file keeps its first `problemLimit`
        // problems, as one reader would (`append` does that).
        let wave = max(1, ProcessInfo.processInfo.activeProcessorCount)
        // One row a line at most: reserved once, not doubled as it grows.
        ingest.exportedInvocations.reserveCapacity(ingest.exportedInvocations.count + lines.reduce(0, +))
        for first in stride(from: 0, to: starts.count, by: wave) {
            var pieces = concurrentMap(min(wave, starts.count - first)) { k in
                var piece = FileIngest(fileIndex: fileIndex, displayPath: displayPath)
                let c = first + k
                ExportedRecordReader(bytes: shared.bytes, context: context).readLines(
                    starts[c]..<ends[c], linesBefore: before[c], header: fileHeader, into: &piece)
                return piece
            }
            for k in pieces.indices {
                ingest.append(pieces[k])
                pieces[k] = FileIngest(fileIndex: fileIndex, displayPath: displayPath)
            }
        }
    }

    /// Offsets of the pieces from `start`: then about every `chunkBytes` the start of the next line.
    private func chunkStarts(from start: Int) -> [Int] {
        var starts = [start]
        guard bytes.count - start >= 2 * chunkBytes else { return starts }
        var nominal = start + chunkBytes
        while nominal < bytes.count - chunkBytes / 2 {
            let next = lineEnd(from: nominal) + 1
            guard next < bytes.count else { break }
            starts.append(next)
            nominal = next + chunkBytes
        }
        return starts
    }

    private func lineEnd(from start: Int) -> Int { bytes.firstIndex(of: asciiNewline, from: start) ?? bytes.count }

    /// Reads the rows of `range` (whole lines; `linesBefore` lines precede it in the file).
    private func readLines(_ range: Range<Int>, linesBefore: Int, header: CSVHeader?, into ingest: inout FileIngest) {
        var releaser = PageReleaser(bytes, of: context.input)
        var contexts = ExportContexts()
        var fields = CSVFields()
        var lineNumber = linesBefore
        var start = range.lowerBound
        while start < range.upperBound {
            let end = lineEnd(from: start)
            lineNumber += 1
            var line = bytes.slice(start..<end)
            start = end + 1
            releaser.advance(to: start)
            if let last = line.last, last == asciiReturn { line = line.slice(0..<line.count - 1) }
            if line.isEmpty { continue }
            if line[0] == UInt8(ascii: "{") {
                readJSON(String(decoding: line, as: UTF8.self), line: lineNumber, contexts: &contexts, into: &ingest)
            } else if let header {
                guard fields.split(line), fields.count == header.count else {
                    ingest.malformed(line: lineNumber, "an export row with other columns than its header (\(header.count))")
                    continue
                }
                add(
                    ExportedRecord.parse(fileIndex: ingest.fileIndex, line: lineNumber, contexts: &contexts) { column in
                        header.field(of: column).flatMap { fields.text($0) }
                    }, line: lineNumber, into: &ingest)
            } else {
                ingest.malformed(line: lineNumber, "an export line that is not a JSON object")
            }
        }
    }

    private func readJSON(_ text: String, line: Int, contexts: inout ExportContexts, into ingest: inout FileIngest) {
        guard let object = JSONValue.parsing(text), object.objectValue != nil else {
            ingest.malformed(line: line, "an export line that is not a JSON object")
            return
        }
        add(
            ExportedRecord.parse(fileIndex: ingest.fileIndex, line: line, contexts: &contexts) { column in
                guard let v = object[column.name], !v.isNull else { return nil }
                return v.stringValue ?? v.doubleValue.map { JSONWriter.number($0) }
            }, line: line, into: &ingest)
    }

    private func add(_ parsed: Result<ExportedRecord.Row, ExportedRecord.RowError>, line: Int, into ingest: inout FileIngest) {
        switch parsed {
        case .success(let record): ingest.consume(exported: record)
        case .failure(let error): ingest.malformed(line: line, "export row: " + error.message)
        }
    }
}
