extension JSONValue {
    /// The value at the start of `text`, a JSON document held in a string (an X-Ray segment's `Document`,
    /// CloudTrail's `CloudTrailEvent`); nil when `text` does not start with valid JSON. What follows the
    /// value is not looked at. O(length).
    static func parsing(_ text: String) -> JSONValue? {
        var text = text
        return text.withUTF8 { b -> JSONValue? in
            var scanner = JSONScanner(UnsafeRawBufferPointer(b))
            return try? scanner.readValue()
        }
    }
}
