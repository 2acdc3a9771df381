"""One postcode pattern for the search box, the public forms and a venue's address."""

import pytest
from django.core.exceptions import ValidationError

from contactpoints.geo import resolve_place
from contactpoints.models import normalise_postcode, postcode_validator


@pytest.mark.parametrize("typed", ["6411 AB", "6411ab", " 6411 ab ", "6411  AB"])
def test_a_postcode_is_written_the_same_way_however_it_was_typed(typed):
    assert normalise_postcode(typed) == "6411 AB"
    postcode_validator(normalise_postcode(typed))


@pytest.mark.parametrize("typed", ["0411 AB", "641 AB", "6411", "6411 A1", "6411 ABC", "٦٤١١ AB"])
def test_what_is_not_a_postcode_is_refused_by_the_forms_and_the_venue_field(typed):
    with pytest.raises(ValidationError):
        normalise_postcode(typed)
    with pytest.raises(ValidationError):
        postcode_validator(typed)


@pytest.mark.django_db
def test_the_search_box_takes_the_same_postcodes_and_the_four_digits_alone():
    assert resolve_place("6411 AB").label == resolve_place("6411").label
    assert resolve_place("0411 AB") is None
