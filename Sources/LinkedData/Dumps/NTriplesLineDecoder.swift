import RDFModel

/// Reads back one N-Triples line as the export composes it (``NTriplesEncoding``'s form: single
/// spaces, no final ` .`) into a triple, undoing the escapes of literals.
enum NTriplesLineDecoder {
    /// The triple, or `nil` when the line is not in that form.
    static func triple(_ line: UnsafeBufferPointer<UInt8>) -> Triple? {
        var i = 0
        guard let subject = term(line, &i), i < line.count, line[i] == UInt8(ascii: " ") else { return nil }
        i += 1
        guard case .iri(let predicate)? = term(line, &i), i < line.count, line[i] == UInt8(ascii: " ") else { return nil }
        i += 1
        guard let object = term(line, &i), i == line.count, !subject.isLiteral else { return nil }
        return Triple(subject, predicate, object)
    }

    private static func term(_ line: UnsafeBufferPointer<UInt8>, _ i: inout Int) -> Term? {
        let n = line.count
        guard i < n else { return nil }
        switch line[i] {
        case UInt8(ascii: "<"):
            let start = i + 1
            var j = start
            while j < n && line[j] != UInt8(ascii: ">") { j += 1 }
            guard j < n else { return nil }
            i = j + 1
            return .iri(IRI(unchecked: String(decoding: UnsafeBufferPointer(rebasing: line[start..<j]), as: UTF8.self)))
        case UInt8(ascii: "_"):
            guard i + 1 < n, line[i + 1] == UInt8(ascii: ":") else { return nil }
            let start = i + 2
            var j = start
            while j < n && line[j] != UInt8(ascii: " ") { j += 1 }
            i = j
            return .blankNode(BlankNode(String(decoding: UnsafeBufferPointer(rebasing: line[start..<j]), as: UTF8.self)))
        case UInt8(ascii: "\""):
            var j = i + 1
            var lexical: [UInt8] = []
            while j < n && line[j] != UInt8(ascii: "\"") {
                guard line[j] == UInt8(ascii: "\\") else {
                    lexical.append(line[j])
                    j += 1
                    continue
                }
                guard j + 1 < n else { return nil }
                switch line[j + 1] {
                case UInt8(ascii: "n"): lexical.append(0x0A)
                case UInt8(ascii: "r"): lexical.append(0x0D)
                case UInt8(ascii: "t"): lexical.append(0x09)
                case UInt8(ascii: "b"): lexical.append(0x08)
                case UInt8(ascii: "f"): lexical.append(0x0C)
                case UInt8(ascii: "u"), UInt8(ascii: "U"):
                    let digits = line[j + 1] == UInt8(ascii: "u") ? 4 : 8
                    guard j + 2 + digits <= n,
                        let value = UInt32(String(decoding: UnsafeBufferPointer(rebasing: line[(j + 2)..<(j + 2 + digits)]), as: UTF8.self), radix: 16),
                        let scalar = Unicode.Scalar(value)
                    else { return nil }
                    lexical.append(contentsOf: Array(String(Character(scalar)).utf8))
                    j += digits
                default: lexical.append(line[j + 1])
                }
                j += 2
            }
            guard j < n else { return nil }
            j += 1
            let text = String(decoding: lexical, as: UTF8.self)
            if j < n && line[j] == UInt8(ascii: "@") {
                let start = j + 1
                var k = start
                while k < n && line[k] != UInt8(ascii: " ") { k += 1 }
                i = k
                return .literal(Literal(text, language: String(decoding: UnsafeBufferPointer(rebasing: line[start..<k]), as: UTF8.self)))
            }
            if j + 1 < n && line[j] == UInt8(ascii: "^") && line[j + 1] == UInt8(ascii: "^") {
                i = j + 2
                guard case .iri(let datatype)? = term(line, &i) else { return nil }
                return .literal(Literal(text, datatype: datatype))
            }
            i = j
            return .literal(Literal(text))
        default:
            return nil
        }
    }
}
