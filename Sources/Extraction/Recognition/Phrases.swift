import Articles

/// A post named in the text, with what it belongs to.
struct PostPhrase: Sendable {
    /// Tokens of the whole title, complements included.
    var tokens: Range<Int>
    /// The gazetteer post, when the head is one.
    var post: Int?
    /// The canonical title ("Chief of Army Staff", "Special Envoy on Afghanistan Affairs").
    var label: String
    /// The title as written.
    var written: String
    /// The organization named with it ("of the Ministry of Foreign Affairs", "EU Military Committee Chairman").
    var organization: OrganizationPhrase?
    /// The country named with it ("Belgium's", "of Iraq", "Belgian").
    var country: Int?
    /// The body that owns `organization`, when the title names both ("Commander of the Indian Navy's Eastern Naval Command").
    var ownerOrganization: OrganizationPhrase? = nil
}

/// An organization named in the text.
struct OrganizationPhrase: Sendable {
    var tokens: Range<Int>
    /// The gazetteer organization, when it is one.
    var organization: Int?
    /// The name: the gazetteer's preferred label, else as written.
    var name: String
    /// Other forms: as written, acronyms.
    var alternateNames: [String]
    var kind: OrganizationKind
    var country: Int?
    /// Whether the country is part of what the name means ("Pakistan Army"), not a qualifier of a generic name.
    var isProject = false
    /// A gazetteer organization's name as the text writes it ("Ministry of Defense", "United States Africa Command"),
    /// when that is a spelled-out variant of `name`: the entity is named so, its key still comes from `name`.
    var written: String? = nil
}

/// A person named in the text with the words around the name.
struct PersonPhrase: Sendable {
    /// The whole phrase: descriptors, titles, the name and an appositive.
    var tokens: Range<Int>
    /// The name's tokens.
    var name: Range<Int>
    /// Ranks and honorifics before the name, as written.
    var titles: [String]
    var posts: [PostPhrase]
    var country: Int?
    /// The name is followed by a possessive "'s".
    var possessive: Bool
    /// The name came with a title or post (not a bare capitalized run).
    var isTitled: Bool
}

/// A description of a person without a name ("the COAS", "Iraq's defence minister", "the visiting dignitary").
struct DescriptionPhrase: Sendable {
    var tokens: Range<Int>
    var post: PostPhrase?
    /// A head noun when there is no post ("envoy", "diplomat", "dignitary", "minister").
    var head: String?
    var country: Int?
    var possessive: Bool
    /// "the two military leaders": how many persons.
    var count: Int = 1
    /// "the visiting air chief": the description names the visitor.
    var visiting = false
}
