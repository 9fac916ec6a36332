import RDFModel

extension RDFParser {
    /// Reads bytes in memory (which must be UTF-8) statement by statement, without the copy
    /// through a `String` that ``stream(string:format:baseIRI:_:)`` makes: callers that check
    /// bytes they composed (the export's term verification) need raptor to see exactly those
    /// bytes, invalid UTF-8 included, rather than their repair. raptor's URI interning is off
    /// (meant for many small documents of mostly distinct IRIs, where the shared tree of URIs
    /// only costs).
    ///
    /// - Parameter handler: called with each statement, in document order; throwing stops the parse.
    /// - Returns: the number of statements read.
    /// - Throws: ``RDFSyntaxError`` (its location names the input `<string>`, with the 1-based
    ///   line, or the byte offset for bytes that are not UTF-8) or the handler's error.
    @discardableResult
    public static func stream(
        bytes: [UInt8], format: RDFFormat, baseIRI: String? = nil, _ handler: (Quad) throws -> Void
    ) throws -> Int {
        try withoutActuallyEscaping(handler) { handler in
            let world = try RaptorWorld(uriInterning: false)
            let terms = RaptorTermReader(world: world)
            let reader = try RaptorReader(format: format, world: world) { statement in
                if let quad = try terms.quad(statement) { try handler(quad) }
            }
            return try reader.parse(.bytes(bytes), baseIRI: baseIRI ?? defaultBaseIRI)
        }
    }
}
