/// The SHACL vocabulary, http://www.w3.org/ns/shacl# (https://www.w3.org/TR/shacl/, whose Turtle
/// form is https://www.w3.org/ns/shacl.ttl). One constant per term, so a typo fails to compile.
public enum SH {
    /// The namespace IRI.
    public static let namespace = "http://www.w3.org/ns/shacl#"
    /// `sh:Shape`: the class of shapes.
    public static let Shape = RDFModel.IRI(unchecked: namespace + "Shape")
    /// `sh:NodeShape`: the class of node shapes.
    public static let NodeShape = RDFModel.IRI(unchecked: namespace + "NodeShape")
    /// `sh:PropertyShape`: the class of property shapes.
    public static let PropertyShape = RDFModel.IRI(unchecked: namespace + "PropertyShape")
    /// `sh:ValidationReport`: the class of validation reports.
    public static let ValidationReport = RDFModel.IRI(unchecked: namespace + "ValidationReport")
    /// `sh:ValidationResult`: the class of validation results.
    public static let ValidationResult = RDFModel.IRI(unchecked: namespace + "ValidationResult")
    /// `sh:AbstractResult`: the superclass of validation results.
    public static let AbstractResult = RDFModel.IRI(unchecked: namespace + "AbstractResult")
    /// `sh:Severity`: the class of severities.
    public static let Severity = RDFModel.IRI(unchecked: namespace + "Severity")
    /// `sh:Info`: the severity of informational results.
    public static let Info = RDFModel.IRI(unchecked: namespace + "Info")
    /// `sh:Warning`: the severity of warnings.
    public static let Warning = RDFModel.IRI(unchecked: namespace + "Warning")
    /// `sh:Violation`: the severity of violations (the default).
    public static let Violation = RDFModel.IRI(unchecked: namespace + "Violation")
    /// `sh:NodeKind`: the class of node kinds.
    public static let NodeKind = RDFModel.IRI(unchecked: namespace + "NodeKind")
    /// `sh:BlankNode`: node kind: blank nodes.
    public static let BlankNode = RDFModel.IRI(unchecked: namespace + "BlankNode")
    /// `sh:IRI`: node kind: IRIs.
    public static let IRI = RDFModel.IRI(unchecked: namespace + "IRI")
    /// `sh:Literal`: node kind: literals.
    public static let Literal = RDFModel.IRI(unchecked: namespace + "Literal")
    /// `sh:BlankNodeOrIRI`: node kind: blank nodes or IRIs.
    public static let BlankNodeOrIRI = RDFModel.IRI(unchecked: namespace + "BlankNodeOrIRI")
    /// `sh:BlankNodeOrLiteral`: node kind: blank nodes or literals.
    public static let BlankNodeOrLiteral = RDFModel.IRI(unchecked: namespace + "BlankNodeOrLiteral")
    /// `sh:IRIOrLiteral`: node kind: IRIs or literals.
    public static let IRIOrLiteral = RDFModel.IRI(unchecked: namespace + "IRIOrLiteral")
    /// `sh:ConstraintComponent`: the class of constraint components.
    public static let ConstraintComponent = RDFModel.IRI(unchecked: namespace + "ConstraintComponent")
    /// `sh:SPARQLConstraint`: the class of SPARQL-based constraints.
    public static let SPARQLConstraint = RDFModel.IRI(unchecked: namespace + "SPARQLConstraint")
    /// `sh:targetNode`: a node that is a focus node of the shape.
    public static let targetNode = RDFModel.IRI(unchecked: namespace + "targetNode")
    /// `sh:targetClass`: every SHACL instance of the class is a focus node.
    public static let targetClass = RDFModel.IRI(unchecked: namespace + "targetClass")
    /// `sh:targetSubjectsOf`: every subject of a triple with this predicate is a focus node.
    public static let targetSubjectsOf = RDFModel.IRI(unchecked: namespace + "targetSubjectsOf")
    /// `sh:targetObjectsOf`: every object of a triple with this predicate is a focus node.
    public static let targetObjectsOf = RDFModel.IRI(unchecked: namespace + "targetObjectsOf")
    /// `sh:target`: a SHACL-AF custom target (not supported).
    public static let target = RDFModel.IRI(unchecked: namespace + "target")
    /// `sh:path`: the property path of a property shape.
    public static let path = RDFModel.IRI(unchecked: namespace + "path")
    /// `sh:deactivated`: a shape with true here is ignored.
    public static let deactivated = RDFModel.IRI(unchecked: namespace + "deactivated")
    /// `sh:severity`: the severity of the shape's results.
    public static let severity = RDFModel.IRI(unchecked: namespace + "severity")
    /// `sh:message`: a message copied into each of the shape's results.
    public static let message = RDFModel.IRI(unchecked: namespace + "message")
    /// `sh:name`: a human-readable name of a property shape.
    public static let name = RDFModel.IRI(unchecked: namespace + "name")
    /// `sh:description`: a description of a property shape.
    public static let description = RDFModel.IRI(unchecked: namespace + "description")
    /// `sh:order`: a display order.
    public static let order = RDFModel.IRI(unchecked: namespace + "order")
    /// `sh:group`: a display group.
    public static let group = RDFModel.IRI(unchecked: namespace + "group")
    /// `sh:defaultValue`: a default value.
    public static let defaultValue = RDFModel.IRI(unchecked: namespace + "defaultValue")
    /// `sh:inversePath`: an inverse path.
    public static let inversePath = RDFModel.IRI(unchecked: namespace + "inversePath")
    /// `sh:alternativePath`: an alternative path (a list).
    public static let alternativePath = RDFModel.IRI(unchecked: namespace + "alternativePath")
    /// `sh:zeroOrMorePath`: a zero-or-more path.
    public static let zeroOrMorePath = RDFModel.IRI(unchecked: namespace + "zeroOrMorePath")
    /// `sh:oneOrMorePath`: a one-or-more path.
    public static let oneOrMorePath = RDFModel.IRI(unchecked: namespace + "oneOrMorePath")
    /// `sh:zeroOrOnePath`: a zero-or-one path.
    public static let zeroOrOnePath = RDFModel.IRI(unchecked: namespace + "zeroOrOnePath")
    /// `sh:conforms`: whether the data graph conforms.
    public static let conforms = RDFModel.IRI(unchecked: namespace + "conforms")
    /// `sh:result`: a validation result of a report.
    public static let result = RDFModel.IRI(unchecked: namespace + "result")
    /// `sh:focusNode`: the focus node of a result.
    public static let focusNode = RDFModel.IRI(unchecked: namespace + "focusNode")
    /// `sh:resultPath`: the path of a result.
    public static let resultPath = RDFModel.IRI(unchecked: namespace + "resultPath")
    /// `sh:value`: the value node of a result.
    public static let value = RDFModel.IRI(unchecked: namespace + "value")
    /// `sh:sourceShape`: the shape a result comes from.
    public static let sourceShape = RDFModel.IRI(unchecked: namespace + "sourceShape")
    /// `sh:sourceConstraintComponent`: the constraint component a result comes from.
    public static let sourceConstraintComponent = RDFModel.IRI(unchecked: namespace + "sourceConstraintComponent")
    /// `sh:sourceConstraint`: the SPARQL constraint a result comes from.
    public static let sourceConstraint = RDFModel.IRI(unchecked: namespace + "sourceConstraint")
    /// `sh:resultSeverity`: the severity of a result.
    public static let resultSeverity = RDFModel.IRI(unchecked: namespace + "resultSeverity")
    /// `sh:resultMessage`: a message of a result.
    public static let resultMessage = RDFModel.IRI(unchecked: namespace + "resultMessage")
    /// `sh:detail`: a nested result explaining a result.
    public static let detail = RDFModel.IRI(unchecked: namespace + "detail")
    /// `sh:shapesGraphWellFormed`: whether the shapes graph was well-formed.
    public static let shapesGraphWellFormed = RDFModel.IRI(unchecked: namespace + "shapesGraphWellFormed")
    /// `sh:shapesGraph`: a shapes graph to validate a data graph with.
    public static let shapesGraph = RDFModel.IRI(unchecked: namespace + "shapesGraph")
    /// `sh:class`: sh:class: value nodes are SHACL instances of the class.
    public static let `class` = RDFModel.IRI(unchecked: namespace + "class")
    /// `sh:datatype`: sh:datatype: value nodes are literals of the datatype.
    public static let datatype = RDFModel.IRI(unchecked: namespace + "datatype")
    /// `sh:nodeKind`: sh:nodeKind: value nodes are of this kind.
    public static let nodeKind = RDFModel.IRI(unchecked: namespace + "nodeKind")
    /// `sh:minCount`: sh:minCount: at least this many value nodes.
    public static let minCount = RDFModel.IRI(unchecked: namespace + "minCount")
    /// `sh:maxCount`: sh:maxCount: at most this many value nodes.
    public static let maxCount = RDFModel.IRI(unchecked: namespace + "maxCount")
    /// `sh:minExclusive`: sh:minExclusive: value nodes are greater.
    public static let minExclusive = RDFModel.IRI(unchecked: namespace + "minExclusive")
    /// `sh:minInclusive`: sh:minInclusive: value nodes are greater or equal.
    public static let minInclusive = RDFModel.IRI(unchecked: namespace + "minInclusive")
    /// `sh:maxExclusive`: sh:maxExclusive: value nodes are less.
    public static let maxExclusive = RDFModel.IRI(unchecked: namespace + "maxExclusive")
    /// `sh:maxInclusive`: sh:maxInclusive: value nodes are less or equal.
    public static let maxInclusive = RDFModel.IRI(unchecked: namespace + "maxInclusive")
    /// `sh:minLength`: sh:minLength: the string length is at least this.
    public static let minLength = RDFModel.IRI(unchecked: namespace + "minLength")
    /// `sh:maxLength`: sh:maxLength: the string length is at most this.
    public static let maxLength = RDFModel.IRI(unchecked: namespace + "maxLength")
    /// `sh:pattern`: sh:pattern: a regular expression the string matches.
    public static let pattern = RDFModel.IRI(unchecked: namespace + "pattern")
    /// `sh:flags`: sh:flags: the regular expression's flags.
    public static let flags = RDFModel.IRI(unchecked: namespace + "flags")
    /// `sh:languageIn`: sh:languageIn: the language tags allowed.
    public static let languageIn = RDFModel.IRI(unchecked: namespace + "languageIn")
    /// `sh:uniqueLang`: sh:uniqueLang: no two value nodes share a language tag.
    public static let uniqueLang = RDFModel.IRI(unchecked: namespace + "uniqueLang")
    /// `sh:equals`: sh:equals: the value nodes equal this property's values.
    public static let equals = RDFModel.IRI(unchecked: namespace + "equals")
    /// `sh:disjoint`: sh:disjoint: no value node is a value of this property.
    public static let disjoint = RDFModel.IRI(unchecked: namespace + "disjoint")
    /// `sh:lessThan`: sh:lessThan: each value node is less than each value of this property.
    public static let lessThan = RDFModel.IRI(unchecked: namespace + "lessThan")
    /// `sh:lessThanOrEquals`: sh:lessThanOrEquals: each value node is at most each value of this property.
    public static let lessThanOrEquals = RDFModel.IRI(unchecked: namespace + "lessThanOrEquals")
    /// `sh:not`: sh:not: value nodes do not conform to the shape.
    public static let not = RDFModel.IRI(unchecked: namespace + "not")
    /// `sh:and`: sh:and: value nodes conform to every shape of the list.
    public static let and = RDFModel.IRI(unchecked: namespace + "and")
    /// `sh:or`: sh:or: value nodes conform to at least one shape of the list.
    public static let or = RDFModel.IRI(unchecked: namespace + "or")
    /// `sh:xone`: sh:xone: value nodes conform to exactly one shape of the list.
    public static let xone = RDFModel.IRI(unchecked: namespace + "xone")
    /// `sh:node`: sh:node: value nodes conform to the node shape.
    public static let node = RDFModel.IRI(unchecked: namespace + "node")
    /// `sh:property`: sh:property: a property shape of the shape.
    public static let property = RDFModel.IRI(unchecked: namespace + "property")
    /// `sh:qualifiedValueShape`: sh:qualifiedValueShape: the shape counted by the qualified cardinalities.
    public static let qualifiedValueShape = RDFModel.IRI(unchecked: namespace + "qualifiedValueShape")
    /// `sh:qualifiedMinCount`: sh:qualifiedMinCount: at least this many value nodes conform.
    public static let qualifiedMinCount = RDFModel.IRI(unchecked: namespace + "qualifiedMinCount")
    /// `sh:qualifiedMaxCount`: sh:qualifiedMaxCount: at most this many value nodes conform.
    public static let qualifiedMaxCount = RDFModel.IRI(unchecked: namespace + "qualifiedMaxCount")
    /// `sh:qualifiedValueShapesDisjoint`: sh:qualifiedValueShapesDisjoint: counted values may not conform to sibling shapes.
    public static let qualifiedValueShapesDisjoint = RDFModel.IRI(unchecked: namespace + "qualifiedValueShapesDisjoint")
    /// `sh:closed`: sh:closed: only the shape's properties may be used.
    public static let closed = RDFModel.IRI(unchecked: namespace + "closed")
    /// `sh:ignoredProperties`: sh:ignoredProperties: properties a closed shape allows anyway.
    public static let ignoredProperties = RDFModel.IRI(unchecked: namespace + "ignoredProperties")
    /// `sh:hasValue`: sh:hasValue: the value is among the value nodes.
    public static let hasValue = RDFModel.IRI(unchecked: namespace + "hasValue")
    /// `sh:in`: sh:in: value nodes are members of the list.
    public static let `in` = RDFModel.IRI(unchecked: namespace + "in")
    /// `sh:sparql`: sh:sparql: a SPARQL-based constraint (not supported).
    public static let sparql = RDFModel.IRI(unchecked: namespace + "sparql")
    /// `sh:select`: sh:select: a SPARQL SELECT query.
    public static let select = RDFModel.IRI(unchecked: namespace + "select")
    /// `sh:ask`: sh:ask: a SPARQL ASK query.
    public static let ask = RDFModel.IRI(unchecked: namespace + "ask")
    /// `sh:validator`: sh:validator: a SPARQL-based validator.
    public static let validator = RDFModel.IRI(unchecked: namespace + "validator")
    /// `sh:nodeValidator`: sh:nodeValidator: a SPARQL-based node validator.
    public static let nodeValidator = RDFModel.IRI(unchecked: namespace + "nodeValidator")
    /// `sh:propertyValidator`: sh:propertyValidator: a SPARQL-based property validator.
    public static let propertyValidator = RDFModel.IRI(unchecked: namespace + "propertyValidator")
    /// `sh:parameter`: sh:parameter: a parameter of a constraint component.
    public static let parameter = RDFModel.IRI(unchecked: namespace + "parameter")
    /// `sh:optional`: sh:optional: whether a parameter is optional.
    public static let optional = RDFModel.IRI(unchecked: namespace + "optional")
    /// `sh:prefixes`: sh:prefixes: prefixes of a SPARQL query.
    public static let prefixes = RDFModel.IRI(unchecked: namespace + "prefixes")
    /// `sh:declare`: sh:declare: a prefix declaration.
    public static let declare = RDFModel.IRI(unchecked: namespace + "declare")
    /// `sh:prefix`: sh:prefix: a declared prefix.
    public static let prefix = RDFModel.IRI(unchecked: namespace + "prefix")
    /// `sh:namespace`: sh:namespace: a declared namespace.
    public static let declaredNamespace = RDFModel.IRI(unchecked: namespace + "namespace")

    /// `sh:ClassConstraintComponent` (https://www.w3.org/TR/shacl/#ClassConstraintComponent).
    public static let classConstraintComponent = RDFModel.IRI(unchecked: namespace + "ClassConstraintComponent")
    /// `sh:DatatypeConstraintComponent` (https://www.w3.org/TR/shacl/#DatatypeConstraintComponent).
    public static let datatypeConstraintComponent = RDFModel.IRI(unchecked: namespace + "DatatypeConstraintComponent")
    /// `sh:NodeKindConstraintComponent` (https://www.w3.org/TR/shacl/#NodeKindConstraintComponent).
    public static let nodeKindConstraintComponent = RDFModel.IRI(unchecked: namespace + "NodeKindConstraintComponent")
    /// `sh:MinCountConstraintComponent` (https://www.w3.org/TR/shacl/#MinCountConstraintComponent).
    public static let minCountConstraintComponent = RDFModel.IRI(unchecked: namespace + "MinCountConstraintComponent")
    /// `sh:MaxCountConstraintComponent` (https://www.w3.org/TR/shacl/#MaxCountConstraintComponent).
    public static let maxCountConstraintComponent = RDFModel.IRI(unchecked: namespace + "MaxCountConstraintComponent")
    /// `sh:MinExclusiveConstraintComponent` (https://www.w3.org/TR/shacl/#MinExclusiveConstraintComponent).
    public static let minExclusiveConstraintComponent = RDFModel.IRI(unchecked: namespace + "MinExclusiveConstraintComponent")
    /// `sh:MinInclusiveConstraintComponent` (https://www.w3.org/TR/shacl/#MinInclusiveConstraintComponent).
    public static let minInclusiveConstraintComponent = RDFModel.IRI(unchecked: namespace + "MinInclusiveConstraintComponent")
    /// `sh:MaxExclusiveConstraintComponent` (https://www.w3.org/TR/shacl/#MaxExclusiveConstraintComponent).
    public static let maxExclusiveConstraintComponent = RDFModel.IRI(unchecked: namespace + "MaxExclusiveConstraintComponent")
    /// `sh:MaxInclusiveConstraintComponent` (https://www.w3.org/TR/shacl/#MaxInclusiveConstraintComponent).
    public static let maxInclusiveConstraintComponent = RDFModel.IRI(unchecked: namespace + "MaxInclusiveConstraintComponent")
    /// `sh:MinLengthConstraintComponent` (https://www.w3.org/TR/shacl/#MinLengthConstraintComponent).
    public static let minLengthConstraintComponent = RDFModel.IRI(unchecked: namespace + "MinLengthConstraintComponent")
    /// `sh:MaxLengthConstraintComponent` (https://www.w3.org/TR/shacl/#MaxLengthConstraintComponent).
    public static let maxLengthConstraintComponent = RDFModel.IRI(unchecked: namespace + "MaxLengthConstraintComponent")
    /// `sh:PatternConstraintComponent` (https://www.w3.org/TR/shacl/#PatternConstraintComponent).
    public static let patternConstraintComponent = RDFModel.IRI(unchecked: namespace + "PatternConstraintComponent")
    /// `sh:LanguageInConstraintComponent` (https://www.w3.org/TR/shacl/#LanguageInConstraintComponent).
    public static let languageInConstraintComponent = RDFModel.IRI(unchecked: namespace + "LanguageInConstraintComponent")
    /// `sh:UniqueLangConstraintComponent` (https://www.w3.org/TR/shacl/#UniqueLangConstraintComponent).
    public static let uniqueLangConstraintComponent = RDFModel.IRI(unchecked: namespace + "UniqueLangConstraintComponent")
    /// `sh:EqualsConstraintComponent` (https://www.w3.org/TR/shacl/#EqualsConstraintComponent).
    public static let equalsConstraintComponent = RDFModel.IRI(unchecked: namespace + "EqualsConstraintComponent")
    /// `sh:DisjointConstraintComponent` (https://www.w3.org/TR/shacl/#DisjointConstraintComponent).
    public static let disjointConstraintComponent = RDFModel.IRI(unchecked: namespace + "DisjointConstraintComponent")
    /// `sh:LessThanConstraintComponent` (https://www.w3.org/TR/shacl/#LessThanConstraintComponent).
    public static let lessThanConstraintComponent = RDFModel.IRI(unchecked: namespace + "LessThanConstraintComponent")
    /// `sh:LessThanOrEqualsConstraintComponent` (https://www.w3.org/TR/shacl/#LessThanOrEqualsConstraintComponent).
    public static let lessThanOrEqualsConstraintComponent = RDFModel.IRI(unchecked: namespace + "LessThanOrEqualsConstraintComponent")
    /// `sh:NotConstraintComponent` (https://www.w3.org/TR/shacl/#NotConstraintComponent).
    public static let notConstraintComponent = RDFModel.IRI(unchecked: namespace + "NotConstraintComponent")
    /// `sh:AndConstraintComponent` (https://www.w3.org/TR/shacl/#AndConstraintComponent).
    public static let andConstraintComponent = RDFModel.IRI(unchecked: namespace + "AndConstraintComponent")
    /// `sh:OrConstraintComponent` (https://www.w3.org/TR/shacl/#OrConstraintComponent).
    public static let orConstraintComponent = RDFModel.IRI(unchecked: namespace + "OrConstraintComponent")
    /// `sh:XoneConstraintComponent` (https://www.w3.org/TR/shacl/#XoneConstraintComponent).
    public static let xoneConstraintComponent = RDFModel.IRI(unchecked: namespace + "XoneConstraintComponent")
    /// `sh:NodeConstraintComponent` (https://www.w3.org/TR/shacl/#NodeConstraintComponent).
    public static let nodeConstraintComponent = RDFModel.IRI(unchecked: namespace + "NodeConstraintComponent")
    /// `sh:PropertyConstraintComponent` (https://www.w3.org/TR/shacl/#PropertyConstraintComponent).
    public static let propertyConstraintComponent = RDFModel.IRI(unchecked: namespace + "PropertyConstraintComponent")
    /// `sh:QualifiedMinCountConstraintComponent` (https://www.w3.org/TR/shacl/#QualifiedMinCountConstraintComponent).
    public static let qualifiedMinCountConstraintComponent = RDFModel.IRI(unchecked: namespace + "QualifiedMinCountConstraintComponent")
    /// `sh:QualifiedMaxCountConstraintComponent` (https://www.w3.org/TR/shacl/#QualifiedMaxCountConstraintComponent).
    public static let qualifiedMaxCountConstraintComponent = RDFModel.IRI(unchecked: namespace + "QualifiedMaxCountConstraintComponent")
    /// `sh:ClosedConstraintComponent` (https://www.w3.org/TR/shacl/#ClosedConstraintComponent).
    public static let closedConstraintComponent = RDFModel.IRI(unchecked: namespace + "ClosedConstraintComponent")
    /// `sh:HasValueConstraintComponent` (https://www.w3.org/TR/shacl/#HasValueConstraintComponent).
    public static let hasValueConstraintComponent = RDFModel.IRI(unchecked: namespace + "HasValueConstraintComponent")
    /// `sh:InConstraintComponent` (https://www.w3.org/TR/shacl/#InConstraintComponent).
    public static let inConstraintComponent = RDFModel.IRI(unchecked: namespace + "InConstraintComponent")
    /// `sh:SPARQLConstraintComponent` (https://www.w3.org/TR/shacl/#SPARQLConstraintComponent).
    public static let sparqlConstraintComponent = RDFModel.IRI(unchecked: namespace + "SPARQLConstraintComponent")
}
