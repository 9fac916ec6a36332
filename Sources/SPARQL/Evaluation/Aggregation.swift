import Foundation
import RDFModel

/// GROUP BY and the aggregates (§18.5.1, Group and Aggregation): a group per distinct key,
/// one group for the whole sequence when there are no keys, none when there are no rows.
extension Evaluator {
    func group(_ rows: [Solution], keys: [GroupKey], aggregates: [NamedAggregate], graph: Graph) throws -> [Solution] {
        var groups: [[Term?]: [Solution]] = [:]
        var order: [[Term?]] = []
        for row in rows {
            let key = try keys.map { try valueIfAny($0.expression, row, graph: graph) }
            if groups[key] == nil { order.append(key) }
            groups[key, default: []].append(row)
        }
        if rows.isEmpty && keys.isEmpty {
            order = [[]]
            groups[[]] = []
        }
        var out: [Solution] = []
        for key in order {
            let members = groups[key]!
            var result: Solution = [:]
            for (index, groupKey) in keys.enumerated() {
                if let name = groupKey.name, let term = key[index] { result[name] = term }
            }
            for named in aggregates {
                if let term = try aggregateIfAny(named.aggregate, members, graph: graph) { result[named.name] = term }
            }
            out.append(result)
        }
        return out
    }

    /// The aggregate's value, or `nil` when it has none.
    private func aggregateIfAny(_ aggregate: Aggregate, _ rows: [Solution], graph: Graph) throws -> Term? {
        do {
            return try self.aggregate(aggregate, rows, graph: graph)
        } catch is ExpressionError {
            return nil
        }
    }

    private func aggregate(_ aggregate: Aggregate, _ rows: [Solution], graph: Graph) throws -> Term {
        guard let argument = aggregate.argument else {
            let count = aggregate.distinct ? Set(rows).count : rows.count
            return .literal(Literal(String(count), datatype: XSD.integer))
        }
        var values: [Term] = []
        var sawError = false
        for row in rows {
            if let term = try valueIfAny(argument, row, graph: graph) { values.append(term) } else { sawError = true }
        }
        if aggregate.distinct {
            var seen = Set<Term>()
            values = values.filter { seen.insert($0).inserted }
        }
        switch aggregate.function {
        case .count:
            return .literal(Literal(String(values.count), datatype: XSD.integer))
        case .sum, .avg:
            if sawError { throw ExpressionError("an error in the aggregated values") }
            var total = NumericValue.integer(0)
            for term in values {
                guard let number = NumericValue(term) else { throw ExpressionError("SUM of a non-number") }
                total = try NumericValue.arithmetic(.add, total, number)
            }
            if aggregate.function == .sum { return total.term }
            if values.isEmpty { return NumericValue.integer(0).term }
            return try NumericValue.arithmetic(.divide, total, .integer(Decimal(values.count))).term
        case .min, .max:
            guard var best = values.first else { throw ExpressionError("MIN/MAX of nothing") }
            for term in values.dropFirst() {
                let order = FunctionLibrary.orderCompare(term, best)
                if aggregate.function == .min ? order < 0 : order > 0 { best = term }
            }
            return best
        case .sample:
            guard let first = values.first else { throw ExpressionError("SAMPLE of nothing") }
            return first
        case .groupConcat:
            if sawError { throw ExpressionError("an error in the aggregated values") }
            var parts: [String] = []
            for term in values {
                switch term {
                case .literal(let literal):
                    parts.append(literal.lexicalForm)
                case .iri(let iri):
                    parts.append(iri.string)
                case .blankNode:
                    throw ExpressionError("GROUP_CONCAT of a blank node")
                }
            }
            // A simple literal, whatever the tags of the parts (the W3C tests agg-groupconcat-04/06).
            return .string(parts.joined(separator: aggregate.separator))
        }
    }
}
