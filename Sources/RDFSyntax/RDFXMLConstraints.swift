import RDFModel

/// What RDF/XML cannot carry (https://www.w3.org/TR/rdf-syntax-grammar/#section-Serialising):
/// a predicate must split into a namespace and an XML local name (so IRIs ending in `/`, `:`
/// or `%25` cannot be predicates), and text may not hold characters XML 1.0 forbids (most C0
/// controls, U+FFFE, U+FFFF). Checked before writing, so the refusal names the statement and
/// nothing half-written reaches the output.
enum RDFXMLConstraints {
    /// Why the triple cannot be written as RDF/XML, or `nil` when it can.
    static func problem(_ triple: Triple) -> String? {
        var predicate = triple.predicate.string
        if !predicate.withUTF8({ hasLocalName($0) }) {
            return "RDF/XML cannot write the predicate \(triple.predicate): it does not end in an XML name, so it cannot be split into namespace and local name"
        }
        for term in [triple.subject, triple.object] {
            var text: String
            switch term {
            case .iri(let iri): text = iri.string
            case .literal(let literal): text = literal.lexicalForm
            case .blankNode: continue
            }
            if let bad = text.withUTF8({ illegalCharacter($0) }) {
                return "RDF/XML (XML 1.0) cannot hold the character U+\(String(bad, radix: 16, uppercase: true)) in \(term)"
            }
        }
        return nil
    }

    /// Whether an IRI ends in a non-empty XML NCName (letters, digits, `_`, `-`, `.`, non-ASCII;
    /// starting with a letter, `_` or non-ASCII).
    static func hasLocalName(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var start = bytes.count
        while start > 0 {
            let b = bytes[start - 1]
            let isNameChar = (b >= 0x30 && b <= 0x39) || (b >= 0x41 && b <= 0x5A) || (b >= 0x61 && b <= 0x7A)
                || b == 0x5F || b == 0x2D || b == 0x2E || b >= 0x80
            guard isNameChar else { break }
            start -= 1
        }
        // The local name begins at the first name-start character of that suffix.
        while start < bytes.count {
            let b = bytes[start]
            if (b >= 0x41 && b <= 0x5A) || (b >= 0x61 && b <= 0x7A) || b == 0x5F || b >= 0xC0 { return true }
            start += 1
        }
        return false
    }

    /// The first character XML 1.0 forbids (C0 controls other than tab, LF, CR; U+FFFE; U+FFFF), if any.
    static func illegalCharacter(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt32? {
        var i = 0
        let n = bytes.count
        while i < n {
            let b = bytes[i]
            if b < 0x20 && b != 0x09 && b != 0x0A && b != 0x0D { return UInt32(b) }
            if b == 0xEF && i + 2 < n && bytes[i + 1] == 0xBF && (bytes[i + 2] == 0xBE || bytes[i + 2] == 0xBF) {
                return bytes[i + 2] == 0xBE ? 0xFFFE : 0xFFFF
            }
            i += 1
        }
        return nil
    }
}
