/// VoID, the Vocabulary of Interlinked Datasets (https://www.w3.org/TR/void/),
/// http://rdfs.org/ns/void# — the terms Communique writes or reads.
public enum VOID {
    /// The namespace IRI.
    public static let namespace = "http://rdfs.org/ns/void#"
    /// `void:Dataset`: a set of RDF triples published together.
    public static let Dataset = IRI(unchecked: namespace + "Dataset")
    /// `void:DatasetDescription`: a document describing datasets.
    public static let DatasetDescription = IRI(unchecked: namespace + "DatasetDescription")
    /// `void:triples`: the number of triples.
    public static let triples = IRI(unchecked: namespace + "triples")
    /// `void:entities`: the number of entities.
    public static let entities = IRI(unchecked: namespace + "entities")
    /// `void:classes`: the number of distinct classes.
    public static let classes = IRI(unchecked: namespace + "classes")
    /// `void:properties`: the number of distinct properties.
    public static let properties = IRI(unchecked: namespace + "properties")
    /// `void:distinctSubjects`: the number of distinct subjects.
    public static let distinctSubjects = IRI(unchecked: namespace + "distinctSubjects")
    /// `void:distinctObjects`: the number of distinct objects.
    public static let distinctObjects = IRI(unchecked: namespace + "distinctObjects")
    /// `void:documents`: the number of documents.
    public static let documents = IRI(unchecked: namespace + "documents")
    /// `void:classPartition`: a subset holding the instances of one class.
    public static let classPartition = IRI(unchecked: namespace + "classPartition")
    /// `void:propertyPartition`: a subset holding the triples of one property.
    public static let propertyPartition = IRI(unchecked: namespace + "propertyPartition")
    /// `void:class`: the class of a class partition.
    public static let `class` = IRI(unchecked: namespace + "class")
    /// `void:property`: the property of a property partition.
    public static let property = IRI(unchecked: namespace + "property")
    /// `void:dataDump`: a file holding the dataset's triples.
    public static let dataDump = IRI(unchecked: namespace + "dataDump")
    /// `void:vocabulary`: a vocabulary the dataset uses.
    public static let vocabulary = IRI(unchecked: namespace + "vocabulary")
    /// `void:uriSpace`: the namespace of the dataset's entity IRIs.
    public static let uriSpace = IRI(unchecked: namespace + "uriSpace")
    /// `void:exampleResource`: a representative entity.
    public static let exampleResource = IRI(unchecked: namespace + "exampleResource")
    /// `void:rootResource`: a top entity of the dataset.
    public static let rootResource = IRI(unchecked: namespace + "rootResource")
    /// `void:feature`: a technical feature of the dataset.
    public static let feature = IRI(unchecked: namespace + "feature")
    /// `void:subset`: a part of the dataset.
    public static let subset = IRI(unchecked: namespace + "subset")
}
