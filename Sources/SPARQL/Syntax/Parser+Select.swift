import RDFModel

/// SELECT clauses, solution modifiers and VALUES (§19.8 rules 9, 18–27, 61–65), and their
/// translation (§18.2.4).
extension Parser {
    struct SelectClause {
        var distinct = false
        var reduced = false
        /// `nil` for `SELECT *`; else each projected variable and, for `(expr AS ?v)`, its expression.
        var items: [(name: String, expression: Expression?, token: Token)]?
    }

    struct SolutionModifiers {
        /// `nil` without GROUP BY.
        var groupKeys: [GroupKey]?
        var having: [Expression] = []
        var order: [OrderCondition] = []
        var limit: Int?
        var offset = 0
    }

    /// SELECT ... up to the WHERE clause. Opens the aggregate scope that ``finishSelect(_:pattern:)`` closes.
    mutating func selectClause() throws -> SelectClause {
        try expect(keyword: "SELECT")
        var clause = SelectClause()
        if accept(keyword: "DISTINCT") {
            clause.distinct = true
        } else if accept(keyword: "REDUCED") {
            clause.reduced = true
        }
        aggregateScopes.append([])
        if accept("*") { return clause }
        var items: [(name: String, expression: Expression?, token: Token)] = []
        while true {
            let token = current
            if case .variable(let name) = current.kind {
                advance()
                items.append((name, nil, token))
            } else if isPunctuation("(") {
                advance()
                let saved = aggregatesAllowed
                aggregatesAllowed = true
                let expression = try self.expression()
                aggregatesAllowed = saved
                try expect(keyword: "AS")
                guard case .variable(let name) = current.kind else { throw unexpected("a variable after AS") }
                let nameToken = current
                advance()
                try expect(")")
                items.append((name, expression, nameToken))
            } else {
                break
            }
        }
        if items.isEmpty { throw unexpected("'*' or variables to select") }
        clause.items = items
        return clause
    }

    /// The solution modifiers and the projection of a SELECT: its algebra and projected variables.
    mutating func finishSelect(_ clause: SelectClause, pattern: Algebra) throws -> (Algebra, [String]) {
        let modifiers = try solutionModifier()
        let aggregates = aggregateScopes.removeLast()
        let grouped = modifiers.groupKeys != nil || !aggregates.isEmpty
        var algebra = groupAndFilter(pattern, modifiers: modifiers, aggregates: aggregates)
        var projected: [String] = []
        if let items = clause.items {
            var bound = grouped
                ? Set((modifiers.groupKeys ?? []).compactMap(\.name)).union(aggregates.map(\.name))
                : pattern.inScopeVariables
            var named = Set<String>()
            for item in items {
                if !named.insert(item.name).inserted, item.expression != nil || projected.contains(item.name) {
                    if item.expression != nil { throw error("?\(item.name) is selected twice", at: item.token) }
                    continue
                }
                if let expression = item.expression {
                    if bound.contains(item.name) || pattern.inScopeVariables.contains(item.name) {
                        throw error("?\(item.name) is already bound in the pattern; (… AS ?\(item.name)) cannot rebind it", at: item.token)
                    }
                    if grouped {
                        for variable in expression.variables where !variable.hasPrefix("_:") && !bound.contains(variable) {
                            throw error("?\(variable) is neither grouped nor aggregated", at: item.token)
                        }
                    }
                    algebra = .extend(algebra, item.name, expression)
                    bound.insert(item.name)
                } else if grouped && !bound.contains(item.name) {
                    throw error("?\(item.name) is selected but neither grouped nor aggregated", at: item.token)
                }
                projected.append(item.name)
            }
        } else {
            if grouped { throw error("SELECT * cannot be used with GROUP BY or aggregates") }
            projected = visibleVariables(pattern)
        }
        algebra = applyOrder(algebra, modifiers)
        algebra = .project(algebra, projected)
        if clause.distinct { algebra = .distinct(algebra) }
        if clause.reduced { algebra = .reduced(algebra) }
        if modifiers.offset > 0 || modifiers.limit != nil {
            algebra = .slice(algebra, offset: modifiers.offset, limit: modifiers.limit)
        }
        return (algebra, projected)
    }

    /// Grouping and HAVING over the pattern (§18.2.4.1).
    func groupAndFilter(_ pattern: Algebra, modifiers: SolutionModifiers, aggregates: [NamedAggregate]) -> Algebra {
        var algebra = pattern
        if modifiers.groupKeys != nil || !aggregates.isEmpty {
            algebra = .group(algebra, keys: modifiers.groupKeys ?? [], aggregates: aggregates)
        }
        if !modifiers.having.isEmpty { algebra = .filter(modifiers.having, algebra) }
        return algebra
    }

    func applyOrder(_ algebra: Algebra, _ modifiers: SolutionModifiers) -> Algebra {
        modifiers.order.isEmpty ? algebra : .orderBy(algebra, modifiers.order)
    }

    func applyOrderAndSlice(_ algebra: Algebra, _ modifiers: SolutionModifiers) -> Algebra {
        var result = applyOrder(algebra, modifiers)
        if modifiers.offset > 0 || modifiers.limit != nil {
            result = .slice(result, offset: modifiers.offset, limit: modifiers.limit)
        }
        return result
    }

    mutating func solutionModifier() throws -> SolutionModifiers {
        var modifiers = SolutionModifiers()
        let saved = aggregatesAllowed
        defer { aggregatesAllowed = saved }
        if accept(keyword: "GROUP") {
            try expect(keyword: "BY")
            aggregatesAllowed = false
            var keys: [GroupKey] = []
            while true {
                if case .variable(let name) = current.kind {
                    advance()
                    keys.append(GroupKey(expression: .variable(name), name: name))
                } else if isPunctuation("(") {
                    advance()
                    let expression = try self.expression()
                    var name: String?
                    if accept(keyword: "AS") {
                        guard case .variable(let variable) = current.kind else { throw unexpected("a variable after AS") }
                        name = variable
                        advance()
                    }
                    try expect(")")
                    keys.append(GroupKey(expression: expression, name: name))
                } else if let call = try builtInOrFunctionCall() {
                    keys.append(GroupKey(expression: call, name: nil))
                } else {
                    break
                }
            }
            if keys.isEmpty { throw unexpected("a group condition after GROUP BY") }
            modifiers.groupKeys = keys
        }
        aggregatesAllowed = true
        if accept(keyword: "HAVING") {
            while let constraint = try constraint() { modifiers.having.append(constraint) }
            if modifiers.having.isEmpty { throw unexpected("a condition after HAVING") }
        }
        if accept(keyword: "ORDER") {
            try expect(keyword: "BY")
            while true {
                if isKeyword("ASC") || isKeyword("DESC") {
                    let ascending = isKeyword("ASC")
                    advance()
                    guard isPunctuation("(") else { throw unexpected("'(' after ASC or DESC") }
                    modifiers.order.append(OrderCondition(expression: try brackettedExpression(), ascending: ascending))
                } else if case .variable(let name) = current.kind {
                    advance()
                    modifiers.order.append(OrderCondition(expression: .variable(name), ascending: true))
                } else if let constraint = try constraint() {
                    modifiers.order.append(OrderCondition(expression: constraint, ascending: true))
                } else {
                    break
                }
            }
            if modifiers.order.isEmpty { throw unexpected("an order condition after ORDER BY") }
        }
        aggregatesAllowed = saved
        for _ in 0..<2 {
            if accept(keyword: "LIMIT") {
                guard modifiers.limit == nil else { throw error("LIMIT is given twice") }
                modifiers.limit = try integerArgument("LIMIT")
            } else if accept(keyword: "OFFSET") {
                modifiers.offset = try integerArgument("OFFSET")
            }
        }
        return modifiers
    }

    private mutating func integerArgument(_ clause: String) throws -> Int {
        guard case .integer(let text) = current.kind, let value = Int(text) else {
            throw unexpected("a non-negative integer after \(clause)")
        }
        advance()
        return value
    }

    /// Constraint: a bracketted expression, a builtin call or a function call; `nil` when none starts here.
    mutating func constraint() throws -> Expression? {
        if isPunctuation("(") { return try brackettedExpression() }
        return try builtInOrFunctionCall()
    }

    /// VALUES after the query or inside a group (DataBlock).
    mutating func valuesClause() throws -> Algebra? {
        guard accept(keyword: "VALUES") else { return nil }
        var variables: [String] = []
        var rows: [[Term?]] = []
        if case .variable(let name) = current.kind {
            advance()
            variables = [name]
            try expect("{")
            while !isPunctuation("}") {
                rows.append([try dataBlockValue()])
            }
            advance()
        } else {
            try expect("(")
            while case .variable(let name) = current.kind {
                variables.append(name)
                advance()
            }
            try expect(")")
            try expect("{")
            while !isPunctuation("}") {
                let open = current
                try expect("(")
                var row: [Term?] = []
                while !isPunctuation(")") { row.append(try dataBlockValue()) }
                advance()
                guard row.count == variables.count else {
                    throw error("this VALUES row has \(row.count) values for \(variables.count) variables", at: open)
                }
                rows.append(row)
            }
            advance()
        }
        return .table(variables: variables, rows: rows)
    }

    /// DataBlockValue: an IRI, a literal or UNDEF (`nil`).
    private mutating func dataBlockValue() throws -> Term? {
        if accept(keyword: "UNDEF") { return nil }
        switch current.kind {
        case .iriRef, .prefixedName: return .iri(try iri())
        case .string, .integer, .decimal, .double: return try literal()
        case .punctuation("+"), .punctuation("-"): return try literal()
        case .word(let word) where word.lowercased() == "true" || word.lowercased() == "false": return try literal()
        default: throw unexpected("an IRI, a literal or UNDEF")
        }
    }
}
