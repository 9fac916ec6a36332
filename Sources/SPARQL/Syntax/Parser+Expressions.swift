import RDFModel

/// Expressions, builtin calls and aggregates (§19.8 rules 110–128).
extension Parser {
    mutating func expression() throws -> Expression {
        try enter()
        defer { depth -= 1 }
        var left = try conditionalAnd()
        while accept("||") { left = .or(left, try conditionalAnd()) }
        return left
    }

    private mutating func conditionalAnd() throws -> Expression {
        var left = try relational()
        while accept("&&") { left = .and(left, try relational()) }
        return left
    }

    private mutating func relational() throws -> Expression {
        let left = try additive()
        let operators: [String: BinaryOperator] = [
            "=": .equal, "!=": .notEqual, "<": .less, ">": .greater, "<=": .lessOrEqual, ">=": .greaterOrEqual,
        ]
        if case .punctuation(let symbol) = current.kind, let op = operators[symbol] {
            advance()
            return .binary(op, left, try additive())
        }
        if accept(keyword: "IN") { return .isIn(left, try expressionList(), negated: false) }
        if isKeyword("NOT") && peekToken().keyword == "IN" {
            advance(); advance()
            return .isIn(left, try expressionList(), negated: true)
        }
        return left
    }

    private mutating func expressionList() throws -> [Expression] {
        try expect("(")
        var list: [Expression] = []
        if accept(")") { return list }
        list.append(try expression())
        while accept(",") { list.append(try expression()) }
        try expect(")")
        return list
    }

    private mutating func additive() throws -> Expression {
        var left = try multiplicative()
        while true {
            if accept("+") {
                left = .binary(.add, left, try multiplicative())
            } else if accept("-") {
                left = .binary(.subtract, left, try multiplicative())
            } else {
                return left
            }
        }
    }

    private mutating func multiplicative() throws -> Expression {
        var left = try unary()
        while true {
            if accept("*") {
                left = .binary(.multiply, left, try unary())
            } else if accept("/") {
                left = .binary(.divide, left, try unary())
            } else {
                return left
            }
        }
    }

    private mutating func unary() throws -> Expression {
        try enter()
        defer { depth -= 1 }
        if accept("!") { return .unary(.not, try primary()) }
        if accept("+") { return .unary(.plus, try primary()) }
        if accept("-") {
            // A negative number is a literal as written, not an operation.
            switch current.kind {
            case .integer(let text), .decimal(let text), .double(let text):
                let datatype: IRI
                switch current.kind {
                case .integer: datatype = XSD.integer
                case .decimal: datatype = XSD.decimal
                default: datatype = XSD.double
                }
                advance()
                return .term(.literal(Literal("-" + text, datatype: datatype)))
            default:
                return .unary(.minus, try primary())
            }
        }
        return try primary()
    }

    mutating func brackettedExpression() throws -> Expression {
        try expect("(")
        let inner = try expression()
        try expect(")")
        return inner
    }

    private mutating func primary() throws -> Expression {
        switch current.kind {
        case .punctuation("("):
            return try brackettedExpression()
        case .variable(let name):
            advance()
            return .variable(name)
        case .iriRef, .prefixedName:
            let iri = try self.iri()
            if isPunctuation("(") { return try functionArguments(iri.string) }
            return .term(.iri(iri))
        case .string, .integer, .decimal, .double:
            return .term(try literal())
        case .word(let word) where word.lowercased() == "true" || word.lowercased() == "false":
            return .term(try literal())
        default:
            if let call = try builtInOrFunctionCall() { return call }
            throw unexpected("an expression")
        }
    }

    /// A function IRI's argument list.
    private mutating func functionArguments(_ name: String) throws -> Expression {
        try expect("(")
        var arguments: [Expression] = []
        if accept(")") { return .function(name, arguments) }
        if accept(keyword: "DISTINCT") { throw error("DISTINCT is only allowed in aggregates") }
        arguments.append(try expression())
        while accept(",") { arguments.append(try expression()) }
        try expect(")")
        return .function(name, arguments)
    }

    /// BuiltInCall or FunctionCall; `nil` when the current token starts neither.
    mutating func builtInOrFunctionCall() throws -> Expression? {
        switch current.kind {
        case .iriRef, .prefixedName:
            guard peekToken().isPunctuation("(") else { return nil }
            let iri = try self.iri()
            return try functionArguments(iri.string)
        case .word:
            break
        default:
            return nil
        }
        let token = current
        let name = current.keyword!
        if let function = Aggregate.Function(rawValue: name) { return try aggregate(function) }
        switch name {
        case "BOUND":
            advance()
            try expect("(")
            guard case .variable(let variable) = current.kind else { throw unexpected("a variable in BOUND") }
            advance()
            try expect(")")
            return .bound(variable)
        case "EXISTS":
            advance()
            return .exists(try existsPattern(), negated: false)
        case "NOT":
            advance()
            try expect(keyword: "EXISTS")
            return .exists(try existsPattern(), negated: true)
        default:
            break
        }
        guard FunctionLibrary.isBuiltinName(name) else { return nil }
        advance()
        var arguments: [Expression] = []
        try expect("(")
        if !accept(")") {
            arguments.append(try expression())
            while accept(",") { arguments.append(try expression()) }
            try expect(")")
        }
        switch name {
        case "IF":
            guard arguments.count == 3 else { throw error("IF takes 3 arguments", at: token) }
            return .ifThenElse(arguments[0], arguments[1], arguments[2])
        case "COALESCE":
            return .coalesce(arguments)
        default:
            guard FunctionLibrary.isKnown(name, arity: arguments.count) else {
                throw error("\(name) does not take \(arguments.count) argument(s)", at: token)
            }
            return .function(name, arguments)
        }
    }

    private mutating func existsPattern() throws -> Algebra {
        let saved = aggregatesAllowed
        aggregatesAllowed = false
        defer { aggregatesAllowed = saved }
        return try groupGraphPattern()
    }

    /// An aggregate, registered with the enclosing SELECT and replaced by its variable.
    private mutating func aggregate(_ function: Aggregate.Function) throws -> Expression {
        let token = current
        guard aggregatesAllowed, !aggregateScopes.isEmpty else {
            throw error("\(function.rawValue) is an aggregate, allowed only in SELECT, HAVING and ORDER BY", at: token)
        }
        advance()
        try expect("(")
        let distinct = accept(keyword: "DISTINCT")
        var aggregate = Aggregate(function: function, distinct: distinct, argument: nil)
        aggregatesAllowed = false
        defer { aggregatesAllowed = true }
        if function == .count && accept("*") {
            aggregate.argument = nil
        } else {
            aggregate.argument = try expression()
        }
        if function == .groupConcat && accept(";") {
            try expect(keyword: "SEPARATOR")
            try expect("=")
            guard case .string(let separator) = current.kind else { throw unexpected("a string after SEPARATOR =") }
            advance()
            aggregate.separator = separator
        }
        try expect(")")
        let name = "_:agg\(aggregateScopes.count)_\(aggregateScopes[aggregateScopes.count - 1].count)"
        if let existing = aggregateScopes[aggregateScopes.count - 1].first(where: { $0.aggregate == aggregate }) {
            return .variable(existing.name)
        }
        aggregateScopes[aggregateScopes.count - 1].append(NamedAggregate(name: name, aggregate: aggregate))
        return .variable(name)
    }
}
