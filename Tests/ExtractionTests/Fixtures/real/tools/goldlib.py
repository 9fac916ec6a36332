"""Small helpers to write gold files in the format of shared/gold/README.md (used to write Fixtures/real/gold)."""
import json, os

GOLD = os.path.join(os.path.dirname(__file__), "..", "gold")


def P(name, aliases=(), country=None, posts=(), id=None, optional=False):
    d = {"name": name, "aliases": list(aliases), "country": country, "posts": list(posts)}
    if id: d["id"] = id
    if optional: d["optional"] = True
    return d


def T(title, org=None, aliases=(), optional=False):
    d = {"title": title, "org": org, "aliases": list(aliases)}
    if optional: d["optional"] = True
    return d


def O(name, aliases=(), country=None, id=None, optional=False):
    d = {"name": name, "aliases": list(aliases), "country": country}
    if id: d["id"] = id
    if optional: d["optional"] = True
    return d


def C(name, optional=False):
    return {"name": name, "optional": True} if optional else name


def E(type, attendees, date=None, alts=(), location=None, also=(), optional=False, evidence=None):
    d = {"type": type, "attendees": list(attendees), "alsoPresent": list(also), "date": date,
         "dateAlternatives": list(alts), "location": location}
    if evidence: d["evidence"] = evidence
    if optional: d["optional"] = True
    return d


def Q(speaker, text, type="Person"):
    return {"speaker": speaker, "speakerType": type, "text": text}


def write(article, published, persons, orgs, countries, events, quotes=(), places=(), notes=None):
    d = {"article": article, "datePublished": published, "persons": persons, "organizations": orgs,
         "countries": countries, "places": list(places), "events": events, "quotes": list(quotes)}
    if notes: d["notes"] = notes
    with open(os.path.join(GOLD, article + ".json"), "w", encoding="utf-8") as f:
        json.dump(d, f, ensure_ascii=False, indent=1)
        f.write("\n")
