"""A group's listing: its fields in the order everyone reads them, and a value in words.

The sections follow the group page and the staff form: about the group, for whom and how,
taking part, public contact, and the contact person (never public). Themes, the venue and
the meetings are related rows and not in these lists. Every list of a listing's fields (the
staff form, import/export, submissions, the verification link, the demo) is taken from here.
"""

from django.db.models import Field
from django.template.defaultfilters import truncatechars
from django.utils.translation import gettext as _

ABOUT = ["name", "summary", "description"]
WHO_AND_HOW = ["audience", "format", "languages", "support", "organisation"]
TAKING_PART = ["cost", "cost_note", "newcomers", "next_start_date", "registration"]
PUBLIC_CONTACT = ["website", "public_phone"]
CONTACT_PERSON = ["contact_name", "contact_email"]
LISTING_FIELDS = [*ABOUT, *WHO_AND_HOW, *TAKING_PART, *PUBLIC_CONTACT, *CONTACT_PERSON]

EMPTY = "—"


def in_words(field: Field, value, limit: int | None = None) -> str:
    """A field's value as staff read it in a difference or a history: a choice by its label,
    yes or no, rows (or their ids) by name, a list joined; empty is a dash. With a limit,
    long text is cut short (for one-line messages; a review shows it whole)."""
    if value in (None, "", [], ()):
        return EMPTY
    if isinstance(value, bool):
        return _("ja") if value else _("nee")
    if field.many_to_many or field.many_to_one:
        ids = list(value) if isinstance(value, list | tuple) else [value]
        if all(isinstance(v, int) for v in ids):
            value = list(field.related_model._default_manager.filter(pk__in=ids))
    if isinstance(value, list | tuple):
        base = getattr(field, "base_field", field)
        return ", ".join(_choice(base, v) for v in value) or EMPTY
    words = _choice(field, value)
    return truncatechars(words, limit) if limit else words


def _choice(field, value) -> str:
    if getattr(field, "choices", None):
        return str(dict(field.flatchoices).get(value, value))
    return str(value)
