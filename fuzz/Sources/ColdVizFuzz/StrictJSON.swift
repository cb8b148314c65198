import Foundation

/// Checks that output JSON is strict: it parses (no NaN or Infinity tokens) and no object repeats a key.
enum StrictJSON {
    static func check(_ text: String) {
        guard (try? JSONSerialization.jsonObject(with: Data(text.utf8), options: [.fragmentsAllowed])) != nil else {
            fatalError("invariant broken: output JSON does not parse")
        }
        // The open containers (objects keep their keys), while scanning the text; strings are skipped.
        var stack: [(isObject: Bool, keys: Set<String>)] = []
        let bytes = Array(text.utf8)
        var i = 0
        var expectingKey = false
        while i < bytes.count {
            switch bytes[i] {
            case UInt8(ascii: "{"):
                stack.append((true, []))
                expectingKey = true
            case UInt8(ascii: "["):
                stack.append((false, []))
                expectingKey = false
            case UInt8(ascii: "}"), UInt8(ascii: "]"): _ = stack.popLast()
            case UInt8(ascii: ","): expectingKey = stack.last?.isObject ?? false
            case UInt8(ascii: "\""):
                var j = i + 1
                while j < bytes.count, bytes[j] != UInt8(ascii: "\"") { j += bytes[j] == UInt8(ascii: "\\") ? 2 : 1 }
                if expectingKey, !stack.isEmpty {
                    let key = String(decoding: bytes[(i + 1)..<min(j, bytes.count)], as: UTF8.self)
                    if !stack[stack.count - 1].keys.insert(key).inserted {
                        fatalError("invariant broken: output JSON repeats the key \(key)")
                    }
                    expectingKey = false
                }
                i = j
            default: break
            }
            i += 1
        }
    }
}
