import RDFModel

extension PropertyPath {
    /// Reads the path whose node is `node` in the shapes graph (https://www.w3.org/TR/shacl/#property-paths).
    ///
    /// - Parameters:
    ///   - node: the value of `sh:path`.
    ///   - graph: the shapes graph.
    ///   - shape: the property shape, named in errors.
    /// - Returns: the path and the triples of the shapes graph that spell it, so a report can
    ///   repeat the path exactly as written.
    /// - Throws: ``ShapesError`` when the node is not a well-formed path: a literal, a list of fewer
    ///   than two members, a blank node with no or several path predicates, or a cycle.
    static func parse(_ node: Term, in graph: Graph, shape: Term) throws -> (path: PropertyPath, triples: [Triple]) {
        var triples: [Triple] = []
        var visiting: Set<Term> = []

        func fail(_ message: String, _ triple: Triple?) -> ShapesError {
            ShapesError(
                .illFormed, shape: shape, triple: triple ?? Triple(shape, SH.path, node),
                message: "the value of sh:path is not a well-formed property path: \(message)",
                specReference: "https://www.w3.org/TR/shacl/#property-paths")
        }

        func read(_ node: Term) throws -> PropertyPath {
            switch node {
            case .literal:
                throw fail("\(node) is a literal; a path is an IRI or a blank node", nil)
            case .iri(let iri) where graph.match(subject: graph.id(of: node) ?? .max).isEmpty || iri == RDF.nil:
                return .predicate(iri)
            default:
                break
            }
            guard !visiting.contains(node) else { throw fail("the path refers to itself through \(node)", nil) }
            visiting.insert(node)
            defer { visiting.remove(node) }

            if !graph.objects(of: node, RDF.first).isEmpty {
                let members = try ShapeReader.members(of: node, in: graph) { problem, cell, predicate, object in
                    fail(problem, predicate.map { Triple(cell, $0, object ?? .iri(RDF.nil)) })
                }
                guard members.count >= 2 else {
                    throw fail("a sequence path needs at least two members, \(node) has \(members.count)", nil)
                }
                appendListTriples(from: node)
                return .sequence(try members.map(read))
            }
            if case .iri(let iri) = node {
                // An IRI with triples of its own that are not path triples is still a predicate path.
                if pathTriplesOf(node).isEmpty { return .predicate(iri) }
            }
            let forms = pathTriplesOf(node)
            guard forms.count == 1, let form = forms.first else {
                if forms.isEmpty { throw fail("\(node) has none of sh:inversePath, sh:alternativePath, sh:zeroOrMorePath, sh:oneOrMorePath, sh:zeroOrOnePath", nil) }
                throw fail("\(node) has \(forms.count) path predicates; a path node has exactly one", forms[1])
            }
            triples.append(form)
            switch form.predicate {
            case SH.inversePath:
                return .inverse(try read(form.object))
            case SH.zeroOrMorePath:
                return .zeroOrMore(try read(form.object))
            case SH.oneOrMorePath:
                return .oneOrMore(try read(form.object))
            case SH.zeroOrOnePath:
                return .zeroOrOne(try read(form.object))
            default:  // sh:alternativePath
                let members = try ShapeReader.members(of: form.object, in: graph) { problem, cell, predicate, object in
                    fail(problem, predicate.map { Triple(cell, $0, object ?? .iri(RDF.nil)) } ?? form)
                }
                guard members.count >= 2 else {
                    throw fail("an alternative path needs a list of at least two members, found \(members.count)", form)
                }
                appendListTriples(from: form.object)
                return .alternative(try members.map(read))
            }
        }

        func pathTriplesOf(_ node: Term) -> [Triple] {
            [SH.inversePath, SH.alternativePath, SH.zeroOrMorePath, SH.oneOrMorePath, SH.zeroOrOnePath].flatMap { predicate in
                graph.objects(of: node, predicate).map { Triple(node, predicate, $0) }
            }
        }

        func appendListTriples(from head: Term) {
            var cell = head
            var seen: Set<Term> = []
            while cell != .iri(RDF.nil), !seen.contains(cell) {
                seen.insert(cell)
                guard let first = graph.firstObject(of: cell, RDF.first), let rest = graph.firstObject(of: cell, RDF.rest) else { return }
                triples.append(Triple(cell, RDF.first, first))
                triples.append(Triple(cell, RDF.rest, rest))
                cell = rest
            }
        }

        let path = try read(node)
        return (path, triples)
    }
}
