"""Fictional demo peers for Limburg: 27 people across the five regions.

Every name, story, address and number here is made up. The stories are written the way a
peer would tell them at an intake: short, personal, in plain Dutch. Their private email
addresses end in @demo.example (a reserved domain: nothing is ever delivered there).

load() is idempotent (keyed on the slug) and needs the demo contact points of
demo.groups (run load_demo_data first).
"""

from datetime import date

from django.db import transaction

from contactpoints.models import ContactPoint, Municipality
from groups.models import Theme
from peers.models import Peer

FICTIONAL = "Fictief: demo-ervaringsdeler, bestaat niet echt."

# Contact point slug per region, as in demo.content.CONTACT_POINTS.
CONTACT_POINT = {
    "noord-limburg": "zelfhulpcontactpunt-noord-limburg",
    "midden-limburg": "zelfhulpcontactpunt-midden-limburg",
    "westelijke-mijnstreek": "zelfhulpcontactpunt-westelijke-mijnstreek",
    "parkstad": "zelfhulpcontactpunt-parkstad",
    "maastricht-heuvelland": "zelfhulpcontactpunt-maastricht-heuvelland",
}

# name, region, themes, ways, languages, municipalities, availability, story
PEERS = [
    (
        "Marian",
        "parkstad",
        ["rouw-partner"],
        ["phone", "walk"],
        ["nl", "li"],
        ["Heerlen", "Voerendaal"],
        "open",
        "Mijn man Jo overleed vier jaar geleden, heel plotseling. Het eerste jaar deed ik "
        "alles op de automatische piloot. Wat mij hielp: praten met iemand die niet schrok "
        "van mijn verdriet. Dat wil ik nu zelf voor een ander zijn. Ik wandel graag, ook "
        "samen. Praten gaat soms makkelijker als je naast elkaar loopt.",
    ),
    (
        "Ruud",
        "parkstad",
        ["alcohol", "naasten-verslaving"],
        ["phone", "video"],
        ["nl"],
        ["Kerkrade", "Landgraaf"],
        "open",
        "Ik dronk twintig jaar te veel. Mijn vrouw en kinderen hebben daar veel last van "
        "gehad. Sinds 2018 drink ik niet meer. Ik weet hoe moeilijk de eerste stap is, en "
        "hoe eenzaam je je dan voelt. Je hoeft bij mij niets uit te leggen.",
    ),
    (
        "Samira",
        "parkstad",
        ["depressie", "migratie-nieuwkomers"],
        ["phone", "video", "email"],
        ["nl", "ar"],
        ["Heerlen", "Brunssum"],
        "open",
        "Na mijn verhuizing naar Nederland werd ik somber. Ik sliep slecht en had nergens "
        "zin in. Ik schaamde me, want in mijn familie praat je daar niet over. Nu gaat het "
        "veel beter. Ik praat Nederlands en Arabisch.",
    ),
    (
        "Wim",
        "parkstad",
        ["mantelzorg", "dementie"],
        ["phone", "walk"],
        ["nl", "li"],
        ["Beekdaelen", "Simpelveld"],
        "full",
        "Acht jaar heb ik voor mijn vrouw gezorgd. Zij had alzheimer. Je verliest iemand "
        "stukje voor stukje, terwijl ze er nog is. Ik weet hoe zwaar het is om hulp te "
        "vragen. Ik luister graag naar jouw verhaal.",
    ),
    (
        "Lotte",
        "parkstad",
        ["angst-paniek", "burn-out-overspanning"],
        ["video", "email"],
        ["nl", "en"],
        [],
        "open",
        "Op mijn 29e kreeg ik paniekaanvallen in de trein en in de winkel. Daarna durfde ik "
        "bijna niet meer de deur uit. Met hulp en kleine stapjes lukte het weer. Ik vertel "
        "je graag wat mij hielp, en wat juist niet.",
    ),
    (
        "Jos",
        "maastricht-heuvelland",
        ["rouw-partner", "eenzaamheid"],
        ["phone", "walk"],
        ["nl", "li"],
        ["Maastricht", "Meerssen"],
        "open",
        "Toen mijn vrouw overleed, werd het heel stil in huis. Ik at niet meer op tijd en "
        "zag weinig mensen. Een buurman nam me mee naar een praatgroep. Nu ben ik zelf "
        "ervaringsdeler. Een kop koffie of een rondje langs de Maas, het kan allebei.",
    ),
    (
        "Anouk",
        "maastricht-heuvelland",
        ["eetstoornis"],
        ["video", "email"],
        ["nl", "en"],
        [],
        "open",
        "Van mijn 15e tot mijn 23e had ik anorexia. Ik dacht lang dat ik het alleen moest "
        "oplossen. Praten met iemand die het snapte, was voor mij een keerpunt. Je mag mij "
        "alles vragen, ook als je nog twijfelt of je hulp wilt.",
    ),
    (
        "Frans",
        "maastricht-heuvelland",
        ["kanker"],
        ["phone", "walk"],
        ["nl", "li", "de"],
        ["Gulpen-Wittem", "Vaals", "Eijsden-Margraten"],
        "break",
        "In 2020 kreeg ik darmkanker. De behandeling was zwaar, en daarna kwam de angst dat "
        "het terugkomt. Ik ben nu schoon, maar ik weet nog goed hoe onzeker je je voelt. "
        "Ik praat ook Duits.",
    ),
    (
        "Esther",
        "maastricht-heuvelland",
        ["scheiding", "opvoeding"],
        ["phone", "video"],
        ["nl"],
        ["Maastricht", "Valkenburg aan de Geul"],
        "open",
        "Na mijn scheiding stond ik er alleen voor met drie kinderen. Geld, omgang, "
        "verdriet: alles tegelijk. Ik heb geleerd om hulp te vragen en om af en toe iets "
        "voor mezelf te doen. Dat gun ik jou ook.",
    ),
    (
        "Bram",
        "maastricht-heuvelland",
        ["adhd", "werk-werkloosheid"],
        ["video", "email"],
        ["nl", "en"],
        [],
        "open",
        "Ik hoorde pas op mijn 34e dat ik ADHD heb. Opeens snapte ik waarom ik steeds "
        "ander werk zocht. Ik vertel je graag hoe ik nu met planning en werk omga.",
    ),
    (
        "Mieke",
        "westelijke-mijnstreek",
        ["naasten-psychisch", "bipolair"],
        ["phone", "walk"],
        ["nl", "li"],
        ["Sittard-Geleen", "Stein"],
        "open",
        "Mijn zoon heeft een bipolaire stoornis. Toen hij voor het eerst werd opgenomen, "
        "wist ik niet waar ik moest beginnen. Je wilt helpen, maar je kunt niet alles "
        "oplossen. Dat leren was moeilijk. Ik deel graag wat ik onderweg heb geleerd.",
    ),
    (
        "Hans",
        "westelijke-mijnstreek",
        ["hart-vaat"],
        ["phone", "walk"],
        ["nl", "li"],
        ["Beek", "Stein"],
        "open",
        "Na mijn hartaanval was ik bang om te bewegen. Elke steek in mijn borst gaf paniek. "
        "Stap voor stap heb ik mijn vertrouwen teruggekregen. Nu wandel ik weer elke dag. "
        "Loop gerust een stukje mee.",
    ),
    (
        "Fatma",
        "westelijke-mijnstreek",
        ["huiselijk-geweld"],
        ["phone", "email"],
        ["nl", "tr"],
        [],
        "open",
        "Ik heb jaren in een onveilige relatie geleefd. Weggaan leek onmogelijk. Het is me "
        "gelukt, met hulp van anderen. Wat je mij vertelt, blijft tussen ons. Ik praat "
        "Nederlands en Turks.",
    ),
    (
        "Peter",
        "westelijke-mijnstreek",
        ["gokken", "geldzorgen"],
        ["phone", "video"],
        ["nl"],
        ["Sittard-Geleen"],
        "open",
        "Door online gokken had ik op een gegeven moment 40.000 euro schuld. Niemand wist "
        "het, ook mijn vrouw niet. Het opbiechten was het moeilijkste wat ik ooit deed. "
        "Nu ben ik schuldenvrij. Je kunt mij alles vertellen, ik oordeel niet.",
    ),
    (
        "Ilse",
        "westelijke-mijnstreek",
        ["ouders-kind-zorg", "autisme"],
        ["phone", "email"],
        ["nl"],
        ["Sittard-Geleen", "Beek"],
        "full",
        "Onze dochter heeft autisme en een verstandelijke beperking. Soms voelde het alsof "
        "ik de hele dag aan het regelen was. Ik ken de weg in zorgland een beetje, en ik "
        "weet hoe het is om moe te zijn.",
    ),
    (
        "Gerda",
        "midden-limburg",
        ["chronische-pijn", "reuma-artrose"],
        ["phone", "email"],
        ["nl", "li"],
        ["Roermond", "Roerdalen"],
        "open",
        "Ik heb al vijftien jaar fibromyalgie. Mensen zien niets aan me, en dat maakt het "
        "soms lastig. Ik heb geleerd mijn energie te verdelen en nee te zeggen. Bellen kan "
        "op goede dagen, mailen altijd.",
    ),
    (
        "Tom",
        "midden-limburg",
        ["drugs"],
        ["phone", "walk"],
        ["nl"],
        ["Roermond", "Maasgouw"],
        "open",
        "Ik gebruikte cocaïne, eerst alleen in het weekend, later elke dag. Ik ben nu zes "
        "jaar clean. Ik weet hoe het voelt als iedereen tegen je praat, maar niemand je "
        "echt snapt.",
    ),
    (
        "Annemie",
        "midden-limburg",
        ["rouw-kind"],
        ["phone", "walk"],
        ["nl", "li"],
        ["Weert", "Nederweert"],
        "open",
        "Onze zoon Daan overleed toen hij negentien was, bij een ongeluk. Het verdriet gaat "
        "nooit weg, maar het verandert. Ik praat met ouders die hetzelfde hebben "
        "meegemaakt, ook als het lang geleden is.",
    ),
    (
        "Karim",
        "midden-limburg",
        ["trauma-ptss", "migratie-nieuwkomers"],
        ["phone", "video"],
        ["nl", "ar", "en"],
        [],
        "open",
        "Ik kwam in 2015 als vluchteling naar Nederland. Ik had nachtmerries en schrok van "
        "harde geluiden. Het duurde lang voor ik hulp durfde te vragen. Ik help je graag op "
        "weg, in het Nederlands, Arabisch of Engels.",
    ),
    (
        "Lies",
        "midden-limburg",
        ["parkinson", "mantelzorg"],
        ["phone", "walk"],
        ["nl", "li"],
        ["Echt-Susteren", "Leudal"],
        "break",
        "Mijn man kreeg parkinson toen hij 58 was. Ik werd mantelzorger zonder dat ik het "
        "doorhad. Ik vertel je graag over de dingen die ons leven makkelijker maakten.",
    ),
    (
        "Henk",
        "noord-limburg",
        ["diabetes", "overgewicht"],
        ["phone", "walk"],
        ["nl", "li"],
        ["Venlo", "Beesel"],
        "open",
        "Op mijn 50e hoorde ik dat ik diabetes type 2 had. Ik woog toen 30 kilo meer dan nu. "
        "Het ging met vallen en opstaan. Ik vertel je eerlijk wat wel en niet werkte.",
    ),
    (
        "Sandra",
        "noord-limburg",
        ["zwangerschapsverlies", "kinderwens"],
        ["video", "email"],
        ["nl"],
        [],
        "open",
        "We hebben drie miskramen gehad voordat onze dochter werd geboren. Veel mensen "
        "wisten niet wat ze moesten zeggen. Daardoor voelde ik me erg alleen. Bij mij hoef "
        "je je verdriet niet kleiner te maken.",
    ),
    (
        "Jan",
        "noord-limburg",
        ["beroerte-nah"],
        ["phone", "walk"],
        ["nl", "li"],
        ["Venray", "Horst aan de Maas"],
        "open",
        "Na mijn herseninfarct moest ik opnieuw leren praten en lopen. Ik werd snel moe en "
        "kon niet meer werken. Ik weet hoe frustrerend dat is. Ik praat rustig, en neem "
        "graag de tijd.",
    ),
    (
        "Nadia",
        "noord-limburg",
        ["jonge-mantelzorgers", "naasten-psychisch"],
        ["video", "email"],
        ["nl", "pl"],
        [],
        "open",
        "Mijn moeder was vaak depressief. Als tiener deed ik het huishouden en zorgde ik "
        "voor mijn broertje. Op school wist niemand het. Ben jij jong en zorg je voor "
        "iemand? Ik snap hoe dat is. Ik praat ook Pools.",
    ),
    (
        "Piet",
        "noord-limburg",
        ["eenzaamheid", "levensfase-ouderen"],
        ["phone", "walk"],
        ["nl", "li"],
        ["Peel en Maas", "Venlo"],
        "open",
        "Na mijn pensioen en de dood van mijn vrouw zag ik soms dagen niemand. Ik heb "
        "geleerd om zelf de eerste stap te zetten. Dat was niet makkelijk. Ik bel graag "
        "eens, of we maken een wandeling.",
    ),
    (
        "Linda",
        "noord-limburg",
        ["ms"],
        ["phone", "video"],
        ["nl"],
        ["Gennep", "Bergen (L.)", "Mook en Middelaar"],
        "full",
        "Ik kreeg MS toen ik 31 was. Werk, gezin, toekomst: alles leek onzeker. Nu, tien "
        "jaar later, heb ik een nieuw evenwicht gevonden. Ik deel graag hoe ik dat deed.",
    ),
    (
        "Yvonne",
        "parkstad",
        ["nabestaanden-zelfdoding"],
        ["phone", "walk"],
        ["nl", "li"],
        ["Heerlen", "Landgraaf"],
        "open",
        "Mijn broer maakte in 2017 een einde aan zijn leven. De vragen bleven maar komen: "
        "waarom, had ik het kunnen zien? Het heeft me geholpen om te praten met anderen "
        "die dit ook meemaakten. Je bent welkom, ook als het lang geleden is.",
    ),
]


def _slug(name, region):
    return f"{name.lower()}-{region}"


@transaction.atomic
def load() -> dict:
    points = {region: ContactPoint.objects.get(slug=slug) for region, slug in CONTACT_POINT.items()}
    themes = {t.slug: t for t in Theme.objects.all()}
    places = {m.name: m for m in Municipality.objects.all()}
    for name, region, theme_slugs, ways, languages, municipalities, available, story in PEERS:
        slug = _slug(name, region)
        peer, _ = Peer.objects.update_or_create(
            slug=slug,
            defaults={
                "name": name,
                "contact_point": points[region],
                "story": story,
                "ways": ways,
                "languages": languages,
                "availability": available,
                "break_until": date(2027, 2, 1) if available == "break" else None,
                "email": f"{slug}@demo.example",
                "phone": "",
                "status": Peer.Status.APPROVED,
                "intake_date": date(2025, 9, 1),
                "training_done": "Basistraining ervaringsdelen (demo)",
                "agreement_signed_on": date(2025, 9, 15),
                "staff_notes": FICTIONAL,
            },
        )
        peer.themes.set([themes[s] for s in theme_slugs])
        peer.municipalities.set([places[m] for m in municipalities])
    # One peer still in intake, so the workspace shows what waits for approval.
    intake, _ = Peer.objects.update_or_create(
        slug="demi-parkstad",
        defaults={
            "name": "Demi",
            "contact_point": points["parkstad"],
            "story": "Ik had een burn-out na jaren mantelzorg. Ik wil graag anderen helpen.",
            "ways": ["phone"],
            "languages": ["nl"],
            "email": "demi-parkstad@demo.example",
            "status": Peer.Status.INTAKE,
            "intake_date": date(2026, 11, 20),
            "staff_notes": FICTIONAL + " Afsprakenformulier nog niet terug.",
        },
    )
    intake.themes.set([themes["burn-out-overspanning"]])
    return {"peers": len(PEERS) + 1}
