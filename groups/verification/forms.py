"""Forms on the public pages behind a verification link (groups.verification.views)."""

from django import forms
from django.utils.translation import gettext_lazy as _

from groups.models import Group
from groups.verification.freshness import CHANGEABLE_FIELDS


class AccessibleErrorsMixin:
    """Point each field with an error at its message (aria-describedby, aria-invalid)."""

    def full_clean(self):
        super().full_clean()
        for name in self.errors:
            if name not in self.fields:
                continue
            bound = self[name]
            ids = [f"{bound.auto_id}_error"]
            if self.fields[name].help_text:
                ids.append(f"{bound.auto_id}_helptext")
            self.fields[name].widget.attrs.update(
                {"aria-describedby": " ".join(ids), "aria-invalid": "true"}
            )


class ChangesForm(AccessibleErrorsMixin, forms.ModelForm):
    """What the group's contact may change; it goes to staff, not straight to the site."""

    message = forms.CharField(
        label=_("andere wijzigingen"),
        help_text=_(
            "Bijvoorbeeld een andere dag, tijd of plek. Staat het hierboven goed? Laat dit leeg."
        ),
        required=False,
        max_length=2000,
        widget=forms.Textarea(attrs={"rows": 5}),
    )

    class Meta:
        model = Group
        fields = CHANGEABLE_FIELDS
        widgets = {
            "description": forms.Textarea(attrs={"rows": 8}),
            "next_start_date": forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"),
            "contact_name": forms.TextInput(attrs={"autocomplete": "name"}),
            "contact_email": forms.EmailInput(attrs={"autocomplete": "email"}),
            "public_phone": forms.TextInput(attrs={"type": "tel", "autocomplete": "tel"}),
        }
        help_texts = {
            "summary": _("Eén of twee zinnen, zoals ze bij de zoekresultaten staan."),
            "next_start_date": _("Alleen als de groep op een vaste datum opnieuw begint."),
            "contact_name": _("Niet openbaar. Het contactpunt gebruikt dit om u te bereiken."),
            "contact_email": _("Niet openbaar."),
        }

    def changes(self):
        """Only what differs from the listing now, as JSON-safe values."""
        changed = {}
        for name in CHANGEABLE_FIELDS:
            value = self.cleaned_data.get(name)
            if value != self.initial.get(name):
                changed[name] = value.isoformat() if hasattr(value, "isoformat") else value
        return changed

    def clean(self):
        cleaned = super().clean()
        if not self.errors and not self.changes() and not cleaned.get("message"):
            raise forms.ValidationError(
                _("U heeft niets veranderd. Pas iets aan, of schrijf wat er anders is.")
            )
        return cleaned

    def _post_clean(self):
        # Validate the fields only: the listing itself must not change here.
        pass


class StoppingForm(AccessibleErrorsMixin, forms.Form):
    message = forms.CharField(
        label=_("toelichting (mag leeg blijven)"),
        help_text=_("Bijvoorbeeld: vanaf wanneer, of waar deelnemers nu terechtkunnen."),
        required=False,
        max_length=2000,
        widget=forms.Textarea(attrs={"rows": 5}),
    )
