import RDFModel

/// A recursive-descent parser for SPARQL 1.1 Query (§19), building the algebra of §18 as it goes.
///
/// One method per grammar rule, named after it; errors are ``SPARQLSyntaxError``s at the token
/// that does not fit.
struct Parser {
    var tokens: [Token]
    var position = 0
    var baseIRI: String?
    var prefixes: [String: String] = [:]
    /// The aggregates of the SELECT being parsed (innermost last), replaced by `_:agg` variables.
    var aggregateScopes: [[NamedAggregate]] = []
    /// Whether an aggregate may appear here (SELECT expressions, HAVING, ORDER BY).
    var aggregatesAllowed = false
    var freshCounter = 0
    /// The basic graph pattern each blank node label was first used in (a label may not be shared
    /// between two of them, §4.1.4).
    var blankNodeBlocks: [String: Int] = [:]
    var currentBlock = 0
    var blockCounter = 0
    /// Inside a CONSTRUCT template or DELETE-free data: labels are scoped to the template.
    var inTemplate = false
    /// How deeply groups and expressions nest here; past ``maximumDepth`` the query is refused
    /// rather than overflowing the stack.
    var depth = 0
    static let maximumDepth = 256

    /// Enters one level of nesting. - Throws: when the query nests too deeply.
    mutating func enter() throws {
        depth += 1
        if depth > Parser.maximumDepth { throw error("the query nests more than \(Parser.maximumDepth) levels deep") }
    }

    init(_ text: String, baseIRI: String?) throws {
        tokens = try Lexer.tokenize(text)
        self.baseIRI = baseIRI
    }

    // MARK: Tokens

    var current: Token { tokens[position] }

    func peekToken(_ offset: Int = 1) -> Token { tokens[min(position + offset, tokens.count - 1)] }

    mutating func advance() { if position < tokens.count - 1 { position += 1 } }

    func error(_ message: String, at token: Token? = nil) -> SPARQLSyntaxError {
        let token = token ?? current
        return SPARQLSyntaxError(line: token.line, column: token.column, message: message)
    }

    func unexpected(_ expected: String) -> SPARQLSyntaxError {
        error("expected \(expected), found \(current.summary)")
    }

    func isKeyword(_ word: String) -> Bool { current.keyword == word }

    func isPunctuation(_ symbol: String) -> Bool { current.isPunctuation(symbol) }

    mutating func accept(keyword: String) -> Bool {
        guard isKeyword(keyword) else { return false }
        advance()
        return true
    }

    mutating func accept(_ symbol: String) -> Bool {
        guard isPunctuation(symbol) else { return false }
        advance()
        return true
    }

    mutating func expect(keyword: String) throws {
        guard accept(keyword: keyword) else { throw unexpected(keyword) }
    }

    mutating func expect(_ symbol: String) throws {
        guard accept(symbol) else { throw unexpected("'\(symbol)'") }
    }

    mutating func freshVariable(_ hint: String) -> String {
        freshCounter += 1
        return "_:\(hint)\(freshCounter)"
    }

    // MARK: Query (§19.8 rules 1–12)

    mutating func parseQuery() throws -> ParsedQuery {
        try prologue()
        var query: ParsedQuery
        switch current.keyword {
        case "SELECT": query = try selectQuery()
        case "CONSTRUCT": query = try constructQuery()
        case "DESCRIBE": query = try describeQuery()
        case "ASK": query = try askQuery()
        default: throw unexpected("SELECT, CONSTRUCT, DESCRIBE or ASK")
        }
        if let values = try valuesClause() { query.algebra = joinValues(query.algebra, values) }
        guard current.kind == .end else { throw unexpected("the end of the query") }
        query.baseIRI = baseIRI
        query.prefixes = prefixes
        return query
    }

    /// A trailing VALUES goes inside the modifiers' projection (§18.2.4.1): below the
    /// projection and slicing, joined with the pattern.
    private func joinValues(_ algebra: Algebra, _ values: Algebra) -> Algebra {
        switch algebra {
        case .project(let inner, let variables): .project(joinValues(inner, values), variables)
        case .distinct(let inner): .distinct(joinValues(inner, values))
        case .reduced(let inner): .reduced(joinValues(inner, values))
        case .slice(let inner, let offset, let limit): .slice(joinValues(inner, values), offset: offset, limit: limit)
        case .orderBy(let inner, let conditions): .orderBy(joinValues(inner, values), conditions)
        default: .join(algebra, values)
        }
    }

    mutating func prologue() throws {
        while true {
            if accept(keyword: "BASE") {
                guard case .iriRef(let reference) = current.kind else { throw unexpected("an IRI after BASE") }
                baseIRI = IRIResolver.resolve(reference, against: baseIRI)
                advance()
            } else if accept(keyword: "PREFIX") {
                guard case .prefixedName(let prefix, let local) = current.kind, local.isEmpty else {
                    throw unexpected("a prefix name such as 'ex:' after PREFIX")
                }
                advance()
                guard case .iriRef(let reference) = current.kind else { throw unexpected("an IRI for prefix '\(prefix):'") }
                prefixes[prefix] = IRIResolver.resolve(reference, against: baseIRI)
                advance()
            } else {
                return
            }
        }
    }

    mutating func datasetClauses() throws -> (defaults: [IRI], named: [IRI]) {
        var defaults: [IRI] = []
        var named: [IRI] = []
        while accept(keyword: "FROM") {
            if accept(keyword: "NAMED") {
                named.append(try iri())
            } else {
                defaults.append(try iri())
            }
        }
        return (defaults, named)
    }

    mutating func selectQuery() throws -> ParsedQuery {
        let clause = try selectClause()
        let dataset = try datasetClauses()
        let pattern = try whereClause()
        let (algebra, variables) = try finishSelect(clause, pattern: pattern)
        return ParsedQuery(
            form: .select(variables: variables), algebra: algebra, defaultGraphs: dataset.defaults,
            namedGraphs: dataset.named)
    }

    mutating func whereClause() throws -> Algebra {
        _ = accept(keyword: "WHERE")
        guard isPunctuation("{") else { throw unexpected("'{' to open the WHERE pattern") }
        return try groupGraphPattern()
    }

    mutating func askQuery() throws -> ParsedQuery {
        try expect(keyword: "ASK")
        let dataset = try datasetClauses()
        let pattern = try whereClause()
        aggregateScopes.append([])
        let modifiers = try solutionModifier()
        let aggregates = aggregateScopes.removeLast()
        var algebra = groupAndFilter(pattern, modifiers: modifiers, aggregates: aggregates)
        algebra = applyOrderAndSlice(algebra, modifiers)
        return ParsedQuery(form: .ask, algebra: algebra, defaultGraphs: dataset.defaults, namedGraphs: dataset.named)
    }

    mutating func constructQuery() throws -> ParsedQuery {
        try expect(keyword: "CONSTRUCT")
        var template: [TriplePattern]
        var pattern: Algebra
        var dataset: (defaults: [IRI], named: [IRI])
        if isPunctuation("{") {
            template = try constructTemplate()
            dataset = try datasetClauses()
            pattern = try whereClause()
        } else {
            dataset = try datasetClauses()
            try expect(keyword: "WHERE")
            try expect("{")
            let saved = inTemplate
            inTemplate = false
            var triples: [TriplePattern] = []
            if !isPunctuation("}") { triples = try triplesTemplate() }
            inTemplate = saved
            try expect("}")
            template = triples
            pattern = .bgp(triples)
        }
        aggregateScopes.append([])
        let modifiers = try solutionModifier()
        let aggregates = aggregateScopes.removeLast()
        var algebra = groupAndFilter(pattern, modifiers: modifiers, aggregates: aggregates)
        algebra = applyOrderAndSlice(algebra, modifiers)
        return ParsedQuery(
            form: .construct(template: template), algebra: algebra, defaultGraphs: dataset.defaults,
            namedGraphs: dataset.named)
    }

    mutating func constructTemplate() throws -> [TriplePattern] {
        try expect("{")
        let saved = inTemplate
        inTemplate = true
        defer { inTemplate = saved }
        var triples: [TriplePattern] = []
        if !isPunctuation("}") { triples = try triplesTemplate() }
        try expect("}")
        return triples
    }

    /// TriplesTemplate: triples without paths, separated by '.'.
    mutating func triplesTemplate() throws -> [TriplePattern] {
        var triples: [TriplePattern] = []
        blockCounter += 1
        currentBlock = blockCounter
        while true {
            var items: [PathItem] = []
            try triplesSameSubject(into: &items, allowPaths: false)
            for item in items {
                guard case .triple(let triple) = item else { throw error("a property path in a template") }
                triples.append(triple)
            }
            guard accept(".") else { break }
            if isPunctuation("}") { break }
        }
        return triples
    }

    mutating func describeQuery() throws -> ParsedQuery {
        try expect(keyword: "DESCRIBE")
        var targets: [PatternTerm] = []
        var star = false
        if accept("*") {
            star = true
        } else {
            while true {
                if case .variable(let name) = current.kind {
                    targets.append(.variable(name))
                    advance()
                } else if case .iriRef = current.kind {
                    targets.append(.term(.iri(try iri())))
                } else if case .prefixedName = current.kind {
                    targets.append(.term(.iri(try iri())))
                } else {
                    break
                }
            }
            if targets.isEmpty { throw unexpected("'*', variables or IRIs after DESCRIBE") }
        }
        let dataset = try datasetClauses()
        var pattern = Algebra.unit
        if isKeyword("WHERE") || isPunctuation("{") { pattern = try whereClause() }
        aggregateScopes.append([])
        let modifiers = try solutionModifier()
        let aggregates = aggregateScopes.removeLast()
        var algebra = groupAndFilter(pattern, modifiers: modifiers, aggregates: aggregates)
        algebra = applyOrderAndSlice(algebra, modifiers)
        if star { targets = visibleVariables(pattern).map(PatternTerm.variable) }
        return ParsedQuery(form: .describe(targets), algebra: algebra, defaultGraphs: dataset.defaults, namedGraphs: dataset.named)
    }

    /// The variables a `*` projects: the in-scope variables, in order of appearance, without the
    /// query's blank nodes and hidden variables.
    func visibleVariables(_ algebra: Algebra) -> [String] {
        var seen = Set<String>()
        var ordered: [String] = []
        func add(_ name: String?) {
            guard let name, !name.hasPrefix("_:"), seen.insert(name).inserted else { return }
            ordered.append(name)
        }
        func visit(_ a: Algebra) {
            switch a {
            case .bgp(let patterns): for p in patterns { p.variables.forEach(add) }
            case .path(let s, _, let o): add(s.variableName); add(o.variableName)
            case .join(let x, let y), .leftJoin(let x, let y, _), .union(let x, let y): visit(x); visit(y)
            case .minus(let x, _), .filter(_, let x), .orderBy(let x, _), .distinct(let x), .reduced(let x),
                .slice(let x, _, _):
                visit(x)
            case .graph(let name, let x): add(name.variableName); visit(x)
            case .extend(let x, let name, _): visit(x); add(name)
            case .table(let variables, _): variables.forEach(add)
            case .group(_, let keys, _): keys.forEach { add($0.name) }
            case .project(_, let variables): variables.forEach(add)
            case .service(let name, let x, _): add(name.variableName); visit(x)
            }
        }
        visit(algebra)
        return ordered
    }
}

/// What a triples block holds before translation: plain triple patterns and path patterns.
enum PathItem {
    case triple(TriplePattern)
    case path(PatternTerm, PropertyPath, PatternTerm)
}
