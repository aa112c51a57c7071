#!/usr/bin/env python3
"""Derive Sources/Extraction/Resources/given-names-census.txt: US Census 1990 first names (public domain)
that are safe to read as "this capitalised pair names a person".

usage: Scripts/derive-given-names.py CENSUS_DIR [SHARED_DIR] [OUT_FILE]
  CENSUS_DIR holds dist.male.first and dist.female.first, the 1990 Census frequency lists as shipped
  in the PyPI package `names` 0.3.0 (`pip download names==0.3.0 --no-deps`, unpack, names-0.3.0/names/).
  SHARED_DIR defaults to ../shared (UD English EWT train and the GeoNames cities for the filters).
  OUT_FILE defaults to Sources/Extraction/Resources/given-names-census.txt.

A census name is left out when it is also
- an ordinary English word: written in lower case at least twice in UD English EWT train ("Will", "May",
  "Rose", "Grant", "Faith");
- a place or body the gazetteer knows, or any GeoNames town of 15,000 people ("Chelsea", "Georgia",
  "Florence", "Lincoln"), since news names teams and governments by their towns;
- a title or a month.
Names already in given-names.txt (Wikigold/WNUT-17) pass the filters, so that they get a sex too. Each name carries the sex
that bears it at least ten times as often as the other ("Carolyn" f, "Quentin" m), or "-" ("Jamie", "Kelly"):
evidence for which person "she" or "he" continues.
"""
import glob
import os
import sys

TITLES_AND_MONTHS = {
    "Lord", "Lady", "King", "Queen", "Prince", "Princess", "Sir", "Dame", "Judge", "Major", "General", "Bishop",
    "Pope", "Saint", "President", "Senator", "Governor", "Mayor", "Baron", "Earl", "Duke",
    "January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
    "November", "December", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday",
}


def census_names(directory):
    """Name → (share of men, share of women) who bear it, in percent."""
    names = {}
    for sex, file in ((0, "dist.male.first"), (1, "dist.female.first")):
        with open(os.path.join(directory, file), encoding="ascii") as handle:
            for line in handle:
                parts = line.split()
                if parts:
                    shares = names.setdefault(parts[0].capitalize(), [0.0, 0.0])
                    shares[sex] = float(parts[1])
    return names


# One sex in the US census, the other in the news of other countries ("Jean Reno", "Hilary Benn", "Andrea Pirlo",
# "Kim Howells"): no sex is better than a wrong one, which would turn "he" away from the right person.
CROSS_CULTURAL = {
    "Jean", "Hilary", "Andrea", "Nicola", "Michele", "Simone", "Kim", "Carol", "Dominique", "Claude", "Gabriele",
    "Daniele", "Joan", "Maria", "Rene", "Sacha", "Sasha", "Ashley", "Evelyn", "Vivian", "Lindsay", "Noel",
    "Marion", "Beverley", "Shirley", "Hillary", "Jocelyn", "Laurence", "Yannick", "Toni", "Jo", "Kelly",
}


def sex(name, shares):
    """'m' or 'f' when one sex bears the name at least ten times as often, else '-'."""
    if name in CROSS_CULTURAL:
        return "-"
    male, female = shares
    if male >= 10 * female:
        return "m"
    if female >= 10 * male:
        return "f"
    return "-"


def lower_case_words(shared):
    counts = {}
    for path in glob.glob(os.path.join(shared, "data/ud/en_ewt/*train*.conllu")):
        with open(path, encoding="utf-8") as handle:
            for line in handle:
                cells = line.split("\t")
                if len(cells) > 1 and cells[0].isdigit() and cells[1].islower():
                    counts[cells[1]] = counts.get(cells[1], 0) + 1
    if not counts:
        sys.exit(f"derive-given-names: no UD English EWT train file under {shared}/data/ud/en_ewt")
    return counts


def place_and_body_names(shared, resources):
    names = set()
    with open(os.path.join(shared, "data/gazetteer/geonames-cities15000.txt"), encoding="utf-8") as handle:
        for line in handle:
            cells = line.split("\t")
            if len(cells) > 2:
                names.update(cells[1].split())
                names.update(cells[2].split())
    for table in ("countries.tsv", "regions.tsv", "cities.tsv", "organizations.tsv"):
        with open(os.path.join(resources, table), encoding="utf-8") as handle:
            for line in handle:
                if line.startswith("#"):
                    continue
                for cell in line.rstrip("\n").split("\t"):
                    for name in cell.split("|"):
                        names.update(name.split())
    return names


def main():
    if len(sys.argv) < 2:
        sys.exit(__doc__)
    census = sys.argv[1]
    shared = sys.argv[2] if len(sys.argv) > 2 else "../shared"
    out = sys.argv[3] if len(sys.argv) > 3 else "Sources/Extraction/Resources/given-names-census.txt"
    resources = os.path.dirname(out) or "."
    with open(os.path.join(resources, "given-names.txt"), encoding="utf-8") as handle:
        existing = {line.strip() for line in handle if line.strip() and not line.startswith("#")}
    lower = lower_case_words(shared)
    places = place_and_body_names(shared, resources)
    census_shares = census_names(census)
    kept = sorted({
        name for name in census_shares
        if name in existing or (lower.get(name.lower(), 0) < 2 and name not in places
                                and name not in TITLES_AND_MONTHS and len(name) > 2)
    })
    with open(out + ".tmp", "w", encoding="utf-8") as handle:
        handle.write("# US Census 1990 first names (public domain), filtered by Scripts/derive-given-names.py; see ATTRIBUTION.md\n")
        handle.write("# Columns: name, then m or f when one sex bears it ten times as often as the other, else -\n")
        handle.write("".join(f"{name}\t{sex(name, census_shares[name])}\n" for name in kept))
    os.replace(out + ".tmp", out)
    print(f"{len(kept)} names written to {out}")


if __name__ == "__main__":
    main()
