/// DCAT 3, the Data Catalog Vocabulary (https://www.w3.org/TR/vocab-dcat-3/),
/// http://www.w3.org/ns/dcat# — the terms Communique writes or reads.
public enum DCAT {
    /// The namespace IRI.
    public static let namespace = "http://www.w3.org/ns/dcat#"
    /// `dcat:Dataset`: a collection of data published by one agent.
    public static let Dataset = IRI(unchecked: namespace + "Dataset")
    /// `dcat:Distribution`: an accessible form of a dataset.
    public static let Distribution = IRI(unchecked: namespace + "Distribution")
    /// `dcat:Catalog`: a curated collection of datasets.
    public static let Catalog = IRI(unchecked: namespace + "Catalog")
    /// `dcat:distribution`: an available distribution of the dataset.
    public static let distribution = IRI(unchecked: namespace + "distribution")
    /// `dcat:downloadURL`: a URL from which the distribution's file can be downloaded.
    public static let downloadURL = IRI(unchecked: namespace + "downloadURL")
    /// `dcat:accessURL`: a URL giving access to the distribution.
    public static let accessURL = IRI(unchecked: namespace + "accessURL")
    /// `dcat:mediaType`: the IANA media type of the distribution.
    public static let mediaType = IRI(unchecked: namespace + "mediaType")
    /// `dcat:byteSize`: the size of the distribution in bytes.
    public static let byteSize = IRI(unchecked: namespace + "byteSize")
    /// `dcat:compressFormat`: the compression format of the distribution.
    public static let compressFormat = IRI(unchecked: namespace + "compressFormat")
    /// `dcat:packageFormat`: the package format of the distribution.
    public static let packageFormat = IRI(unchecked: namespace + "packageFormat")
    /// `dcat:keyword`: a keyword describing the dataset.
    public static let keyword = IRI(unchecked: namespace + "keyword")
    /// `dcat:theme`: a main category of the dataset.
    public static let theme = IRI(unchecked: namespace + "theme")
    /// `dcat:dataset`: a dataset of the catalog.
    public static let dataset = IRI(unchecked: namespace + "dataset")
    /// `dcat:landingPage`: a web page giving access to the dataset.
    public static let landingPage = IRI(unchecked: namespace + "landingPage")
    /// `dcat:temporalResolution`: the minimum time period resolvable.
    public static let temporalResolution = IRI(unchecked: namespace + "temporalResolution")
    /// `dcat:startDate`: the start of a period.
    public static let startDate = IRI(unchecked: namespace + "startDate")
    /// `dcat:endDate`: the end of a period.
    public static let endDate = IRI(unchecked: namespace + "endDate")
}
