"""Load the gazetteer (all Dutch PC4 areas, places, municipalities), Limburg's regions and
the theme taxonomy. Idempotent: running it again updates rows instead of adding them."""

import csv
import re
from collections import defaultdict
from pathlib import Path

from django.core.management import BaseCommand
from django.db import transaction
from django.utils.text import slugify

from contactpoints.models import Municipality, Place, PlaceAlias, PostcodeArea, Region
from contactpoints.text import fold_key

DATA = Path(__file__).resolve().parents[2] / "data"
THEMES = Path(__file__).resolve().parents[3] / "groups" / "data" / "themes.csv"

JUNK_PC4 = {"1234", "9999"}
PROVINCES = {
    "North Brabant": "Noord-Brabant",
    "South Holland": "Zuid-Holland",
    "North Holland": "Noord-Holland",
    "Guelders": "Gelderland",
    "Friesland": "Fryslân",
}
# GeoNames rows that file a PC4 under a second, wrong place: 2324 is Leiden, 3523 Utrecht,
# 3981 Bunnik, 7571 Oldenzaal. Their coordinates would drag the PC4's centre tens of kilometres away.
WRONG_ROWS = {
    ("2324", "Amersfoort"),
    ("3523", "Ouddorp"),
    ("3981", "Zeewolde"),
    ("7571", "2e Exloërmond"),
}
# GeoNames rows with wrong coordinates, corrected (latitude, longitude): Hoensbroek lies
# north-east of Heerlen, not south of Valkenburg; Castelre just west of Baarle-Nassau;
# Raamsdonk next to Raamsdonksveer, not by Oosterhout.
# tests/contactpoints/test_reference_data flags any PC4 far from its municipality's others.
CORRECTED = {"6431": (50.923, 5.925), "5114": (51.400, 4.867), "4944": (51.687, 4.906)}
# PC4 3221-3238 have no municipality in GeoNames: since 2023 they are Voorne aan Zee.
VOORNE_AAN_ZEE = ("1992", "Voorne aan Zee", "Zuid-Holland")


def clean_municipality_name(name: str) -> str:
    """GeoNames writes "Gemeente X", "X Municipality" (and misspellings of it) or "X."."""
    name = re.sub(r"^Gemeente\s+", "", name.strip())
    name = re.sub(r"\s+Municipal\w*$", "", name)
    return name.strip().rstrip(".").strip()


def read_gazetteer(path=DATA / "geonames-NL-postcodes.tsv"):
    """PC4 -> place, municipality, mean coordinates; municipality code -> name, province."""
    pc4_rows = defaultdict(list)
    municipalities = {}
    with open(path, encoding="utf-8") as handle:
        for row in csv.reader(handle, delimiter="\t"):
            pc4, place, province, muni_name, code = row[1], row[2], row[3], row[5], row[6]
            if pc4 in JUNK_PC4 or (pc4, place) in WRONG_ROWS:
                continue
            if not code:
                code, muni_name, province = VOORNE_AAN_ZEE
            province = PROVINCES.get(province, province)
            municipalities.setdefault(code, (clean_municipality_name(muni_name), province))
            latitude, longitude = CORRECTED.get(pc4, (float(row[9]), float(row[10])))
            pc4_rows[pc4].append((place, code, latitude, longitude))
    return pc4_rows, municipalities


class Command(BaseCommand):
    help = "Load PC4 postcodes, places, municipalities, Limburg regions and themes (idempotent)."

    @transaction.atomic
    def handle(self, *args, **options):
        pc4_rows, municipality_names = read_gazetteer()

        # Municipality centre: Limburg's from the curated file, others the mean of their PC4s.
        limburg = {}
        with open(DATA / "limburg-municipalities.csv", encoding="utf-8") as handle:
            for row in csv.DictReader(handle):
                limburg[row["gemeentecode"]] = row
        sums = defaultdict(lambda: [0.0, 0.0, 0])
        for rows in pc4_rows.values():
            for _, code, lat, lon in rows:
                s = sums[code]
                s[0] += lat
                s[1] += lon
                s[2] += 1

        regions = {}
        for row in limburg.values():
            name = row["regio"]
            if name not in regions:
                regions[name], _ = Region.objects.update_or_create(
                    slug=slugify(name), defaults={"name": name, "province": "Limburg"}
                )

        existing = {m.code: m for m in Municipality.objects.all()}
        used_slugs = {m.slug: m.code for m in existing.values()}
        municipalities = {}
        for code4, (name, province) in sorted(municipality_names.items()):
            code = f"GM{code4}"
            if code in limburg:
                lat, lon = (
                    float(limburg[code]["hoofdplaats_lat"]),
                    float(limburg[code]["hoofdplaats_lon"]),
                )
                name = limburg[code]["gemeentenaam"]
                region = regions[limburg[code]["regio"]]
            else:
                s = sums[code4]
                lat, lon, region = s[0] / s[2], s[1] / s[2], None
            slug = slugify(name)
            if used_slugs.get(slug, code) != code:
                slug = f"{slug}-{code4}"
            used_slugs[slug] = code
            muni = existing.get(code) or Municipality(code=code)
            muni.name, muni.slug, muni.province, muni.region = name, slug, province, region
            muni.latitude, muni.longitude = round(lat, 5), round(lon, 5)
            muni.save()
            municipalities[code4] = muni

        # Places: one per (name, municipality), at the mean of its rows.
        place_points = defaultdict(list)
        for rows in pc4_rows.values():
            for place, code, lat, lon in rows:
                place_points[(place, code)].append((lat, lon))
        existing_places = {(p.name, p.municipality_id): p for p in Place.objects.all()}
        for (name, code), points in place_points.items():
            muni = municipalities[code]
            place = existing_places.get((name, muni.pk)) or Place(name=name, municipality=muni)
            place.latitude = round(sum(p[0] for p in points) / len(points), 5)
            place.longitude = round(sum(p[1] for p in points) / len(points), 5)
            place.save()

        areas = []
        for pc4, rows in pc4_rows.items():
            place, code = rows[0][0], rows[0][1]
            area = PostcodeArea(
                pc4=pc4,
                place=place,
                municipality=municipalities[code],
                latitude=round(sum(r[2] for r in rows) / len(rows), 5),
                longitude=round(sum(r[3] for r in rows) / len(rows), 5),
            )
            area.place_key = fold_key(place)  # bulk_create skips save(), which sets it
            areas.append(area)
        PostcodeArea.objects.bulk_create(
            areas,
            update_conflicts=True,
            unique_fields=["pc4"],
            update_fields=["place", "place_key", "municipality", "latitude", "longitude"],
        )

        # Other names for places: added when missing, so coordinators' edits stay.
        aliases = 0
        with open(DATA / "place-aliases.csv", encoding="utf-8") as handle:
            for row in csv.DictReader(handle):
                if row["pc4"] in pc4_rows:
                    PlaceAlias.objects.get_or_create(
                        name_key=fold_key(row["name"]),
                        defaults={"name": row["name"], "area_id": row["pc4"], "note": row["note"]},
                    )
                    aliases += 1

        from groups.taxonomy import load_themes

        themes = load_themes(THEMES)
        self.stdout.write(
            f"{len(areas)} postcode areas, {len(place_points)} places, {len(municipalities)} municipalities, "
            f"{len(regions)} regions, {aliases} place aliases, {themes} themes"
        )
