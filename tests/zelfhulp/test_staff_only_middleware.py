"""Middleware that only the staff workspace needs (OTP verification, the history's request,
the staff session clock) runs for /beheer/ only: public pages, the search above all, skip it."""

import pytest
from django.test import Client

pytestmark = pytest.mark.django_db


@pytest.fixture
def calls(monkeypatch):
    import django_otp.middleware

    import staff.sessions

    seen = []
    for cls in (django_otp.middleware.OTPMiddleware, staff.sessions.StaffSessionMiddleware):
        real = cls.__call__

        def counted(self, request, real=real, name=cls.__name__):
            seen.append((name, request.path))
            return real(self, request)

        monkeypatch.setattr(cls, "__call__", counted)
    return seen


def test_public_pages_skip_the_staff_middleware(calls):
    client = Client()  # loads the middleware with the counting __call__
    for path in ["/", "/zoeken/?q=rouw", "/en/zoeken/?q=grief", "/themas/"]:
        assert client.get(path).status_code == 200
    assert calls == []


def test_the_workspace_runs_it(calls):
    Client().get("/beheer/")
    assert ("OTPMiddleware", "/beheer/") in calls
    assert ("StaffSessionMiddleware", "/beheer/") in calls
