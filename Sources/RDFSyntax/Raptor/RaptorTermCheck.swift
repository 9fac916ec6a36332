internal import CRaptor2

/// Checks that the text raptor made for a statement is UTF-8: raptor decodes `\u` escapes
/// without checking them, so `"\uD800"` (a surrogate) would otherwise reach the output.
enum RaptorTermCheck {
    static func validate(_ statement: UnsafeMutablePointer<raptor_statement>) throws {
        try validate(statement.pointee.subject)
        try validate(statement.pointee.predicate)
        try validate(statement.pointee.object)
        try validate(statement.pointee.graph)
    }

    @inline(__always) static func validate(_ term: UnsafeMutablePointer<raptor_term>?) throws {
        guard let term else { return }
        switch term.pointee.type {
        case RAPTOR_TERM_TYPE_URI:
            var length = 0
            let bytes = raptor_uri_as_counted_string(term.pointee.value.uri, &length)
            try validate(bytes, length)
        case RAPTOR_TERM_TYPE_LITERAL:
            let literal = term.pointee.value.literal
            try validate(literal.string, Int(literal.string_len))
        default:
            let blank = term.pointee.value.blank
            try validate(blank.string, Int(blank.string_len))
        }
    }

    @inline(__always) static func validate(_ bytes: UnsafeMutablePointer<UInt8>?, _ length: Int) throws {
        guard let bytes, length > 0 else { return }
        var validator = UTF8Validator()
        if validator.validate(UnsafeRawBufferPointer(start: bytes, count: length)) != nil || validator.finish() != nil {
            throw RaptorTermReader.invalidEscape(bytes, length)
        }
    }
}
