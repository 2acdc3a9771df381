"""One list of a listing's fields, and one way to put a value in words for staff."""

import pytest
from django.contrib import admin

from groups.listing import LISTING_FIELDS, in_words
from groups.models import Group, Theme
from groups.resources import GroupResource
from groups.verification.freshness import CHANGEABLE_FIELDS
from submissions.models import Submission
from submissions.services import GROUP_FIELDS


def field(name, model=Group):
    return model._meta.get_field(name)


def test_every_listing_field_is_a_group_field_on_the_staff_form_and_in_the_export():
    admin_fields = [f for _title, section in admin.site._registry[Group].fieldsets
                    for f in section["fields"]]  # fmt: skip
    for name in LISTING_FIELDS:
        assert field(name)
        assert name in admin_fields
        assert name in GroupResource._meta.fields


def test_the_verification_link_and_the_submissions_take_their_fields_from_the_listing():
    assert set(CHANGEABLE_FIELDS) < set(LISTING_FIELDS)
    assert set(GROUP_FIELDS) < set(LISTING_FIELDS)
    assert [f for f in LISTING_FIELDS if f in CHANGEABLE_FIELDS] == CHANGEABLE_FIELDS


def test_a_value_in_words_names_a_choice_says_yes_or_no_and_dashes_what_is_empty():
    assert in_words(field("format"), "online") == str(dict(Group.Format.choices)["online"])
    assert in_words(field("wheelchair_accessible", Submission), True) == "ja"
    assert in_words(field("wheelchair_accessible", Submission), False) == "nee"
    assert in_words(field("summary"), "") == "—"
    assert in_words(field("languages"), ["nl", "en"]) == "Nederlands, Engels"


def test_long_text_is_cut_only_where_a_limit_is_asked_for():
    text = "woord " * 40
    assert in_words(field("description"), text) == text
    assert len(in_words(field("description"), text, 80)) == 80


@pytest.mark.django_db
def test_rows_are_named_whether_given_as_objects_or_as_ids():
    themes = list(Theme.objects.order_by("pk")[:2])
    names = in_words(field("themes", Submission), [t.pk for t in themes])
    assert names == ", ".join(str(t) for t in Theme.objects.filter(pk__in=[t.pk for t in themes]))
