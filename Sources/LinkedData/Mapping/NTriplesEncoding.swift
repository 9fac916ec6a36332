import RDFModel

/// Appends terms and triples in N-Triples form to a byte buffer, byte for byte what
/// `Term.description` and `Triple.description` give, without building a `String` per term.
///
/// Only ASCII bytes are ever escaped (`"`, `\`, controls and DEL), so escaping byte by byte is the
/// same as escaping scalar by scalar: a multi-byte UTF-8 sequence never holds a byte below 0x80.
enum NTriplesEncoding {
    /// Appends `<iri>`.
    @inline(__always) static func append(_ iri: IRI, to out: inout [UInt8]) {
        out.append(UInt8(ascii: "<"))
        out.append(contentsOf: iri.string.utf8)
        out.append(UInt8(ascii: ">"))
    }

    /// Appends a term in N-Triples form.
    static func append(_ term: Term, to out: inout [UInt8]) {
        switch term {
        case .iri(let iri): append(iri, to: &out)
        case .literal(let literal): append(literal, to: &out)
        case .blankNode(let node): out.append(contentsOf: node.description.utf8)
        }
    }

    /// Appends a literal: `"escaped"`, then `@lang` or `^^<datatype>` unless it is an `xsd:string`.
    static func append(_ literal: Literal, to out: inout [UInt8]) {
        out.append(UInt8(ascii: "\""))
        appendEscaped(literal.lexicalForm, to: &out)
        out.append(UInt8(ascii: "\""))
        if let language = literal.language {
            out.append(UInt8(ascii: "@"))
            out.append(contentsOf: language.utf8)
        } else if literal.datatype != XSD.string {
            out.append(UInt8(ascii: "^"))
            out.append(UInt8(ascii: "^"))
            append(literal.datatype, to: &out)
        }
    }

    /// Appends the triple without the final ` .`: `<s> <p> o`.
    static func append(_ triple: Triple, to out: inout [UInt8]) {
        append(triple.subject, to: &out)
        out.append(UInt8(ascii: " "))
        append(triple.predicate, to: &out)
        out.append(UInt8(ascii: " "))
        append(triple.object, to: &out)
    }

    /// The escapes of `Literal.escape`, on UTF-8 bytes.
    static func appendEscaped(_ text: String, to out: inout [UInt8]) {
        var text = text
        text.withUTF8 { bytes in
            var clean = 0  // start of the run not yet copied
            for i in 0..<bytes.count {
                let b = bytes[i]
                guard b < 0x20 || b == 0x22 || b == 0x5C || b == 0x7F else { continue }
                if clean < i { out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[clean..<i])) }
                clean = i + 1
                out.append(UInt8(ascii: "\\"))
                switch b {
                case 0x22: out.append(0x22)
                case 0x5C: out.append(0x5C)
                case 0x0A: out.append(UInt8(ascii: "n"))
                case 0x0D: out.append(UInt8(ascii: "r"))
                case 0x09: out.append(UInt8(ascii: "t"))
                case 0x08: out.append(UInt8(ascii: "b"))
                case 0x0C: out.append(UInt8(ascii: "f"))
                default:
                    let hex: [UInt8] = Array("0123456789ABCDEF".utf8)
                    out.append(UInt8(ascii: "u"))
                    out.append(UInt8(ascii: "0"))
                    out.append(UInt8(ascii: "0"))
                    out.append(hex[Int(b >> 4)])
                    out.append(hex[Int(b & 0xF)])
                }
            }
            if clean < bytes.count { out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[clean...])) }
        }
    }
}
