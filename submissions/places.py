"""Postcodes and places checked against the local gazetteer (contactpoints)."""

from django.core.exceptions import ValidationError
from django.utils.translation import gettext as _

from contactpoints.geo import resolve_place, suggest_places
from contactpoints.models import ContactPoint, Place, PostcodeArea
from contactpoints.text import fold_key


def check_postcode_and_place(postcode: str, city: str) -> PostcodeArea:
    """The postcode area, if the postcode exists and the place lies in it.

    Raises ValidationError with a message per field (venue_postcode, venue_city).
    """
    pc4 = postcode[:4]
    area = PostcodeArea.objects.select_related("municipality").filter(pc4=pc4).first()
    if area is None:
        raise ValidationError(
            {
                "venue_postcode": _("We kennen postcode %(pc4)s niet. Kijk of de postcode klopt.")
                % {"pc4": pc4}
            }
        )
    key = fold_key(city)
    known = {fold_key(area.place), area.municipality.name_key}
    known.update(
        Place.objects.filter(municipality=area.municipality).values_list("name_key", flat=True)
    )
    if key not in known:
        place = area.place
        if fold_key(area.place) != area.municipality.name_key:
            place = f"{area.place} ({_('gemeente')} {area.municipality.name})"
        raise ValidationError(
            {
                "venue_city": _(
                    "Postcode %(pc4)s hoort bij %(place)s. Kijk of de postcode en de plaats kloppen."
                )
                % {"pc4": pc4, "place": place}
            }
        )
    return area


def resolve_or_explain(text: str):
    """A place or postcode to a point, or a ValidationError that suggests known places."""
    point = resolve_place(text)
    if point is not None and point.municipality_id:
        return point
    suggestions = suggest_places(text)
    if suggestions:
        raise ValidationError(
            _("We kennen “%(text)s” niet. Bedoel je: %(suggestions)s?")
            % {"text": text, "suggestions": ", ".join(suggestions)}
        )
    raise ValidationError(
        _("We kennen “%(text)s” niet. Vul een plaatsnaam of een postcode in, zoals 6411.")
        % {"text": text}
    )


def responsible_contact_point(municipality):
    """The contact point that covers the municipality, else one in the same region."""
    found = ContactPoint.objects.covering(municipality).order_by("name").first()
    if found is None and municipality.region_id:
        found = (
            ContactPoint.objects.filter(region_id=municipality.region_id).order_by("name").first()
        )
    return found
