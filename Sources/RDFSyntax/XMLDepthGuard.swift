/// Tracks the element nesting depth of an XML byte stream, chunk by chunk, so RDF/XML nested
/// deeper than ``limit`` is refused before raptor reads it: raptor's RDF/XML reader takes time
/// quadratic in the depth (10,000 levels: about 25 s), and libxml2's own depth limit is not in force.
///
/// A small state machine that knows tags, quoted attribute values, comments, CDATA sections,
/// processing instructions and the DOCTYPE's internal subset; it errs only towards counting
/// deeper, never shallower.
struct XMLDepthGuard {
    /// The deepest element nesting accepted.
    static let limit = 1000

    private enum State {
        case text, lessThan, bang, bangDash, comment, commentDash, commentDashDash
        case cdata, cdataBracket, cdataBracketBracket, declaration, instruction, instructionQuestion
        case openTag, openTagSlash, closeTag
    }

    private var state = State.text
    private var quote: UInt8 = 0
    private var brackets = 0
    private(set) var depth = 0
    private var offset = 0

    /// Scans a chunk. - Returns: the byte offset where the nesting passed ``limit``, or `nil`.
    mutating func scan(_ buffer: UnsafeRawBufferPointer) -> Int? {
        for (index, byte) in buffer.enumerated() {
            switch state {
            case .text:
                if byte == 0x3C { state = .lessThan }
            case .lessThan:
                switch byte {
                case 0x2F: state = .closeTag
                case 0x21: state = .bang
                case 0x3F: state = .instruction
                default:
                    depth += 1
                    if depth > Self.limit { return offset + index }
                    state = .openTag
                    quote = 0
                }
            case .bang:
                if byte == 0x2D {
                    state = .bangDash
                } else if byte == 0x5B {
                    state = .cdata
                } else {
                    state = .declaration
                    quote = 0
                    brackets = 0
                }
            case .bangDash:
                state = byte == 0x2D ? .comment : .declaration
            case .comment:
                if byte == 0x2D { state = .commentDash }
            case .commentDash:
                state = byte == 0x2D ? .commentDashDash : .comment
            case .commentDashDash:
                state = byte == 0x3E ? .text : (byte == 0x2D ? .commentDashDash : .comment)
            case .cdata:
                if byte == 0x5D { state = .cdataBracket }
            case .cdataBracket:
                state = byte == 0x5D ? .cdataBracketBracket : .cdata
            case .cdataBracketBracket:
                state = byte == 0x3E ? .text : (byte == 0x5D ? .cdataBracketBracket : .cdata)
            case .declaration:
                if quote != 0 {
                    if byte == quote { quote = 0 }
                } else if byte == 0x22 || byte == 0x27 {
                    quote = byte
                } else if byte == 0x5B {
                    brackets += 1
                } else if byte == 0x5D {
                    brackets -= 1
                } else if byte == 0x3E && brackets <= 0 {
                    state = .text
                }
            case .instruction:
                if byte == 0x3F { state = .instructionQuestion }
            case .instructionQuestion:
                state = byte == 0x3E ? .text : (byte == 0x3F ? .instructionQuestion : .instruction)
            case .openTag:
                if quote != 0 {
                    if byte == quote { quote = 0 }
                } else if byte == 0x22 || byte == 0x27 {
                    quote = byte
                } else if byte == 0x2F {
                    state = .openTagSlash
                } else if byte == 0x3E {
                    state = .text
                }
            case .openTagSlash:
                if byte == 0x3E {
                    depth -= 1
                    state = .text
                } else if byte != 0x2F {
                    state = .openTag
                }
            case .closeTag:
                if byte == 0x3E {
                    depth -= 1
                    state = .text
                }
            }
        }
        offset += buffer.count
        return nil
    }
}
