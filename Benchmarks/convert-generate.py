#!/usr/bin/env python3
"""Writes a graph shaped like Communique's output (persons, organizations, posts, events,
quotations; literals with language tags and dates) as Turtle and as N-Triples, same triples.

usage: convert-generate.py TRIPLES OUT_PREFIX   ->  OUT_PREFIX.ttl, OUT_PREFIX.nt
Deterministic: the same arguments give the same files.
"""
import random
import sys

BASE = "https://communique.example/id/"
PREFIXES = {
    "schema": "https://schema.org/",
    "org": "http://www.w3.org/ns/org#",
    "prov": "http://www.w3.org/ns/prov#",
    "comm": "https://communique.example/vocab#",
    "xsd": "http://www.w3.org/2001/XMLSchema#",
    "rdf": "http://www.w3.org/1999/02/22-rdf-syntax-ns#",
    "id": BASE,
}
FIRST = ["Anna", "Boris", "Chen", "Dalia", "Émile", "Farida", "Günter", "Hiroshi", "Inès", "José", "Katarzyna", "Lars"]
LAST = ["Ivanova", "Müller", "Okafor", "Dupont", "Kowalski", "Nakamura", "García", "Haddad", "Jensen", "O'Brien"]
COUNTRIES = ["France", "Deutschland", "Polska", "日本", "Nigeria", "España", "Україна", "Italia"]
WORDS = "defence minister talks cooperation security agreement visit navy exercise joint statement said the on with and".split()


def esc(s):
    return s.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n")


def main():
    target = int(sys.argv[1])
    out = sys.argv[2]
    rnd = random.Random(7)
    triples = []  # (s, p, o) in N-Triples terms
    def iri(local):
        return f"<{BASE}{local}>"
    def p(prefix, local):
        return f"<{PREFIXES[prefix]}{local}>"
    def lit(text, lang=None, dtype=None):
        s = f'"{esc(text)}"'
        if lang:
            return s + "@" + lang
        if dtype:
            return s + f"^^<{PREFIXES['xsd']}{dtype}>"
        return s
    a = p("rdf", "type")
    n = 0
    nperson = max(10, target // 60)
    norg = max(5, target // 400)
    while len(triples) < target:
        k = n
        n += 1
        kind = k % 10
        date = f"20{10 + k % 15:02d}-{1 + k % 12:02d}-{1 + k % 28:02d}"
        if kind < 3:  # person
            s = iri(f"person/{k}")
            name = f"{rnd.choice(FIRST)} {rnd.choice(LAST)} {k}"
            triples += [(s, a, p("schema", "Person")), (s, p("schema", "name"), lit(name)),
                        (s, p("schema", "alternateName"), lit(name.upper(), lang="en")),
                        (s, p("schema", "nationality"), iri(f"country/{rnd.randrange(len(COUNTRIES))}")),
                        (s, p("schema", "sameAs"), f"<http://www.wikidata.org/entity/Q{k * 7 + 11}>")]
        elif kind < 4:  # organization
            s = iri(f"org/{k}")
            triples += [(s, a, p("org", "Organization")), (s, a, p("comm", "Ministry")),
                        (s, p("schema", "name"), lit(f"Ministry of Defence {k}", lang="en")),
                        (s, p("schema", "name"), lit(f"Ministère de la Défense {k}", lang="fr")),
                        (s, p("schema", "location"), iri(f"country/{rnd.randrange(len(COUNTRIES))}"))]
        elif kind < 6:  # post holding
            s = iri(f"post/{k}")
            triples += [(s, a, p("org", "Membership")), (s, p("org", "member"), iri(f"person/{rnd.randrange(nperson) * 10 // 10}")),
                        (s, p("org", "organization"), iri(f"org/{rnd.randrange(norg)}")),
                        (s, p("org", "role"), iri(f"role/{rnd.randrange(40)}")),
                        (s, p("schema", "startDate"), lit(date, dtype="date")),
                        (s, p("prov", "wasDerivedFrom"), iri(f"article/{k // 20}"))]
        elif kind < 8:  # event
            s = iri(f"event/{k}")
            triples += [(s, a, p("schema", "Event")), (s, p("comm", "eventType"), p("comm", rnd.choice(["Meeting", "Visit", "Talks"]))),
                        (s, p("schema", "startDate"), lit(date, dtype="date")),
                        (s, p("schema", "attendee"), iri(f"person/{rnd.randrange(nperson)}")),
                        (s, p("schema", "attendee"), iri(f"person/{rnd.randrange(nperson)}")),
                        (s, p("schema", "location"), iri(f"place/{rnd.randrange(500)}")),
                        (s, p("schema", "description"), lit(" ".join(rnd.choice(WORDS) for _ in range(12)), lang="en"))]
        else:  # quotation
            s = iri(f"quote/{k}")
            text = " ".join(rnd.choice(WORDS) for _ in range(20)) + " — \"quoted\" «ok»"
            triples += [(s, a, p("schema", "Quotation")), (s, p("schema", "text"), lit(text, lang="en")),
                        (s, p("schema", "spokenByCharacter"), iri(f"person/{rnd.randrange(nperson)}")),
                        (s, p("schema", "dateCreated"), lit(date + "T10:00:00Z", dtype="dateTime")),
                        (s, p("comm", "evidence"), lit(f"{k * 13 % 5000}", dtype="integer"))]
    triples = triples[:target]
    with open(out + ".nt", "w", encoding="utf-8") as f:
        for s, pr, o in triples:
            f.write(f"{s} {pr} {o} .\n")
    # Turtle: prefixes, subjects grouped with ';'.
    def short(term):
        if term.startswith("<"):
            body = term[1:-1]
            for prefix, ns in PREFIXES.items():
                if body.startswith(ns):
                    local = body[len(ns):]
                    if local and all(c.isalnum() or c in "_-" for c in local) and local[0].isalpha():
                        return f"{prefix}:{local}"
            return term
        if "^^<" in term:
            lex, dt = term.rsplit("^^", 1)
            return lex + "^^" + short(dt)
        return term
    with open(out + ".ttl", "w", encoding="utf-8") as f:
        for prefix, ns in PREFIXES.items():
            f.write(f"@prefix {prefix}: <{ns}> .\n")
        f.write("\n")
        last = None
        for s, pr, o in triples:
            pr_s = "a" if pr == a else short(pr)
            if s == last:
                f.write(f" ;\n    {pr_s} {short(o)}")
            else:
                if last is not None:
                    f.write(" .\n")
                f.write(f"{short(s)} {pr_s} {short(o)}")
                last = s
        f.write(" .\n")


if __name__ == "__main__":
    main()
