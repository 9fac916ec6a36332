/// SKOS, the Simple Knowledge Organization System (https://www.w3.org/TR/skos-reference/),
/// http://www.w3.org/2004/02/skos/core# — the terms Communique writes or reads.
public enum SKOS {
    /// The namespace IRI.
    public static let namespace = "http://www.w3.org/2004/02/skos/core#"
    /// `skos:Concept`: a unit of thought.
    public static let Concept = IRI(unchecked: namespace + "Concept")
    /// `skos:ConceptScheme`: an aggregation of concepts.
    public static let ConceptScheme = IRI(unchecked: namespace + "ConceptScheme")
    /// `skos:prefLabel`: the preferred label.
    public static let prefLabel = IRI(unchecked: namespace + "prefLabel")
    /// `skos:altLabel`: an alternative label.
    public static let altLabel = IRI(unchecked: namespace + "altLabel")
    /// `skos:notation`: a code identifying the concept within its scheme.
    public static let notation = IRI(unchecked: namespace + "notation")
    /// `skos:inScheme`: the scheme of the concept.
    public static let inScheme = IRI(unchecked: namespace + "inScheme")
    /// `skos:hasTopConcept`: a top concept of the scheme.
    public static let hasTopConcept = IRI(unchecked: namespace + "hasTopConcept")
    /// `skos:topConceptOf`: the scheme the concept is a top concept of.
    public static let topConceptOf = IRI(unchecked: namespace + "topConceptOf")
    /// `skos:broader`: a broader concept.
    public static let broader = IRI(unchecked: namespace + "broader")
    /// `skos:narrower`: a narrower concept.
    public static let narrower = IRI(unchecked: namespace + "narrower")
    /// `skos:definition`: a definition of the concept.
    public static let definition = IRI(unchecked: namespace + "definition")
    /// `skos:exactMatch`: an equivalent concept in another scheme.
    public static let exactMatch = IRI(unchecked: namespace + "exactMatch")
    /// `skos:closeMatch`: a similar concept in another scheme.
    public static let closeMatch = IRI(unchecked: namespace + "closeMatch")
    /// `skos:scopeNote`: a note on the concept's use.
    public static let scopeNote = IRI(unchecked: namespace + "scopeNote")
}
