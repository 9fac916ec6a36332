/// NIF 2.0 Core, the NLP Interchange Format (https://persistence.uni-leipzig.org/nlp2rdf/), for text spans,
/// http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core# — the terms Communique writes or reads.
public enum NIF {
    /// The namespace IRI.
    public static let namespace = "http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#"
    /// `nif:String`: a sequence of characters.
    public static let String = IRI(unchecked: namespace + "String")
    /// `nif:Context`: the whole text that other strings index into.
    public static let Context = IRI(unchecked: namespace + "Context")
    /// `nif:Phrase`: a string that is a phrase.
    public static let Phrase = IRI(unchecked: namespace + "Phrase")
    /// `nif:Sentence`: a string that is a sentence.
    public static let Sentence = IRI(unchecked: namespace + "Sentence")
    /// `nif:Word`: a string that is a word.
    public static let Word = IRI(unchecked: namespace + "Word")
    /// `nif:OffsetBasedString`: a string identified by its character offsets.
    public static let OffsetBasedString = IRI(unchecked: namespace + "OffsetBasedString")
    /// `nif:RFC5147String`: a string identified with an RFC 5147 fragment.
    public static let RFC5147String = IRI(unchecked: namespace + "RFC5147String")
    /// `nif:beginIndex`: the index of the first character, counted in Unicode code points.
    public static let beginIndex = IRI(unchecked: namespace + "beginIndex")
    /// `nif:endIndex`: the index after the last character.
    public static let endIndex = IRI(unchecked: namespace + "endIndex")
    /// `nif:anchorOf`: the characters of the string.
    public static let anchorOf = IRI(unchecked: namespace + "anchorOf")
    /// `nif:referenceContext`: the context the string's offsets refer to.
    public static let referenceContext = IRI(unchecked: namespace + "referenceContext")
    /// `nif:isString`: the whole text of a context.
    public static let isString = IRI(unchecked: namespace + "isString")
    /// `nif:sourceUrl`: the document the context was taken from.
    public static let sourceUrl = IRI(unchecked: namespace + "sourceUrl")
    /// `nif:predLang`: the language of the text.
    public static let predLang = IRI(unchecked: namespace + "predLang")
}
