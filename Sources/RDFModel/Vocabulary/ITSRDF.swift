/// The RDF terms of the Internationalization Tag Set 2.0 (https://www.w3.org/TR/its20/), used by NIF for entity links,
/// http://www.w3.org/2005/11/its/rdf# — the terms Communique writes or reads.
public enum ITSRDF {
    /// The namespace IRI.
    public static let namespace = "http://www.w3.org/2005/11/its/rdf#"
    /// `itsrdf:taIdentRef`: the entity the text annotates.
    public static let taIdentRef = IRI(unchecked: namespace + "taIdentRef")
    /// `itsrdf:taClassRef`: the class of the annotated entity.
    public static let taClassRef = IRI(unchecked: namespace + "taClassRef")
}
