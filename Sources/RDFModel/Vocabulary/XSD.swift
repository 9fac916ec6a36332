/// XML Schema datatypes used as RDF literal datatypes, http://www.w3.org/2001/XMLSchema#
/// (https://www.w3.org/TR/rdf11-concepts/#xsd-datatypes).
public enum XSD {
    /// The namespace IRI.
    public static let namespace = "http://www.w3.org/2001/XMLSchema#"
    /// `xsd:string`: the datatype of simple literals.
    public static let string = IRI(unchecked: namespace + "string")
    /// `xsd:boolean`: true/false/1/0.
    public static let boolean = IRI(unchecked: namespace + "boolean")
    /// `xsd:decimal`: arbitrary-precision decimal numbers.
    public static let decimal = IRI(unchecked: namespace + "decimal")
    /// `xsd:integer`: arbitrary-size integers.
    public static let integer = IRI(unchecked: namespace + "integer")
    /// `xsd:double`: IEEE 754 64-bit floating point.
    public static let double = IRI(unchecked: namespace + "double")
    /// `xsd:float`: IEEE 754 32-bit floating point.
    public static let float = IRI(unchecked: namespace + "float")
    /// `xsd:date`: a calendar date, `YYYY-MM-DD` with an optional time zone.
    public static let date = IRI(unchecked: namespace + "date")
    /// `xsd:dateTime`: a date and time of day.
    public static let dateTime = IRI(unchecked: namespace + "dateTime")
    /// `xsd:gYear`: a calendar year.
    public static let gYear = IRI(unchecked: namespace + "gYear")
    /// `xsd:anyURI`: a URI reference.
    public static let anyURI = IRI(unchecked: namespace + "anyURI")
    /// `xsd:nonNegativeInteger`: integers ≥ 0.
    public static let nonNegativeInteger = IRI(unchecked: namespace + "nonNegativeInteger")
    /// `xsd:positiveInteger`: integers > 0.
    public static let positiveInteger = IRI(unchecked: namespace + "positiveInteger")
    /// `xsd:long`: 64-bit integers.
    public static let long = IRI(unchecked: namespace + "long")
    /// `xsd:int`: 32-bit integers.
    public static let int = IRI(unchecked: namespace + "int")
}
