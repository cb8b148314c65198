import Foundation

/// Writes encoded chart bytes to disk atomically: a temporary file in the same directory, then a rename.
public enum ChartFile {
    /// Writes `bytes` to `path`; readers never see a partial file. O(size).
    public static func write(_ bytes: [UInt8], to path: String) throws(ColdVizCairoError) {
        let url = URL(fileURLWithPath: path)
        let dir = url.deletingLastPathComponent()
        let temp = dir.appendingPathComponent(".\(url.lastPathComponent).\(ProcessInfo.processInfo.processIdentifier).tmp")
        do {
            try Data(bytes).write(to: temp)
            if rename(temp.path, url.path) != 0 {
                let reason = String(cString: strerror(errno))
                try? FileManager.default.removeItem(at: temp)
                throw ColdVizCairoError.write(path: path, cause: reason)
            }
        } catch let e as ColdVizCairoError {
            throw e
        } catch {
            throw .write(path: path, cause: error.localizedDescription)
        }
    }
}
