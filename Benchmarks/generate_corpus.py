#!/usr/bin/env python3
"""Generate a corpus of synthetic news articles about defence diplomacy for the export benchmark.

Usage: generate_corpus.py OUT_DIR COUNT [--seed N]

Each article recombines the sentence patterns of the seed articles (datelines, call-ons,
delegation-level talks, telephone calls, visits, quotations reported by a media wing, dates
relative to the publication date, photo captions) with other names, posts, organizations,
countries and dates, so that the corpus has many distinct persons (memory that grows with
entities) and realistic text (~2 KB per article, like the seeds). Deterministic for a seed.
"""
import os
import random
import sys
import datetime

FIRST = ["Ahmed", "Bilal", "Carlos", "Dmitri", "Elena", "Farhan", "Giulia", "Hassan", "Ingrid", "Jamal", "Kenji",
         "Lars", "Mehmet", "Nadia", "Omar", "Pierre", "Qasim", "Rafael", "Sofia", "Tariq", "Ulrich", "Viktor",
         "Wang", "Xavier", "Yusuf", "Zainab", "Anders", "Beatriz", "Chen", "Darius", "Emre", "Fatima", "Gustavo",
         "Hiroshi", "Imran", "Joao", "Khalid", "Leila", "Marek", "Nikolai", "Olga", "Pablo", "Rashid", "Selim"]
MIDDLE = ["", "", "", "Javed", "Ali", "Maria", "Hamid", "Anwar", "Luis", "Karim", "Aziz", "Noor"]
LAST = ["Khan", "Rossi", "Petrov", "Yilmaz", "Tanaka", "Silva", "Dubois", "Schmidt", "Haddad", "Rahman", "Novak",
        "Larsen", "Moreau", "Ivanov", "Qureshi", "Malik", "Santos", "Fischer", "Kowalski", "Nakamura", "Hussain",
        "Akhtar", "Lindqvist", "Costa", "Mansour", "Okafor", "Volkov", "Demir", "Farouk", "Saleh", "Jensen",
        "Bajwa", "Raza", "Siddiqui", "Chaudhry", "Abbasi", "Leclerc", "Horvath", "Andersen", "Mendez"]
# (country, demonym)
COUNTRIES = [("Belgium", "Belgian"), ("Iraq", "Iraqi"), ("Iran", "Iranian"), ("China", "Chinese"), ("Russia", "Russian"),
             ("Turkey", "Turkish"), ("Germany", "German"), ("France", "French"), ("Italy", "Italian"), ("Japan", "Japanese"),
             ("Egypt", "Egyptian"), ("Saudi Arabia", "Saudi"), ("Indonesia", "Indonesian"), ("Malaysia", "Malaysian"),
             ("Brazil", "Brazilian"), ("Nigeria", "Nigerian"), ("Poland", "Polish"), ("Sweden", "Swedish"),
             ("Greece", "Greek"), ("Jordan", "Jordanian"), ("Qatar", "Qatari"), ("Oman", "Omani"), ("Kenya", "Kenyan"),
             ("Spain", "Spanish"), ("Hungary", "Hungarian"), ("Bangladesh", "Bangladeshi"), ("Sri Lanka", "Sri Lankan"),
             ("Uzbekistan", "Uzbek"), ("Azerbaijan", "Azerbaijani"), ("Morocco", "Moroccan")]
HOST = [("Pakistan", "Pakistani")]
POSTS = [("Chief of Army Staff", "General", "Army"), ("Chief of Naval Staff", "Admiral", "Navy"),
         ("Chief of Air Staff", "Air Chief Marshal", "Air Force"), ("Chief of Defence", "General", "Armed Forces"),
         ("Defence Minister", "", None), ("Foreign Minister", "", None), ("Chief of General Staff", "Lieutenant General", "Army"),
         ("Commander of the Land Forces", "Major General", "Army")]
PLACES = ["GHQ", "the Joint Staff Headquarters", "the Naval Headquarters", "the Air Headquarters", "the Ministry of Defence"]
CITIES = ["RAWALPINDI", "ISLAMABAD", "KARACHI", "LAHORE"]
AGENCIES = ["APP", "Reuters", "AFP"]
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
TOPICS = ["matters of mutual interest", "regional security", "defence production", "counter-terrorism cooperation",
          "training exchanges", "maritime security", "peace and stability in the region", "bilateral defence ties"]


def person(rng):
    middle = rng.choice(MIDDLE)
    return " ".join(x for x in (rng.choice(FIRST), middle, rng.choice(LAST)) if x)


def article(rng, index):
    pub = datetime.date(2019, 1, 1) + datetime.timedelta(days=rng.randrange(0, 5 * 365))
    meet = pub - datetime.timedelta(days=rng.randrange(0, 6))
    weekday = WEEKDAYS[meet.weekday()]
    host_country, host_adj = HOST[0]
    guest_country, guest_adj = rng.choice(COUNTRIES)
    third_country, third_adj = rng.choice([c for c in COUNTRIES if c[0] != guest_country])
    host, guest, other, third = person(rng), person(rng), person(rng), person(rng)
    host_post, host_rank, host_branch = rng.choice(POSTS[:4])
    guest_post, guest_rank, guest_branch = rng.choice(POSTS)
    other_post, other_rank, _ = rng.choice(POSTS)
    place = rng.choice(PLACES)
    city = rng.choice(CITIES)
    agency = rng.choice(AGENCIES)
    topics = rng.sample(TOPICS, 3)
    host_last = host.split()[-1]
    guest_title = (guest_rank + " " if guest_rank else "")
    lines = [f" date {pub.isoformat()}"]
    if rng.random() < 0.5:
        lines.append(f"(L-R) {host_post} {host_rank} {host} with {guest_adj} {guest_post} {guest_title}{guest}. — ISPR")
        lines.append("")
    lines.append(
        f"{city}, {pub.strftime('%b')} {pub.day} ({agency}): {guest_adj} {guest_post} {guest_title}{guest} called on "
        f"{host_post}{' (COAS)' if host_post == 'Chief of Army Staff' else ''} {host_rank} {host} at {place} on {weekday}, "
        f"the Inter-Services Public Relations (ISPR) said.")
    lines.append(f"During the meeting, {topics[0]}, {topics[1]} and {topics[2]} were discussed.")
    quote = rng.choice([
        f"{host_country} values its relations with {guest_country} and wants to further strengthen bilateral cooperation",
        f"{host_country} desires to maintain the tradition of bilateral engagement with {guest_country}",
        f"peace and stability in the region is our shared objective",
    ])
    lines.append(f"“{quote},” the ISPR quoted {host_rank} {host_last} as saying.")
    lines.append(f"The visiting dignitary appreciated {host_country}'s efforts for {rng.choice(TOPICS)}.")
    if rng.random() < 0.6:
        lines.append(f"Later, {guest} also held delegation-level talks with {host_adj} {other_post} {other} at the Ministry of Defence.")
    if rng.random() < 0.4:
        lines.append(f"Earlier, {host_rank} {host_last} had a telephone call with {third_adj} {other_post} {third}.")
    if rng.random() < 0.5:
        lines.append(f"{guest} is in {host_country} on an official visit from {meet.day} to {(meet + datetime.timedelta(days=3)).day} "
                     f"{meet.strftime('%B')} {meet.year}.")
    lines.append(f"Both sides agreed to enhance cooperation in {rng.choice(TOPICS)} and to continue high-level exchanges.")
    if rng.random() < 0.3:
        lines.append(f"“We look forward to closer ties with {host_country},” {guest} said.")
    lines.append("")
    lines.append("Read More: " + rng.choice(["Army chief meets envoy", "Defence ties reviewed", "Visit concludes"]))
    return "\n".join(lines) + "\n"


def main(argv):
    if len(argv) < 3:
        sys.exit(__doc__)
    out, count = argv[1], int(argv[2])
    seed = int(argv[argv.index("--seed") + 1]) if "--seed" in argv else 20240123
    rng = random.Random(seed)
    os.makedirs(out, exist_ok=True)
    total = 0
    for i in range(count):
        text = article(rng, i)
        sub = os.path.join(out, f"{i // 1000:03d}")
        os.makedirs(sub, exist_ok=True)
        with open(os.path.join(sub, f"synthetic-{i:06d}.txt"), "w", encoding="utf-8") as fh:
            fh.write(text)
        total += len(text.encode("utf-8"))
    print(f"{count} articles, {total} bytes in {out}")


if __name__ == "__main__":
    main(sys.argv)
