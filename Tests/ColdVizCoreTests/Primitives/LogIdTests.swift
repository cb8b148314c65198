import Foundation
import Testing

@testable import ColdVizCore

@Suite("Log ids")
struct LogIdTests {
    @Test(
        "request ids and trace roots of the usual shapes are packed and give back their text",
        arguments: [
            "8edab1f8-7d34-4a8e-a965-15ccbbb78d4c", "00000000-0000-0000-0000-000000000000",
            "ffffffff-ffff-ffff-ffff-ffffffffffff", "1-65e58dda-306401a324990fdfe6155f0b",
            "1-00000000-000000000000000000000000", "1-ffffffff-ffffffffffffffffffffffff",
        ])
    func packed(_ text: String) {
        let id = LogId(text)
        #expect(id.isPacked)
        #expect(id.description == text)
        Array(text.utf8).withUnsafeBytes { #expect(LogId(bytes: $0) == id) }
    }

    @Test(
        "other texts are kept as they are",
        arguments: [
            "", "r1", "f8ac1208...", "6f7f0961f83442118a7af6fe80b88d56", "8EDAB1F8-7D34-4A8E-A965-15CCBBB78D4C",
            "8edab1f8-7d34-4a8e-a965-15ccbbb78d4g", "8edab1f87-d34-4a8e-a965-15ccbbb78d4c",
            "8edab1f8-7d34-4a8e-a965_15ccbbb78d4c",
            "2-65e58dda-306401a324990fdfe6155f0b", "1-65e58dda-306401a324990fdfe6155f0B", "1-65e58dda0306401a324990fdfe6155f0b",
            "1_65e58dda-306401a324990fdfe6155f0b", "8edab1f8-7d34-4a8e-a965-15ccbbb78d4", "8edab1f8-7d34-4a8e-a965-15ccbbb78d4c0",
            "trace:1-65e58dda-306401a324990fdfe6155f0b", "é8dab1f8-7d34-4a8e-a965-15ccbbb78d4",
        ])
    func text(_ text: String) {
        let id = LogId(text)
        #expect(!id.isPacked)
        #expect(id.description == text)
        #expect(id.isEmpty == text.isEmpty)
    }

    @Test("invalid UTF-8 is repaired as String(decoding:as:) repairs it")
    func invalidUTF8() {
        let bytes: [UInt8] = [0x61, 0xFF, 0x62]
        bytes.withUnsafeBytes { #expect(LogId(bytes: $0).description == String(decoding: bytes, as: UTF8.self)) }
    }

    @Test("two ids are equal, and hash alike, exactly when their texts are equal")
    func equality() {
        // Near misses of each shape: one character changed, case changed, dash moved, both shapes.
        var generator = SystemRandomNumberGenerator()
        let hex = Array("0123456789abcdefABCDEF-g")
        func variant(of base: String) -> String {
            var chars = Array(base)
            let k = Int.random(in: 0..<chars.count, using: &generator)
            chars[k] = hex.randomElement(using: &generator)!
            return String(chars)
        }
        let bases = ["8edab1f8-7d34-4a8e-a965-15ccbbb78d4c", "1-65e58dda-306401a324990fdfe6155f0b"]
        var texts: [String] = bases
        for _ in 0..<400 { texts.append(variant(of: bases.randomElement(using: &generator)!)) }
        let ids = texts.map { LogId($0) }
        for (a, x) in zip(texts, ids) {
            #expect(x.description == a)
            for (b, y) in zip(texts, ids).prefix(40) {
                #expect((x == y) == (a == b), "\(a) vs \(b)")
                if a == b { #expect(x.hashValue == y.hashValue) }
            }
        }
        #expect(Set(ids).count == Set(texts).count)
    }
}
