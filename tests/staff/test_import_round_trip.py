"""An export read back in unchanged changes nothing: no history entry, no new version (so a
colleague editing at that moment hits no edit conflict); one changed cell is one history
entry. Driven through the workspace's own export and import pages, as staff use them."""

import re

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from groups.models import Group, Schedule, Venue
from tests.factories import GroupFactory, ScheduleFactory, VenueFactory

pytestmark = pytest.mark.django_db

CSV, XLSX = "0", "1"


@pytest.fixture
def old_groups(parkstad, heerlen_venue):
    """Groups as real data looks: started in 2017, two venues, a long text, a phone."""
    sittard = VenueFactory(name="Zaal De Ster", city="Sittard")
    rouwcafe = GroupFactory(
        name="Rouwcafé Geleen",
        contact_point=parkstad,
        format=Group.Format.HYBRID,
        languages=["nl", "en"],
        public_phone="046 123 45 67",
        cost=Group.Cost.CONTRIBUTION,
        cost_note="€ 2 voor koffie",
        description="Elke maand.\nOok in de zomer; behalve in juli.",
    )
    ScheduleFactory(group=rouwcafe, venue=heerlen_venue, first_date="2017-03-14")
    ScheduleFactory(group=rouwcafe, venue=sittard, ordinal=4, note="Sittard, achteringang")
    online = GroupFactory(name="Online lotgenoten", contact_point=parkstad, format="online")
    ScheduleFactory(group=online, venue=None, weekday=Schedule.Weekday.MONDAY)
    return [rouwcafe, online]


def export_file(client, model, file_format):
    url = reverse(f"admin:groups_{model}_export")
    form = client.get(url).context["form"]
    data = {"format": file_format, "resource": "0"}
    data.update({name: "on" for name in form.fields if "resource_" in name})
    response = client.post(url, data)
    assert response.status_code == 200
    return response.content


def import_file(client, model, content, file_format, name="groepen"):
    ext = "csv" if file_format == CSV else "xlsx"
    upload = SimpleUploadedFile(f"{name}.{ext}", content)
    preview = client.post(
        reverse(f"admin:groups_{model}_import"),
        {"import_file": upload, "format": file_format, "resource": "0"},
    )
    assert preview.status_code == 200, preview.content.decode()[:2000]
    assert "confirm_form" in preview.context, visible_text(preview)[:3000]
    confirm = preview.context["confirm_form"]
    done = client.post(
        reverse(f"admin:groups_{model}_process_import"),
        {name: confirm[name].value() for name in confirm.fields},
    )
    assert done.status_code == 302
    return preview


def visible_text(response):
    html = response.content.decode()
    html = html[html.find('id="content"') :]
    html = re.sub(r"<(script|style|svg)\b.*?</\1>", " ", html, flags=re.S)
    return " ".join(re.sub(r"<[^>]+>", " ", html).split())


def state():
    return (
        Group.history.count(),
        Schedule.history.count(),
        Venue.history.count(),
        dict(Group.objects.values_list("pk", "version")),
    )


@pytest.mark.parametrize("file_format", [CSV, XLSX])
@pytest.mark.parametrize("model", ["group", "schedule", "venue"])
def test_an_unchanged_export_read_back_writes_no_history_and_keeps_every_version(
    as_user, anja, old_groups, model, file_format
):
    client = as_user(anja)
    before = state()
    content = export_file(client, model, file_format)
    preview = import_file(client, model, content, file_format)
    assert state() == before
    html = preview.content.decode()
    assert "ongewijzigd" in html


def test_the_group_export_has_every_field_the_format_included(as_user, anja, old_groups):
    text = export_file(as_user(anja), "group", CSV).decode()
    header = text.splitlines()[0].split(",")
    for column in ("format", "languages", "public_phone", "contact_email", "themes", "slug"):
        assert column in header
    assert "hybrid" in text


def test_the_schedule_export_names_group_and_venue(as_user, anja, old_groups):
    text = export_file(as_user(anja), "schedule", CSV).decode()
    assert "Rouwcafé Geleen" in text and "Zaal De Ster" in text
    assert "2017-03-14" in text
    assert "Sittard, achteringang" in text


def test_one_changed_cell_is_one_history_entry(as_user, anja, old_groups):
    client = as_user(anja)
    content = export_file(client, "group", CSV).decode()
    changed = content.replace("046 123 45 67", "046 765 43 21")
    history, *_ = state()
    rouwcafe = Group.objects.get(name="Rouwcafé Geleen")
    preview = import_file(client, "group", changed.encode(), CSV)
    assert Group.history.count() == history + 1
    rouwcafe_after = Group.objects.get(pk=rouwcafe.pk)
    assert rouwcafe_after.public_phone == "046 765 43 21"
    assert rouwcafe_after.version == rouwcafe.version + 1
    assert Group.objects.get(name="Online lotgenoten").version == 1
    html = preview.content.decode()
    assert "gewijzigd" in html and "ongewijzigd" in html


def test_a_changed_meeting_time_is_one_schedule_history_entry(as_user, anja, old_groups):
    client = as_user(anja)
    content = export_file(client, "schedule", CSV).decode()
    changed = content.replace("Sittard, achteringang", "Sittard, voordeur", 1)
    before = Schedule.history.count()
    import_file(client, "schedule", changed.encode(), CSV)
    assert Schedule.history.count() == before + 1
    assert Schedule.objects.filter(note="Sittard, voordeur").count() == 1


def test_the_report_names_each_row_and_why_one_is_refused(
    as_user, anja, old_groups, maastricht_group
):
    client = as_user(anja)
    content = export_file(client, "group", CSV).decode()
    lines = content.splitlines()
    stranger = lines[1].replace(lines[1].split(",")[0], str(maastricht_group.external_id), 1)
    changed = "\r\n".join([*lines, stranger]) + "\r\n"
    before = state()
    upload = SimpleUploadedFile("groepen.csv", changed.encode())
    preview = client.post(
        reverse("admin:groups_group_import"),
        {"import_file": upload, "format": CSV, "resource": "0"},
    )
    text = visible_text(preview)
    assert "0 nieuw 0 gewijzigd 2 ongewijzigd 1 geweigerd" in text
    assert "Dit extern id hoort bij een groep van een ander contactpunt." in text
    assert "Er is nog niets ingelezen." in text
    assert state() == before
