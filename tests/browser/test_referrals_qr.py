"""The QR code a GP hands over, read as a phone would read it: from the rendered page."""

import os
import shutil
import subprocess
from urllib.parse import urlsplit

import pytest
from django.utils import timezone

from referrals.codes import short_link_for, short_url
from referrals.models import ReferralCount
from tests.factories import GroupFactory

ZBARIMG = shutil.which("zbarimg") or "/usr/bin/zbarimg"


@pytest.fixture
def zbarimg():
    if not os.path.exists(ZBARIMG):
        reason = "zbarimg not found (apt-get install zbar-tools)"
        if os.environ.get("CI"):
            pytest.fail(f"The QR test must run in CI: {reason}")
        pytest.skip(reason)
    return ZBARIMG


def decode(zbarimg, png) -> str:
    result = subprocess.run(
        [zbarimg, "--quiet", "--raw", str(png)], capture_output=True, text=True, timeout=30
    )
    assert result.returncode == 0, result.stderr
    return result.stdout.strip()


def test_the_qr_code_on_the_card_leads_to_the_group_and_counts_the_visit(
    page, client, zbarimg, tmp_path
):
    group = GroupFactory(name="Rouw Heerlen", slug="rouw-heerlen", venue=True)
    page.goto(page.base + "/groepen/rouw-heerlen/verwijskaart/")
    png = tmp_path / "qr.png"
    page.locator(".referral-card svg.qr").screenshot(path=png)

    scanned = decode(zbarimg, png)

    code = short_link_for(group).code
    assert scanned == short_url(code) + "?qr=1"
    assert page.get_by_text(urlsplit(short_url(code)).netloc + f"/g/{code}").is_visible()

    link = urlsplit(scanned)
    response = client.get(f"{link.path}?{link.query}")
    assert response.status_code == 302
    assert client.get(response["Location"]).status_code == 200
    today = ReferralCount.objects.get(group=group, date=timezone.localdate())
    assert (today.visits, today.qr_visits) == (1, 1)
