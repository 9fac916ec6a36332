/// Schema.org (https://schema.org/), the core vocabulary of Communique's exports,
/// https://schema.org/ — the terms Communique writes or reads.
public enum Schema {
    /// The namespace IRI.
    public static let namespace = "https://schema.org/"
    /// `schema:NewsArticle`: a news article.
    public static let NewsArticle = IRI(unchecked: namespace + "NewsArticle")
    /// `schema:Article`: an article.
    public static let Article = IRI(unchecked: namespace + "Article")
    /// `schema:Person`: a person.
    public static let Person = IRI(unchecked: namespace + "Person")
    /// `schema:Organization`: an organization.
    public static let Organization = IRI(unchecked: namespace + "Organization")
    /// `schema:GovernmentOrganization`: a governmental organization or agency.
    public static let GovernmentOrganization = IRI(unchecked: namespace + "GovernmentOrganization")
    /// `schema:NewsMediaOrganization`: a news media organization.
    public static let NewsMediaOrganization = IRI(unchecked: namespace + "NewsMediaOrganization")
    /// `schema:Country`: a country.
    public static let Country = IRI(unchecked: namespace + "Country")
    /// `schema:Place`: a place.
    public static let Place = IRI(unchecked: namespace + "Place")
    /// `schema:City`: a city or town.
    public static let City = IRI(unchecked: namespace + "City")
    /// `schema:AdministrativeArea`: a geographical region under one administration.
    public static let AdministrativeArea = IRI(unchecked: namespace + "AdministrativeArea")
    /// `schema:GovernmentBuilding`: a government building.
    public static let GovernmentBuilding = IRI(unchecked: namespace + "GovernmentBuilding")
    /// `schema:CivicStructure`: a public structure.
    public static let CivicStructure = IRI(unchecked: namespace + "CivicStructure")
    /// `schema:Event`: an event happening at a certain time and place.
    public static let Event = IRI(unchecked: namespace + "Event")
    /// `schema:Quotation`: a quotation.
    public static let Quotation = IRI(unchecked: namespace + "Quotation")
    /// `schema:CreativeWork`: a creative work.
    public static let CreativeWork = IRI(unchecked: namespace + "CreativeWork")
    /// `schema:identifier`: an identifier of the item.
    public static let identifier = IRI(unchecked: namespace + "identifier")
    /// `schema:name`: the name of the item.
    public static let name = IRI(unchecked: namespace + "name")
    /// `schema:alternateName`: another name of the item.
    public static let alternateName = IRI(unchecked: namespace + "alternateName")
    /// `schema:datePublished`: the date of first publication.
    public static let datePublished = IRI(unchecked: namespace + "datePublished")
    /// `schema:dateCreated`: the date the item was created.
    public static let dateCreated = IRI(unchecked: namespace + "dateCreated")
    /// `schema:headline`: the headline of an article.
    public static let headline = IRI(unchecked: namespace + "headline")
    /// `schema:mentions`: the item mentions a thing.
    public static let mentions = IRI(unchecked: namespace + "mentions")
    /// `schema:about`: the subject matter of the content.
    public static let about = IRI(unchecked: namespace + "about")
    /// `schema:hasPart`: a part of this work.
    public static let hasPart = IRI(unchecked: namespace + "hasPart")
    /// `schema:isPartOf`: the work this is a part of.
    public static let isPartOf = IRI(unchecked: namespace + "isPartOf")
    /// `schema:text`: the textual content.
    public static let text = IRI(unchecked: namespace + "text")
    /// `schema:creator`: the creator or author of this work.
    public static let creator = IRI(unchecked: namespace + "creator")
    /// `schema:attendee`: a person or organization attending the event.
    public static let attendee = IRI(unchecked: namespace + "attendee")
    /// `schema:startDate`: the start date of the item.
    public static let startDate = IRI(unchecked: namespace + "startDate")
    /// `schema:endDate`: the end date of the item.
    public static let endDate = IRI(unchecked: namespace + "endDate")
    /// `schema:location`: where the event or organization is.
    public static let location = IRI(unchecked: namespace + "location")
    /// `schema:nationality`: the nationality of the person.
    public static let nationality = IRI(unchecked: namespace + "nationality")
    /// `schema:jobTitle`: the job title of the person.
    public static let jobTitle = IRI(unchecked: namespace + "jobTitle")
    /// `schema:description`: a description of the item.
    public static let description = IRI(unchecked: namespace + "description")
    /// `schema:containedInPlace`: the place this place is contained in.
    public static let containedInPlace = IRI(unchecked: namespace + "containedInPlace")
    /// `schema:author`: the author of this content.
    public static let author = IRI(unchecked: namespace + "author")
    /// `schema:inLanguage`: the language of the content, as an IETF BCP 47 tag.
    public static let inLanguage = IRI(unchecked: namespace + "inLanguage")
    /// `schema:url`: the URL of the item.
    public static let url = IRI(unchecked: namespace + "url")
    /// `schema:sameAs`: a reference page that identifies the item.
    public static let sameAs = IRI(unchecked: namespace + "sameAs")
    /// `schema:memberOf`: an organization the person is a member of.
    public static let memberOf = IRI(unchecked: namespace + "memberOf")
    /// `schema:parentOrganization`: the larger organization this one is a part of.
    public static let parentOrganization = IRI(unchecked: namespace + "parentOrganization")
    /// `schema:addressCountry`: the country.
    public static let addressCountry = IRI(unchecked: namespace + "addressCountry")
    /// `schema:honorificPrefix`: an honorific prefix preceding the name, such as Dr or General.
    public static let honorificPrefix = IRI(unchecked: namespace + "honorificPrefix")
    /// `schema:Corporation`: a business corporation.
    public static let Corporation = IRI(unchecked: namespace + "Corporation")
}
