import Foundation
import RDFModel
import RDFSyntax

/// One file of an export, as DCAT describes it.
public struct DumpFile: Hashable, Sendable {
    /// The file's name inside the output folder ("communique.ttl").
    public var name: String
    /// The RDF format, `nil` for a picture.
    public var format: RDFFormat?
    /// The IANA media type ("text/turtle").
    public var mediaType: String
    /// Whether the file is gzip-compressed.
    public var gzipped: Bool
    /// The size in bytes.
    public var byteSize: Int
    /// The SHA-256 digest, lower-case hex.
    public var sha256: String
    /// A short title ("Turtle dump").
    public var title: String

    public init(name: String, format: RDFFormat?, mediaType: String, gzipped: Bool = false, byteSize: Int, sha256: String, title: String) {
        self.name = name
        self.format = format
        self.mediaType = mediaType
        self.gzipped = gzipped
        self.byteSize = byteSize
        self.sha256 = sha256
        self.title = title
    }
}

/// Builds the VoID and DCAT descriptions written beside the dumps.
///
/// The VoID description (https://www.w3.org/TR/void/) says what is in the dataset: triples,
/// entities, class and property partitions, the vocabularies it uses, its URI space and its
/// dumps. The DCAT description (https://www.w3.org/TR/vocab-dcat-3/) says how to get it: one
/// `dcat:Distribution` per file with its media type, size and SHA-256 checksum, each
/// `dct:conformsTo` the shapes in Schemas/shapes.ttl. Both describe the same dataset IRI,
/// `{base}dataset`; neither carries a time stamp, so the same input gives the same bytes.
struct DatasetDescription {
    let minter: IRIMinter
    let statistics: DatasetStatistics
    /// The IRI under which the dump files are published (`{base}dump/`).
    let downloadBase: String
    let title: String

    init(minter: IRIMinter, statistics: DatasetStatistics, title: String) {
        self.minter = minter
        self.statistics = statistics
        self.downloadBase = minter.base + "dump/"
        self.title = title
    }

    /// Prefixes for both descriptions.
    static let prefixes: [String: String] = [
        "void": VOID.namespace, "dcat": DCAT.namespace, "dct": DCTerms.namespace, "spdx": SPDX.namespace,
        "xsd": XSD.namespace, "rdf": RDF.namespace, "rdfs": RDFS.namespace, "schema": Schema.namespace,
        "org": ORG.namespace, "prov": PROV.namespace, "skos": SKOS.namespace, "nif": NIF.namespace,
        "itsrdf": ITSRDF.namespace, "comm": COMM.namespace, "owl": OWL.namespace,
    ]

    /// The vocabularies whose terms the data uses, as namespace IRIs.
    var vocabularies: [String] {
        let known = [Schema.namespace, ORG.namespace, PROV.namespace, SKOS.namespace, NIF.namespace, ITSRDF.namespace,
                     COMM.namespace, RDF.namespace, RDFS.namespace, CAMEO.namespace]
        var used = Set<String>()
        for iri in Array(statistics.properties.keys) + Array(statistics.classes.keys) {
            if let ns = known.first(where: { iri.string.hasPrefix($0) }) { used.insert(ns) }
        }
        return used.sorted()
    }

    /// The VoID description of the dataset and its dumps, and of the `owl:sameAs` linkset
    /// (``SameAsLinkset``) when one was written: a `void:Linkset` subset of the dataset whose
    /// links point into it, with its dump and its number of links.
    func void(dumps: [DumpFile], linkset: (file: String, links: Int)? = nil) -> Graph {
        var g = TripleBuffer()
        let d = minter.dataset
        g.type(d, VOID.Dataset)
        g.string(d, DCTerms.title, title)
        g.string(d, DCTerms.description, "Persons, organizations, countries, posts, meetings and quotations extracted from news about defence diplomacy by communique export.")
        g.count(d, VOID.triples, statistics.triples)
        g.count(d, VOID.entities, statistics.entities)
        g.count(d, VOID.classes, statistics.classes.count)
        g.count(d, VOID.properties, statistics.properties.count)
        g.count(d, VOID.documents, statistics.documents)
        g.add(d, VOID.uriSpace, .literal(Literal(minter.base)))
        g.add(d, DCTerms.conformsTo, COMM.shapes)
        for ns in vocabularies { g.add(d, VOID.vocabulary, IRI(unchecked: ns)) }
        for dump in dumps where dump.format != nil && dump.format != .dot && dump.name != linkset?.file {
            g.add(d, VOID.dataDump, IRI(unchecked: downloadBase + dump.name))
        }
        if let linkset {
            let part = minter.datasetPart("linkset/same-as")
            g.add(d, VOID.subset, part)
            g.type(part, VOID.Linkset)
            g.string(part, DCTerms.title, "Persons named more fully in other articles")
            g.add(part, VOID.linkPredicate, OWL.sameAs)
            g.add(part, VOID.target, d)
            g.count(part, VOID.triples, linkset.links)
            g.add(part, VOID.dataDump, IRI(unchecked: downloadBase + IRIMinter.percentEncode(linkset.file)))
        }
        for (iri, slug) in Self.slugs(Array(statistics.classes.keys)) {
            let part = minter.datasetPart("class/" + slug)
            g.add(d, VOID.classPartition, part)
            g.add(part, VOID.class, iri)
            g.count(part, VOID.entities, statistics.classes[iri] ?? 0)
        }
        for (iri, slug) in Self.slugs(Array(statistics.properties.keys)) {
            let part = minter.datasetPart("property/" + slug)
            g.add(d, VOID.propertyPartition, part)
            g.add(part, VOID.property, iri)
            g.count(part, VOID.triples, statistics.properties[iri] ?? 0)
        }
        return Graph(g.sorted().triples)
    }

    /// The DCAT description: the dataset and one distribution per file.
    ///
    /// It conforms to DCAT-AP 3.0.0, the profile European data portals harvest: every
    /// distribution has a `dcat:accessURL` (the folder the dumps are published in) beside its
    /// `dcat:downloadURL`, and every value DCAT-AP expects to be of a class says so, since
    /// harvesters check classes without inference (`dct:Standard` for what it conforms to,
    /// `dct:MediaType` for media types and compression formats, `spdx:ChecksumAlgorithm`,
    /// `rdfs:Resource` for the URLs).
    func dcat(files: [DumpFile]) -> Graph {
        var g = TripleBuffer()
        let d = minter.dataset
        g.type(d, DCAT.Dataset)
        g.string(d, DCTerms.title, title)
        g.string(d, DCTerms.description, "Linked data about defence diplomacy (who met whom, in which post, where, when, and who said what), extracted from news articles.")
        var standards: Set<IRI> = [COMM.shapes, COMM.ontology]
        var mediaTypes = Set<IRI>()
        g.add(d, DCTerms.conformsTo, COMM.shapes)
        g.add(d, DCTerms.conformsTo, COMM.ontology)
        if let earliest = statistics.earliest, let latest = statistics.latest,
            let start = Self.date(earliest), let end = Self.date(latest)
        {
            let period = minter.datasetPart("temporal")
            g.add(d, DCTerms.temporal, period)
            g.type(period, DCTerms.PeriodOfTime)
            g.add(period, DCAT.startDate, start)
            g.add(period, DCAT.endDate, end)
        }
        let accessURL = IRI(unchecked: downloadBase)
        g.type(accessURL, RDFS.Resource)
        for file in files {
            let key = file.name.replacingOccurrences(of: ".", with: "-")
            let dist = minter.datasetPart("distribution/" + IRIMinter.percentEncode(key))
            g.add(d, DCAT.distribution, dist)
            g.type(dist, DCAT.Distribution)
            g.string(dist, DCTerms.title, file.title)
            let downloadURL = IRI(unchecked: downloadBase + IRIMinter.percentEncode(file.name))
            g.add(dist, DCAT.accessURL, accessURL)
            g.add(dist, DCAT.downloadURL, downloadURL)
            g.type(downloadURL, RDFS.Resource)
            // DCAT 3 §6.8: the media type is the content's; a compressed file adds dcat:compressFormat.
            let mediaType = Self.mediaTypeIRI(file.mediaType)
            g.add(dist, DCAT.mediaType, mediaType)
            mediaTypes.insert(mediaType)
            if file.gzipped {
                let gzip = Self.mediaTypeIRI("application/gzip")
                g.add(dist, DCAT.compressFormat, gzip)
                mediaTypes.insert(gzip)
            }
            g.add(dist, DCAT.byteSize, .literal(Literal(String(file.byteSize), datatype: XSD.nonNegativeInteger)))
            let checksum = IRI(unchecked: dist.string + "/checksum")
            g.add(dist, SPDX.checksum, checksum)
            g.type(checksum, SPDX.Checksum)
            g.add(checksum, SPDX.algorithm, SPDX.checksumAlgorithm_sha256)
            g.add(checksum, SPDX.checksumValue, .literal(Literal(file.sha256, datatype: IRI(unchecked: XSD.namespace + "hexBinary"))))
            if let format = file.format, format != .dot {
                g.add(dist, DCTerms.conformsTo, COMM.shapes)
                g.add(dist, DCTerms.conformsTo, Self.formatSpec(format))
                standards.insert(Self.formatSpec(format))
            }
        }
        g.type(SPDX.checksumAlgorithm_sha256, SPDX.ChecksumAlgorithm)
        for standard in standards { g.type(standard, DCTerms.Standard) }
        for mediaType in mediaTypes { g.type(mediaType, DCTerms.MediaType) }
        return Graph(g.sorted().triples)
    }

    static func date(_ lexical: String) -> Term? {
        CalendarDateLexical.isDate(lexical) ? .literal(Literal(lexical, datatype: XSD.date)) : nil
    }

    /// The IANA registry page of a media type, as DCAT 3 recommends for dcat:mediaType.
    static func mediaTypeIRI(_ type: String) -> IRI {
        IRI(unchecked: "https://www.iana.org/assignments/media-types/" + type)
    }

    /// The W3C specification a syntax conforms to.
    static func formatSpec(_ format: RDFFormat) -> IRI {
        switch format {
        case .turtle: IRI(unchecked: "http://www.w3.org/ns/formats/Turtle")
        case .ntriples: IRI(unchecked: "http://www.w3.org/ns/formats/N-Triples")
        case .nquads: IRI(unchecked: "http://www.w3.org/ns/formats/N-Quads")
        case .rdfxml: IRI(unchecked: "http://www.w3.org/ns/formats/RDF_XML")
        case .trig: IRI(unchecked: "http://www.w3.org/ns/formats/TriG")
        case .dot: IRI(unchecked: "https://graphviz.org/doc/info/lang.html")
        }
    }

    /// A readable, unique path segment per IRI ("schema-Person"), assigned in IRI order.
    static func slugs(_ iris: [IRI]) -> [(IRI, String)] {
        var taken = Set<String>()
        var out: [(IRI, String)] = []
        let namespaces = prefixes.map { ($0.key, $0.value) }.sorted { $0.1.count > $1.1.count } + [("cameo", CAMEO.namespace)]
        for iri in iris.sorted() {
            var base: String
            if let (prefix, ns) = namespaces.first(where: { iri.string.hasPrefix($0.1) }) {
                base = prefix + "-" + IRIMinter.percentEncode(String(iri.string.dropFirst(ns.count)))
            } else {
                base = IRIMinter.slug(iri.string)
            }
            var candidate = base
            var n = 2
            while !taken.insert(candidate).inserted {
                candidate = base + "-\(n)"
                n += 1
            }
            out.append((iri, candidate))
        }
        return out
    }
}

/// Checks `YYYY-MM-DD` lexical forms.
enum CalendarDateLexical {
    static func isDate(_ s: String) -> Bool {
        let u = Array(s.utf8)
        guard u.count == 10, u[4] == UInt8(ascii: "-"), u[7] == UInt8(ascii: "-") else { return false }
        return u.enumerated().allSatisfy { i, c in i == 4 || i == 7 || (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(c) }
    }
}
