import Foundation

/// The reader entry points fuzzed (issue 15). Each turns the fuzz input into the bytes of one input file:
/// most inputs reach their reader through content sniffing, the wrapped ones are put in their container.
enum FuzzTarget: String, CaseIterable {
    case text, json, subscription, compressed, xray, insights, python, importtime, config, baseline

    /// The bytes of the file to read for `input`; nil for the targets that are not log inputs.
    func file(_ input: [UInt8]) -> [UInt8]? {
        switch self {
        case .text, .json, .insights: return input
        case .subscription:
            // A subscription envelope around the input, as CloudWatch delivers it (base64 of the payload).
            return Array(#"{"awslogs":{"data":""#.utf8) + Array(Data(input).base64EncodedString().utf8) + Array(#""}}"#.utf8)
        case .compressed:
            // Inputs without a gzip or zlib header get one (by their first bit), forcing the inflating path.
            if input.starts(with: [0x1F, 0x8B]) || input.starts(with: [0x78]) { return input }
            let gzip = input.first.map { $0 & 1 == 0 } ?? true
            return (gzip ? [0x1F, 0x8B, 8, 0, 0, 0, 0, 0, 0, 0xFF] : [0x78, 0x9C]) + input.dropFirst()
        case .xray:
            // batch-get-traces: the input is one segment Document (a JSON string), beside the raw input.
            let document = String(decoding: input, as: UTF8.self)
            let quoted = try? JSONSerialization.data(withJSONObject: [document], options: [.fragmentsAllowed])
            let inner = quoted.map { Array($0.dropFirst().dropLast()) } ?? Array("\"\"".utf8)
            return Array(#"{"Traces":[{"Id":"1-5f1d2c3b-0123456789abcdef01234567","Segments":[{"Id":"a","Document":"#.utf8)
                + inner + Array("}]}]}\n".utf8) + input
        case .python: return Array("[{'".utf8) + input
        case .importtime: return Array("import time: self [us] | cumulative | imported package\n".utf8) + input
        case .config, .baseline: return nil
        }
    }
}
