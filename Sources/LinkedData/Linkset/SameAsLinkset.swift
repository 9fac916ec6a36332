import Extraction
import Foundation
import RDFModel

/// The `owl:sameAs` links between person IRIs that only the corpus as a whole can decide, written
/// beside the dumps as `communique.links.nt` and described in the VoID as a `void:Linkset`.
///
/// Keys (``PersonNameKey``) already give one IRI to the spellings of one name. What a key
/// cannot decide is a name written more fully in another article: a middle name ("Qamar Bajwa",
/// "Qamar Javed Bajwa"), a dynastic part ("Khalid bin Salman Al Saud"), a suffix ("Lloyd J.
/// Austin III"). The shorter IRI is linked to the longer one when
///
/// 1. the longer name extends the shorter (``PersonNameKey/isExtended(by:)``: same first and
///    last word, no initials added to a name that has a middle part, no other generational suffix);
/// 2. the corpus gives evidence they are one person: the same post (IRI), or the same post
///    title and the same nationality, or a person both met. A shared country alone is not
///    enough: a father and a son of one name share it;
/// 3. it is the only such longer name: "George Bush" beside "George W. Bush" and "George H. W.
///    Bush" is left alone.
///
/// The links go from the shorter name to the longer, sorted; the dumps themselves stay as the
/// articles give them, so shards still merge by concatenation, and ``ShardMerge`` (which replays
/// the articles through the same writer) gives the same linkset as one run.
struct SameAsLinkset {
    /// The links, as (shorter, longer) IRIs, sorted.
    let links: [(IRI, IRI)]

    /// The file name's extension, after the export's stem.
    static let fileExtension = "links.nt"

    /// Decides the links from what the articles said.
    init(evidence: PersonEvidence) {
        let persons = evidence.persons
        // Candidates by what a shorter name shares with them: its first and last word (words
        // inserted), or all its words before a particle (a dynastic tail). Linear in the persons.
        var byEnds: [String: [String]] = [:]
        var byHead: [String: [String]] = [:]
        for (iri, person) in persons {
            guard let words = person.key?.words, words.count >= 3 else { continue }
            byEnds[words[0] + " " + words[words.count - 1], default: []].append(iri)
            for n in 2..<words.count where person.key!.particleFollowed[n] {
                byHead[words[..<n].joined(separator: " "), default: []].append(iri)
            }
        }
        var links: [(IRI, IRI)] = []
        for (iri, person) in persons {
            guard let key = person.key, key.words.count >= 2 else { continue }
            let group = (byEnds[key.words[0] + " " + key.words[key.words.count - 1]] ?? [])
                + (byHead[key.words.joined(separator: " ")] ?? [])
            var candidates: [String] = []
            for other in group where other != iri && !candidates.contains(other) {
                guard let longer = persons[other], let longerKey = longer.key, key.isExtended(by: longerKey),
                    Self.sharesEvidence(person, longer)
                else { continue }
                candidates.append(other)
            }
            if candidates.count == 1 { links.append((IRI(unchecked: iri), IRI(unchecked: candidates[0]))) }
        }
        links.sort { $0.0.string != $1.0.string ? $0.0.string < $1.0.string : $0.1.string < $1.1.string }
        self.links = links
    }

    /// Whether two persons hold the same post, or a post of the same title with the same
    /// nationality, or met the same person.
    static func sharesEvidence(_ a: PersonEvidence.Person, _ b: PersonEvidence.Person) -> Bool {
        if !a.posts.isDisjoint(with: b.posts) { return true }
        if !a.counterparts.isDisjoint(with: b.counterparts) { return true }
        guard !a.nationalities.isDisjoint(with: b.nationalities) else { return false }
        let titles = Set(a.posts.map(title(ofPost:)))
        return b.posts.contains { titles.contains(title(ofPost: $0)) }
    }

    /// The title part of a post IRI (its last path segment: `…/post/pk/pakistan-army/chief-of-army-staff`).
    static func title(ofPost iri: String) -> Substring {
        iri.lastIndex(of: "/").map { iri[iri.index(after: $0)...] } ?? Substring(iri)
    }

    /// The links as triples.
    var triples: [Triple] { links.map { Triple(.iri($0.0), OWL.sameAs, .iri($0.1)) } }
}

extension VOID {
    /// `void:Linkset`: a collection of RDF links between two datasets (here: within one).
    static let Linkset = IRI(unchecked: namespace + "Linkset")
    /// `void:linkPredicate`: the predicate of the links of a linkset.
    static let linkPredicate = IRI(unchecked: namespace + "linkPredicate")
    /// `void:target`: a dataset the links of a linkset point into.
    static let target = IRI(unchecked: namespace + "target")
}
