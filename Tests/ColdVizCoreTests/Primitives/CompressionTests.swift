import Foundation
import Testing

@testable import ColdVizCore

/// Compressed test data produced with Python 3 `gzip.compress(..., mtime=0)` and `zlib.compress(b'hello zlib', level)`.
@Suite struct CompressionTests {
    private func decoded(_ base64: String) -> [UInt8] {
        Array(Data(base64Encoded: base64)!)
    }

    @Test(arguments: [
        ("eAEBCgD1/2hlbGxvIHpsaWIVlQPm", "78 01"), ("eF7LSM3JyVeoyslMAgAVlQPm", "78 5E"),
        ("eJzLSM3JyVeoyslMAgAVlQPm", "78 9C"), ("eNrLSM3JyVeoyslMAgAVlQPm", "78 DA"),
    ])
    func detectsAndInflatesZlib(_ base64: String, _ header: String) {
        let bytes = decoded(base64)
        bytes.withUnsafeBytes { buffer in
            #expect(Compression.detect(buffer) == .zlib, "\(header)")
            let result = Inflate.inflate(buffer, as: .zlib)
            #expect(result.error == nil)
            #expect(String(decoding: result.output, as: UTF8.self) == "hello zlib")
        }
    }

    @Test(arguments: ["x^2 + y^2 = z^2\n", "x^y means x to the power y", "{\"a\":1}", "REPORT RequestId", "x", "", "\u{1F}"])
    func textIsNotMistakenForCompressedData(_ text: String) {
        #expect(withBytes(text) { Compression.detect($0) } == .none)
    }

    @Test func detectsGzipMagic() {
        #expect([UInt8]([0x1F, 0x8B, 0x08, 0x00]).withUnsafeBytes { Compression.detect($0) } == .gzip)
        #expect([UInt8]([0x1F, 0x8B, 0x07, 0x00]).withUnsafeBytes { Compression.detect($0) } == .none)
    }

    @Test func inflatesConcatenatedGzipMembers() {
        let twoMembers = decoded(
            "H4sIAAAAAAACA6tWyk0tLk5MTw2pLEhVslJycQxxjPd1DQ52dHdV0lHKU7IyrAUA2SHtiSQAAAAfiwgAAAAAAAIDq1bKTS0uTkxPDaksSFWyUnJxDHGM93UNDnZ0d1XSUcpTsjKqBQAacsCiJAAAAA=="
        )
        for padding in [0, 512] {
            let bytes = twoMembers + [UInt8](repeating: 0, count: padding)
            let result = bytes.withUnsafeBytes { Inflate.inflate($0, as: .gzip) }
            #expect(result.error == nil)
            #expect(
                String(decoding: result.output, as: UTF8.self)
                    == #"{"messageType":"DATA_MESSAGE","n":1}{"messageType":"DATA_MESSAGE","n":2}"#)
        }
        let withJunk = twoMembers + Array("junk".utf8)
        let result = withJunk.withUnsafeBytes { Inflate.inflate($0, as: .gzip) }
        #expect(result.output.count == 72)
        #expect(
            result.error == .corruptCompressedData(offset: 112, reason: "4 unexpected bytes after the end of the gzip member"))
    }

    @Test func truncatedGzipReturnsThePartialOutputAndTheOffset() {
        let payload = (0..<300_000).map { UInt8(ascii: "a") + UInt8($0 % 26) }
        let member = StoredGzip.member(payload)
        let cut = 200_000
        let result = member.withUnsafeBytes { Inflate.inflate(UnsafeRawBufferPointer(rebasing: $0[0..<cut]), as: .gzip) }
        #expect(result.error == .truncatedCompressedData(offset: cut))
        // 10 header bytes, then 5 block-header bytes per 65,535-byte stored block: 3 whole blocks before the cut.
        let expectedLength = cut - 10 - 5 * 4
        #expect(result.output == Array(payload[0..<expectedLength]))
    }

    @Test func corruptDataKeepsWhatWasDecoded() {
        let payload = Array("START RequestId: 1\nEND RequestId: 1\n".utf8)
        let member = StoredGzip.member(payload, crc: 0xDEAD_BEEF)
        let result = member.withUnsafeBytes { Inflate.inflate($0, as: .gzip) }
        #expect(result.output == payload)
        #expect(result.error == .corruptCompressedData(offset: member.count - 4, reason: "incorrect data check"))
        var badMethod = member
        badMethod[10] = 0x07  // deflate block type 3 (reserved)
        let bad = badMethod.withUnsafeBytes { Inflate.inflate($0, as: .gzip) }
        #expect(bad.output.isEmpty)
        #expect(bad.error == .corruptCompressedData(offset: 11, reason: "invalid block type"))
    }

    @Test func emptyAndUncompressedInputs() {
        let empty = [UInt8]().withUnsafeBytes { Inflate.inflate($0, as: .gzip) }
        #expect(empty.output.isEmpty)
        #expect(empty.error == .truncatedCompressedData(offset: 0))
        let plain = [UInt8](repeating: 7, count: 3).withUnsafeBytes { Inflate.inflate($0, as: .none) }
        #expect(plain.output == [7, 7, 7])
        #expect(plain.error == nil)
    }

    @Test(arguments: [
        (
            "c_powertools-python_cloudWatchLogEvent.json", Compression.gzip, 325,
            #"{"messageType":"DATA_MESSAGE","owner":"123456789123","logGroup":"testLogGroup""#
        ),
        (
            "c_powertools-python_cloudWatchLogEventWithPolicyLevel.json", Compression.zlib, 461,
            "{\n  \"messageType\": \"DATA_MESSAGE\","
        ),
    ])
    func realSubscriptionEventsDecode(_ name: String, _ compression: Compression, _ length: Int, _ prefix: String) throws {
        let event = try RealSample.bytes(name).withUnsafeBytes { buffer in
            var scanner = JSONScanner(buffer)
            return try scanner.readValue()
        }
        let base64 = try #require(event["awslogs", "data"]?.stringValue)
        let compressed = try #require(Data(base64Encoded: base64))
        let result = compressed.withUnsafeBytes { buffer in
            (Compression.detect(buffer), Inflate.inflate(buffer, as: Compression.detect(buffer)))
        }
        #expect(result.0 == compression)
        #expect(result.1.error == nil)
        #expect(result.1.output.count == length)
        #expect(String(decoding: result.1.output, as: UTF8.self).hasPrefix(prefix))
        let payload = try result.1.output.withUnsafeBytes { buffer in
            var scanner = JSONScanner(buffer)
            return try scanner.readValue()
        }
        #expect(payload["logGroup"] == .string("testLogGroup"))
        #expect(
            payload["logEvents"]?.arrayValue?.map { $0["timestamp"] } == [.number(1_440_442_987_000), .number(1_440_442_987_001)])
        #expect(payload["policyLevel"] == (compression == .zlib ? .string("ACCOUNT_LEVEL_POLICY") : nil))
    }
}
