"""The English site under /en/ is complete: every catalogue entry is translated, none is left
fuzzy (Django ignores fuzzy entries), and the key public pages read in English.

The pages are rendered with a catalogue compiled from the .po file in this test, so a stale
.mo left over from an earlier `compilemessages` cannot hide a missing translation."""

import shutil
import subprocess
from datetime import date
from pathlib import Path

import pytest
from django.conf import settings
from django.test import override_settings

from groups.models import Theme
from tests.factories import ContactPointFactory, GroupFactory

PO_FILE = Path(settings.BASE_DIR) / "locale" / "en" / "LC_MESSAGES" / "django.po"

needs_gettext = pytest.mark.skipif(
    not (shutil.which("msgattrib") and shutil.which("msgfmt")),
    reason="GNU gettext (msgattrib, msgfmt) is not installed; compilemessages needs it too",
)


def entries_selected_by(*options):
    """The msgids that `msgattrib <options>` keeps, without the header entry."""
    output = subprocess.run(
        ["msgattrib", "--no-obsolete", "--no-wrap", *options, str(PO_FILE)],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    msgids = []
    for block in output.split("\n\n"):
        lines = [line for line in block.splitlines() if not line.startswith("#")]
        msgid, in_msgid = "", False
        for line in lines:
            if line.startswith("msgid "):
                msgid, in_msgid = line[len("msgid ") :].strip('"'), True
            elif line.startswith("msg"):
                in_msgid = False
            elif in_msgid and line.startswith('"'):
                msgid += line.strip('"')
        if msgid:
            msgids.append(msgid)
    return msgids


@needs_gettext
def test_every_entry_of_the_english_catalogue_is_translated():
    assert entries_selected_by("--untranslated") == []


@needs_gettext
def test_no_entry_of_the_english_catalogue_is_left_fuzzy():
    assert entries_selected_by("--only-fuzzy") == []


@needs_gettext
def test_the_english_catalogue_compiles_without_warnings():
    result = subprocess.run(
        ["msgfmt", "--check", "-o", "/dev/null", str(PO_FILE)], capture_output=True, text=True
    )
    assert result.returncode == 0 and result.stderr == "", result.stderr


@pytest.fixture(scope="module")
def fresh_catalogue(tmp_path_factory):
    locale_dir = tmp_path_factory.mktemp("locale")
    target = locale_dir / "en" / "LC_MESSAGES"
    target.mkdir(parents=True)
    subprocess.run(["msgfmt", "-o", str(target / "django.mo"), str(PO_FILE)], check=True)
    return locale_dir


@pytest.fixture
def english_site(fresh_catalogue):
    # Changing LOCALE_PATHS makes Django drop its loaded catalogues (django.test.signals);
    # the result cards keep their translated words per language in this process, so an
    # English page rendered earlier in the run (with the catalogue in locale/) is forgotten.
    from groups import cards

    cards._CARD_WORDS.clear()
    with override_settings(LOCALE_PATHS=[fresh_catalogue]):
        yield
    cards._CARD_WORDS.clear()


@pytest.fixture
def a_group():
    group = GroupFactory(
        name="Praatgroep Verlies",
        slug="praatgroep-verlies",
        summary="Samen praten na een verlies.",
        description="Koffie en een luisterend oor.",
        themes=[Theme.objects.get(slug="rouw-partner")],
        contact_point=ContactPointFactory(name="Zelfhulp Parkstad"),
        last_verified=date(2026, 3, 2),
        venue=True,  # a monthly meeting on the second Tuesday, 19.30-21.30
    )
    return group


# Phrases from the templates and forms of each page (never group content, which stays Dutch):
# the English must be there and the Dutch source must not.
PAGES = {
    "/en/": (
        ["Find a self-help group", "What is a self-help group?", "Where do you live?"],
        ["Vind een zelfhulpgroep", "Wat is een zelfhulpgroep?", "Waar woon je?", "Kies een thema"],
    ),
    "/en/zoeken/?q=rouw": (
        ["1 group found", "Who it is for", "How the group meets", "Next meeting", "Show groups"],
        ["gevonden", "Sorteer op", "Hoe de groep bijeenkomt", "Volgende keer", "Toon groepen"],
    ),
    "/en/themas/": (
        ["Choose what you are dealing with."],
        ["Kies waar je mee te maken hebt.", "Alle onderwerpen"],
    ),
    "/en/privacy/": (
        ["Privacy: what we keep and for how long", "Your rights"],
        ["wat we bewaren en hoe lang", "Je rechten", "Als je de website bekijkt"],
    ),
    "/en/verwijzers/": (
        ["How the referral card works", "What a self-help group is not", "ICPC"],
        ["Zo werkt de verwijskaart", "Wat een zelfhulpgroep niet is", "Zoek groepen"],
    ),
    "/en/groep-aanmelden/": (
        ["Name of the group", "Who leads the group?", "How often does the group meet?"],
        ["Naam van de groep", "Wie leidt de groep?", "Hoe vaak komt de groep samen?"],
    ),
    "/en/interesse/": (
        ["I am looking for a group that does not exist yet", "Send"],
        ["Ik zoek een groep", "Versturen", "niet verplicht"],
    ),
}

# On every page: the header, the skip link and the crisis note in the footer.
EVERY_PAGE = (
    ["Skip to content", "Find a group", "For professionals", "Self-help groups are not crisis"],
    ["Naar de inhoud", "Zoek een groep", "Voor verwijzers", "geen hulp bij een crisis"],
)


@needs_gettext
@pytest.mark.django_db
@pytest.mark.parametrize("url", PAGES)
def test_key_pages_read_in_english_under_en(client, english_site, a_group, url):
    english, dutch = PAGES[url]
    response = client.get(url)
    assert response.status_code == 200
    html = response.content.decode()
    assert '<html lang="en">' in html
    for phrase in english + EVERY_PAGE[0]:
        assert phrase in html, phrase
    for phrase in dutch + EVERY_PAGE[1]:
        assert phrase not in html, phrase
    # The crisis numbers are the same in both languages.
    assert 'href="tel:113"' in html and 'href="tel:08000113"' in html


@needs_gettext
@pytest.mark.django_db
def test_a_group_page_reads_in_english_and_its_content_stays_dutch(client, english_site, a_group):
    html = client.get("/en/groepen/praatgroep-verlies/").content.decode()
    assert "Every second Tuesday of the month, 19.30–21.30" in html
    assert "Something not right? Let us know" in html
    assert "Samen praten na een verlies." in html
    assert "Elke tweede dinsdag" not in html and "Klopt er iets niet?" not in html


@needs_gettext
@pytest.mark.django_db
def test_the_english_site_uses_djangos_own_english(client, english_site, a_group):
    # The month comes from Django's date formatting, not from our catalogue.
    html = client.get("/en/groepen/praatgroep-verlies/").content.decode()
    assert "Last checked on 2 March 2026" in html
    assert "maart" not in html


@needs_gettext
@pytest.mark.django_db
def test_the_staff_workspace_stays_dutch_for_an_english_browser(client, english_site):
    html = client.get("/beheer/inloggen/", headers={"accept-language": "en"}).content.decode()
    assert "Gebruikersnaam" in html and "Wachtwoord" in html
    assert "Username" not in html and "Password" not in html
