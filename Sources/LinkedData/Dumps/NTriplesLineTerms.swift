/// The terms of one N-Triples line as the export composes it (`s p o`, single spaces, no final
/// ` .`), found by position without decoding: the IRIs' bytes between `<` and `>`, and a
/// literal's datatype IRI when it has one.
struct NTriplesLineTerms {
    /// The subject's IRI bytes (nil for a blank node).
    var subject: Range<Int>?
    /// The predicate's IRI bytes.
    var predicate: Range<Int>?
    /// The object's IRI bytes (nil unless the object is an IRI).
    var object: Range<Int>?
    /// Whether the object is a literal, and its explicit datatype IRI bytes (`^^<…>`), its language.
    var isLiteral = false
    var datatype: Range<Int>?
    var hasLanguage = false

    init(_ line: UnsafeBufferPointer<UInt8>) {
        var i = 0
        let n = line.count
        func term(_ at: inout Int) -> Range<Int>? {
            guard at < n else { return nil }
            if line[at] == UInt8(ascii: "<") {
                var j = at + 1
                while j < n && line[j] != UInt8(ascii: ">") { j += 1 }
                let range = (at + 1)..<j
                at = j + 1
                return range
            }
            while at < n && line[at] != UInt8(ascii: " ") { at += 1 }
            return nil
        }
        subject = term(&i)
        i += 1
        predicate = term(&i)
        i += 1
        guard i < n else { return }
        if line[i] == UInt8(ascii: "\"") {
            isLiteral = true
            var j = i + 1
            while j < n && line[j] != UInt8(ascii: "\"") { j += line[j] == UInt8(ascii: "\\") ? 2 : 1 }
            j += 1
            if j < n && line[j] == UInt8(ascii: "@") {
                hasLanguage = true
            } else if j + 2 < n && line[j] == UInt8(ascii: "^") {
                var k = j + 2
                datatype = term(&k)
            }
        } else {
            object = term(&i)
        }
    }
}
