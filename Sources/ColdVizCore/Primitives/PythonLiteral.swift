/// Parser for Python literal reprs (`print(batch)` of Lambda Logs API batches, docs/FORMATS.md 5.5): single- or
/// double-quoted strings with Python escapes (and `r`, `u`, `b` prefixes), ints, floats (`inf`, `nan`),
/// `True`/`False`/`None`, lists, tuples, dicts and sets. Never evaluates anything.
///
/// Results use `JSONValue`: lists, tuples and sets become arrays; dict keys that are not strings become their
/// Python spelling (`1`, `True`, `None`). Nesting is limited to `JSONScanner.maximumDepth` without recursion.
enum PythonLiteral {
    /// Parses one literal starting at `offset` (leading whitespace skipped) and returns it with the offset just
    /// after it. Errors carry the offset, 1-based line and byte column in `bytes`. O(length of the literal).
    static func parse(
        _ bytes: UnsafeRawBufferPointer, from offset: Int
    ) throws(IngestPrimitiveError) -> (value: JSONValue, end: Int) {
        var parser = PythonLiteralParser(bytes: bytes, offset: min(max(offset, 0), bytes.count))
        let value = try parser.parseValue()
        return (value, parser.offset)
    }
}
