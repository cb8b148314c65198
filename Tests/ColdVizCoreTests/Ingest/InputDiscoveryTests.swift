import ColdVizTestSupport
import Foundation
import Testing

@testable import ColdVizCore

/// Files found under a directory: their paths, function-name candidates and S3-export log streams, which
/// are kept as places in the path (``TreeFileDescriber``).
@Suite("Input discovery: export trees and plain folders")
struct InputDiscoveryTests {
    @Test(arguments: ["", "/"])
    func exportTreeAndPlainFiles(_ trailing: String) throws {
        let tree = FixturePaths.temporaryDirectory().appendingPathComponent("logs")
        let stream = "2024/03/04/[$LATEST]0741e20d49dcf89f9474514cb42256ba"
        let other = "2024/03/05/[7]ee26fa360ed8cad4a460972f873fe09f"
        let files = [
            "perf_zip_Python39_1024/0bfaea00-fc5f-4cf4-8705-6842ad05e8ad/\(stream)/000000.gz",
            "perf_zip_Python39_1024/0bfaea00-fc5f-4cf4-8705-6842ad05e8ad/\(stream)/000001.gz",
            "perf_zip_Python39_1024/0bfaea00-fc5f-4cf4-8705-6842ad05e8ad/\(other)/000000",
            "perf_zip_Python39_1024/aws-logs-write-test",
            "fünf/perf_image_Python312_1769.log.gz",
            "fünf/2024/03/04/notastream/000000.gz",
            // Streams and chunks whose text a packed path cannot hold: kept as text, the same paths.
            "perf_zip_Python39_1024/0bfaea00-fc5f-4cf4-8705-6842ad05e8ad/2024/03/06/[$LATEST]short/000000.gz",
            "perf_zip_Python39_1024/0bfaea00-fc5f-4cf4-8705-6842ad05e8ad/2024/03/06/[$LATEST]0741E20D49DCF89F9474514CB42256BA/000000.gz",
            "perf_zip_Python39_1024/0bfaea00-fc5f-4cf4-8705-6842ad05e8ad/\(stream)/\u{0660}\u{0660}\u{0660}\u{0660}\u{0660}\u{0661}",
            "perf_zip_Python39_1024/0bfaea00-fc5f-4cf4-8705-6842ad05e8ad/\(stream)/000002.zz",
        ]
        for f in files {
            let url = tree.appendingPathComponent(f)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data("x".utf8).write(to: url)
        }
        let root = tree.path + trailing
        let found = InputDiscovery.discover([root]).files
        let prefix = tree.path + "/"
        #expect(found.map(\.path) == files.sorted().map { prefix + $0 })
        let byPath = Dictionary(uniqueKeysWithValues: found.map { (String($0.path.dropFirst(prefix.count)), $0) })
        #expect(byPath[files[0]]?.logStream == stream)
        #expect(byPath[files[1]]?.logStream == stream)
        #expect(byPath[files[2]]?.logStream == other)
        for f in files.prefix(3) { #expect(byPath[f]?.nameCandidates == ["perf_zip_Python39_1024", "logs"]) }
        #expect(byPath[files[3]]?.logStream == nil)
        #expect(byPath[files[3]]?.nameCandidates == ["aws-logs-write-test", "perf_zip_Python39_1024", "logs"])
        #expect(byPath[files[4]]?.logStream == nil)
        #expect(byPath[files[4]]?.nameCandidates == ["perf_image_Python312_1769", "fünf", "logs"])
        #expect(byPath[files[5]]?.logStream == nil, "a stream folder holds a [")
        #expect(byPath[files[5]]?.nameCandidates == ["000000", "notastream", "04", "03", "2024", "fünf", "logs"])
        #expect(byPath[files[6]]?.logStream == "2024/03/06/[$LATEST]short")
        #expect(byPath[files[7]]?.logStream == "2024/03/06/[$LATEST]0741E20D49DCF89F9474514CB42256BA")
        #expect(byPath[files[8]]?.logStream == stream, "Arabic-Indic digits name a chunk")
        #expect(byPath[files[9]]?.logStream == nil)
    }

    @Test func aFileNamedAlone() throws {
        let url = FixturePaths.temporaryDirectory().appendingPathComponent("perf_zip_Python39_1024.json.gz")
        try Data("x".utf8).write(to: url)
        let found = InputDiscovery.discover([url.path]).files
        #expect(found == [InputFile(path: url.path, nameCandidates: ["perf_zip_Python39_1024"], logStream: nil)])
    }
}
