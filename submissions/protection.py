"""Keeping bots out of the public forms without a third-party captcha.

Two quiet checks that a person never notices: a honeypot field hidden from people (bots
fill in every field), and a signed timestamp that proves the form was open for at least
settings.FORM_MIN_SECONDS. The signed value also carries a one-time nonce, stored with
what the form creates, so a double click or a reload stores one row, not two.
"""

import secrets
import time
from contextlib import contextmanager

from django import forms
from django.conf import settings
from django.core import signing
from django.db import IntegrityError
from django.utils.translation import gettext_lazy as _

SALT = "submissions.form-started"
MAX_AGE = 24 * 60 * 60
HONEYPOT = "homepage"


def new_token() -> str:
    return signing.dumps({"n": secrets.token_urlsafe(18), "t": int(time.time())}, salt=SALT)


class ProtectionMixin:
    """Adds the honeypot and the signed start time to a form."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.nonce = None
        self.fields[HONEYPOT] = forms.CharField(
            label=_("Laat dit veld leeg"),
            required=False,
            max_length=200,
            widget=forms.TextInput(attrs={"autocomplete": "off", "tabindex": "-1"}),
        )
        self.fields["started"] = forms.CharField(
            widget=forms.HiddenInput, max_length=300, initial=new_token, required=False
        )

    @property
    def honeypot(self):
        return self[HONEYPOT]

    def is_spam(self) -> bool:
        return bool(self.cleaned_data.get(HONEYPOT))

    def refresh_started(self):
        """Show the form again with a new start time and one-time code."""
        self._fresh_token()

    def _fresh_token(self):
        # The page is shown again with a new start time, so the next try can succeed.
        self.data = self.data.copy()
        self.data[self.add_prefix("started")] = new_token()

    def clean(self):
        cleaned = super().clean()
        # add_error, not raise: the person also sees what else needs fixing.
        error = self._started_error(cleaned.get("started") or "")
        if error:
            self.add_error(None, error)
        return cleaned

    def _started_error(self, value):
        try:
            payload = signing.loads(value, salt=SALT, max_age=MAX_AGE)
            self.nonce, started = str(payload["n"])[:40], int(payload["t"])
        except signing.SignatureExpired:
            self._fresh_token()
            return _(
                "Dit formulier stond te lang open. Kijk je gegevens na en verstuur het opnieuw."
            )
        except (signing.BadSignature, KeyError, TypeError, ValueError):
            self._fresh_token()
            return _(
                "Er ging iets mis met het formulier. Kijk je gegevens na en verstuur het opnieuw."
            )
        if time.time() - started < settings.FORM_MIN_SECONDS:
            return _(
                "Dat ging erg snel. Kijk je gegevens nog even na en verstuur het formulier opnieuw."
            )
        return None


@contextmanager
def sent_once(model, form):
    """The same form sent twice (a double click, a reload) is stored and mailed once: the
    second insert meets the unique form_nonce and is taken as already done."""
    try:
        yield
    except IntegrityError:
        if not model.objects.filter(form_nonce=form.nonce).exists():
            raise


def already_sent(model, form) -> bool:
    """This very form was stored before (a double click, a reload): answer as if it was
    sent now, before it is counted against a rate limit."""
    return model.objects.filter(form_nonce=form.nonce).exists()
