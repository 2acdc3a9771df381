"""The floor: what a search costs at the least with this stack. The same settings and
middleware as the search page, one indexed full-text query for 20 rows, a minimal page."""

from django import forms
from django.contrib.postgres.search import SearchQuery
from django.http import HttpResponse
from django.utils.html import format_html_join

from groups.models import Group

# A search without words (only a place or a filter) still costs the floor one query.
DEFAULT_WORD = "groep"


class FloorForm(forms.Form):
    q = forms.CharField(required=False, max_length=200)


def floor(request):
    form = FloorForm(request.GET)
    words = (form.cleaned_data["q"] if form.is_valid() else "").strip() or DEFAULT_WORD
    rows = (
        Group.objects.published()
        .filter(search_vector=SearchQuery(words, config="dutch"))
        .order_by()  # any 20: sorting every match by name would be a cost of its own
        .values_list("slug", "name")[:20]
    )
    items = format_html_join("", '<li><a href="/groepen/{}/">{}</a></li>', rows)
    return HttpResponse(
        f'<!doctype html><html lang="nl"><title>Floor</title><ul>{items}</ul></html>'
    )
