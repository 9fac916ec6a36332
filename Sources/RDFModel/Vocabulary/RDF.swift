/// The RDF vocabulary, http://www.w3.org/1999/02/22-rdf-syntax-ns# (RDF 1.1 Concepts).
public enum RDF {
    /// The namespace IRI.
    public static let namespace = "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
    /// `rdf:type`: the subject is an instance of a class.
    public static let type = IRI(unchecked: namespace + "type")
    /// `rdf:langString`: the datatype of language-tagged strings.
    public static let langString = IRI(unchecked: namespace + "langString")
    /// `rdf:first`: the first item of a list.
    public static let first = IRI(unchecked: namespace + "first")
    /// `rdf:rest`: the rest of a list.
    public static let rest = IRI(unchecked: namespace + "rest")
    /// `rdf:nil`: the empty list.
    public static let `nil` = IRI(unchecked: namespace + "nil")
    /// `rdf:Property`: the class of properties.
    public static let Property = IRI(unchecked: namespace + "Property")
    /// `rdf:XMLLiteral`: the datatype of XML literals.
    public static let XMLLiteral = IRI(unchecked: namespace + "XMLLiteral")
    /// `rdf:HTML`: the datatype of HTML literals.
    public static let HTML = IRI(unchecked: namespace + "HTML")
}

/// The RDF Schema vocabulary, http://www.w3.org/2000/01/rdf-schema#.
public enum RDFS {
    /// The namespace IRI.
    public static let namespace = "http://www.w3.org/2000/01/rdf-schema#"
    /// `rdfs:subClassOf`: every instance of the subject is an instance of the object.
    public static let subClassOf = IRI(unchecked: namespace + "subClassOf")
    /// `rdfs:subPropertyOf`: the subject property implies the object property.
    public static let subPropertyOf = IRI(unchecked: namespace + "subPropertyOf")
    /// `rdfs:label`: a human-readable name.
    public static let label = IRI(unchecked: namespace + "label")
    /// `rdfs:comment`: a human-readable description.
    public static let comment = IRI(unchecked: namespace + "comment")
    /// `rdfs:Class`: the class of classes.
    public static let Class = IRI(unchecked: namespace + "Class")
    /// `rdfs:domain`: the class of a property's subjects.
    public static let domain = IRI(unchecked: namespace + "domain")
    /// `rdfs:range`: the class of a property's values.
    public static let range = IRI(unchecked: namespace + "range")
    /// `rdfs:seeAlso`: a resource with more about the subject.
    public static let seeAlso = IRI(unchecked: namespace + "seeAlso")
    /// `rdfs:Literal`: the class of literals.
    public static let Literal = IRI(unchecked: namespace + "Literal")
    /// `rdfs:Resource`: the class of everything.
    public static let Resource = IRI(unchecked: namespace + "Resource")
}

/// The OWL vocabulary terms Communique uses, http://www.w3.org/2002/07/owl#.
public enum OWL {
    /// The namespace IRI.
    public static let namespace = "http://www.w3.org/2002/07/owl#"
    /// `owl:sameAs`: the two IRIs name the same thing.
    public static let sameAs = IRI(unchecked: namespace + "sameAs")
    /// `owl:Ontology`: an ontology document.
    public static let Ontology = IRI(unchecked: namespace + "Ontology")
}
