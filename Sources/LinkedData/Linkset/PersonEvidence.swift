import Extraction
import RDFModel

/// What the articles of an export say about each person IRI that can show two IRIs name one
/// person: the name, the posts held, the nationality and the persons met. Gathered from the
/// mapped articles' triples as they are written, so an export and a merge of its shards
/// (which replays the same triples in the same order) gather the same evidence.
///
/// Memory grows with the distinct persons, not with the articles.
struct PersonEvidence {
    /// One person IRI.
    struct Person {
        /// The key of the first `schema:name` given (an article's lines are sorted: `org:holds` comes first).
        var key: PersonNameKey?
        init() {}
        /// `org:holds` objects (post IRIs).
        var posts: Set<String> = []
        /// `schema:nationality` objects (country IRIs).
        var nationalities: Set<String> = []
        /// Person IRIs attending an event with this one.
        var counterparts: Set<String> = []
    }

    let personSpace: String
    let identity: IdentityKeys?
    private(set) var persons: [String: Person] = [:]

    init(minter: IRIMinter, identity: IdentityKeys?) {
        personSpace = minter.base + "person/"
        self.identity = identity
    }

    /// The role of an article's predicate for the evidence.
    private enum Role { case unknown, name, holds, nationality, attendee, other }

    /// Notes what `article` says about persons.
    mutating func add(_ article: MappedArticle) {
        var roles = [Role](repeating: .unknown, count: article.terms.count)
        var isPerson = [UInt8](repeating: 0, count: article.terms.count)  // 0 unknown, 1 person, 2 not
        func person(_ t: Int32) -> String? {
            let i = Int(t)
            if isPerson[i] == 0 {
                isPerson[i] = article.terms[i].iri.map { $0.string.hasPrefix(personSpace) } == true ? 1 : 2
            }
            return isPerson[i] == 1 ? article.terms[i].iri?.string : nil
        }
        var attendees: [Int32: [String]] = [:]
        for statement in article.statements {
            let p = Int(statement.predicate)
            if roles[p] == .unknown {
                let iri = article.terms[p].iri
                roles[p] = iri == Schema.name ? .name : iri == ORG.holds ? .holds : iri == Schema.nationality ? .nationality
                    : iri == Schema.attendee ? .attendee : .other
            }
            switch roles[p] {
            case .name:
                guard let subject = person(statement.subject), persons[subject]?.key == nil,
                    case .literal(let name) = article.terms[Int(statement.object)]
                else { continue }
                persons[subject, default: Person()].key =
                    identity?.person(name.lexicalForm) ?? PersonNameKey(name.lexicalForm, variants: NameVariants())
            case .holds:
                guard let subject = person(statement.subject), let post = article.terms[Int(statement.object)].iri else { continue }
                persons[subject, default: Person()].posts.insert(post.string)
            case .nationality:
                guard let subject = person(statement.subject), let country = article.terms[Int(statement.object)].iri else { continue }
                persons[subject, default: Person()].nationalities.insert(country.string)
            case .attendee:
                guard let attendee = person(statement.object) else { continue }
                attendees[statement.subject, default: []].append(attendee)
            case .unknown, .other:
                continue
            }
        }
        for (_, group) in attendees where group.count > 1 {
            for a in group {
                for b in group where b != a { persons[a, default: Person()].counterparts.insert(b) }
            }
        }
    }
}
