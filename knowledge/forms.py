from django import forms
from django.utils.translation import gettext_lazy as _

from groups.forms import BoundedText
from groups.models import Theme


def _theme_choices():
    return [("", _("Alle thema's"))] + [
        (theme.slug, theme.display_name) for theme in Theme.objects.cached()
    ]


class ArticleFilterForm(forms.Form):
    q = BoundedText(
        label=_("Zoek in de verhalen"),
        required=False,
        max_length=100,
        null_message=_("Je zoekwoorden bevatten een teken dat we niet kunnen lezen."),
    )
    thema = forms.ChoiceField(label=_("Thema"), required=False, choices=_theme_choices)

    def filter(self, articles):
        if not self.is_valid():
            return articles
        if self.cleaned_data["thema"]:
            themes = Theme.objects.filter(slug=self.cleaned_data["thema"]).values("pk")
            articles = articles.for_themes(themes)
        if self.cleaned_data["q"]:
            articles = articles.search(self.cleaned_data["q"])
        return articles
