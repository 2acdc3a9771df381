"""CSP violations are reported to our own endpoint and counted: one row per day, directive,
blocked address and page path; nothing about the visitor; kept 30 days."""

import json
from datetime import date, timedelta

import pytest
import time_machine
from django.conf import settings
from django.core.management import call_command
from django.test import Client
from hypothesis import HealthCheck, given
from hypothesis import settings as hypothesis_settings
from hypothesis import strategies as st

from cspreports import reports
from cspreports.models import CspReport

pytestmark = pytest.mark.django_db

URL = "/csp-report/"
TODAY = date(2026, 3, 2)


def old_style(page="https://zelfhulpkaart.nl/zoeken/?q=depressie", blocked="inline"):
    return json.dumps(
        {
            "csp-report": {
                "document-uri": page,
                "referrer": "",
                "violated-directive": "script-src-elem",
                "effective-directive": "script-src-elem",
                "original-policy": "default-src 'self'",
                "blocked-uri": blocked,
                "status-code": 200,
            }
        }
    )


def reporting_api(*bodies):
    return json.dumps(
        [
            {
                "type": "csp-violation",
                "age": 10,
                "url": b["documentURL"],
                "user_agent": "UA/1",
                "body": b,
            }
            for b in bodies
        ]
    )


def post(client, body, content_type="application/csp-report", address="203.0.113.7", **extra):
    return client.post(URL, body, content_type=content_type, REMOTE_ADDR=address, **extra)


def test_every_page_names_the_report_endpoint_in_its_csp(client):
    response = client.get("/")
    policy = response["Content-Security-Policy"]
    assert "report-uri /csp-report/" in policy
    assert "report-to csp" in policy
    assert response["Reporting-Endpoints"] == 'csp="/csp-report/"'


def test_a_report_is_stored_counted_and_without_the_query_string(client):
    with time_machine.travel(TODAY):
        assert post(client, old_style()).status_code == 204
        assert post(client, old_style()).status_code == 204
    row = CspReport.objects.get()
    assert (row.day, row.directive, row.blocked, row.page, row.count) == (
        TODAY,
        "script-src-elem",
        "inline",
        "/zoeken/",
        2,
    )


def test_blocked_addresses_are_kept_without_query_and_data_urls_as_their_scheme(client):
    post(client, old_style(blocked="https://cdn.example/lib.js?user=anja#x"))
    post(client, old_style(blocked="data:image/png;base64,AAAA"))
    assert set(CspReport.objects.values_list("blocked", flat=True)) == {
        "https://cdn.example/lib.js",
        "data",
    }


def test_another_page_or_another_day_is_another_row(client):
    with time_machine.travel(TODAY):
        post(client, old_style())
        post(client, old_style(page="https://zelfhulpkaart.nl/themas/"))
    with time_machine.travel(TODAY + timedelta(days=1)):
        post(client, old_style())
    assert CspReport.objects.count() == 3
    assert set(CspReport.objects.values_list("count", flat=True)) == {1}


def test_reporting_api_batches_are_counted_per_violation(client):
    body = reporting_api(
        {
            "documentURL": "https://zelfhulpkaart.nl/beheer/groups/group/export/",
            "effectiveDirective": "style-src-attr",
            "blockedURL": "inline",
            "disposition": "enforce",
        },
        {
            "documentURL": "https://zelfhulpkaart.nl/beheer/groups/group/export/",
            "effectiveDirective": "script-src-attr",
            "blockedURL": "inline",
            "disposition": "enforce",
        },
    )
    assert post(client, body, content_type="application/reports+json").status_code == 204
    assert sorted(CspReport.objects.values_list("directive", "page")) == [
        ("script-src-attr", "/beheer/groups/group/export/"),
        ("style-src-attr", "/beheer/groups/group/export/"),
    ]


def test_nothing_about_the_visitor_is_kept(client):
    post(client, old_style(), address="198.51.100.23", HTTP_USER_AGENT="Mozilla/5.0 Geheim")
    fields = {f.name for f in CspReport._meta.get_fields()}
    assert fields == {"id", "day", "directive", "blocked", "page", "count"}
    stored = " ".join(str(v) for v in CspReport.objects.values_list().get())
    assert "198.51.100" not in stored and "Geheim" not in stored and "depressie" not in stored


def test_browsers_post_without_a_csrf_token_and_get_no_cookie():
    response = post(Client(enforce_csrf_checks=True), old_style())
    assert response.status_code == 204
    assert not response.cookies


@pytest.mark.parametrize(
    ("body", "status"),
    [
        (b"not json", 400),
        (b"\xff\xfe\xed\xa0\x80", 400),
        (b"42", 400),
        (b'{"csp-report": "x"}', 204),
        (b'{"csp-report": {"effective-directive": "<script>"}}', 204),
        (b'[{"type": "csp-violation", "body": null}, 7, "x"]', 204),
        (b"", 400),
    ],
)
def test_junk_gets_a_short_answer_and_stores_nothing(client, body, status):
    assert post(client, body).status_code == status
    assert not CspReport.objects.exists()


@given(body=st.binary(max_size=300) | st.text(max_size=300).map(str.encode))
@hypothesis_settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
def test_no_body_makes_a_500(client, body):
    assert post(client, body).status_code in (204, 400, 429)


def test_a_large_body_is_refused_unread(client):
    body = old_style(page="https://zelfhulpkaart.nl/" + "a" * 20_000)
    assert post(client, body).status_code == 413
    assert not CspReport.objects.exists()


def test_only_post(client):
    assert client.get(URL).status_code == 405


def test_one_address_is_heard_30_times_an_hour(client):
    for _ in range(30):
        assert post(client, old_style()).status_code == 204
    response = post(client, old_style())
    assert response.status_code == 429
    assert int(response["Retry-After"]) > 0
    assert post(client, old_style(), address="198.51.100.9").status_code == 204
    assert CspReport.objects.get().count == 31


def test_made_up_reports_cannot_grow_the_table_without_end(client, monkeypatch):
    monkeypatch.setattr(reports, "MAX_NEW_ROWS_PER_DAY", 2)
    for n in range(4):
        post(client, old_style(page=f"https://zelfhulpkaart.nl/p{n}/"), address=f"203.0.113.{n}")
    post(client, old_style(page="https://zelfhulpkaart.nl/p0/"))
    assert sorted(CspReport.objects.values_list("page", "count")) == [("/p0/", 2), ("/p1/", 1)]


def test_the_daily_job_deletes_reports_after_30_days(client):
    with time_machine.travel(TODAY - timedelta(days=31)):
        post(client, old_style(page="https://zelfhulpkaart.nl/oud/"))
    with time_machine.travel(TODAY - timedelta(days=30)):
        post(client, old_style(page="https://zelfhulpkaart.nl/nog-net/"))
    with time_machine.travel(TODAY):
        call_command("purge_csp_reports", stdout=open("/dev/null", "w"))
    assert list(CspReport.objects.values_list("page", flat=True)) == ["/nog-net/"]
    assert "purge_csp_reports" in settings.DAILY_JOBS


def test_coordinators_see_the_reports_in_the_workspace(client, as_user, carla, anja):
    post(client, old_style())
    page = as_user(carla).get("/beheer/cspreports/cspreport/")
    assert page.status_code == 200
    assert "script-src-elem" in page.content.decode() and "/zoeken/" in page.content.decode()
    assert as_user(anja).get("/beheer/cspreports/cspreport/").status_code == 403
