"""Forms on the group leader's pages (groups.leaders.views)."""

from django import forms
from django.utils.translation import gettext_lazy as _

from submissions.forms import CorrectionForm
from submissions.protection import ProtectionMixin


class RequestLinkForm(ProtectionMixin, forms.Form):
    """ "Ik beheer deze groep": nothing to fill in but the bot checks and one-time code."""


class LeaderChangesForm(CorrectionForm):
    """The correction form as the group's leader sees it: the listing's fields, the version
    it was opened at, and a note for the contact point that may stay empty."""

    seen_version = forms.IntegerField(widget=forms.HiddenInput, min_value=0)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        for name in ("name", "stops_meeting", "submitter_name", "submitter_email"):
            del self.fields[name]
        self.fields["seen_version"].initial = self.group.version
        message = self.fields["message"]
        message.required = False
        message.label = _("Toelichting voor het contactpunt (niet verplicht)")
        message.help_text = _("Bijvoorbeeld iets wat hieronder niet past.")

    def clean(self):
        cleaned = super().clean()
        if not self.errors and not self.proposed() and not cleaned.get("message"):
            self.add_error(
                None, _("U heeft niets veranderd. Pas iets aan, of schrijf wat er anders is.")
            )
        return cleaned
