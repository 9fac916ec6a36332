/// The byte encoding under which a ``Graph``'s dictionary files its terms.
///
/// One byte of kind, then for an IRI or a blank node its characters' UTF-8, and for a literal
/// the length of its lexical form (4 bytes, little-endian), the lexical form, and then its
/// language tag (language-tagged strings) or its datatype IRI (every other literal, `xsd:string`
/// included). Two terms are equal exactly when their keys are, so a parser can look a term up
/// from bytes it already holds without making Swift strings for terms the graph already knows.
package enum TermKey {
    /// The first byte of a key.
    package enum Kind: UInt8 {
        case iri = 0
        case blankNode = 1
        case typedLiteral = 2
        case languageLiteral = 3
    }

    /// The number of bytes a term's key takes.
    static func length(of term: Term) -> Int {
        switch term {
        case .iri(let iri): 1 + iri.string.utf8.count
        case .blankNode(let node): 1 + node.id.utf8.count
        case .literal(let literal):
            5 + literal.lexicalForm.utf8.count + (literal.language?.utf8.count ?? literal.datatype.string.utf8.count)
        }
    }

    /// Calls `body` with the key of a term (in temporary memory).
    static func withKey<R>(of term: Term, _ body: (UnsafeRawBufferPointer) throws -> R) rethrows -> R {
        let length = length(of: term)
        return try withUnsafeTemporaryAllocation(byteCount: length, alignment: 8) { buffer in
            let base = buffer.baseAddress!
            var at = 1
            switch term {
            case .iri(let iri):
                base.storeBytes(of: Kind.iri.rawValue, as: UInt8.self)
                at += copyUTF8(iri.string, to: base + at)
            case .blankNode(let node):
                base.storeBytes(of: Kind.blankNode.rawValue, as: UInt8.self)
                at += copyUTF8(node.id, to: base + at)
            case .literal(let literal):
                let lexical = UInt32(truncatingIfNeeded: literal.lexicalForm.utf8.count)
                base.storeBytes(of: (literal.language == nil ? Kind.typedLiteral : Kind.languageLiteral).rawValue, as: UInt8.self)
                base.storeBytes(of: lexical.littleEndian, toByteOffset: 1, as: UInt32.self)
                at = 5
                at += copyUTF8(literal.lexicalForm, to: base + at)
                at += copyUTF8(literal.language ?? literal.datatype.string, to: base + at)
            }
            return try body(UnsafeRawBufferPointer(start: base, count: at))
        }
    }

    private static func copyUTF8(_ string: String, to destination: UnsafeMutableRawPointer) -> Int {
        var string = string
        return string.withUTF8 { bytes in
            if let source = bytes.baseAddress { destination.copyMemory(from: source, byteCount: bytes.count) }
            return bytes.count
        }
    }

    /// The term a key encodes. - Precondition: the key was made by ``withKey(of:_:)`` or by a
    /// parser following the same layout, with UTF-8 text.
    static func term(_ key: UnsafeRawBufferPointer) -> Term {
        func text(_ range: Range<Int>) -> String {
            String(decoding: UnsafeRawBufferPointer(rebasing: key[range]), as: UTF8.self)
        }
        switch Kind(rawValue: key.first ?? 0) ?? .iri {
        case .iri: return .iri(IRI(unchecked: text(1..<key.count)))
        case .blankNode: return .blankNode(BlankNode(text(1..<key.count)))
        case .typedLiteral, .languageLiteral:
            let lexical = Int(UInt32(littleEndian: key.loadUnaligned(fromByteOffset: 1, as: UInt32.self)))
            let form = text(5..<(5 + lexical))
            let rest = text((5 + lexical)..<key.count)
            if key[0] == Kind.languageLiteral.rawValue { return .literal(Literal(form, language: rest)) }
            return .literal(Literal(form, datatype: IRI(unchecked: rest)))
        }
    }

    /// A 64-bit hash of a key (folded multiplications over 8-byte words, as wyhash does).
    @inline(__always) package static func hash(_ key: UnsafeRawBufferPointer) -> UInt64 {
        let count = key.count
        var h: UInt64 = 0x243F_6A88_85A3_08D3 ^ UInt64(truncatingIfNeeded: count)
        guard let base = key.baseAddress else { return fold(h, 0x1319_8A2E_0370_7344) }
        var i = 0
        while i + 16 <= count {
            let a = base.loadUnaligned(fromByteOffset: i, as: UInt64.self)
            let b = base.loadUnaligned(fromByteOffset: i + 8, as: UInt64.self)
            h = fold(a ^ 0xA409_3822_299F_31D0, b ^ h)
            i += 16
        }
        if i + 8 <= count {
            h = fold(base.loadUnaligned(fromByteOffset: i, as: UInt64.self) ^ 0x082E_FA98_EC4E_6C89, h ^ 0x4528_21E6_38D0_1377)
            i += 8
        }
        if i < count {
            var tail: UInt64 = 0
            var shift: UInt64 = 0
            while i < count {
                tail |= UInt64(base.load(fromByteOffset: i, as: UInt8.self)) << shift
                shift += 8
                i += 1
            }
            h = fold(tail ^ 0xBE54_66CF_34E9_0C6C, h ^ 0xC0AC_29B7_C97C_50DD)
        }
        return fold(h ^ 0x3F84_D5B5_B547_0917, 0x9216_D5D9_8979_FB1B)
    }

    @inline(__always) static func fold(_ a: UInt64, _ b: UInt64) -> UInt64 {
        let product = a.multipliedFullWidth(by: b)
        return product.high ^ product.low
    }
}
