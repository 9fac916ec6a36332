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

    /// Why RDF/XML cannot carry the statement (see ``RDFXMLConstraints``), or `nil`.
    static func rdfxmlProblem(_ statement: UnsafeMutablePointer<raptor_statement>) -> String? {
        if let predicate = statement.pointee.predicate, predicate.pointee.type == RAPTOR_TERM_TYPE_URI {
            var length = 0
            let bytes = raptor_uri_as_counted_string(predicate.pointee.value.uri, &length)
            if !RDFXMLConstraints.hasLocalName(UnsafeBufferPointer(start: bytes, count: length)) {
                return "RDF/XML cannot write this predicate: it does not end in an XML name, so it cannot be split into namespace and local name"
            }
        }
        for term in [statement.pointee.subject, statement.pointee.object] {
            guard let term else { continue }
            var bytes: UnsafeBufferPointer<UInt8>
            switch term.pointee.type {
            case RAPTOR_TERM_TYPE_URI:
                var length = 0
                bytes = UnsafeBufferPointer(start: raptor_uri_as_counted_string(term.pointee.value.uri, &length), count: length)
            case RAPTOR_TERM_TYPE_LITERAL:
                bytes = UnsafeBufferPointer(start: term.pointee.value.literal.string, count: Int(term.pointee.value.literal.string_len))
            default:
                continue
            }
            if let bad = RDFXMLConstraints.illegalCharacter(bytes) {
                return "RDF/XML (XML 1.0) cannot hold the character U+\(String(bad, radix: 16, uppercase: true))"
            }
        }
        return nil
    }
}
