import RDFModel

extension RDFParser {
    /// Reads bytes in memory (which must be UTF-8) statement by statement, without the copy
    /// through a `String` that ``stream(string:format:baseIRI:_:)`` makes: callers that check
    /// bytes they composed (the export's term verification) need raptor to see exactly those
    /// bytes, invalid UTF-8 included, rather than their repair.
    ///
    /// - Parameter handler: called with each statement, in document order; throwing stops the parse.
    /// - Returns: the number of statements read.
    /// - Throws: ``RDFSyntaxError`` (its location names the input `<string>`, with the 1-based
    ///   line) or the handler's error.
    @discardableResult
    public static func stream(
        bytes: [UInt8], format: RDFFormat, baseIRI: String? = nil, _ handler: (Quad) throws -> Void
    ) throws -> Int {
        try streamQuads(.bytes(bytes), format: format, baseIRI: baseIRI ?? defaultBaseIRI, handler)
    }
}
