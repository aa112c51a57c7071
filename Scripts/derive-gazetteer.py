#!/usr/bin/env python3
"""Derive the compact gazetteer tables that Sources/Extraction/Resources ships.

usage: Scripts/derive-gazetteer.py [GAZETTEER_DIR] [OUT_DIR]
  GAZETTEER_DIR defaults to ../shared/data/gazetteer (countries.json, geonames-cities15000.txt)
  OUT_DIR defaults to Sources/Extraction/Resources

countries.tsv: cca3, common name, official name, region, subregion, other names, demonyms
(singular and plural), the lists '|'-separated. Names and demonyms claimed by several
entries are kept only for the single UN member among them, else dropped as ambiguous,
so that e.g. "Congolese" never silently picks one of the two Congos.
cities.tsv: name, ISO alpha-2 country code, population, and for national capitals (GeoNames feature PPLC) the
cca3 of their country — capitals and cities of at least MIN_CITY_POPULATION people; a city whose name is also a
country name is left out. News writes a capital for its government ("Moscow denied …").
given-names.txt: first words of multi-word person names annotated in Wikigold and WNUT-17 (both CC BY 4.0),
  one a line — evidence that a capitalised pair like "Ulf Laessing" names a person.
"""
import json
import os
import re
import sys
from collections import defaultdict

MIN_CITY_POPULATION = 500_000
# Two-letter codes are too ambiguous as words ("IN", "NO", "IT"); these few are how news writes countries.
DISTINCTIVE_CODES = {"UK", "US", "USA", "UAE", "DRC", "PRC", "ROK", "DPRK", "KSA", "U.K.", "U.S.", "U.S.A."}
# Words that happen to be capital names but are ordinary English words at the start of a sentence.
# Short forms news uses that the source lists under no entry; added by hand, owned by the given code.
# The seats of government that news writes for the state itself ("the Kremlin said") are names of it too.
EXTRA_NAMES = {"GBR": ["Britain", "U.K."], "USA": ["America", "U.S.", "U.S.A.", "White House", "Pentagon"],
               "COD": ["D.R. Congo"], "RUS": ["Kremlin"]}
CITY_STOPWORDS = {"Male", "Victoria", "Hamilton", "Kingston", "Georgetown", "Of", "Mobile", "Nice", "Reading"}
# Alternative spellings that are also English words ("Small Island" is a novel, not Iceland), surnames
# or given names ("Mann", "Dominique"), or fragments of a longer official name ("Prathet", "Mexicanos").
ALIAS_STOPWORDS = {"Island", "Mann", "Dominique", "Prathet", "Portuguesa", "Mexicanos", "Zhonghua", "Guiana"}


def usable_name(name):
    """Latin-script names without commas (those are index forms like 'Congo, the Republic of the')."""
    if not name or "," in name or "(" in name:
        return False
    if name.isupper() and len(name) <= 4:
        return name in DISTINCTIVE_CODES
    return all(ch.isascii() or ch.isalpha() and ord(ch) < 0x250 for ch in name)


def plural(demonym):
    """English plural of a demonym: 'Russian' -> 'Russians'; 'British', 'Chinese', 'Swiss' stay."""
    if re.search(r"(ese|sh|ch|ss|s|x|z)$", demonym):
        return None
    if demonym.endswith("man"):
        return demonym[:-3] + "men"
    return demonym + "s"


def derive_countries(source):
    countries = json.load(open(source, encoding="utf-8"))
    claims = defaultdict(set)  # lower-cased name or demonym -> cca3 of every entry using it
    rows = {}
    for c in sorted(countries, key=lambda c: c["cca3"]):
        common = c["name"]["common"]
        official = c["name"]["official"]
        names = []
        for n in [official] + c.get("altSpellings", []) + EXTRA_NAMES.get(c["cca3"], []):
            if n != common and usable_name(n) and n not in names and n not in ALIAS_STOPWORDS:
                names.append(n)
        eng = c.get("demonyms", {}).get("eng", {})
        demonyms = []
        for d in (eng.get("m"), eng.get("f")):
            if d and d not in demonyms:
                demonyms.append(d)
        for d in list(demonyms):
            p = plural(d)
            if p and p not in demonyms:
                demonyms.append(p)
        rows[c["cca3"]] = {
            "cca3": c["cca3"], "common": common, "official": official,
            "region": c.get("region", ""), "subregion": c.get("subregion", ""),
            "names": names, "demonyms": demonyms, "un": bool(c.get("unMember")),
        }
        for n in [common] + names + demonyms:
            claims[n.lower()].add(c["cca3"])
    common_names = {r["common"].lower(): code for code, r in rows.items()}

    def owner(form):
        holders = claims[form.lower()]
        if form.lower() in common_names:
            return common_names[form.lower()]
        if len(holders) == 1:
            return next(iter(holders))
        members = [h for h in holders if rows[h]["un"]]
        return members[0] if len(members) == 1 else None

    for code, r in rows.items():
        r["names"] = [n for n in r["names"] if owner(n) == code]
        r["demonyms"] = [d for d in r["demonyms"] if owner(d) == code]
    return rows


def derive_cities(source, country_names):
    best = {}
    for line in open(source, encoding="utf-8"):
        cells = line.rstrip("\n").split("\t")
        if len(cells) < 15:
            continue
        name, code, feature = cells[1], cells[8], cells[7]
        population = int(cells[14] or 0)
        if feature != "PPLC" and population < MIN_CITY_POPULATION:
            continue
        if not usable_name(name) or name in CITY_STOPWORDS or name.lower() in country_names:
            continue
        if name not in best or best[name][1] < population:
            best[name] = (code, population, feature == "PPLC")
    return sorted((name, code, pop, capital) for name, (code, pop, capital) in best.items())


# Titles and function words that open annotated person spans but are not given names.
NOT_GIVEN_NAMES = {"Mr", "Mrs", "Ms", "Miss", "Dr", "President", "The", "General", "Sir", "Lord", "King", "Queen",
                   "Prince", "Princess", "Saint", "St", "Pope", "Captain", "Senator", "Governor", "Minister",
                   "Chancellor", "Prime", "Judge", "Coach", "Father", "Mother", "Uncle", "Aunt", "Lady", "Dame",
                   "Professor", "Sheikh", "Emperor", "Colonel", "Major", "Bishop", "Rev", "Reverend", "Brother",
                   "Sister", "Doctor", "Officer", "Agent", "Detective", "Sergeant", "Lieutenant", "Admiral", "Chief",
                   "Director", "Young", "Old", "Big", "Little", "Happy", "Dear", "Hey", "Hi", "Thank", "Thanks",
                   # name particles and place-name openers, not given names
                   "De", "Del", "Della", "Los", "Las", "San", "Santa", "El", "La", "Le", "Van", "Von", "Da", "Di", "Du",
                   "Al", "Bin", "Ibn", "Fort", "Port", "Lake", "Mount", "Real", "Super", "New", "North", "South", "East",
                   "West", "Saint", "Team", "Club", "Radio", "Air"}


def person_spans(path, separator, labels):
    """Token lists of person entities in a CoNLL-style file (IO or BIO tags)."""
    spans, current = [], []
    for line in open(path, encoding="utf-8"):
        line = line.rstrip("\n")
        cells = line.rsplit(separator, 1) if line.strip() else []
        if len(cells) != 2 or cells[0] == "-DOCSTART-":
            if current:
                spans.append(current)
            current = []
            continue
        token, label = cells
        if label.startswith("B-") and current:
            spans.append(current)
            current = []
        if label in labels:
            current.append(token)
        elif current:
            spans.append(current)
            current = []
    if current:
        spans.append(current)
    return spans


def derive_given_names(ner_dir, country_names):
    spans = person_spans(os.path.join(ner_dir, "wikigold", "wikigold.conll.txt"), " ", {"I-PER"})
    for name in ("wnut17train.conll", "emerging.dev.conll", "emerging.test.annotated"):
        spans += person_spans(os.path.join(ner_dir, "wnut17", name), "\t", {"B-person", "I-person"})
    names = set()
    for span in spans:
        first = span[0]
        if len(span) >= 2 and re.fullmatch(r"[A-Z][a-z]+(-[A-Z][a-z]+)?", first) and len(first) >= 2 \
                and first.lower() not in country_names and first not in NOT_GIVEN_NAMES:
            names.add(first)
    return sorted(names)


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    source = sys.argv[1] if len(sys.argv) > 1 else os.path.join(here, "..", "..", "shared", "data", "gazetteer")
    out = sys.argv[2] if len(sys.argv) > 2 else os.path.join(here, "..", "Sources", "Extraction", "Resources")
    rows = derive_countries(os.path.join(source, "countries.json"))
    with open(os.path.join(out, "countries.tsv"), "w", encoding="utf-8") as f:
        f.write("# Derived from mledoze/countries (ODbL 1.0) by Scripts/derive-gazetteer.py; see ATTRIBUTION.md\n")
        f.write("cca3\tname\tofficial\tregion\tsubregion\taliases\tdemonyms\n")
        for code in sorted(rows):
            r = rows[code]
            f.write("\t".join([code, r["common"], r["official"], r["region"], r["subregion"],
                               "|".join(r["names"]), "|".join(r["demonyms"])]) + "\n")
    names = {r["common"].lower() for r in rows.values()} | {n.lower() for r in rows.values() for n in r["names"]}
    cities = derive_cities(os.path.join(source, "geonames-cities15000.txt"), names)
    # A capital stands for its country only when that country is in countries.tsv.
    cca3_of = {c["cca2"]: c["cca3"] for c in json.load(open(os.path.join(source, "countries.json"), encoding="utf-8"))
               if c.get("cca2") and c["cca3"] in rows}
    with open(os.path.join(out, "cities.tsv"), "w", encoding="utf-8") as f:
        f.write("# Derived from GeoNames cities15000 (CC BY 4.0) by Scripts/derive-gazetteer.py; see ATTRIBUTION.md\n")
        f.write("name\tcountry\tpopulation\tcapital_of\n")
        for name, code, pop, capital in cities:
            f.write(f"{name}\t{code}\t{pop}\t{cca3_of.get(code, '') if capital else ''}\n")
    ner = os.path.join(source, "..", "ner")
    given = derive_given_names(ner, names)
    with open(os.path.join(out, "given-names.txt"), "w", encoding="utf-8") as f:
        f.write("# Derived from Wikigold and WNUT-17 person annotations (CC BY 4.0) by Scripts/derive-gazetteer.py\n")
        f.write("".join(n + "\n" for n in given))
    print(f"{len(rows)} countries, {len(cities)} cities, {len(given)} given names")


if __name__ == "__main__":
    main()
