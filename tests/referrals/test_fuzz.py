"""Whatever is typed or scanned, the referral pages answer 200, 302 or 404, never 500."""

import pytest
from django.test import Client
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

pytestmark = pytest.mark.django_db

typed = st.text(max_size=120) | st.sampled_from(["%00", "P76.01", "p 76", "6411", "' OR 1=1--"])
FUZZ = settings(
    max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)


@FUZZ
@given(q=typed, waar=typed, afstand=typed, thema=typed)
def test_the_referrers_page_never_fails(q, waar, afstand, thema):
    response = Client().get(
        "/verwijzers/", {"q": q, "waar": waar, "afstand": afstand, "thema": thema}
    )
    assert response.status_code == 200


@FUZZ
@given(gemeente=typed)
def test_the_overview_never_fails(gemeente):
    response = Client().get("/themas/verlies-rouw/overzicht/", {"gemeente": gemeente})
    assert response.status_code == 200


@FUZZ
@given(
    code=st.text(alphabet="0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcxyz-", min_size=1, max_size=14)
)
def test_any_short_code_is_a_redirect_or_a_404(code):
    assert Client().get(f"/g/{code}?qr={code}").status_code in (302, 404)
