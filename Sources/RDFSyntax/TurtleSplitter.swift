/// Cuts a Turtle byte stream into independent documents at statement boundaries, so that
/// raptor's Turtle parser — which buffers its whole input and parses only at the end — can read
/// a big input piece by piece: memory stays bounded and statements arrive while the input is
/// still being read (or, for a written file, while it is still being written).
///
/// Each piece is the text between two cuts, preceded by a *header*: every `@prefix`, `@base`,
/// `PREFIX` and `BASE` directive of the earlier pieces, in their order, so prefixed names and
/// relative IRIs mean in a piece what they mean in the whole document. Blank-node labels keep
/// their meaning across pieces when the pieces are parsed in one raptor world (raptor keeps
/// document labels as they are and numbers anonymous nodes per world).
///
/// The scanner knows Turtle's tokens that can hide a `.`: IRIs, the four kinds of string
/// (escapes and long strings included), comments, escaped characters in prefixed names, and
/// the nesting of `[ ]` and `( )`. A cut is made only after a `.` that can be nothing but the
/// end of a statement — at nesting depth 0, outside every string, IRI and comment, preceded by
/// white space or the end of an IRI, string, `]` or `)`, and followed by white space — so every
/// cut falls between two statements. When the input holds anything the scanner does not
/// expect (braces, an unknown keyword, an unbalanced `]`), it stops cutting and the rest of
/// the input is one piece, as if it had not been split at all.
struct TurtleSplitter {
    /// One independent Turtle document: the header (directives seen before it) and the body.
    struct Piece {
        var header: UnsafeRawBufferPointer
        var body: UnsafeRawBufferPointer
        /// Line breaks in the header (to map a parser's line numbers back to the input).
        var headerLines: Int
        /// The 1-based input line of the body's first byte.
        var firstLine: Int
        /// The 0-based input offset of the body's first byte.
        var firstByte: Int

        /// The input line of a line number in the piece (header included), when it is in the body.
        func inputLine(_ line: Int) -> Int? {
            line > headerLines ? firstLine + line - headerLines - 1 : nil
        }

        /// The input byte offset of a byte offset in the piece (header included), when it is in the body.
        func inputByte(_ offset: Int) -> Int? {
            offset >= header.count ? firstByte + offset - header.count : nil
        }
    }

    private enum State {
        case top, comment, iri, escaped, dot
        case quote1, quote2, short, shortEscape, long, longEscape
    }

    private enum Statement {
        case none, triples, atDirective, word, sparqlDirective
    }

    /// Pieces are cut once this many bytes are pending (a piece can be one input chunk longer).
    let pieceSize: Int
    private var pending: [UInt8] = []
    /// The input offset of `pending[0]`.
    private var base = 0
    /// The input line of `pending[0]`.
    private var baseLine = 1
    private var scanned = 0
    private var lines = 0
    private var header: [UInt8] = []
    private var headerLines = 0
    /// Directives found in the pending bytes, with their end offsets, not yet in the header.
    private var directives: [(end: Int, text: [UInt8])] = []

    private var state = State.top
    private var quote: UInt8 = 0
    private var quoteRun = 0
    private var depth = 0
    private var afterTokenEnd = true
    private var dotAt = 0
    private var dotAfterTokenEnd = false
    private var statement = Statement.none
    private var statementStart = 0
    private var wordLength = 0
    private var stopped = false
    /// Offset and line count of the last possible cut.
    private var cut: Int?
    private var cutLines = 0

    init(pieceSize: Int = 1 << 20) {
        self.pieceSize = max(1, pieceSize)
    }

    /// Whether the splitter has stopped cutting (the rest of the input will be one piece).
    var hasStopped: Bool { stopped }

    /// Adds input bytes; calls `emit` with each piece that is complete and big enough.
    mutating func append(_ bytes: UnsafeRawBufferPointer, _ emit: (Piece) throws -> Void) rethrows {
        pending.append(contentsOf: bytes)
        scan()
        if let cut, cut - base >= pieceSize {
            try emitPiece(upTo: cut, lines: cutLines, emit)
        }
    }

    /// Ends the input: emits what is left as the last piece (possibly empty).
    mutating func finish(_ emit: (Piece) throws -> Void) rethrows {
        try emitPiece(upTo: base + pending.count, lines: lines, emit)
    }

    private mutating func emitPiece(upTo end: Int, lines bodyLines: Int, _ emit: (Piece) throws -> Void) rethrows {
        let length = end - base
        try header.withUnsafeBytes { header in
            try pending.withUnsafeBytes { all in
                try emit(Piece(
                    header: header, body: UnsafeRawBufferPointer(rebasing: all[0..<length]), headerLines: headerLines,
                    firstLine: baseLine, firstByte: base))
            }
        }
        // The directives of this piece now precede every later one.
        while let first = directives.first, first.end <= end {
            header.append(contentsOf: first.text)
            header.append(0x0A)
            headerLines += first.text.reduce(1) { $0 + ($1 == 0x0A ? 1 : 0) }
            directives.removeFirst()
        }
        pending.removeFirst(length)
        scanned -= length
        base = end
        baseLine += bodyLines
        lines -= bodyLines
        cut = nil
        cutLines = 0
    }

    /// Bytes that, outside strings, IRIs and comments and past a statement's first word, only
    /// move the position: everything but white space and `# < " ' [ ] ( ) { } \ .`.
    private static let plain: [Bool] = (0..<256).map { byte in
        !isSpace(UInt8(byte)) && !"#<\"'[]{}()\\.".utf8.contains(UInt8(byte))
    }

    @inline(__always) private static func isSpace(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x0A || byte == 0x0D || byte == 0x09
    }

    @inline(__always) private static func isLetter(_ byte: UInt8) -> Bool {
        (byte | 0x20) >= 0x61 && (byte | 0x20) <= 0x7A
    }

    /// Characters that can continue a prefixed name or a number after a `.`.
    @inline(__always) private static func isNameCharacter(_ byte: UInt8) -> Bool {
        isLetter(byte) || (byte >= 0x30 && byte <= 0x39) || byte == 0x5F || byte == 0x2D || byte == 0x3A
            || byte == 0x25 || byte == 0x5C || byte == 0x2E || byte >= 0x80
    }

    private mutating func scan() {
        let count = pending.count
        var index = scanned
        pending.withUnsafeBufferPointer { bytes in
            while index < count {
                // Fast paths: runs of bytes that change nothing but the position.
                switch state {
                case .top where statement != .none && statement != .word:
                    if Self.plain[Int(bytes[index])] {
                        repeat { index += 1 } while index < count && Self.plain[Int(bytes[index])]
                        afterTokenEnd = false
                        continue
                    }
                case .short:
                    while index < count, bytes[index] != quote, bytes[index] != 0x5C, bytes[index] != 0x0A { index += 1 }
                case .long:
                    if bytes[index] != quote {
                        quoteRun = 0
                        while index < count, bytes[index] != quote, bytes[index] != 0x5C, bytes[index] != 0x0A { index += 1 }
                    }
                case .iri:
                    while index < count, bytes[index] != 0x3E, bytes[index] != 0x0A { index += 1 }
                case .comment:
                    while index < count, bytes[index] != 0x0A, bytes[index] != 0x0D { index += 1 }
                default:
                    break
                }
                guard index < count else { break }
                let byte = bytes[index]
                let offset = base + index
                if byte == 0x0A { lines += 1 }
                index += 1
                switch state {
                case .top:
                    top(byte, at: offset, bytes)
                case .comment:
                    if byte == 0x0A || byte == 0x0D { state = .top }
                case .iri:
                    if byte == 0x3E {
                        state = .top
                        afterTokenEnd = true
                        if statement == .sparqlDirective { endStatement(at: offset + 1, bytes) }
                    }
                case .escaped:
                    state = .top
                case .dot:
                    // A `.` ends a statement unless it is inside a prefixed name or a number.
                    let ends = (dotAfterTokenEnd && !(byte >= 0x30 && byte <= 0x39)) || !Self.isNameCharacter(byte)
                    state = .top
                    if ends && depth == 0 {
                        endStatement(at: dotAt + 1, bytes)
                        if dotAfterTokenEnd && Self.isSpace(byte) && !stopped {
                            cut = dotAt + 1
                            cutLines = lines - (byte == 0x0A ? 1 : 0)
                        }
                    }
                    afterTokenEnd = false
                    top(byte, at: offset, bytes)
                case .quote1:
                    if byte == quote {
                        state = .quote2
                    } else {
                        state = byte == 0x5C ? .shortEscape : .short
                    }
                case .quote2:
                    if byte == quote {
                        state = .long
                        quoteRun = 0
                    } else {
                        // An empty string; this byte is outside it.
                        state = .top
                        afterTokenEnd = true
                        top(byte, at: offset, bytes)
                    }
                case .short:
                    if byte == 0x5C {
                        state = .shortEscape
                    } else if byte == quote {
                        state = .top
                        afterTokenEnd = true
                    }
                case .shortEscape:
                    state = .short
                case .long:
                    if byte == 0x5C {
                        state = .longEscape
                        quoteRun = 0
                    } else if byte == quote {
                        quoteRun += 1
                        if quoteRun == 3 {
                            state = .top
                            afterTokenEnd = true
                        }
                    } else {
                        quoteRun = 0
                    }
                case .longEscape:
                    state = .long
                }
            }
        }
        scanned = count
    }

    /// One byte outside strings, IRIs and comments.
    @inline(__always) private mutating func top(_ byte: UInt8, at offset: Int, _ bytes: UnsafeBufferPointer<UInt8>) {
        if Self.isSpace(byte) {
            if statement == .word { keyword(endingAt: offset, bytes) }
            afterTokenEnd = true
            return
        }
        if statement == .none && byte != 0x23 {
            statementStart = offset
            if byte == 0x40 {
                statement = .atDirective
            } else if Self.isLetter(byte) {
                statement = .word
                wordLength = 0
            } else {
                statement = .triples
            }
        }
        if statement == .word {
            if Self.isLetter(byte) {
                wordLength += 1
            } else if byte == 0x3C || byte == 0x23 {
                keyword(endingAt: offset, bytes)
            } else {
                statement = .triples
            }
        }
        switch byte {
        case 0x23:  // #
            state = .comment
        case 0x3C:  // <
            state = .iri
        case 0x22, 0x27:  // " '
            state = .quote1
            quote = byte
        case 0x5B, 0x28:  // [ (
            depth += 1
        case 0x5D, 0x29:  // ] )
            depth -= 1
            if depth < 0 { stopped = true }
        case 0x7B, 0x7D:  // { }: not Turtle
            stopped = true
        case 0x5C:  // \ in a prefixed name
            state = .escaped
        case 0x2E:  // .
            state = .dot
            dotAt = offset
            dotAfterTokenEnd = afterTokenEnd
        default:
            break
        }
        afterTokenEnd = byte == 0x5D || byte == 0x29
    }

    /// A statement began with a word followed by white space, `<` or `#`: SPARQL's `PREFIX` or `BASE`, or something else.
    private mutating func keyword(endingAt offset: Int, _ bytes: UnsafeBufferPointer<UInt8>) {
        let start = statementStart - base
        let word = bytes[start..<(start + wordLength)].map { $0 | 0x20 }
        if word.elementsEqual("prefix".utf8) || word.elementsEqual("base".utf8) {
            statement = .sparqlDirective
        } else {
            statement = .triples
            stopped = true
        }
    }

    private mutating func endStatement(at end: Int, _ bytes: UnsafeBufferPointer<UInt8>) {
        if (statement == .atDirective || statement == .sparqlDirective) && !stopped {
            directives.append((end, Array(bytes[(statementStart - base)..<(end - base)])))
        }
        statement = .none
    }
}
