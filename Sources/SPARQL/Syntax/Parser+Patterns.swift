import RDFModel

/// Group graph patterns, triples and property paths (§19.8 rules 53–104).
extension Parser {
    /// GroupGraphPattern: `{ SubSelect }` or `{ GroupGraphPatternSub }`, translated (§18.2.2).
    mutating func groupGraphPattern() throws -> Algebra {
        try enter()
        defer { depth -= 1 }
        try expect("{")
        if isKeyword("SELECT") {
            let algebra = try subSelect()
            try expect("}")
            return algebra
        }
        var elements: [GroupElement] = []
        let savedBlock = currentBlock
        defer { currentBlock = savedBlock }
        newBlock()
        while !isPunctuation("}") {
            if startsTriples {
                var items: [PathItem] = []
                try triplesSameSubject(into: &items, allowPaths: true)
                elements.append(.triples(items))
                if accept(".") { continue }
                if isPunctuation("}") { break }
                guard startsGraphPatternNotTriples else { throw unexpected("'.', '}' or a graph pattern") }
                continue
            }
            let token = current
            switch current.keyword {
            case "OPTIONAL":
                advance()
                elements.append(.optional(try groupGraphPattern()))
                newBlock()
            case "MINUS":
                advance()
                elements.append(.minus(try groupGraphPattern()))
                newBlock()
            case "GRAPH":
                advance()
                let name = try varOrIri()
                elements.append(.pattern(.graph(name, try groupGraphPattern())))
                newBlock()
            case "SERVICE":
                advance()
                let silent = accept(keyword: "SILENT")
                let name = try varOrIri()
                elements.append(.pattern(.service(name, try groupGraphPattern(), silent: silent)))
                newBlock()
            case "FILTER":
                advance()
                guard let constraint = try constraint() else { throw unexpected("a condition after FILTER") }
                elements.append(.filter(constraint))
            case "BIND":
                advance()
                try expect("(")
                let expression = try self.expression()
                try expect(keyword: "AS")
                guard case .variable(let name) = current.kind else { throw unexpected("a variable after AS") }
                let nameToken = current
                advance()
                try expect(")")
                elements.append(.bind(name, expression, nameToken))
                newBlock()
            case "VALUES":
                elements.append(.pattern(try valuesClause()!))
                newBlock()
            default:
                if isPunctuation("{") {
                    var algebra = try groupGraphPattern()
                    while accept(keyword: "UNION") { algebra = .union(algebra, try groupGraphPattern()) }
                    elements.append(.pattern(algebra))
                    newBlock()
                } else {
                    throw error("expected a triple pattern or a graph pattern, found \(token.summary)", at: token)
                }
            }
            _ = accept(".")
        }
        try expect("}")
        return try GroupTranslation.translate(elements)
    }

    mutating func newBlock() {
        blockCounter += 1
        currentBlock = blockCounter
    }

    /// SubSelect: SELECT ... WHERE ... modifiers VALUES?, inside a group.
    private mutating func subSelect() throws -> Algebra {
        let clause = try selectClause()
        let pattern = try whereClause()
        var (algebra, _) = try finishSelect(clause, pattern: pattern)
        if let values = try valuesClause() { algebra = .join(algebra, values) }
        return algebra
    }

    var startsTriples: Bool {
        switch current.kind {
        case .variable, .iriRef, .prefixedName, .blankNodeLabel, .string, .integer, .decimal, .double: return true
        case .punctuation(let p): return p == "(" || p == "[" || p == "+" || p == "-"
        case .word(let w): return w.lowercased() == "true" || w.lowercased() == "false"
        default: return false
        }
    }

    var startsGraphPatternNotTriples: Bool {
        if isPunctuation("{") { return true }
        return ["OPTIONAL", "MINUS", "GRAPH", "SERVICE", "FILTER", "BIND", "VALUES"].contains(current.keyword ?? "")
    }

    // MARK: Triples

    /// TriplesSameSubject(Path): a subject and its property list.
    mutating func triplesSameSubject(into items: inout [PathItem], allowPaths: Bool) throws {
        if isPunctuation("[") && !peekToken().isPunctuation("]") {
            let subject = try blankNodePropertyList(into: &items, allowPaths: allowPaths)
            if startsVerb { try propertyList(subject, into: &items, allowPaths: allowPaths) }
        } else if isPunctuation("(") && !peekToken().isPunctuation(")") {
            let subject = try collection(into: &items, allowPaths: allowPaths)
            if startsVerb { try propertyList(subject, into: &items, allowPaths: allowPaths) }
        } else {
            let subject = try varOrTerm()
            if case .term(.literal) = subject, !allowPaths {
                throw error("a literal cannot be a subject")
            }
            guard startsVerb else { throw unexpected("a predicate") }
            try propertyList(subject, into: &items, allowPaths: allowPaths)
        }
    }

    var startsVerb: Bool {
        switch current.kind {
        case .variable, .iriRef, .prefixedName: return true
        case .word(let w): return w == "a"
        case .punctuation(let p): return p == "^" || p == "(" || p == "!"
        default: return false
        }
    }

    /// PropertyListPathNotEmpty: verbs and object lists separated by ';'.
    mutating func propertyList(_ subject: PatternTerm, into items: inout [PathItem], allowPaths: Bool) throws {
        while true {
            let verbToken = current
            var predicate: PatternTerm?
            var path: PropertyPath?
            if case .variable(let name) = current.kind {
                advance()
                predicate = .variable(name)
            } else if allowPaths {
                let parsed = try self.path()
                if case .link(let iri) = parsed { predicate = .term(.iri(iri)) } else { path = parsed }
            } else {
                if case .word("a") = current.kind {
                    advance()
                    predicate = .term(.iri(RDF.type))
                } else {
                    predicate = .term(.iri(try iri()))
                }
            }
            _ = verbToken
            while true {
                let object = try graphNode(into: &items, allowPaths: allowPaths)
                if let predicate {
                    items.append(.triple(TriplePattern(subject: subject, predicate: predicate, object: object)))
                } else if let path {
                    addPath(subject, path, object, into: &items)
                }
                if !accept(",") { break }
            }
            guard accept(";") else { return }
            while accept(";") {}
            if !startsVerb { return }
        }
    }

    /// A path pattern as triples where the spec's translation allows (§18.2.2.4): IRIs, inverses
    /// of IRIs and sequences become triple patterns joined on fresh variables.
    mutating func addPath(_ subject: PatternTerm, _ path: PropertyPath, _ object: PatternTerm, into items: inout [PathItem]) {
        switch path {
        case .link(let iri):
            items.append(.triple(TriplePattern(subject: subject, predicate: .term(.iri(iri)), object: object)))
        case .inverse(let inner):
            addPath(object, inner, subject, into: &items)
        case .sequence(let first, let second):
            let middle = PatternTerm.variable(freshVariable("path"))
            addPath(subject, first, middle, into: &items)
            addPath(middle, second, object, into: &items)
        default:
            items.append(.path(subject, path, object))
        }
    }

    /// GraphNode(Path): a term, a blank node property list or a collection.
    mutating func graphNode(into items: inout [PathItem], allowPaths: Bool) throws -> PatternTerm {
        try enter()
        defer { depth -= 1 }
        if isPunctuation("[") && !peekToken().isPunctuation("]") {
            return try blankNodePropertyList(into: &items, allowPaths: allowPaths)
        }
        if isPunctuation("(") && !peekToken().isPunctuation(")") {
            return try collection(into: &items, allowPaths: allowPaths)
        }
        return try varOrTerm()
    }

    private mutating func blankNodePropertyList(into items: inout [PathItem], allowPaths: Bool) throws -> PatternTerm {
        try expect("[")
        let node = PatternTerm.variable(freshVariable("b"))
        try propertyList(node, into: &items, allowPaths: allowPaths)
        try expect("]")
        return node
    }

    private mutating func collection(into items: inout [PathItem], allowPaths: Bool) throws -> PatternTerm {
        try expect("(")
        var members: [PatternTerm] = []
        while !isPunctuation(")") {
            if current.kind == .end { throw unexpected("')' to close the collection") }
            members.append(try graphNode(into: &items, allowPaths: allowPaths))
        }
        advance()
        let cells = members.map { _ in PatternTerm.variable(freshVariable("list")) }
        for (index, member) in members.enumerated() {
            items.append(.triple(TriplePattern(subject: cells[index], predicate: .term(.iri(RDF.first)), object: member)))
            let rest = index + 1 < cells.count ? cells[index + 1] : .term(.iri(RDF.nil))
            items.append(.triple(TriplePattern(subject: cells[index], predicate: .term(.iri(RDF.rest)), object: rest)))
        }
        return cells[0]
    }

    /// VarOrTerm: a variable, an IRI, a blank node, a literal, `()` or `[]`.
    mutating func varOrTerm() throws -> PatternTerm {
        switch current.kind {
        case .variable(let name):
            advance()
            return .variable(name)
        case .iriRef, .prefixedName:
            return .term(.iri(try iri()))
        case .blankNodeLabel(let label):
            if !inTemplate {
                if let block = blankNodeBlocks[label], block != currentBlock {
                    throw error("blank node _:\(label) is used in two basic graph patterns")
                }
                blankNodeBlocks[label] = currentBlock
            }
            advance()
            return .variable("_:" + label)
        case .punctuation("["):
            advance()
            try expect("]")
            return .variable(freshVariable("b"))
        case .punctuation("("):
            advance()
            try expect(")")
            return .term(.iri(RDF.nil))
        case .string, .integer, .decimal, .double, .punctuation("+"), .punctuation("-"):
            return .term(try literal())
        case .word(let word) where word.lowercased() == "true" || word.lowercased() == "false":
            return .term(try literal())
        default:
            throw unexpected("a variable or an RDF term")
        }
    }

    mutating func varOrIri() throws -> PatternTerm {
        if case .variable(let name) = current.kind {
            advance()
            return .variable(name)
        }
        return .term(.iri(try iri()))
    }

    // MARK: Property paths (§9)

    mutating func path() throws -> PropertyPath {
        try enter()
        defer { depth -= 1 }
        var path = try pathSequence()
        while accept("|") { path = .alternative(path, try pathSequence()) }
        return path
    }

    private mutating func pathSequence() throws -> PropertyPath {
        var path = try pathEltOrInverse()
        while accept("/") { path = .sequence(path, try pathEltOrInverse()) }
        return path
    }

    private mutating func pathEltOrInverse() throws -> PropertyPath {
        if accept("^") { return .inverse(try pathElt()) }
        return try pathElt()
    }

    private mutating func pathElt() throws -> PropertyPath {
        let primary = try pathPrimary()
        if accept("?") { return .zeroOrOne(primary) }
        if accept("*") { return .zeroOrMore(primary) }
        if accept("+") { return .oneOrMore(primary) }
        return primary
    }

    private mutating func pathPrimary() throws -> PropertyPath {
        if case .word("a") = current.kind {
            advance()
            return .link(RDF.type)
        }
        if accept("!") {
            var forward: [IRI] = []
            var inverse: [IRI] = []
            func one(_ parser: inout Parser) throws {
                let isInverse = parser.accept("^")
                let iri: IRI
                if case .word("a") = parser.current.kind {
                    parser.advance()
                    iri = RDF.type
                } else {
                    iri = try parser.iri()
                }
                if isInverse { inverse.append(iri) } else { forward.append(iri) }
            }
            if accept("(") {
                if !isPunctuation(")") {
                    try one(&self)
                    while accept("|") { try one(&self) }
                }
                try expect(")")
            } else {
                try one(&self)
            }
            return .negatedSet(forward: forward, inverse: inverse)
        }
        if accept("(") {
            let inner = try path()
            try expect(")")
            return inner
        }
        return .link(try iri())
    }
}

/// One element of a group graph pattern, before translation.
enum GroupElement {
    case triples([PathItem])
    case filter(Expression)
    case optional(Algebra)
    case minus(Algebra)
    case bind(String, Expression, Token)
    /// A group, union, GRAPH, SERVICE, VALUES or subquery: joined.
    case pattern(Algebra)
}
