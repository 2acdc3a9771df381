"""Twenty fictional demo articles (ervaringskennis), written the way peers and groups write:
plain Dutch (B1), short sentences, one experience per article. Made up for the demo; each
article ends with a line saying so. load() is idempotent (keyed on the slug) and needs the
demo contact points of demo.groups."""

from datetime import date, datetime

from django.db import transaction
from django.utils import timezone
from django.utils.text import slugify

from contactpoints.models import ContactPoint
from groups.models import Theme
from knowledge.models import Article

FICTIONAL = "*Dit verhaal is verzonnen voor de demo van de Zelfhulpkaart.*"
CP = {
    "nl": "zelfhulpcontactpunt-noord-limburg",
    "ml": "zelfhulpcontactpunt-midden-limburg",
    "wm": "zelfhulpcontactpunt-westelijke-mijnstreek",
    "pa": "zelfhulpcontactpunt-parkstad",
    "mh": "zelfhulpcontactpunt-maastricht-heuvelland",
}

# title, author, contact point, themes, summary, body
ARTICLES = [
    (
        "Het eerste jaar na het overlijden van mijn man",
        "Marian",
        "pa",
        ["rouw-partner"],
        "Over verjaardagen, lege stoelen en de mensen die wél bleven bellen.",
        """Iedereen zei: het eerste jaar is het zwaarst. Dat klopte, maar anders dan ik dacht.

## De eerste keren
Zijn verjaardag, onze trouwdag, Kerstmis. Ik zag er weken tegenop. Wat hielp: ik maakte van tevoren een plan. Met wie ben ik die dag? Wat ga ik doen? Op zijn verjaardag gingen mijn dochter en ik naar zijn favoriete plek bij de Brunssummerheide.

## Wat mensen zeiden
Sommige mensen bleven weg. Dat deed pijn. Andere mensen belden gewoon elke week. Zij vroegen niet "gaat het?", maar "zal ik zaterdag langskomen?". Dat was makkelijker om ja op te zeggen.

## Wat ik jou wil meegeven
- Je hoeft niet sterk te zijn.
- Zeg ja als iemand iets concreets aanbiedt.
- Praat met iemand die het ook heeft meegemaakt. Die schrikt niet van je verdriet.
""",
    ),
    (
        "Stoppen met drinken: de eerste dertig dagen",
        "Ruud",
        "pa",
        ["alcohol"],
        "Wat ik deed op de avonden dat ik het meest wilde drinken.",
        """De eerste maand zonder alcohol was de moeilijkste van mijn leven. Vooral de avonden.

## Mijn lastige momenten
Om vijf uur, na het werk. Op vrijdagavond. En na ruzie. Ik schreef op wanneer ik trek kreeg. Zo zag ik een patroon.

## Wat ik in de plaats deed
- Ik ging elke avond om vijf uur wandelen met de hond.
- Ik dronk alcoholvrij bier, maar alleen de eerste weken.
- Ik belde iemand uit mijn groep als het echt moeilijk werd.

## Praat erover
Ik schaamde me heel erg. Toen ik in de groep mijn verhaal vertelde, knikte iedereen. Dat was een enorme opluchting.

Let op: stoppen na lang en veel drinken kan gevaarlijk zijn voor je lichaam. Overleg eerst met je huisarts.
""",
    ),
    (
        "Somber in een nieuw land",
        "Samira",
        "pa",
        ["depressie", "migratie-nieuwkomers"],
        "Waarom het zo moeilijk was om hulp te vragen, en wat toch hielp.",
        """Toen ik in Heerlen kwam wonen, was ik blij. Maar na een paar maanden werd ik somber. Ik miste mijn familie, mijn taal, het eten, de geluiden op straat.

## Schaamte
In mijn familie praat je niet over somberheid. Je bidt, of je zet door. Ik dacht dat er iets mis was met mij.

## Kleine stappen
Een buurvrouw nam me mee naar een taalcafé. Daar ontmoette ik andere vrouwen die hetzelfde voelden. We spraken af om samen te wandelen.

## Naar de huisarts
Uiteindelijk ging ik naar de huisarts. Ik nam een vriendin mee om te helpen met de taal. De huisarts luisterde goed. Dat had ik niet verwacht.

Je bent niet zwak als je hulp vraagt. Je bent moedig.
""",
    ),
    (
        "Mantelzorg bij dementie: zo hield ik het vol",
        "Wim",
        "pa",
        ["dementie", "mantelzorg"],
        "Acht jaar zorgen voor mijn vrouw. Wat ik eerder had willen weten.",
        """Mijn vrouw Thea kreeg alzheimer toen ze 66 was. Ik heb acht jaar voor haar gezorgd, tot ze naar een verpleeghuis ging.

## Hulp vragen
Ik wilde alles zelf doen. Dat was een fout. Na drie jaar was ik op. Mijn huisarts wees me op dagopvang en op respijtzorg. Thea ging twee dagen per week naar de dagopvang. Die dagen waren voor mij.

## Praten met anderen
In het Alzheimer Café hoorde ik verhalen die op het mijne leken. Ik kreeg daar tips die geen folder je geeft.

## Wat ik je aanraad
- Vraag op tijd een casemanager dementie aan.
- Plan vaste vrije momenten voor jezelf.
- Boos of verdrietig zijn op je partner hoort erbij. Je bent geen slecht mens.
""",
    ),
    (
        "Paniek in de supermarkt",
        "Lotte",
        "pa",
        ["angst-paniek"],
        "Hoe ik leerde dat een paniekaanval niet gevaarlijk is, hoe eng hij ook voelt.",
        """De eerste keer dacht ik dat ik een hartaanval kreeg. Mijn hart bonkte, ik kreeg geen lucht, en ik moest weg uit de supermarkt.

## Vermijden
Daarna ging ik niet meer naar de supermarkt. Toen niet meer met de trein. Mijn wereld werd steeds kleiner.

## Wat hielp
Mijn huisarts legde uit wat er in je lichaam gebeurt bij paniek. Het is eng, maar niet gevaarlijk. Met een psycholoog ging ik daarna stap voor stap terug naar de plekken die ik vermeed.

## Mijn tips
- Adem rustig en lang uit, langer dan je inademt.
- Blijf als het kan, de paniek zakt vanzelf.
- Vertel één iemand wat er speelt. Dan hoef je het niet te verbergen.
""",
    ),
    (
        "Alleen in huis na zijn dood",
        "Jos",
        "mh",
        ["rouw-partner", "eenzaamheid"],
        "Over stilte, koken voor één en de eerste keer naar een praatgroep.",
        """Na vijftig jaar huwelijk was het opeens stil in huis. Geen radio meer in de keuken, niemand die vroeg hoe mijn dag was.

## Koken voor één
Ik at brood, drie keer per dag. Mijn dochter zei er wat van. Nu kook ik twee keer per week een grote pan soep en vries ik porties in.

## De praatgroep
Mijn buurman nam me mee naar een praatgroep voor mensen die hun partner verloren. Ik wilde eerst niet. Mannen praten niet, dacht ik. Maar de helft van de groep was man. Na afloop dronken we nog koffie.

## Nu
Het verdriet is er nog. Maar ik heb weer een week met vaste afspraken. Dinsdag de groep, donderdag biljart, zondag mijn dochter.
""",
    ),
    (
        "Herstellen van een eetstoornis: het gaat niet in een rechte lijn",
        "Anouk",
        "mh",
        ["eetstoornis"],
        "Terugvallen horen erbij. Wat ik daarvan leerde.",
        """Ik dacht dat herstel zou voelen als een trap omhoog. Het voelde meer als een berg met veel dalen.

## Terugval
Na een jaar ging het opeens weer slechter. Ik voelde me mislukt. Mijn behandelaar zei: een terugval betekent niet dat je opnieuw begint. Je weet nu meer dan de vorige keer.

## Wat hielp
- Eten op vaste tijden, ook als ik geen zin had.
- Niet meer wegen thuis.
- Eén vriendin die ik alles kon vertellen.

## Aan ouders en vrienden
Praat niet steeds over eten. Vraag liever hoe het écht met iemand gaat.

Een eetstoornis is een ernstige ziekte. Zoek hulp via je huisarts.
""",
    ),
    (
        "Leven met de angst dat kanker terugkomt",
        "Frans",
        "mh",
        ["kanker"],
        "Na de behandeling begon voor mij het moeilijkste deel.",
        """Tijdens de behandeling had ik een doel: beter worden. Daarna viel ik in een gat. Iedereen dacht dat het klaar was. Ik niet.

## Controles
Voor elke controle sliep ik een week slecht. Ik schreef mijn zorgen op een briefje en nam dat mee naar de arts. Dan vergat ik niets.

## Praten met lotgenoten
In het inloophuis ontmoette ik mensen die precies wisten wat ik bedoelde. Je hoeft daar niets uit te leggen.

## Wat ik nu doe
Ik wandel veel in het Heuvelland. Ik plan leuke dingen na een controle, niet ervoor. Zo heb ik iets om naar uit te kijken.
""",
    ),
    (
        "Alleen met drie kinderen na de scheiding",
        "Esther",
        "mh",
        ["scheiding", "opvoeding"],
        "Geld, omgang en verdriet tegelijk. Hoe ik overzicht kreeg.",
        """Na de scheiding had ik het gevoel dat ik honderd ballen in de lucht hield. En elke dag viel er wel eentje.

## Overzicht
Ik maakte een lijst met alles wat geregeld moest worden: huur, toeslagen, school, omgang. Een vrijwilliger van de formulierenbrigade hielp me met de toeslagen.

## De kinderen
Ik praatte niet slecht over hun vader, ook al was ik boos. Dat was soms moeilijk. Mijn boosheid liet ik bij een vriendin.

## Voor jezelf zorgen
Eén avond per week is van mij. Dan gaan de kinderen naar hun vader en ga ik zwemmen. Dat lijkt klein, maar het houdt me overeind.
""",
    ),
    (
        "ADHD op je werk: wat ik mijn baas vertelde",
        "Bram",
        "mh",
        ["adhd", "werk-werkloosheid"],
        "Wel of niet vertellen? En hoe dan?",
        """Ik heb lang getwijfeld of ik mijn leidinggevende moest vertellen dat ik ADHD heb. Ik was bang dat hij me anders zou zien.

## Hoe ik het vertelde
Ik vertelde niet alleen wat ADHD is, maar vooral wat ik nodig heb. Een rustige werkplek. Korte opdrachten met een duidelijke deadline. Een vast moment om samen de week door te nemen.

## Wat het opleverde
Mijn baas reageerde beter dan ik dacht. Ik werk nu twee dagen thuis. Mijn werk is beter en ik ben minder moe.

## Tip
Je hoeft het niet te vertellen. Het is jouw keuze. Praat er eerst over met iemand die het ook heeft gedaan.
""",
    ),
    (
        "Als je kind psychisch ziek is",
        "Mieke",
        "wm",
        ["naasten-psychisch", "bipolair"],
        "Wat ik leerde toen mijn zoon werd opgenomen.",
        """Toen mijn zoon voor het eerst werd opgenomen, voelde ik me machteloos. Ik wilde hem helpen, maar ik wist niet hoe.

## Ik mocht niet alles weten
De hulpverleners mochten me niet alles vertellen. Mijn zoon was volwassen. Dat was moeilijk. Wat hielp: samen met hem een gesprek aanvragen met zijn behandelaar.

## Grenzen
Ik leerde dat ik niet alles kan oplossen. Ik ben zijn moeder, geen hulpverlener. Soms is nee zeggen liefdevol.

## Steun voor mezelf
In een groep voor naasten hoorde ik dat mijn gevoelens normaal zijn. Schuld, boosheid, verdriet. Ze mogen er allemaal zijn.
""",
    ),
    (
        "Weer bewegen na een hartaanval",
        "Hans",
        "wm",
        ["hart-vaat"],
        "Over angst voor je eigen lichaam, en hoe ik die kleiner maakte.",
        """Na mijn hartaanval durfde ik bijna niets meer. Trap op, fietsen, vrijen: overal was ik bang voor.

## Hartrevalidatie
In het ziekenhuis kon ik meedoen aan hartrevalidatie. Onder begeleiding sporten gaf me vertrouwen. Als de fysiotherapeut zei dat het veilig was, geloofde ik het.

## Elke dag een stukje
Ik begon met tien minuten wandelen. Nu loop ik elke dag een uur. Ik houd bij hoe ik me voel in een schriftje.

## Mijn vrouw
Zij was ook bang. Ze lette op alles wat ik deed. We hebben daar samen over gepraat met de hartverpleegkundige. Dat hielp ons allebei.
""",
    ),
    (
        "Weggaan uit een onveilige relatie",
        "Fatma",
        "wm",
        ["huiselijk-geweld"],
        "Waarom het zo lang duurde, en wie me hielp.",
        """Mensen vragen vaak: waarom ging je niet eerder weg? Het antwoord is niet simpel.

## Waarom ik bleef
Ik was bang. Ik had geen eigen geld. Ik dacht dat het mijn schuld was. En ik hoopte steeds dat het beter zou worden.

## Wie me hielp
Een collega zag dat er iets mis was. Ze gaf me het nummer van Veilig Thuis: 0800-2000. Ik heb drie keer opgehangen voordat ik iets durfde te zeggen.

## Aan jou
Je bent niet alleen. Het is niet jouw schuld. Bel Veilig Thuis voor advies, ook als je twijfelt. Bij direct gevaar: bel 112.
""",
    ),
    (
        "Gokschulden: de dag dat ik het vertelde",
        "Peter",
        "wm",
        ["gokken", "geldzorgen"],
        "Liegen kost meer energie dan de waarheid vertellen.",
        """Twee jaar lang loog ik over geld. Tegen mijn vrouw, tegen mijn ouders, tegen mezelf.

## Het moment
Op een avond kwam er een brief van een incassobureau. Mijn vrouw opende hem. Ik kon niet meer liegen.

## Daarna
Ze was woedend en verdrietig. Maar ze bleef. Samen gingen we naar de schuldhulpverlening van de gemeente. Ik zette een blokkade op alle gokwebsites via Cruks.

## Wat ik je wil zeggen
- Schulden worden niet kleiner als je wacht.
- De gemeente helpt gratis met schulden.
- In een groep met andere gokkers hoef je je niet te schamen.
""",
    ),
    (
        "Wat ik leerde in tien jaar zorgen voor onze dochter",
        "Praatgroep Ouders van een bijzonder kind Sittard",
        "wm",
        ["ouders-kind-zorg", "autisme"],
        "Tips van ouders voor ouders, uit onze groep.",
        """In onze groep praten ouders van kinderen met een ziekte of beperking. We vroegen iedereen: wat had je eerder willen weten?

## Regelen
- Vraag een cliëntondersteuner aan. Die is gratis en helpt met indicaties en formulieren.
- Bewaar alle brieven in één map. Dan vind je ze terug.

## Je relatie
- Plan samen iets leuks, ook al is het maar een wandeling.
- Jullie gaan anders om met zorgen. Dat is normaal.

## Broers en zussen
- Geef ze ook aandacht, alleen voor hen.
- Er zijn groepen voor brussen. Vraag ernaar bij het contactpunt.

## Voor jezelf
Je mag moe zijn. Je mag ook weleens verdrietig zijn om het leven dat anders loopt dan je dacht.
""",
    ),
    (
        "Leven met pijn die niemand ziet",
        "Gerda",
        "ml",
        ["chronische-pijn"],
        "Over energie verdelen en nee zeggen zonder schuldgevoel.",
        """"Je ziet er goed uit!" Dat hoor ik vaak. Maar ik heb elke dag pijn.

## Mijn energie
Ik stel me mijn energie voor als twaalf lepels per dag. Douchen kost één lepel. Boodschappen doen drie. Als ze op zijn, zijn ze op.

## Nee zeggen
Vroeger zei ik overal ja op. Daarna lag ik drie dagen op de bank. Nu zeg ik: "Ik kom graag, maar ik ga om negen uur naar huis."

## Bewegen
Ik zwem twee keer per week in warm water. Dat doet mijn spieren goed. Vraag je fysiotherapeut wat bij jou past.
""",
    ),
    (
        "Zes jaar clean: wat mijn dagen nu vult",
        "Tom",
        "ml",
        ["drugs"],
        "Stoppen is één ding. Een nieuw leven opbouwen is het echte werk.",
        """Toen ik stopte met cocaïne, had ik opeens veel tijd. En geen vrienden meer, want die gebruikten allemaal.

## Nieuwe structuur
Ik sta elke dag om zeven uur op. Ik werk nu in een fietsenmakerij. Werken met mijn handen helpt me rustig te blijven.

## Nieuwe mensen
Via een zelfhulpgroep leerde ik mensen kennen die ook stopten. Met een van hen vis ik op zondag aan de Maas.

## Als het moeilijk is
Trek gaat nooit helemaal weg. Als ik het voel, bel ik iemand uit de groep. Of ik ga sporten. De trek zakt altijd weer.
""",
    ),
    (
        "Ouders na het verlies van een kind",
        "Annemie",
        "ml",
        ["rouw-kind"],
        "Het verdriet gaat niet weg, maar het verandert.",
        """Onze zoon Daan overleed toen hij negentien was. Daarna stond de wereld stil.

## Anders rouwen
Mijn man en ik rouwden heel verschillend. Hij ging hard werken, ik wilde steeds over Daan praten. We dachten dat de ander minder verdriet had. Dat was niet zo.

## Zijn naam noemen
Veel mensen durfden zijn naam niet meer te zeggen. Terwijl ik dat juist zo graag wilde horen. Nu zeg ik het gewoon: "Je mag over Daan praten."

## Lotgenoten
Bij andere ouders hoefde ik niets uit te leggen. Zij wisten dat een verjaardag zonder je kind voelt als een open wond.
""",
    ),
    (
        "Hulp vragen na een trauma",
        "Karim",
        "ml",
        ["trauma-ptss"],
        "Nachtmerries en schrikken van geluid. Hoe ik de weg naar hulp vond.",
        """Jarenlang dacht ik dat mijn nachtmerries normaal waren. Iedereen die gevlucht is, heeft ze toch?

## Schrikken
Bij harde geluiden dook ik weg. Oud en nieuw was een ramp. Ik hield het voor iedereen verborgen.

## De huisarts
Een vriend zei: ga naar de huisarts. Ik was bang dat ik gek werd verklaard. Dat gebeurde niet. Ik kreeg traumabehandeling. Het was zwaar, maar het hielp.

## Aan jou
Trauma is geen zwakte. Het is een normale reactie op iets wat niet normaal is. Praat er over met iemand die je vertrouwt.
""",
    ),
    (
        "Samen met mijn man leven met parkinson",
        "Lies",
        "ml",
        ["parkinson", "mantelzorg"],
        "Kleine aanpassingen die ons leven makkelijker maakten.",
        """Mijn man kreeg de diagnose parkinson op zijn 58e. Ik werd mantelzorger zonder dat ik het merkte.

## In huis
- Een tweede trapleuning.
- Geen losse kleden meer op de vloer.
- Zijn medicijnen in een doosje met een wekker erbij. Op tijd innemen maakt veel uit.

## Samen blijven doen
We fietsen nog steeds, nu op een duofiets. We dansen zelfs, een keer per maand bij een danscafé voor mensen met parkinson.

## Voor mezelf
Ik ga elke woensdag naar mijn zus. Dan komt een vrijwilliger bij mijn man. Zonder die dag zou ik het niet volhouden.
""",
    ),
    (
        "Dertig kilo lichter met diabetes",
        "Henk",
        "nl",
        ["diabetes", "overgewicht"],
        "Geen dieet, maar kleine dingen die ik elke dag anders deed.",
        """Toen de huisarts zei dat ik diabetes type 2 had, schrok ik. Mijn vader had het ook, en hij verloor een been.

## Kleine stappen
Ik ging niet op dieet. Ik veranderde elke maand één ding. Eerst geen frisdrank meer. Toen brood met minder suiker. Toen elke dag een half uur fietsen.

## Met vallen en opstaan
Op verjaardagen at ik soms te veel. Dat gaf niet. De volgende dag ging ik gewoon weer door.

## Resultaat
Na drie jaar ben ik dertig kilo lichter. Mijn bloedsuiker is veel beter. Overleg altijd met je huisarts of praktijkondersteuner over je medicijnen.
""",
    ),
]


@transaction.atomic
def load() -> dict:
    points = {key: ContactPoint.objects.get(slug=slug) for key, slug in CP.items()}
    themes = {t.slug: t for t in Theme.objects.all()}
    for n, (title, author, cp, theme_slugs, summary, body) in enumerate(ARTICLES):
        reviewed = date(2026, 3 + n % 8, 1 + n)
        article, _ = Article.objects.update_or_create(
            slug=slugify(title)[:140],
            defaults={
                "title": title,
                "author_name": author,
                "contact_point": points[cp],
                "summary": summary,
                "body": body.strip() + "\n\n" + FICTIONAL,
                "status": Article.Status.PUBLISHED,
                "reviewed_on": reviewed,
                "published_at": timezone.make_aware(datetime(2026, 2, 1 + n, 10, 0)),
            },
        )
        article.themes.set([themes[s] for s in theme_slugs])
    return {"articles": len(ARTICLES)}
