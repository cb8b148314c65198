import ColdVizTestSupport
import Foundation
import Testing

@testable import ColdVizCore

/// The token index (`JSONTape`) against the decoded tree (`JSONScanner.readValue`) it replaces for JSON messages:
/// same acceptance, same values, same classification.
@Suite("JSON messages classify the same through the tape and the tree")
struct JSONTapeEquivalenceTests {
    /// The classification through the tree, as text ("invalid" when the scanner throws).
    static func viaTree(_ bytes: UnsafeRawBufferPointer) -> String {
        var scanner = JSONScanner(bytes)
        guard let value = try? scanner.readValue() else { return "invalid" }
        return String(describing: JSONRecordClassifier.classify(value))
    }

    /// The classification through the tape, as text ("invalid" when the tape rejects the bytes).
    static func viaTape(_ bytes: UnsafeRawBufferPointer) -> String {
        var tape = JSONTape()
        guard tape.read(bytes) else { return "invalid" }
        return String(describing: tape.withRoot { JSONRecordClassifier.classify($0) })
    }

    /// The tree rebuilt from the tape through `JSONReadable` only (checking `count` on the way); nil when the tape
    /// rejects the bytes.
    static func treeFromTape(_ bytes: UnsafeRawBufferPointer) -> JSONValue? {
        var tape = JSONTape()
        guard tape.read(bytes) else { return nil }
        return tape.withRoot { tree($0) }
    }

    private static func tree(_ value: JSONTapeValue) -> JSONValue {
        if value.isObject {
            var members: [(key: String, value: JSONValue)] = []
            value.forEachMember { key, member in members.append((key, tree(member))) }
            #expect(value.count == members.count, "an object's count is its members, duplicates included")
            return .object(JSONObject(members: members))
        }
        if value.isArray {
            var elements: [JSONValue] = []
            value.forEachElement { element in
                elements.append(tree(element))
                return true
            }
            #expect(value.count == elements.count)
            return .array(elements)
        }
        #expect(value.count == 0)
        if let text = value.stringValue { return .string(text) }
        if let number = value.numberValue { return .number(number) }
        if let flag = value.boolValue { return .bool(flag) }
        return .null
    }

    /// Checks both paths on `bytes`; returns true when the text was valid JSON.
    @discardableResult
    static func expectSame(_ bytes: UnsafeRawBufferPointer, sourceLocation: Testing.SourceLocation = #_sourceLocation) -> Bool {
        let tree = viaTree(bytes)
        let tape = viaTape(bytes)
        #expect(
            tape == tree, "\(String(decoding: bytes.prefix(300), as: UTF8.self))", sourceLocation: sourceLocation)
        var scanner = JSONScanner(bytes)
        let decoded = try? scanner.readValue()
        #expect(treeFromTape(bytes) == decoded, sourceLocation: sourceLocation)
        return decoded != nil
    }

    static func expectSame(_ text: String, sourceLocation: Testing.SourceLocation = #_sourceLocation) {
        var text = text
        text.withUTF8 { expectSame(UnsafeRawBufferPointer($0), sourceLocation: sourceLocation) }
    }
}
