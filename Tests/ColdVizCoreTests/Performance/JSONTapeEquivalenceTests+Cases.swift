import ColdVizTestSupport
import Foundation
import Testing

@testable import ColdVizCore

extension JSONTapeEquivalenceTests {
    @Test("hand-written messages", arguments: Self.handWrittenMessages)
    func handWritten(_ text: String) {
        Self.expectSame(text)
    }

    @Test("nesting up to and beyond the scanner's limit", arguments: [1, 100, 511, 512, 513, 600])
    func deepNesting(_ depth: Int) {
        let objects = String(repeating: #"{"a":"#, count: depth) + "1" + String(repeating: "}", count: depth)
        Self.expectSame(objects)
        Self.expectSame(String(repeating: "[", count: depth) + String(repeating: "]", count: depth))
        let inner = String(repeating: "[{}", count: depth - 1) + "[]" + String(repeating: "]", count: depth - 1)
        Self.expectSame(#"{"level":"I","cold_start":true,"x":"# + inner + "}")
    }

    @Test("invalid UTF-8 in keys and values")
    func invalidUTF8() {
        let cases: [[UInt8]] = [
            Array(#"{"level":"I","cold_start":true,"function_request_id":"a"#.utf8) + [0xFF] + Array(#"b"}"#.utf8),
            Array(#"{"lev"#.utf8) + [0xC3] + Array(#"el":"I","cold_start":true}"#.utf8),
            Array(#"{"level":"I","cold_start":true,"timings":{""#.utf8) + [0xE2, 0x82] + Array(#"":1}}"#.utf8),
        ]
        for bytes in cases {
            bytes.withUnsafeBytes { #expect(Self.expectSame($0)) }
        }
    }

    @Test("a special byte at every offset of the eight-byte string scan", arguments: 0..<20)
    func specialByteOffsets(_ offset: Int) {
        let pad = String(repeating: "a", count: offset)
        for special in [#"\""#, #"\\"#, #"\u00e9"#, "é", "\u{1}", "\t", #"\x"#, "\u{7F}", "\u{1F}", " "] {
            Self.expectSame(#"{"level":"I","cold_start":true,"function_request_id":""# + pad + special + #"bcdefghij"}"#)
            Self.expectSame(#"{"level":"I","cold_start":true,""# + pad + special + #"":1}"#)
        }
        Self.expectSame(#"{"level":"I","function_request_id":""# + pad)
    }

    @Test(
        "the byte path of traceRoot equals split on ';' and hasPrefix(\"Root=\")",
        arguments: [
            "Root=1-2;Parent=3", "Parent=3;Root=x;Sampled=1", "root=x", "", ";;Root=;", "Root=a;Root=b", "x", "Root=",
            "Root=é;P", "Ro\u{301}ot=x", "Root=\r\n;x", "Root=1\u{037E}2;P=3", "\u{037E}Root=1", "Root=1;",
        ])
    func traceRoot(_ header: String) {
        var reference = header
        for part in header.split(separator: ";") where part.hasPrefix("Root=") {
            reference = String(part.dropFirst(5))
            break
        }
        #expect(JSONRecordClassifier.traceRoot(header).description == reference)
        #expect(JSONRecordClassifier.traceRoot(of: JSONValue.string(header))?.description == reference)
    }

    @Test(
        "the byte path of dropping module_load_ equals dropFirst(12)",
        arguments: ["module_load_x", "module_load_", "module_load_\r\n", "module_load_é", "module_load_\u{301}x"])
    func moduleName(_ name: String) {
        #expect(AppLogClassifier.droppingModuleLoadPrefix(name) == String(name.dropFirst(12)))
    }

    static let handWrittenMessages: [String] = [
        // Powertools: casings, escaped keys, nested message.timings, duplicates (first wins).
        #"{"level":"INFO","cold_start":true,"timings":{"a":1,"b":-1,"c":"2","d":null,"e":[3]}}"#,
        #"{"lev\u0065l":"INFO","cold\u005fstart":"true","function_request_id":"r\"1\u00e9"}"#,
        #"{"Level":"INFO","message":{"timings":{"x":1e3,"y":1.5E+3,"z":-0.0,"w":2e-2,"big":1e400}}}"#,
        #"{"level":"INFO","timings":"none","message":{"timings":{"x":1}}}"#,
        #"{"Level":"INFO","ColdStart":false,"FunctionRequestId":"x","XrayTraceId":"Root=1-abc;Parent=2","FunctionMemorySize":"512"}"#,
        #"{"level":"x","coldStart":"False","functionName":"f","function_memory_size":" 1024 "}"#,
        #"{"LEVEL":"x","Cold_Start":1,"cold_start":false}"#,
        #"{"level":"I","cold_start":true,"ColdStart":false,"cold_start":false}"#,
        #"{"level":"I","cold_start":"yes","function_request_id":7}"#,
        #"{"level":"I","cold_start":0.0,"timings":{"\u00e9":1,"caf\u00e9":2,"é":3}}"#,
        #"{"levél":"x","cold_start":true}"#,
        #"{"level":"I","x_ray_trace_id":"Root=1-2\u037E3;P=4","cold_start":true}"#,
        #"{"level":"I","message":"timings","cold_start":true}"#,
        // EMF: ColdStart as 1, [1.0], true, "1", []; module_load_* metrics; escaped names.
        #"{"_aws":{"CloudWatchMetrics":[{"Metrics":[{"Name":"ColdStart"}]}]},"ColdStart":1}"#,
        #"{"_aws":{"CloudWatchMetrics":[{"Metrics":[{"Name":"ColdStart"}]}]},"ColdStart":[1.0]}"#,
        #"{"_aws":{"CloudWatchMetrics":[{"Metrics":[{"Name":"ColdStart"}]}]},"ColdStart":true}"#,
        #"{"_aws":{"CloudWatchMetrics":[{"Metrics":[{"Name":"ColdStart"}]}]},"ColdStart":"1"}"#,
        #"{"_aws":{"CloudWatchMetrics":[{"Metrics":[{"Name":"ColdStart"}]}]},"ColdStart":[]}"#,
        #"{"_aws":{"CloudWatchMetrics":[{"Metrics":[{"Name":"Cold\u0053tart"},{"Name":"module_load_a\u00e9"}]}]},"ColdStart":[0.0],"module_load_aé":[5]}"#,
        #"{"_aws":{"CloudWatchMetrics":[{"Metrics":[{"Name":"module_load_x"},{"Name":7},{"Name":"module_load_y"}]},{"Metrics":[{"Name":"module_load_z"}]}]},"module_load_x":[1.5],"module_load_y":"2","module_load_z":[],"function_request_id":"r","xray_trace_id":"Root=t;P=1"}"#,
        // Metric values found by the metric's name: duplicate keys (first wins), escaped and non-ASCII keys and
        // names, a name escaped where the key is not, a value before its key's twin, a missing value.
        #"{"_aws":{"CloudWatchMetrics":[{"Metrics":[{"Name":"module_load_a"},{"Name":"module_load_\u0062"},{"Name":"module_load_c"},{"Name":"module_load_é"},{"Name":"module_load_gone"}]}]},"module_load_a":[1],"module_load_b":[2],"module_load_a":[3],"module_load_\u0063":[4],"module_load_é":5,"module_load_\u00e9":6}"#,
        #"{"_aws":{"CloudWatchMetrics":[{"Metrics":[{"Name":"module_load_e\u0301"},{"Name":"module_load_\"q"}]}]},"module_load_é":[7],"module_load_e\u0301":[8],"module_load_\"q":[9]}"#,
        #"{"_aws":{"CloudWatchMetrics":{}},"ColdStart":1}"#,
        #"{"_aws":{},"ColdStart":1}"#,
        #"{"_aws":[],"level":"INFO","cold_start":true}"#,
        #"{"_aws":{"CloudWatchMetrics":[{"Namespace":"LambdaInsights","Metrics":[]}]},"cold_start":"1","request_id":"r","total_memory":"128","init_duration":12.5,"function_name":"f"}"#,
        #"{"_aws":{"CloudWatchMetrics":[]},"event_type":"performance","cold_start":0,"trace_id":"Root=a;b","FunctionName":"g"}"#,
        // Datadog.
        #"{"e":1,"m":"x","t":["cold_start:true","function_name:f"]}"#,
        #"{"e":1,"m":"x","t":[1,"cold_start:false","functionname:h","function_name:f"]}"#,
        #"{"m":"aws.lambda.enhanced.cold_start","v":1,"t":["function_name:g"]}"#,
        #"{"m":"ColdStart","v":"0","t":"x"}"#,
        // Lambda JSON format and Telemetry API events.
        #"{"time":"2024-03-04T09:01:24.036Z","type":"platform.report","record":{"requestId":"r","metrics":{"durationMs":1.5,"billedDurationMs":2,"memorySizeMB":128,"maxMemoryUsedMB":"64","initDurationMs":2e2},"status":"timeout","errorType":"E","tracing":{"value":"Root=1-2;Parent=3"}}}"#,
        #"{"time":"2024-03-04T09:01:24.036Z","type":"platform.\u0073tart","record":{"requestId":"r","version":"$LATEST"}}"#,
        #"{"time":"2024-03-04T09:01:24Z","type":"platform.initStart","record":{"requestId":"r"}}"#,
        #"{"time":"bad","type":"platform.initStart","record":{"runtimeVersion":"python:3.12","functionName":"f","initializationType":"on-demand","phase":"init"}}"#,
        #"{"type":"platform.initReport","record":{"metrics":{"durationMs":"12.5"},"phase":"init","status":"error","errorType":"X"}}"#,
        #"{"type":"platform.restoreReport","record":{"metrics":{"durationMs":3}}}"#,
        #"{"type":"platform.restoreStart","record":{}}"#,
        #"{"type":"platform.end","record":{"requestId":5}}"#,
        #"{"type":"platform.fault"}"#,
        #"{"type":"platform.telemetrySubscription"}"#,
        #"{"type":"platform.report","type":"function"}"#,
        #"{"time":"2024-03-04T09:01:24.036Z","type":"functio\u006e","record":{"level":"INFO","cold_start":true}}"#,
        #"{"time":"2024-03-04T09:01:24.036Z","type":"extension","record":"text"}"#,
        #"{"time":1,"type":"function","record":{}}"#,
        // Not objects, empty, whitespace, trailing text.
        #"[1]"#, #""x""#, "1", "true", "null", "{}", " \t\r\n{ \"level\" : \"I\" , \"cold_start\" : true } ",
        "\u{FEFF}{\"level\":\"I\",\"cold_start\":true}", #"{"level":"I","cold_start":true} trailing"#,
        #"{"level":"I","cold_start":true}{"b":2}"#,
        // Invalid JSON.
        #"{"a":1,}"#, #"{"a" 1}"#, #"{"a":01}"#, #"{"a":"\x"}"#, #"{"a":"b"#, #"{"a":[1,2}"#, "{", #"{"a":tru}"#,
        #"{"a":"\u12G4"}"#, "{\"a\":\"b\u{1}\"}", #"{"a":1.}"#, #"{"a":-}"#, #"{"a":1e}"#, #"{a:1}"#, #"{"a":[1,]}"#,
        #"{"a":nul}"#, #"{"a":"\"#, #"{"a":"\u00"}"#, #"{,}"#, #"{"a":1 "b":2}"#, "", " ",
    ]
}
