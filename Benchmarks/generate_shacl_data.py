#!/usr/bin/env python3
"""Generate a Turtle data graph shaped like Communique's exports, for the SHACL benchmark.

Articles mention persons, organizations and countries; persons hold posts in organizations;
articles report meetings (events with attendees, a date, a location, an evidence span) and
quotations (text, speaker, a source span); NIF spans point back at the article text. About 1 %
of the entities carry a planted violation of one of several kinds (see PLANTED below), so the
validators have results to agree on.

Usage: generate_shacl_data.py TRIPLES OUTPUT.ttl [--seed N]
Prints the number of triples written and the planted violations by kind to stderr.
Deterministic: the same arguments give the same file.
"""
import random
import sys

PREFIXES = """@prefix rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
@prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
@prefix schema: <https://schema.org/> .
@prefix org: <http://www.w3.org/ns/org#> .
@prefix prov: <http://www.w3.org/ns/prov#> .
@prefix nif: <http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#> .
@prefix itsrdf: <http://www.w3.org/2005/11/its/rdf#> .
@prefix comm: <https://communique.example/vocab#> .
@prefix cameo: <https://communique.example/vocab/cameo#> .
@prefix d: <https://communique.example/id/> .

"""

PLANTED = [
    "person-without-name",          # sh:minCount on schema:name
    "person-name-two-english",      # sh:uniqueLang
    "person-name-bad-language",     # sh:languageIn
    "country-code-pattern",         # sh:pattern on schema:identifier
    "meeting-one-attendee",         # sh:qualifiedMinCount 2 persons
    "attendee-not-a-person",        # sh:class via sh:qualifiedValueShape / sh:or
    "event-date-ill-typed",         # sh:datatype xsd:date, "2022-13-45"
    "quotation-extra-property",     # sh:closed
    "post-holder-nationless",       # sequence path org:heldBy/schema:nationality minCount
    "organization-parent-person",   # sh:class and sh:not on schema:parentOrganization
]

FIRST = ["Amina", "Boris", "Chen", "Dario", "Elena", "Farid", "Grace", "Hiro", "Ines", "Jonas", "Kofi", "Lena",
         "Mateo", "Nadia", "Omar", "Priya", "Quentin", "Rosa", "Sven", "Tariq", "Uma", "Viktor", "Wen", "Yusuf"]
LAST = ["Abbas", "Becker", "Costa", "Dubois", "Eriksen", "Fischer", "Garcia", "Haddad", "Ivanova", "Jensen",
        "Kowalski", "Lindqvist", "Moreau", "Nakamura", "Okafor", "Petrov", "Rossi", "Santos", "Tanaka", "Weber"]
COUNTRIES = ["AF", "AL", "DZ", "AR", "AU", "AT", "BE", "BR", "CA", "CL", "CN", "CO", "HR", "CZ", "DK", "EG", "EE",
             "FI", "FR", "DE", "GR", "HU", "IN", "ID", "IE", "IL", "IT", "JP", "JO", "KE", "KR", "LV", "LT", "MY",
             "MX", "MA", "NL", "NZ", "NG", "NO", "PK", "PE", "PH", "PL", "PT", "QA", "RO", "SA", "SN", "RS", "SG",
             "SK", "SI", "ZA", "ES", "SE", "CH", "TH", "TN", "TR", "UA", "AE", "GB", "US", "VN"]
ROLES = ["Minister of Defence", "Chief of Defence Staff", "Chief of Army Staff", "Ambassador", "Defence Attaché",
         "Chief of Naval Staff", "Air Chief Marshal", "Deputy Minister", "Secretary of State"]


def lit(text):
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'


class Writer:
    def __init__(self, out):
        self.out = out
        self.triples = 0
        self.planted = {kind: 0 for kind in PLANTED}

    def subject(self, iri, pairs):
        """pairs: list of (predicate, [objects])."""
        parts = []
        for predicate, objects in pairs:
            if not objects:
                continue
            self.triples += len(objects)
            parts.append(f"    {predicate} " + ", ".join(objects))
        self.out.write(f"{iri}\n" + " ;\n".join(parts) + " .\n")


def main():
    args = sys.argv[1:]
    seed = 7
    if "--seed" in args:
        i = args.index("--seed")
        seed = int(args[i + 1])
        del args[i:i + 2]
    if len(args) != 2:
        sys.exit(__doc__)
    target = int(args[0])
    rng = random.Random(seed)
    with open(args[1], "w", encoding="utf-8") as out:
        out.write(PREFIXES)
        w = Writer(out)
        # Countries first (fixed), then articles until the target is reached.
        for code in COUNTRIES:
            w.subject(f"d:country-{code}", [
                ("a", ["schema:Country"]),
                ("schema:name", [lit(f"Country {code}") + "@en"]),
                ("schema:identifier", [lit(code)]),
            ])
        persons = []
        organizations = []
        article = 0

        def plant(kind):
            # Each chance to plant a kind fires with probability 0.4 %: about 1 % of the
            # entities end up with a planted violation.
            if rng.random() < 0.004:
                w.planted[kind] += 1
                return True
            return False

        while w.triples < target:
            article += 1
            a = f"d:article-{article}"
            text_length = rng.randint(1500, 4000)
            ctx = f"<https://communique.example/id/article-{article}/text#char=0,{text_length}>"
            mentions = []
            # One or two new organizations, two to four new persons, each with a post.
            for _ in range(rng.randint(1, 2)):
                o = f"d:org-{len(organizations) + 1}"
                country = rng.choice(COUNTRIES)
                parent = []
                if organizations and rng.random() < 0.3:
                    parent = [rng.choice(organizations)]
                if persons and plant("organization-parent-person"):
                    parent = [rng.choice(persons)]
                w.subject(o, [
                    ("a", ["schema:Organization"]),
                    ("schema:name", [lit(f"Ministry {len(organizations) + 1} of {country}") + "@en"]),
                    ("schema:address", [f"d:country-{country}"]),
                    ("schema:parentOrganization", parent),
                ])
                organizations.append(o)
                mentions.append(o)
            new_persons = []
            for _ in range(rng.randint(2, 4)):
                n = len(persons) + 1
                p = f"d:person-{n}"
                name = f"{rng.choice(FIRST)} {rng.choice(LAST)} {n}"
                names = [lit(name) + "@en"]
                if rng.random() < 0.3:
                    names.append(lit(name) + "@fr")
                if plant("person-without-name"):
                    names = []
                elif plant("person-name-two-english"):
                    names.append(lit(name + " Jr") + "@en")
                elif plant("person-name-bad-language"):
                    names = [lit(name) + "@xx"]
                country = rng.choice(COUNTRIES)
                nationality = [f"d:country-{country}"]
                post = f"d:post-{n}"
                if plant("post-holder-nationless"):
                    nationality = []
                w.subject(p, [
                    ("a", ["schema:Person"]),
                    ("schema:name", names),
                    ("schema:alternateName", [lit(name.split()[1])] if rng.random() < 0.5 else []),
                    ("schema:nationality", nationality),
                    ("org:holds", [post]),
                ])
                w.subject(post, [
                    ("a", ["org:Post"]),
                    ("rdfs:label", [lit(rng.choice(ROLES))]),
                    ("org:postIn", [rng.choice(organizations)]),
                    ("org:heldBy", [p]),
                    ("prov:wasDerivedFrom", [f"<https://communique.example/id/article-{article}/text#char={10 * n % 900},{10 * n % 900 + 25}>"]),
                ])
                persons.append(p)
                new_persons.append(p)
                mentions.append(p)
            # Spans: one per mention (NIF phrases) plus the context.
            spans = []
            for i, entity in enumerate(mentions):
                begin = 40 * i
                span = f"<https://communique.example/id/article-{article}/text#char={begin},{begin + 20}>"
                w.subject(span, [
                    ("a", ["nif:Phrase"]),
                    ("nif:beginIndex", [f'"{begin}"^^xsd:nonNegativeInteger']),
                    ("nif:endIndex", [f'"{begin + 20}"^^xsd:nonNegativeInteger']),
                    ("nif:anchorOf", [lit(f"mention {i}")]),
                    ("nif:referenceContext", [ctx]),
                    ("itsrdf:taIdentRef", [entity]),
                ])
                spans.append(span)
            w.subject(ctx, [
                ("a", ["nif:Context"]),
                ("nif:beginIndex", ['"0"^^xsd:nonNegativeInteger']),
                ("nif:endIndex", [f'"{text_length}"^^xsd:nonNegativeInteger']),
                ("nif:sourceUrl", [a]),
            ])
            # A meeting between two or three persons.
            event = f"d:article-{article}-event-1"
            attendees = rng.sample(persons[-8:], min(len(persons[-8:]), rng.randint(2, 3)))
            if plant("meeting-one-attendee"):
                attendees = attendees[:1]
            elif plant("attendee-not-a-person"):
                attendees = [attendees[0], rng.choice(organizations)]
            date = f'"2022-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"^^xsd:date'
            if plant("event-date-ill-typed"):
                date = '"2022-13-45"^^xsd:date'
            w.subject(event, [
                ("a", ["schema:Event", "comm:Meeting"]),
                ("rdfs:label", [lit(f"Meeting {article}")]),
                ("schema:attendee", attendees),
                ("schema:startDate", [date]),
                ("schema:location", [f"d:country-{rng.choice(COUNTRIES)}"]),
                ("comm:eventType", ["cameo:042"]),
                ("comm:evidence", [spans[0]]),
            ])
            # A quotation.
            quotation = f"d:article-{article}-quotation-1"
            pairs = [
                ("a", ["schema:Quotation"]),
                ("schema:text", [lit("We agreed to deepen our defence cooperation " + str(article))]),
                ("schema:spokenByCharacter", [rng.choice(new_persons)]),
                ("prov:wasDerivedFrom", [spans[-1]]),
            ]
            if plant("quotation-extra-property"):
                pairs.append(("schema:keywords", [lit("unexpected")]))
            w.subject(quotation, pairs)
            w.subject(a, [
                ("a", ["schema:NewsArticle"]),
                ("schema:identifier", [lit(f"{article:06d}_benchmark")]),
                ("schema:datePublished", [date if "13-45" not in date else '"2022-01-01"^^xsd:date']),
                ("schema:headline", [lit(f"Defence talks {article}")]),
                ("schema:mentions", mentions),
                ("schema:about", [event]),
                ("schema:hasPart", [quotation]),
            ])
        # Country codes that break the pattern: a few extra countries.
        bad = max(1, w.triples // 100_000)
        for i in range(bad):
            w.planted["country-code-pattern"] += 1
            w.subject(f"d:country-bad-{i}", [
                ("a", ["schema:Country"]),
                ("schema:name", [lit(f"Nowhere {i}") + "@en"]),
                ("schema:identifier", [lit(f"x{i}")]),
            ])
    print(f"{w.triples} triples, {article} articles, {len(persons)} persons; planted: "
          + ", ".join(f"{k} {v}" for k, v in w.planted.items()), file=sys.stderr)


if __name__ == "__main__":
    main()
