/// The keys that give one IRI per person and per body across articles, runs and shards:
/// ``PersonNameKey`` and ``OrganizationNameKey`` over the data of ``NameVariants`` and the
/// gazetteer. Built once (``bundled()``) and shared read-only by every mapping thread.
public struct IdentityKeys: Sendable {
    /// The spellings, short forms, particles and suffixes.
    public let variants: NameVariants
    /// The organization keys.
    public let organizations: OrganizationNameKey

    /// Keys over a gazetteer and its name variants.
    public init(gazetteer: Gazetteer, variants: NameVariants) {
        self.variants = variants
        organizations = OrganizationNameKey(gazetteer: gazetteer, variants: variants)
    }

    /// The key of a person's name.
    public func person(_ name: String) -> PersonNameKey { PersonNameKey(name, variants: variants) }

    /// The key of an organization the extractor keyed `key` and named `name`.
    public func organization(key: String, name: String) -> String { organizations.key(extractorKey: key, name: name) }

    /// The keys over the bundled gazetteer and `names.ttl`, read once per process.
    /// - Throws: when the bundled files are missing or not valid Turtle.
    public static func bundled() throws -> IdentityKeys { try BundledIdentityKeys.shared.get() }
}

/// Reads the bundled name variants once per process.
private enum BundledIdentityKeys {
    static let shared: Result<IdentityKeys, any Error> = Result {
        guard let directory = Gazetteer.bundledDirectory else {
            throw GazetteerError(message: "the bundled Gazetteers folder is missing from the Extraction resources")
        }
        return IdentityKeys(gazetteer: try Gazetteer.bundled(), variants: try NameVariants.load(directory: directory))
    }
}
