import Foundation

/// Loads the real samples copied into `Fixtures/realdata/` (never from /work/shared).
enum RealSample {
    /// The repository's `Fixtures/realdata` directory, found from this source file's path.
    static let directory: URL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent()  // Primitives
        .deletingLastPathComponent()  // ColdVizCoreTests
        .deletingLastPathComponent()  // Tests
        .deletingLastPathComponent()  // package root
        .appendingPathComponent("Fixtures/realdata")

    /// The bytes of the sample `name`.
    static func bytes(_ name: String) throws -> [UInt8] {
        Array(try Data(contentsOf: directory.appendingPathComponent(name)))
    }

    /// The path of the sample `name`.
    static func path(_ name: String) -> String {
        directory.appendingPathComponent(name).path
    }
}

/// Runs `body` over the UTF-8 bytes of `text`.
func withBytes<R>(_ text: String, _ body: (UnsafeRawBufferPointer) throws -> R) rethrows -> R {
    try Array(text.utf8).withUnsafeBytes(body)
}
