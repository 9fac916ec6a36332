/// PROV-O, the W3C provenance ontology (https://www.w3.org/TR/prov-o/),
/// http://www.w3.org/ns/prov# — the terms Communique writes or reads.
public enum PROV {
    /// The namespace IRI.
    public static let namespace = "http://www.w3.org/ns/prov#"
    /// `prov:Entity`: a thing with some fixed aspects.
    public static let Entity = IRI(unchecked: namespace + "Entity")
    /// `prov:Activity`: something that occurs over time and acts on entities.
    public static let Activity = IRI(unchecked: namespace + "Activity")
    /// `prov:Agent`: something that bears responsibility.
    public static let Agent = IRI(unchecked: namespace + "Agent")
    /// `prov:wasDerivedFrom`: the entity was derived from another.
    public static let wasDerivedFrom = IRI(unchecked: namespace + "wasDerivedFrom")
    /// `prov:wasAttributedTo`: the entity is ascribed to an agent.
    public static let wasAttributedTo = IRI(unchecked: namespace + "wasAttributedTo")
    /// `prov:wasQuotedFrom`: the entity repeats part of another.
    public static let wasQuotedFrom = IRI(unchecked: namespace + "wasQuotedFrom")
    /// `prov:hadPrimarySource`: the entity's primary source.
    public static let hadPrimarySource = IRI(unchecked: namespace + "hadPrimarySource")
    /// `prov:generatedAtTime`: when the entity was generated.
    public static let generatedAtTime = IRI(unchecked: namespace + "generatedAtTime")
    /// `prov:wasGeneratedBy`: the activity that generated the entity.
    public static let wasGeneratedBy = IRI(unchecked: namespace + "wasGeneratedBy")
    /// `prov:value`: a direct representation of the entity.
    public static let value = IRI(unchecked: namespace + "value")
}
