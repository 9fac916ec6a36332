import RDFModel

/// The one table that maps SHACL Core's parameters to their constraint components
/// (https://www.w3.org/TR/shacl/#core-components), in the spec's order. A shape that has any of a
/// component's parameters gets that component's constraints.
enum ComponentTable {
    typealias Parse = @Sendable (ShapeReader, ShapeIndexer) throws -> [any ConstraintComponent]

    /// Each component with the parameters that trigger it.
    static let entries: [(parameters: [IRI], parse: Parse)] = [
        entry(Class.self, SH.class),
        entry(Datatype.self, SH.datatype),
        entry(NodeKind.self, SH.nodeKind),
        entry(MinCount.self, SH.minCount),
        entry(MaxCount.self, SH.maxCount),
        entry(MinExclusive.self, SH.minExclusive),
        entry(MinInclusive.self, SH.minInclusive),
        entry(MaxExclusive.self, SH.maxExclusive),
        entry(MaxInclusive.self, SH.maxInclusive),
        entry(MinLength.self, SH.minLength),
        entry(MaxLength.self, SH.maxLength),
        entry(Pattern.self, SH.pattern, SH.flags),
        entry(LanguageIn.self, SH.languageIn),
        entry(UniqueLang.self, SH.uniqueLang),
        entry(Equals.self, SH.equals),
        entry(Disjoint.self, SH.disjoint),
        entry(LessThan.self, SH.lessThan),
        entry(LessThanOrEquals.self, SH.lessThanOrEquals),
        entry(Not.self, SH.not),
        entry(And.self, SH.and),
        entry(Or.self, SH.or),
        entry(Xone.self, SH.xone),
        entry(Node.self, SH.node),
        entry(Property.self, SH.property),
        entry(
            QualifiedValueShape.self, SH.qualifiedValueShape, SH.qualifiedMinCount, SH.qualifiedMaxCount,
            SH.qualifiedValueShapesDisjoint),
        entry(Closed.self, SH.closed, SH.ignoredProperties),
        entry(HasValue.self, SH.hasValue),
        entry(In.self, SH.in),
    ]

    /// Every parameter IRI of SHACL Core.
    static let parameters: [IRI] = entries.flatMap(\.parameters)

    /// Parameters that only property shapes may have (https://www.w3.org/TR/shacl/#node-shapes).
    static let propertyShapeOnly: [IRI] = [
        SH.minCount, SH.maxCount, SH.uniqueLang, SH.lessThan, SH.lessThanOrEquals, SH.qualifiedValueShape,
    ]

    private static func entry<C: ConstraintComponent>(_ type: C.Type, _ parameters: IRI...) -> (parameters: [IRI], parse: Parse) {
        (parameters, { reader, shapes in try C.parse(reader, shapes) })
    }
}
