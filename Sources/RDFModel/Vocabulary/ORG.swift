/// The W3C Organization Ontology (https://www.w3.org/TR/vocab-org/), for posts and their holders,
/// http://www.w3.org/ns/org# — the terms Communique writes or reads.
public enum ORG {
    /// The namespace IRI.
    public static let namespace = "http://www.w3.org/ns/org#"
    /// `org:Organization`: an organization.
    public static let Organization = IRI(unchecked: namespace + "Organization")
    /// `org:FormalOrganization`: an organization recognized in the world at large.
    public static let FormalOrganization = IRI(unchecked: namespace + "FormalOrganization")
    /// `org:OrganizationalUnit`: a part of an organization.
    public static let OrganizationalUnit = IRI(unchecked: namespace + "OrganizationalUnit")
    /// `org:Post`: a position within an organization that exists independently of its holder.
    public static let Post = IRI(unchecked: namespace + "Post")
    /// `org:Membership`: an n-ary membership relation.
    public static let Membership = IRI(unchecked: namespace + "Membership")
    /// `org:Role`: a role a person plays in an organization.
    public static let Role = IRI(unchecked: namespace + "Role")
    /// `org:holds`: the person holds the post.
    public static let holds = IRI(unchecked: namespace + "holds")
    /// `org:heldBy`: the post is held by the person.
    public static let heldBy = IRI(unchecked: namespace + "heldBy")
    /// `org:postIn`: the organization the post belongs to.
    public static let postIn = IRI(unchecked: namespace + "postIn")
    /// `org:hasPost`: the organization has the post.
    public static let hasPost = IRI(unchecked: namespace + "hasPost")
    /// `org:role`: the role the post or membership confers.
    public static let role = IRI(unchecked: namespace + "role")
    /// `org:memberOf`: the agent is a member of the organization.
    public static let memberOf = IRI(unchecked: namespace + "memberOf")
    /// `org:subOrganizationOf`: the organization is a part of another.
    public static let subOrganizationOf = IRI(unchecked: namespace + "subOrganizationOf")
    /// `org:member`: the member of a membership.
    public static let member = IRI(unchecked: namespace + "member")
    /// `org:organization`: the organization of a membership.
    public static let organization = IRI(unchecked: namespace + "organization")
    /// `org:memberDuring`: the interval of a membership.
    public static let memberDuring = IRI(unchecked: namespace + "memberDuring")
}
