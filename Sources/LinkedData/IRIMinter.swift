import Foundation
import RDFModel

/// Mints the IRIs of an export from stable keys, so that two runs, or two machines working
/// on different shards, give the same thing the same IRI.
///
/// Everything lives under one base IRI (``defaultBase`` unless `--base` says otherwise):
///
/// | what | IRI |
/// |---|---|
/// | person, by normalized name key | `{base}person/qamar-javed-bajwa` |
/// | organization, by key (may be country-qualified) | `{base}organization/pk/ministry-of-foreign-affairs` |
/// | country, by ISO 3166-1 alpha-2 code | `{base}country/pk` |
/// | place, by key | `{base}place/pk/rawalpindi` |
/// | post, by organization and title | `{base}post/pakistan-army/chief-of-army-staff` |
/// | article, by identifier (file stem) | `{base}article/000_4ff5d05d431df1af` |
/// | its named graph (N-Quads) | `{base}article/000_4ff5d05d431df1af/graph` |
/// | its text, and spans of it (RFC 5147, as NIF does) | `{base}article/000_4ff5d05d431df1af/text#char=12,30` |
/// | its events, quotations, post holdings (1-based ordinals) | `{base}article/000_4ff5d05d431df1af/event/1` |
///
/// Entity keys are normalized again here (case folded, diacritics dropped, anything but
/// letters and digits made a hyphen), so "Qamar Javed Bajwa" and "qamar-javed-bajwa" give the
/// same IRI. Article identifiers are percent-encoded instead, so distinct files never share one.
/// Things local to an article live under `{base}article/`; everything else is shared.
public struct IRIMinter: Sendable, Hashable {
    /// The base IRI used when none is given.
    public static let defaultBase = "https://communique.example/id/"

    /// The base IRI, ending in `/` or `#`.
    public let base: String

    /// Creates a minter for a base IRI.
    ///
    /// - Throws: ``ExportError/invalidBaseIRI(_:reason:)`` unless the base is an absolute
    ///   `http`, `https`, `urn` or `tag` IRI without characters IRIs may not hold.
    ///   A base that ends in neither `/` nor `#` gets a `/`.
    public init(base: String = IRIMinter.defaultBase) throws {
        guard let colon = base.firstIndex(of: ":"), colon != base.startIndex else {
            throw ExportError.invalidBaseIRI(base, reason: "it is not absolute (it needs a scheme such as https:)")
        }
        let scheme = base[..<colon].lowercased()
        guard scheme.unicodeScalars.allSatisfy({ ("a"..."z").contains($0) || ("0"..."9").contains($0) || "+-.".unicodeScalars.contains($0) }),
            scheme.unicodeScalars.first.map({ ("a"..."z").contains($0) }) ?? false
        else {
            throw ExportError.invalidBaseIRI(base, reason: "its scheme \"\(scheme)\" is not a URI scheme")
        }
        do {
            _ = try IRI(base)
        } catch {
            throw ExportError.invalidBaseIRI(base, reason: "\(error)")
        }
        if base.contains("#") && !base.hasSuffix("#") {
            throw ExportError.invalidBaseIRI(base, reason: "it has a fragment; end it with \"/\" or \"#\"")
        }
        self.base = base.hasSuffix("/") || base.hasSuffix("#") ? base : base + "/"
    }

    // MARK: Shared entities

    /// A person, by key.
    public func person(_ key: String) -> IRI { IRI(unchecked: base + "person/" + Self.slugPath(key)) }

    /// An organization, by key.
    public func organization(_ key: String) -> IRI { IRI(unchecked: base + "organization/" + Self.slugPath(key)) }

    /// The government of a country: the organization of a post whose text names only the country.
    public func government(ofCountry code: String) -> IRI {
        IRI(unchecked: base + "organization/" + Self.countrySegment(code) + "/government")
    }

    /// A country, by ISO 3166-1 alpha-2 code.
    public func country(_ code: String) -> IRI { IRI(unchecked: base + "country/" + Self.countrySegment(code)) }

    /// A place, by key.
    public func place(_ key: String) -> IRI { IRI(unchecked: base + "place/" + Self.slugPath(key)) }

    /// A post: a title in an organization, the organization given by its IRI under this base.
    public func post(organization: IRI, title: String) -> IRI {
        let orgPath = organization.string.hasPrefix(base + "organization/")
            ? String(organization.string.dropFirst(base.count + "organization/".count)) : Self.slugPath(organization.string)
        return IRI(unchecked: base + "post/" + orgPath + "/" + Self.slug(title))
    }

    // MARK: Article-local things

    /// The prefix of every IRI that belongs to one article only.
    public var articleSpace: String { base + "article/" }

    /// An article, by identifier.
    public func article(_ identifier: String) -> IRI { IRI(unchecked: articleSpace + Self.percentEncode(identifier)) }

    /// The named graph that holds what an article states (in N-Quads).
    public func graph(ofArticle identifier: String) -> IRI { graph(ofArticle: article(identifier)) }

    /// The named graph of the article `article` (an IRI from ``article(_:)``).
    public func graph(ofArticle article: IRI) -> IRI { IRI(unchecked: article.string + "/graph") }

    /// A span of an article's text, as an RFC 5147 `char=` fragment (offsets in Unicode scalars).
    public func span(ofArticle identifier: String, start: Int, end: Int) -> IRI {
        IRI(unchecked: article(identifier).string + "/text#char=\(start),\(end)")
    }

    /// A span of the text of the article `article` (an IRI from ``article(_:)``).
    public func span(ofArticle article: IRI, start: Int, end: Int) -> IRI {
        var s = article.string
        s.reserveCapacity(s.utf8.count + 32)
        s += "/text#char="
        s += String(start)
        s += ","
        s += String(end)
        return IRI(unchecked: s)
    }

    /// The n-th (1-based) event of an article.
    public func event(ofArticle identifier: String, ordinal: Int) -> IRI { event(ofArticle: article(identifier), ordinal: ordinal) }

    /// The n-th (1-based) event of the article `article` (an IRI from ``article(_:)``).
    public func event(ofArticle article: IRI, ordinal: Int) -> IRI { Self.numbered(article, "/event/", ordinal) }

    /// The n-th (1-based) quotation of an article.
    public func quotation(ofArticle identifier: String, ordinal: Int) -> IRI {
        quotation(ofArticle: article(identifier), ordinal: ordinal)
    }

    /// The n-th (1-based) quotation of the article `article` (an IRI from ``article(_:)``).
    public func quotation(ofArticle article: IRI, ordinal: Int) -> IRI { Self.numbered(article, "/quotation/", ordinal) }

    /// The n-th (1-based) post holding an article states.
    public func holding(ofArticle identifier: String, ordinal: Int) -> IRI {
        holding(ofArticle: article(identifier), ordinal: ordinal)
    }

    /// The n-th (1-based) post holding the article `article` (an IRI from ``article(_:)``) states.
    public func holding(ofArticle article: IRI, ordinal: Int) -> IRI { Self.numbered(article, "/holding/", ordinal) }

    private static func numbered(_ article: IRI, _ path: String, _ ordinal: Int) -> IRI {
        var s = article.string
        s.reserveCapacity(s.utf8.count + path.utf8.count + 8)
        s += path
        s += String(ordinal)
        return IRI(unchecked: s)
    }

    /// Whether an IRI belongs to one article only (and so is never repeated across articles).
    public func isArticleLocal(_ iri: String) -> Bool { iri.hasPrefix(articleSpace) }

    // MARK: The dataset

    /// The dataset as a whole (VoID and DCAT).
    public var dataset: IRI { IRI(unchecked: base + "dataset") }

    /// A node of the dataset description ("distribution/ttl", "class/3").
    public func datasetPart(_ path: String) -> IRI { IRI(unchecked: base + "dataset/" + path) }

    // MARK: Keys

    /// Normalizes one key segment: case folded, diacritics removed, every run of characters
    /// that are not letters or digits made one hyphen, no leading or trailing hyphen.
    /// A segment with no letter or digit becomes `_`.
    public static func slug(_ text: String) -> String {
        // Fast path: keys the extractor already normalized ("qamar-javed-bajwa").
        var ascii = !text.isEmpty
        var previousHyphen = true
        for byte in text.utf8 {
            let isHyphen = byte == UInt8(ascii: "-")
            guard (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(byte) || (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte)
                || (isHyphen && !previousHyphen)
            else {
                ascii = false
                break
            }
            previousHyphen = isHyphen
        }
        if ascii && !previousHyphen { return text }
        if let ascii = asciiSlug(text) { return ascii }
        let folded = text.folding(options: [.caseInsensitive, .diacriticInsensitive, .widthInsensitive], locale: nil)
            .lowercased()
        var out = String.UnicodeScalarView()
        var pendingHyphen = false
        for scalar in folded.unicodeScalars {
            let p = scalar.properties
            if p.isAlphabetic || p.numericType != nil {
                if pendingHyphen && !out.isEmpty { out.append("-") }
                pendingHyphen = false
                out.append(scalar)
            } else if p.generalCategory == .nonspacingMark || p.generalCategory == .spacingMark {
                if !out.isEmpty { out.append(scalar) }  // marks of scripts that need them stay
            } else {
                pendingHyphen = true
            }
        }
        let result = String(out).precomposedStringWithCanonicalMapping
        return result.isEmpty ? "_" : result
    }

    /// ``slug(_:)`` of ASCII text, on bytes (for ASCII, folding is lower-casing, the letters and
    /// digits are the only alphabetic and numeric scalars, and there are no marks); `nil` otherwise.
    static func asciiSlug(_ text: String) -> String? {
        var out: [UInt8] = []
        out.reserveCapacity(text.utf8.count)
        var pendingHyphen = false
        for byte in text.utf8 {
            guard byte < 0x80 else { return nil }
            let lower = byte >= 65 && byte <= 90 ? byte + 32 : byte
            if (lower >= 97 && lower <= 122) || (lower >= 48 && lower <= 57) {
                if pendingHyphen && !out.isEmpty { out.append(UInt8(ascii: "-")) }
                pendingHyphen = false
                out.append(lower)
            } else {
                pendingHyphen = true
            }
        }
        return out.isEmpty ? "_" : String(decoding: out, as: UTF8.self)
    }

    /// Normalizes a key of `/`-separated segments ("pk/Ministry of Defence" → "pk/ministry-of-defence").
    public static func slugPath(_ key: String) -> String {
        if isSlugPath(key) { return key }
        let segments = key.split(separator: "/", omittingEmptySubsequences: true).map { slug(String($0)) }
        return segments.isEmpty ? "_" : segments.joined(separator: "/")
    }

    /// Whether a key is already what ``slugPath(_:)`` makes of it: non-empty segments of
    /// lower-case ASCII letters, digits and single inner hyphens, separated by single `/`.
    static func isSlugPath(_ key: String) -> Bool {
        var previous = UInt8(ascii: "/")  // a segment may not start with a hyphen, and none may be empty
        for byte in key.utf8 {
            switch byte {
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "0")...UInt8(ascii: "9"): break
            case UInt8(ascii: "-"), UInt8(ascii: "/"):
                if previous == UInt8(ascii: "-") || previous == UInt8(ascii: "/") { return false }
            default: return false
            }
            previous = byte
        }
        return previous != UInt8(ascii: "-") && previous != UInt8(ascii: "/")
    }

    /// The lower-case form of an ISO 3166-1 code, or a slug of anything else.
    static func countrySegment(_ code: String) -> String { slug(code) }

    /// Percent-encodes every UTF-8 byte outside RFC 3986's unreserved characters.
    public static func percentEncode(_ text: String) -> String {
        if !text.isEmpty, text.utf8.allSatisfy(isUnreserved) { return text }
        var out = ""
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "a")...UInt8(ascii: "z"),
                UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "-"), UInt8(ascii: "."), UInt8(ascii: "_"),
                UInt8(ascii: "~"):
                out.unicodeScalars.append(Unicode.Scalar(byte))
            default:
                let hex = String(byte, radix: 16, uppercase: true)
                out += "%" + (hex.count == 1 ? "0" + hex : hex)
            }
        }
        return out.isEmpty ? "_" : out
    }

    /// Whether a byte is one of RFC 3986's unreserved characters.
    @inline(__always) static func isUnreserved(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "0")...UInt8(ascii: "9"),
            UInt8(ascii: "-"), UInt8(ascii: "."), UInt8(ascii: "_"), UInt8(ascii: "~"):
            true
        default: false
        }
    }
}
