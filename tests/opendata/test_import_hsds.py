"""manage.py import_hsds: another directory's HSDS export into one contact point."""

import csv
import json
from io import StringIO

import pytest
from django.core.management import CommandError, call_command

from contactpoints.models import Municipality
from groups.models import Group
from opendata.models import ImportedRecord

pytestmark = pytest.mark.django_db


def a_service(sid="svc-1", name="Lotgenoten Long Covid Heerlen", **extra):
    service = {
        "id": sid,
        "name": name,
        "description": "Voor mensen met long covid.\nWe delen tips en steunen elkaar.",
        "status": "active",
        "url": "https://andere-gids.example/groepen/long-covid",
        "email": "groep@andere-gids.example",
        "organization": {"id": "org-1", "name": "Stichting Adem", "description": "x"},
        "phones": [{"id": "p1", "number": "045 765 4321"}],
        "languages": [{"id": "l1", "code": "nl"}, {"id": "l2", "code": "de"}],
        "service_at_locations": [
            {
                "id": "sal-1",
                "location": {
                    "id": "loc-1",
                    "location_type": "physical",
                    "name": "Gezondheidscentrum Zuid",
                    "latitude": 50.88,
                    "longitude": 5.97,
                    "accessibility": [{"id": "a1", "description": "Rolstoeltoegankelijk"}],
                    "addresses": [
                        {
                            "id": "ad1",
                            "address_1": "Zuidstraat 4",
                            "city": "Heerlen",
                            "postal_code": "6411AB",
                            "country": "NL",
                            "state_province": "Limburg",
                            "address_type": "physical",
                        }
                    ],
                },
            }
        ],
        "schedules": [
            {
                "id": "s1",
                "freq": "MONTHLY",
                "byday": "1WE",
                "opens_at": "19:30",
                "closes_at": "21:00",
                "dtstart": "2019-01-02",
                "description": "niet in juli",
            }
        ],
        "attributes": [
            {
                "id": "at1",
                "taxonomy_term": {"id": "t1", "name": "x", "description": "x", "code": "A04"},
            }
        ],
    }
    service.update(extra)
    return service


@pytest.fixture
def export(tmp_path):
    outside = a_service("svc-2", "Groep in Venlo")
    outside["service_at_locations"][0]["location"]["addresses"][0]["postal_code"] = "5911AA"
    outside["service_at_locations"][0]["location"].update(latitude=51.37, longitude=6.17)
    daily = a_service(
        "svc-3",
        "Dagelijkse inloop",
        schedules=[
            {"id": "s", "freq": "DAILY", "byday": "MO", "opens_at": "10:00", "closes_at": "11:00"}
        ],
    )
    nameless = a_service("svc-4", "")
    path = tmp_path / "export.json"
    path.write_text(
        json.dumps({"total_items": 4, "contents": [a_service(), outside, daily, nameless]})
    )
    return path


def run(path, cp, *flags):
    out = StringIO()
    call_command("import_hsds", str(path), "--contact-point", cp.slug, *flags, stdout=out)
    return out.getvalue()


def test_a_dry_run_reports_everything_and_stores_nothing(export, parkstad_cp):
    report = run(export, parkstad_cp, "--dry-run")
    assert "new       svc-1  Lotgenoten Long Covid Heerlen" in report
    assert (
        "refused   svc-2  Groep in Venlo: locatie 'Gezondheidscentrum Zuid': ligt buiten het werkgebied"
        in report
    )
    assert (
        "refused   svc-3  Dagelijkse inloop: bijeenkomst: herhaling DAILY kent HSDS 3.0 niet"
        in report
    )
    assert "refused   svc-4  (zonder naam): geen naam" in report
    assert "Dry run (nothing stored): 1 new, 0 changed, 0 unchanged, 3 refused" in report
    assert not Group.objects.exists() and not ImportedRecord.objects.exists()


def test_new_groups_wait_for_review_and_a_second_run_changes_nothing(export, parkstad_cp):
    run(export, parkstad_cp)
    group = Group.objects.get()
    assert group.status == Group.Status.IN_REVIEW
    assert group.contact_point == parkstad_cp
    assert group.organisation == "Stichting Adem" and group.public_phone == "045 765 4321"
    assert group.languages == ["nl", "de"]
    assert [t.icpc_codes for t in group.themes.all()] and any(
        "A04" in t.icpc_codes for t in group.themes.all()
    )
    schedule = group.schedules.get()
    assert (schedule.freq, schedule.weekday, schedule.ordinal, str(schedule.start_time)) == (
        "MONTHLY",
        2,
        1,
        "19:30:00",
    )
    assert schedule.venue.wheelchair_accessible and schedule.venue.municipality.code == "GM0917"
    report = run(export, parkstad_cp)
    assert "unchanged svc-1" in report and "0 new" in report
    assert Group.objects.count() == 1


def test_changes_are_only_applied_when_told_to_publish(export, parkstad_cp, tmp_path):
    run(export, parkstad_cp)
    changed = tmp_path / "changed.json"
    changed.write_text(json.dumps([a_service(name="Long Covid lotgenoten Heerlen")]))
    report = run(changed, parkstad_cp)
    assert "changed   svc-1" in report and "name" in report and "niet overgenomen" in report
    assert Group.objects.get().name == "Lotgenoten Long Covid Heerlen"
    run(changed, parkstad_cp, "--publish")
    assert Group.objects.get().name == "Long Covid lotgenoten Heerlen"
    assert "unchanged svc-1" in run(changed, parkstad_cp)


def test_publish_publishes_new_groups_at_once(export, parkstad_cp):
    run(export, parkstad_cp, "--publish")
    assert Group.objects.get().status == Group.Status.PUBLISHED


def test_the_tabular_csv_form_imports_the_same(parkstad_cp, tmp_path):
    def write(name, rows):
        with (tmp_path / f"{name}.csv").open("w", newline="") as f:
            w = csv.DictWriter(f, fieldnames=list(rows[0]))
            w.writeheader()
            w.writerows(rows)

    write(
        "services",
        [
            {
                "id": "c1",
                "name": "Mantelzorgcafé Heerlen",
                "description": "Koffie en steun.",
                "status": "active",
                "organization_id": "o1",
                "email": "",
            }
        ],
    )
    write("organizations", [{"id": "o1", "name": "Mantelzorg Parkstad", "description": "x"}])
    write(
        "locations",
        [
            {
                "id": "l1",
                "location_type": "physical",
                "name": "Buurthuis",
                "latitude": "50.88",
                "longitude": "5.97",
            }
        ],
    )
    write(
        "addresses",
        [
            {
                "id": "a1",
                "location_id": "l1",
                "address_1": "Markt 1",
                "city": "Heerlen",
                "postal_code": "6411 AB",
                "country": "NL",
                "state_province": "Limburg",
                "address_type": "physical",
            }
        ],
    )
    write("service_at_locations", [{"id": "x1", "service_id": "c1", "location_id": "l1"}])
    write(
        "schedules",
        [
            {
                "id": "s1",
                "service_id": "c1",
                "location_id": "l1",
                "freq": "WEEKLY",
                "interval": "2",
                "byday": "TH",
                "opens_at": "10:00",
                "closes_at": "11:30",
                "dtstart": "2024-01-04",
            }
        ],
    )
    report = run(tmp_path, parkstad_cp)
    assert "new       c1  Mantelzorgcafé Heerlen" in report
    group = Group.objects.get()
    assert group.organisation == "Mantelzorg Parkstad"
    assert group.schedules.get().interval == 2


def test_our_own_api_export_imports_into_a_contact_point(client, directory, parkstad_cp, tmp_path):
    listing = client.get("/api/hsds/services?full=true&per_page=100").json()
    path = tmp_path / "zelfhulpkaart.json"
    path.write_text(json.dumps(listing))
    before = Group.objects.count()
    report = run(path, parkstad_cp, "--dry-run")
    # It meets in Kerkrade too, which this contact point does not cover (yet).
    assert "refused   " + str(directory["old"].external_id) in report
    assert "'Wijkcentrum Kerkrade': ligt buiten het werkgebied" in report
    parkstad_cp.municipalities.add(Municipality.objects.get(code="GM0928"))
    report = run(path, parkstad_cp, "--dry-run")
    assert "3 new, 0 changed, 0 unchanged, 0 refused" in report
    assert Group.objects.count() == before


def test_an_unknown_contact_point_or_file_is_an_error(parkstad_cp, tmp_path):
    with pytest.raises(CommandError):
        call_command("import_hsds", str(tmp_path / "x.json"), "--contact-point", "nope")
    with pytest.raises(CommandError):
        call_command("import_hsds", str(tmp_path / "x.json"), "--contact-point", parkstad_cp.slug)
