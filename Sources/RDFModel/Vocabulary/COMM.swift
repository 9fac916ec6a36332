/// The Communique vocabulary, https://communique.example/vocab# (Schemas/communique.ttl):
/// the few classes and properties that schema.org, ORG, PROV-O and SKOS do not have, each
/// declared there as a specialisation of one of theirs.
public enum COMM {
    /// The namespace IRI.
    public static let namespace = "https://communique.example/vocab#"
    /// The ontology's IRI.
    public static let ontology = IRI(unchecked: "https://communique.example/vocab")
    /// The IRI of the shapes graph every export conforms to (Schemas/shapes.ttl).
    public static let shapes = IRI(unchecked: "https://communique.example/vocab/shapes")

    /// `comm:Meeting`: an encounter in person of at least two parties (⊑ schema:Event).
    public static let Meeting = IRI(unchecked: namespace + "Meeting")
    /// `comm:Talks`: delegation-level talks (⊑ comm:Meeting).
    public static let Talks = IRI(unchecked: namespace + "Talks")
    /// `comm:Visit`: a trip to a country or place; may have one attendee (⊑ schema:Event).
    public static let Visit = IRI(unchecked: namespace + "Visit")
    /// `comm:TelephoneCall`: a telephone or video call (⊑ schema:Event).
    public static let TelephoneCall = IRI(unchecked: namespace + "TelephoneCall")
    /// `comm:AgreementSigning`: the signing of an agreement (⊑ schema:Event).
    public static let AgreementSigning = IRI(unchecked: namespace + "AgreementSigning")
    /// `comm:Encounter`: a meeting, call or talks whose counterpart the text does not name (⊑ schema:Event).
    public static let Encounter = IRI(unchecked: namespace + "Encounter")
    /// `comm:eventType`: the event's CAMEO concept (⊑ dct:type).
    public static let eventType = IRI(unchecked: namespace + "eventType")
    /// `comm:delegation`: an organization taking part as such (⊑ prov:wasAssociatedWith).
    public static let delegation = IRI(unchecked: namespace + "delegation")
    /// `comm:evidence`: the sentence stating the event (⊑ prov:wasDerivedFrom).
    public static let evidence = IRI(unchecked: namespace + "evidence")

    /// `comm:ArmedForces`: armed forces and their branches (⊑ schema:GovernmentOrganization).
    public static let ArmedForces = IRI(unchecked: namespace + "ArmedForces")
    /// `comm:Ministry`: a ministry or department (⊑ schema:GovernmentOrganization).
    public static let Ministry = IRI(unchecked: namespace + "Ministry")
    /// `comm:Government`: the government of a country (⊑ schema:GovernmentOrganization).
    public static let Government = IRI(unchecked: namespace + "Government")
    /// `comm:Embassy`: a diplomatic mission (⊑ schema:GovernmentOrganization).
    public static let Embassy = IRI(unchecked: namespace + "Embassy")
    /// `comm:Committee`: a committee or council (⊑ schema:Organization).
    public static let Committee = IRI(unchecked: namespace + "Committee")
    /// `comm:PoliticalParty`: a political party (⊑ schema:Organization).
    public static let PoliticalParty = IRI(unchecked: namespace + "PoliticalParty")
    /// `comm:NewsAgency`: a news agency (⊑ schema:NewsMediaOrganization).
    public static let NewsAgency = IRI(unchecked: namespace + "NewsAgency")
    /// `comm:IntergovernmentalOrganization`: a union or organization of states (⊑ schema:Organization).
    public static let IntergovernmentalOrganization = IRI(unchecked: namespace + "IntergovernmentalOrganization")

    /// `comm:PostHolding`: a person holding a post as of an article's date (⊑ org:Membership).
    public static let PostHolding = IRI(unchecked: namespace + "PostHolding")
    /// `comm:post`: the post of a holding.
    public static let post = IRI(unchecked: namespace + "post")
    /// `comm:asOf`: the day of a holding, an `xsd:date` (⊑ dct:date).
    public static let asOf = IRI(unchecked: namespace + "asOf")

    /// `comm:reportedBy`: the channel that reported a quotation (⊑ prov:wasAttributedTo).
    public static let reportedBy = IRI(unchecked: namespace + "reportedBy")
}
