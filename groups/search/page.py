"""The search page's parts: SearchPage (groups.search.views renders it)."""

from types import SimpleNamespace

from django.conf import settings
from django.http import QueryDict
from django.urls import reverse
from django.utils import timezone
from django.utils.formats import number_format
from django.utils.translation import get_language
from django.utils.translation import gettext as _

from contactpoints.geo import covered
from contactpoints.models import ContactPoint
from dashboard.counters import record_search
from groups.forms import DISTANCES, TypedForm
from groups.lists import Pages, next_meeting, with_cards
from groups.models import Group, Schedule, Theme
from groups.querysets import REMOTE_FORMATS, themes_with_groups
from groups.search import engine
from groups.search import facets as facet_registry
from groups.search import text as vocabulary
from groups.search.facets import FORMATS, PARAMS
from groups.search.filters import GroupFilterSet
from peers import hooks as peer_hooks

REMOTE_SHOWN = 5


class SearchPage:
    """The search page for one request, its parts as methods: the words (and a typo
    corrected), the results and their remote section, the filter panel, the help when
    nothing was found, the interest link, and the count for the dashboard. context()
    puts them together for groups/search.html; the view only renders it."""

    def __init__(self, request):
        self.request = request
        self.counted = None

    def context(self):
        """A near-miss typo of a theme word is searched as the theme word (and said so),
        before searching when it is clearly one, else when the words found nothing;
        `letterlijk` searches the words as typed."""
        request = self.request
        words, literal = self.typed()
        data, corrected_from = request.GET, None
        better = vocabulary.correction(words, vocabulary.SURE) if words and not literal else None
        if better:
            data, corrected_from = self.with_words(request.GET, better), words
        context = self.results(data)
        if context.get("nothing") and words and not literal and not corrected_from:
            better = vocabulary.correction(words, vocabulary.CLOSE)
            if better:
                retry = self.results(self.with_words(request.GET, better))
                if not retry["nothing"]:
                    context, corrected_from = retry, words
        if corrected_from:
            context.update({"corrected_from": corrected_from, "suggestion": None})
        self.count(context)
        return context

    def typed(self):
        """The words as typed, and whether to search them literally."""
        typed = TypedForm(self.request.GET)
        if not typed.is_valid():
            return "", False
        return typed.cleaned_data["q"], typed.cleaned_data["letterlijk"]

    def count(self, context):
        """Counted for the dashboard: per month, and the words only when nothing was found.
        self.counted keeps what was counted, for the page cache to count again."""
        self.counted = None
        if "total" in context:
            found = context["total"] + context["remote_total"]
            place, page = context["place"], context["pages"].number
            near = SimpleNamespace(municipality_id=getattr(place, "municipality_id", None))
            self.counted = (context["text"] or "", found, get_language(), near, page)
            record_search(*self.counted)

    @staticmethod
    def with_words(query, words):
        query = query.copy()
        query["q"] = words
        return query

    def results(self, data):
        """What the page shows for these parameters (the request's, or with corrected words)."""
        filterset = GroupFilterSet(data, queryset=Group.objects.published())
        form = filterset.form
        filterset.is_valid()
        cap = settings.SEARCH_RANK_CAP
        text, place = filterset.text, filterset.place
        # Errors in what or where stop the search; an unknown filter value is left out.
        blocking = [name for name in ("q", "waar") if name in form.errors]
        ignored = [name for name in form.errors if name in PARAMS or name in ("afstand", "sorteer")]
        crisis = vocabulary.suggests_crisis(text or str(form.data.get("q", ""))[:200])
        context = {
            "filterset": filterset,
            "form": form,
            "blocking": blocking,
            "ignored_filters": bool(ignored) or "page" in form.errors,
            "crisis": crisis,
            "text": text,
            "place": place,
            "distance": filterset.distance,
            "distances": DISTANCES,
            "searched": bool(self.request.GET),
            "place_suggestions": form.place_suggestions,
        }
        if blocking:
            if form.has_error("waar", "unknown_place"):
                context["unknown_place"] = form.data.get("waar")
            return context
        if place is not None and not covered(place):
            data, filterset = self.out_of_region(context, data, form)
            form, place = filterset.form, None
        themes = Theme.objects.cached()

        selected = filterset.selected()
        formats = selected["formats"]
        remote_only = bool(formats) and all(f in REMOTE_FORMATS for f in formats)
        # With a place, the main list is what meets nearby; distance does not matter for online
        # and phone groups, so they get their own section (or the whole list if asked for).
        uses_place = place is not None and not remote_only
        remote_formats = [f for f in formats if f in REMOTE_FORMATS] if formats else REMOTE_FORMATS
        show_remote = uses_place and bool(remote_formats)
        sort = self.sort(form.cleaned_data.get("sorteer"), text, uses_place)
        top_slugs = [t.slug for t in themes if t.parent_id is None]
        theme_slugs = list(dict.fromkeys(top_slugs + list(selected["themes"])))

        found = self.find(filterset, selected, sort, uses_place, cap, theme_slugs)
        total, remote_total = len(found.ids), len(found.remote_ids)
        pages = Pages(min(total, cap), form.cleaned_data.get("page"))
        # There may be cap + 1 (to tell "more than cap"); pages go no further than the cap.
        groups, remote = self.load(
            found.ids[:cap][pages.start : pages.end],
            found.remote_ids[:REMOTE_SHOWN] if show_remote else [],
            place if uses_place else None,
        )
        if not show_remote:
            remote_total = 0

        nothing = total == 0 and remote_total == 0
        extras = self.no_results_help(filterset, selected, themes) if nothing else {}
        with_cards(extras.get("online_groups", []))
        few = total + remote_total < 3
        suggestion = vocabulary.suggestion(text) if text and few and not crisis else None
        context.update(
            {
                "groups": groups,
                "total": min(total, cap),
                "capped": total > cap,
                "cap_display": number_format(cap, force_grouping=True),
                "pages": pages,
                "sort": sort,
                "sorts": self.sorts(text, uses_place),
                "uses_place": uses_place,
                "remote_only": remote_only,
                **self.remote_section(remote, remote_total, data, remote_formats),
                **self.filter_panel(filterset, theme_slugs, found.counts),
                "suggestion": suggestion,
                "nothing": nothing,
                **extras,
                **peer_hooks.for_search(text, selected["themes"]),
            }
        )
        if nothing and "interest_link" not in context:
            slugs = list(selected["themes"]) or vocabulary.themes_for_text(text)
            typed_place = form.data.get("waar") if place else ""
            context["interest_link"] = self.interest_link(text, typed_place, slugs)
        return context

    def out_of_region(self, context, data, form):
        """Outside the region the site covers: say so, and show the groups online and by
        phone (the form keeps the place as typed). The parameters and filters searched."""
        context["out_of_region"] = context["place"]
        context["interest_link"] = self.interest_link(context["text"], form.data.get("waar"), [])
        context["place"] = None
        data = data.copy()
        data.pop("waar", None)
        data.setlist("vorm", [k for k, v in FORMATS.items() if v in REMOTE_FORMATS])
        filterset = GroupFilterSet(data, queryset=Group.objects.published())
        filterset.is_valid()
        return data, filterset

    def remote_section(self, remote, remote_total, data, remote_formats):
        """The groups online and by phone beside the groups near a place."""
        cap = settings.SEARCH_RANK_CAP
        return {
            "remote": remote,
            "remote_total": min(remote_total, cap),
            "remote_capped": remote_total > cap,
            "remote_link": self.remote_link(data, remote_formats),
        }

    def filter_panel(self, filterset, theme_slugs, counts):
        """The filter panel: every facet's choices with their counts (groups.search.facets)."""
        return {
            "facets": facet_registry.panel(
                filterset.form.cleaned_data, self.shown_themes(theme_slugs), counts
            ),
            "facet_counts_shown": counts is not None,
            "active_filters": filterset.active_facets(),
            "clear_filters_link": self.without(self.request.GET, [*PARAMS, "page"]),
        }

    @staticmethod
    def interest_link(text, place, theme_slugs):
        """The interest form, filled in with what was searched: the theme (when the words name
        one), the place as typed and the words themselves."""
        query = QueryDict(mutable=True)
        if theme_slugs:
            query["thema"] = theme_slugs[0]
        if place:
            query["plaats"] = str(place)[:100]
        if text:
            query["woorden"] = text[:100]
        path = reverse("submissions:interest")
        return f"{path}?{query.urlencode()}" if query else path

    def find(self, filterset, selected, sort, uses_place, cap, theme_slugs):
        """The ordered ids of the main list and of the online list, and the counts per filter
        choice: one statement over at most cap + 1 candidates of each (groups.search.engine).

        With a place, the candidates are the nearest within the distance, and the online and
        phone groups apart: thousands of online matches nationwide must not crowd out the
        groups around the corner. Above the cap there are no counts, and with filters chosen
        the filters go into the candidates themselves (a second statement), so the page still
        shows the best, nearest or soonest that pass them."""
        text = filterset.text
        base = filterset.filter_queryset(filterset.queryset.all(), skip=[*PARAMS, "waar"])
        near = (filterset.place, filterset.distance) if uses_place else None
        # Which cap + 1 candidates when there are more: nearest with a place, soonest when
        # sorted by date, any when ranked (see GroupQuerySet.ranked).
        order = "datum" if sort == "datum" else None
        remote_order = None if text else "datum"
        remote_sort = "relevantie" if text else "datum"
        remote = (
            base.remote().candidates(cap, text=text, order=remote_order) if uses_place else None
        )
        lean = None
        if not text:
            # The candidates come from an index that holds what sorting needs: count and sort
            # without carrying their facts, read only for the counts (under the cap) or filters.
            lean = (
                base.candidates(cap, near=near, order=order, lean=True),
                base.remote().candidates(cap, order=remote_order, lean=True)
                if uses_place
                else None,
            )
        choices = facet_registry.counted(self.shown_themes(theme_slugs))
        ranked = sort == "relevantie"
        found = engine.summarize(
            base.candidates(cap, text=text, near=near, order=order, ranked=ranked),
            remote,
            selected,
            sort=sort,
            remote_sort=remote_sort,
            cap=cap,
            choices=choices,
            lean=lean,
        )
        capped, remote_capped = found.n_main > cap, found.n_remote > cap
        if (capped or remote_capped) and filterset.active_facets():
            wanted = [f for f in selected["formats"] if f in REMOTE_FORMATS] or REMOTE_FORMATS
            remote = (
                base.with_formats(wanted).candidates(
                    cap, text=text, order=remote_order, facts={**selected, "formats": []}
                )
                if remote_capped
                else None
            )
            # The candidates pass every filter already.
            filtered = engine.summarize(
                base.candidates(
                    cap, text=text, near=near, order=order, facts=selected, ranked=ranked
                ),
                remote,
                {},
                sort=sort,
                remote_sort=remote_sort,
                cap=cap,
            )
            if capped:
                found.ids = filtered.ids
            if remote_capped:
                found.remote_ids = filtered.remote_ids
        return found

    @staticmethod
    def load(ids, remote_ids, place):
        """The groups of these ids, in their order, ready for their cards: one query (and one
        more only for groups whose stored next meeting has passed); main ones with their
        distance from the place."""
        by_pk = Group.objects.cards(ids + remote_ids, place)
        now = timezone.now()
        stale = [
            group
            for group in by_pk.values()
            if group.meets and not (group.next_meeting_at and group.next_meeting_at >= now)
        ]
        schedules = {group.pk: [] for group in stale}
        if stale:
            for schedule in Schedule.objects.filter(group_id__in=schedules).select_related("venue"):
                schedules[schedule.group_id].append(schedule)
        for group in by_pk.values():
            group.card_schedules = schedules.get(group.pk, [])
            group.next_meeting = next_meeting(group, now)
        remote = [by_pk[pk] for pk in remote_ids]
        for group in remote:
            group.distance_km = None  # distance does not matter online
        return [by_pk[pk] for pk in ids], remote

    @classmethod
    def sort(cls, asked, text, uses_place):
        available = [key for key, _label in cls.sorts(text, uses_place)]
        if asked in available:
            return asked
        return "afstand" if uses_place else "relevantie" if text else "datum"

    @staticmethod
    def sorts(text, uses_place):
        sorts = []
        if text:
            sorts.append(("relevantie", _("best passend")))
        if uses_place:
            sorts.append(("afstand", _("dichtstbij")))
        sorts.append(("datum", _("eerstvolgende bijeenkomst")))
        return sorts

    @staticmethod
    def without(query, names):
        """This search's link without these parameters (to clear the filters)."""
        query = query.copy()
        for name in names:
            query.pop(name, None)
        return f"?{query.urlencode()}"

    @staticmethod
    def remote_link(data, remote_formats):
        query = data.copy()
        for key in ("vorm", "page", "sorteer"):
            query.pop(key, None)
        query.setlist("vorm", [k for k, v in FORMATS.items() if v in remote_formats])
        return f"{reverse('groups:search')}?{query.urlencode()}"

    @staticmethod
    def shown_themes(theme_slugs):
        by_slug = {t.slug: t for t in Theme.objects.cached()}
        return [by_slug[slug] for slug in theme_slugs if slug in by_slug]

    def no_results_help(self, filterset, selected, themes):
        """Kind ways on when nothing was found: wider, related themes, online, a person to ask."""
        place, text = filterset.place, filterset.text
        help = {}
        if place and filterset.distance < DISTANCES[-1]:
            wider = filterset.filter_queryset(filterset.queryset.all(), skip=("waar",)).near(
                place, DISTANCES[-1]
            )
            help["wider_total"] = wider.capped_count(settings.SEARCH_RANK_CAP)
            help["wider_distance"] = DISTANCES[-1]
        slugs = list(selected["themes"]) or vocabulary.themes_for_text(text)
        by_slug = {t.slug: t for t in themes}
        matched = [by_slug[s] for s in slugs if s in by_slug]
        family = {t.parent_id or t.pk for t in matched}
        related = [
            t
            for t in themes
            if t not in matched and (t.parent_id in family or t.pk in family) and t.parent_id
        ]
        # Only themes that have a published group now (an EXISTS per theme, not a count).
        having = themes_with_groups([t.pk for t in matched + related]) if matched else set()
        help["matched_themes"] = [t for t in matched if t.pk in having]
        help["related_themes"] = [t for t in related if t.pk in having][:6]
        help["online_groups"] = (
            list(Group.objects.published().remote().for_themes(slugs).soonest_first()[:3])
            if slugs
            else []
        )
        if place and place.municipality_id:
            help["contact_points"] = list(
                ContactPoint.objects.covering(place.municipality_id).order_by("name")[:2]
            )
        else:
            help["contact_points"] = list(ContactPoint.objects.order_by("name")[:6])
        return help
