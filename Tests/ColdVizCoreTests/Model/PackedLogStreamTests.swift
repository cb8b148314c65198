import Testing

@testable import ColdVizCore

/// ``PackedLogStream`` packs Lambda's stream names and keeps any other text: every name reads back as
/// given, and two names are equal exactly when their texts are.
@Suite("Packed log stream names read back exactly")
struct PackedLogStreamTests {
    static let names = [
        "2024/03/04/[$LATEST]0741e20d49dcf89f9474514cb42256ba",
        "2024/03/04/[7]0741e20d49dcf89f9474514cb42256ba",
        "0001/01/09/[123456789]00000000000000000000000000000000",
        "2024/03/04/[0]ffffffffffffffffffffffffffffffff",
        // Text: a leading zero, an upper-case digit, too short, a version too long, no brackets, a date
        // that is not digits, empty, not ASCII.
        "2024/03/04/[07]0741e20d49dcf89f9474514cb42256ba",
        "2024/03/04/[$LATEST]0741E20D49DCF89F9474514CB42256BA",
        "2024/03/04/[$LATEST]0741e20d49dcf89f9474514cb42256b",
        "2024/03/04/[1234567890]0741e20d49dcf89f9474514cb42256ba",
        "2024/03/04/$LATEST0741e20d49dcf89f9474514cb42256ba00",
        "2024/0a/04/[$LATEST]0741e20d49dcf89f9474514cb42256ba",
        "",
        "2024/03/04/[$LATEST]ü741e20d49dcf89f9474514cb42256b",
        "my-task/2024-03-04/stream",
    ]

    @Test(arguments: names)
    func readsBack(_ name: String) {
        #expect(PackedLogStream(name).text == name)
    }

    @Test func equalExactlyWhenTheTextsAre() {
        for a in Self.names {
            for b in Self.names { #expect((PackedLogStream(a) == PackedLogStream(b)) == (a == b), "\(a) vs \(b)") }
        }
    }

    @Test func contextsShareNamesAndKeepTheirStreams() {
        var walker = EnvironmentWalker()
        let first = walker.names(logGroup: "/aws/lambda/f", runtimeVersion: "python:3.12.v23", functionNameFromData: "f")
        let second = walker.names(logGroup: "/aws/lambda/f", runtimeVersion: "python:3.12.v23", functionNameFromData: "f")
        let other = walker.names(logGroup: "/aws/lambda/f", runtimeVersion: "python:3.12.v24", functionNameFromData: "f")
        #expect(first === second && first !== other)
        let context = InvocationContext(names: first, logStream: Self.names[0])
        #expect(context.logStream == Self.names[0] && context.runtimeVersion == "python:3.12.v23")
        #expect(
            context.holds(
                logGroup: "/aws/lambda/f", logStream: Self.names[0], runtimeVersion: "python:3.12.v23",
                functionNameFromData: "f"))
        #expect(
            !context.holds(
                logGroup: "/aws/lambda/f", logStream: Self.names[1], runtimeVersion: "python:3.12.v23",
                functionNameFromData: "f"))
    }
}
