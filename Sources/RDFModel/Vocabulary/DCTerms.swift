/// DCMI Metadata Terms (https://www.dublincore.org/specifications/dublin-core/dcmi-terms/),
/// http://purl.org/dc/terms/ — the terms Communique writes or reads.
public enum DCTerms {
    /// The namespace IRI.
    public static let namespace = "http://purl.org/dc/terms/"
    /// `dct:title`: a name given to the resource.
    public static let title = IRI(unchecked: namespace + "title")
    /// `dct:description`: an account of the resource.
    public static let description = IRI(unchecked: namespace + "description")
    /// `dct:conformsTo`: a standard the resource conforms to.
    public static let conformsTo = IRI(unchecked: namespace + "conformsTo")
    /// `dct:format`: the file format of the resource.
    public static let format = IRI(unchecked: namespace + "format")
    /// `dct:license`: a legal document giving permission to use the resource.
    public static let license = IRI(unchecked: namespace + "license")
    /// `dct:source`: a related resource the resource is derived from.
    public static let source = IRI(unchecked: namespace + "source")
    /// `dct:identifier`: an unambiguous reference to the resource.
    public static let identifier = IRI(unchecked: namespace + "identifier")
    /// `dct:temporal`: the temporal coverage of the resource.
    public static let temporal = IRI(unchecked: namespace + "temporal")
    /// `dct:issued`: the date of formal issuance.
    public static let issued = IRI(unchecked: namespace + "issued")
    /// `dct:modified`: the date of the last change.
    public static let modified = IRI(unchecked: namespace + "modified")
    /// `dct:publisher`: an entity responsible for making the resource available.
    public static let publisher = IRI(unchecked: namespace + "publisher")
    /// `dct:creator`: an entity responsible for making the resource.
    public static let creator = IRI(unchecked: namespace + "creator")
    /// `dct:PeriodOfTime`: an interval of time.
    public static let PeriodOfTime = IRI(unchecked: namespace + "PeriodOfTime")
    /// `dct:Standard`: a reference point against which other things can be evaluated.
    public static let Standard = IRI(unchecked: namespace + "Standard")
    /// `dct:MediaType`: a file format.
    public static let MediaType = IRI(unchecked: namespace + "MediaType")
    /// `dct:language`: a language of the resource.
    public static let language = IRI(unchecked: namespace + "language")
}
