"""The words of the demo: contact points, venues and groups in Limburg.

Everything here is made up. Buildings and organisations are fictional; postcodes are real PC4
areas with invented letters; e-mail addresses and websites use the reserved example.org and
example.com domains (RFC 2606), so nothing can reach a real person. Phone numbers follow the
Dutch format with a real area code, but the subscriber part starts with 0, which is never
issued, so they cannot ring anyone.

demo.groups turns this into rows; schedules, statuses and dates are derived there.
In group texts `{plaats}` becomes the place of the group's (first) venue, `{plaats2}` the second.
"""

# Region slug -> the short name used in organisation names.
REGION_SHORT = {
    "noord-limburg": "Noord-Limburg",
    "midden-limburg": "Midden-Limburg",
    "westelijke-mijnstreek": "Westelijke Mijnstreek",
    "parkstad-limburg": "Parkstad",
    "maastricht-heuvelland": "Maastricht-Heuvelland",
}

CONTACT_POINTS = [
    {
        "region": "noord-limburg",
        "slug": "zelfhulpcontactpunt-noord-limburg",
        "name": "Zelfhulpcontactpunt Noord-Limburg",
        "description": (
            "Wij helpen je een zelfhulpgroep te vinden in Noord-Limburg, van Mook tot Beesel. "
            "Twijfel je of een groep bij je past? Bel of mail ons gerust, dan denken we met je mee. "
            "Wil je zelf een groep beginnen, dan helpen we met een ruimte, een folder en tips "
            "voor de eerste bijeenkomst."
        ),
        "street_address": "Kazernestraat 14",
        "postcode": "5911 HB",
        "city": "Venlo",
        "phone": "077 012 34 50",
        "email": "noord-limburg@zelfhulpkaart.example.org",
        "website": "https://noord-limburg.zelfhulpkaart.example.org",
        "opening_hours": "ma-do 9.00-16.30 uur, vr 9.00-12.30 uur",
    },
    {
        "region": "midden-limburg",
        "slug": "zelfhulpcontactpunt-midden-limburg",
        "name": "Zelfhulpcontactpunt Midden-Limburg",
        "description": (
            "Het contactpunt voor zelfhulpgroepen in Roermond, Weert en de dorpen daartussen. "
            "We kennen de groepen in de regio persoonlijk en weten wie je kunt bellen. "
            "Je kunt ook zonder afspraak binnenlopen op dinsdag- en donderdagochtend."
        ),
        "street_address": "Pollartstraat 9",
        "postcode": "6041 GC",
        "city": "Roermond",
        "phone": "0475 01 23 40",
        "email": "midden-limburg@zelfhulpkaart.example.org",
        "website": "https://midden-limburg.zelfhulpkaart.example.org",
        "opening_hours": "ma-vr 9.00-16.00 uur; inloop di en do 9.30-12.00 uur",
    },
    {
        "region": "westelijke-mijnstreek",
        "slug": "zelfhulpcontactpunt-westelijke-mijnstreek",
        "name": "Zelfhulpcontactpunt Westelijke Mijnstreek",
        "description": (
            "Voor inwoners van Sittard-Geleen, Stein en Beek. We vertellen je welke groepen er "
            "zijn, wat je er kunt verwachten en hoe je je aanmeldt. Vrijwilligers die een groep "
            "leiden, kunnen bij ons terecht voor training en intervisie."
        ),
        "street_address": "Rosmolenstraat 22",
        "postcode": "6131 HX",
        "city": "Sittard",
        "phone": "046 012 88 10",
        "email": "westelijke-mijnstreek@zelfhulpkaart.example.org",
        "website": "https://westelijke-mijnstreek.zelfhulpkaart.example.org",
        "opening_hours": "ma-do 9.00-17.00 uur",
    },
    {
        "region": "parkstad-limburg",
        "slug": "zelfhulpcontactpunt-parkstad",
        "name": "Zelfhulpcontactpunt Parkstad",
        "description": (
            "Wij zijn er voor iedereen in Parkstad die zoekt naar mensen die hetzelfde meemaken. "
            "Samen kijken we welke groep past, dichtbij huis of online. "
            "Ook als je een groep wilt oprichten of een groep zoekt die er nog niet is, "
            "horen we graag van je."
        ),
        "street_address": "Geleenstraat 31",
        "postcode": "6411 HR",
        "city": "Heerlen",
        "phone": "045 012 45 60",
        "email": "parkstad@zelfhulpkaart.example.org",
        "website": "https://parkstad.zelfhulpkaart.example.org",
        "opening_hours": "ma-vr 9.00-16.30 uur",
    },
    {
        "region": "maastricht-heuvelland",
        "slug": "zelfhulpcontactpunt-maastricht-heuvelland",
        "name": "Zelfhulpcontactpunt Maastricht-Heuvelland",
        "description": (
            "Het zelfhulpcontactpunt voor Maastricht en de Heuvellanddorpen. "
            "We helpen je op weg naar een groep, ook in het Engels. "
            "Bellen of mailen is vrijblijvend en gratis; je hebt geen verwijzing van de huisarts nodig."
        ),
        "street_address": "Statensingel 18",
        "postcode": "6211 TN",
        "city": "Maastricht",
        "phone": "043 012 70 20",
        "email": "maastricht-heuvelland@zelfhulpkaart.example.org",
        "website": "https://maastricht-heuvelland.zelfhulpkaart.example.org",
        "opening_hours": "ma-do 9.00-16.30 uur, vr 9.00-13.00 uur",
    },
]

# Area code per municipality, for the groups' public phone numbers.
AREA_CODES = {
    "Noord-Limburg": "077",
    "Venray": "0478",
    "Gennep": "0485",
    "Bergen (L.)": "0485",
    "Mook en Middelaar": "024",
    "Midden-Limburg": "0475",
    "Weert": "0495",
    "Nederweert": "0495",
    "Westelijke Mijnstreek": "046",
    "Parkstad Limburg": "045",
    "Maastricht-Heuvelland": "043",
}

# Municipality -> venues: (name, street and number, postcode, place, access, public transport).
# Access letters: R wheelchair accessible, L hearing loop, B ground floor.
# fmt: off
VENUES = {
    # Noord-Limburg
    "Venlo": [
        ("Wijkcentrum De Bolder", "Hogeweg 48", "5911 EK", "Venlo", "RLB", "Station Venlo op 8 minuten lopen"),
        ("Ontmoetingscentrum De Maasoever", "Maaskade 7", "5911 HT", "Venlo", "RB", "Bushalte Maasboulevard op 2 minuten lopen"),
        ("Zorgcentrum Sint Jozef", "Jozefstraat 30", "5913 AD", "Venlo", "RLB", "Bushalte Jozefstraat voor de deur"),
        ("Buurthuis De Schakel", "Antoniuslaan 15", "5921 KB", "Venlo", "RB", "Bushalte Antoniuslaan op 1 minuut lopen; gratis parkeren"),
        ("Gemeenschapshuis 't Gasthoês", "Kerkstraat 21", "5931 NM", "Tegelen", "RB", "Bushalte Tegelen Markt op 3 minuten lopen"),
        ("MFC De Horizon", "Schoolstraat 4", "5941 BM", "Velden", "RLB", "Bushalte Velden Kerk op 2 minuten lopen"),
    ],
    "Venray": [
        ("Huis van de Wijk Venray", "Patersweg 14", "5801 CM", "Venray", "RLB", "Busstation Venray op 5 minuten lopen"),
        ("Wijkbibliotheek De Leeshoek", "Grote Markt 9", "5801 BP", "Venray", "RLB", "Busstation Venray op 3 minuten lopen"),
        ("Zorgcentrum De Wieken", "Merseloseweg 20", "5801 BE", "Venray", "RLB", "Bushalte Merseloseweg voor de deur"),
        ("Gemeenschapshuis De Kemmer", "Dorpsstraat 9", "5813 AB", "Ysselsteyn", "RB", "Buurtbus, halte Ysselsteyn Kerk op 2 minuten lopen"),
    ],
    "Horst aan de Maas": [
        ("Gemeenschapshuis 't Gasthoes", "Kerkplein 6", "5961 GP", "Horst", "RLB", "Bushalte Horst Centrum op 3 minuten lopen"),
        ("Zorgcentrum Sint Anna", "Molenstraat 14", "5961 CD", "Horst", "RLB", "Bushalte Molenstraat op 1 minuut lopen"),
        ("MFC De Zwingel", "Raadhuisstraat 2", "5975 BT", "Sevenum", "RB", "Bushalte Sevenum Kerk op 2 minuten lopen"),
        ("Gemeenschapshuis De Kolk", "Kloosterstraat 3", "5971 BC", "Grubbenvorst", "RB", "Bushalte Grubbenvorst Kerk op 4 minuten lopen"),
    ],
    "Peel en Maas": [
        ("Ontmoetingscentrum De Kei", "Markt 12", "5981 CX", "Panningen", "RLB", "Bushalte Panningen Centrum op 2 minuten lopen"),
        ("Gemeenschapshuis De Wis", "Kerkstraat 34", "5988 CA", "Helden", "RB", "Bushalte Helden Kerk op 1 minuut lopen"),
        ("Zorgcentrum De Beek", "Sint Petrusstraat 5", "5991 BN", "Baarlo", "RLB", "Bushalte Baarlo Kerk op 3 minuten lopen"),
        ("MFC Rozenhof", "Raadhuisplein 1", "5768 BA", "Meijel", "RB", "Bushalte Meijel Centrum op 2 minuten lopen"),
    ],
    "Beesel": [
        ("Gemeenschapshuis De Bongerd", "Markt 3", "5953 GH", "Reuver", "RLB", "Station Reuver op 6 minuten lopen"),
        ("Dorpshuis De Schaapskooi", "Heiligenweg 12", "5954 CA", "Beesel", "RB", "Bushalte Beesel Kerk op 2 minuten lopen"),
    ],
    "Bergen (L.)": [
        ("Dorpshuis De Sibbel", "Kerkstraat 8", "5853 EA", "Siebengewald", "RB", "Bushalte Siebengewald Kerk op 2 minuten lopen"),
        ("MFC De Maasduinen", "Hoogstraat 11", "5856 AB", "Wellerlooi", "RLB", "Bushalte Wellerlooi Centrum op 3 minuten lopen"),
    ],
    "Gennep": [
        ("Ontmoetingscentrum Het Brugske", "Zuidsingel 4", "6591 AH", "Gennep", "RLB", "Station Gennep op 7 minuten lopen"),
        ("Dorpshuis De Kiel", "Dorpsstraat 22", "6596 AE", "Milsbeek", "RB", "Bushalte Milsbeek Kerk op 2 minuten lopen"),
    ],
    "Mook en Middelaar": [
        ("Gemeenschapshuis De Plak", "Raadhuisstraat 5", "6585 AD", "Mook", "RLB", "Station Mook-Molenhoek op 10 minuten lopen"),
        ("Wijkcentrum Molenhoek", "Kerkstraat 2", "6584 AB", "Molenhoek", "RB", "Bushalte Molenhoek Centrum op 1 minuut lopen"),
    ],
    # Midden-Limburg
    "Roermond": [
        ("Wijkcentrum De Donderberg", "Vrijheidslaan 40", "6042 DB", "Roermond", "RLB", "Bus 6, halte Vrijheidslaan op 2 minuten lopen"),
        ("Huis van de Stad", "Neerstraat 18", "6041 KB", "Roermond", "RLB", "Station Roermond op 10 minuten lopen"),
        ("Ontmoetingscentrum De Roerstreek", "Kapellerlaan 90", "6045 AH", "Roermond", "RB", "Bushalte Kapellerlaan voor de deur"),
        ("Zorgcentrum Hoogveld", "Minderbroederssingel 30", "6041 KK", "Roermond", "RLB", "Station Roermond op 5 minuten lopen"),
        ("Gemeenschapshuis De Tump", "Markt 9", "6071 JD", "Swalmen", "RB", "Station Swalmen op 6 minuten lopen"),
        ("MFC De Ing", "Ridder Hoenstraat 4", "6049 CA", "Herten", "RB", "Bushalte Herten Kerk op 2 minuten lopen"),
    ],
    "Weert": [
        ("Wijkcentrum De Brug", "Beekstraat 27", "6001 GE", "Weert", "RLB", "Station Weert op 9 minuten lopen"),
        ("Ontmoetingscentrum De Munt", "Wilhelminasingel 12", "6001 GT", "Weert", "RLB", "Station Weert op 4 minuten lopen"),
        ("Buurthuis Leuken", "Leukerweg 44", "6006 ED", "Weert", "RB", "Bushalte Leuken op 2 minuten lopen"),
        ("Gemeenschapshuis 't Gesjticht", "Kerkstraat 15", "6039 AB", "Stramproy", "RB", "Bushalte Stramproy Kerk op 1 minuut lopen"),
    ],
    "Echt-Susteren": [
        ("Ontmoetingscentrum De Pepermolen", "Nieuwe Markt 10", "6101 CV", "Echt", "RLB", "Station Echt op 8 minuten lopen"),
        ("Zorgcentrum Sint Joris", "Bandertlaan 3", "6102 CE", "Echt", "RLB", "Bushalte Bandertlaan op 2 minuten lopen"),
        ("MFC De Hoven", "Kerkstraat 5", "6114 HA", "Susteren", "RB", "Station Susteren op 5 minuten lopen"),
    ],
    "Leudal": [
        ("Gemeenschapshuis De Plek", "Markt 7", "6093 CA", "Heythuysen", "RLB", "Bushalte Heythuysen Centrum op 2 minuten lopen"),
        ("Dorpshuis De Aldenborgh", "Kerkstraat 11", "6081 BJ", "Haelen", "RB", "Bushalte Haelen Kerk op 2 minuten lopen"),
        ("MFC De Hoorn", "Kasteellaan 2", "6085 AA", "Horn", "RLB", "Bushalte Horn Kerk op 3 minuten lopen"),
        ("Gemeenschapshuis De Rogstaek", "Dorpsstraat 30", "6088 BC", "Roggel", "RB", "Bushalte Roggel Markt op 1 minuut lopen"),
    ],
    "Maasgouw": [
        ("Ontmoetingscentrum De Mortel", "Raadhuisplein 4", "6051 HC", "Maasbracht", "RLB", "Station Maasbracht op 10 minuten lopen"),
        ("Gemeenschapshuis 't Panhoes", "Molenstraat 6", "6019 BA", "Wessem", "RB", "Bushalte Wessem Kerk op 2 minuten lopen"),
        ("Gemeenschapshuis De Wijngaard", "Wijngaard 5", "6017 AG", "Thorn", "RB", "Bushalte Thorn Centrum op 4 minuten lopen"),
    ],
    "Nederweert": [
        ("Gemeenschapshuis De Pinnenhof", "Kerkstraat 12", "6031 CE", "Nederweert", "RLB", "Bushalte Nederweert Centrum op 2 minuten lopen"),
        ("MFC Ospel", "Dorpstraat 18", "6035 AC", "Ospel", "RB", "Bushalte Ospel Kerk op 1 minuut lopen"),
    ],
    "Roerdalen": [
        ("Ontmoetingscentrum De Schalm", "Hoofdstraat 20", "6075 CA", "Herkenbosch", "RLB", "Bushalte Herkenbosch Centrum op 2 minuten lopen"),
        ("Gemeenschapshuis De Auw Pastorie", "Kerkplein 3", "6061 CA", "Posterholt", "RB", "Bushalte Posterholt Kerk op 1 minuut lopen"),
        ("Dorpshuis De Berg", "Hoogstraat 7", "6077 AN", "Sint Odiliënberg", "RB", "Bushalte Sint Odiliënberg Kerk op 3 minuten lopen"),
    ],
    # Westelijke Mijnstreek
    "Sittard-Geleen": [
        ("Wijkcentrum De Baandert", "Rijksweg Noord 60", "6131 CM", "Sittard", "RLB", "Station Sittard op 7 minuten lopen"),
        ("Ontmoetingscentrum De Oude Markt", "Markt 14", "6131 EK", "Sittard", "RLB", "Station Sittard op 10 minuten lopen"),
        ("Zorgcentrum Sint Rosa", "Kollenberg 3", "6134 BC", "Sittard", "RLB", "Bushalte Kollenberg voor de deur"),
        ("Buurthuis Lindenheuvel", "Kerkplein 2", "6163 BA", "Geleen", "RB", "Bushalte Lindenheuvel Kerk op 2 minuten lopen"),
        ("MFC De Haagen", "Rijksweg Centrum 88", "6161 EG", "Geleen", "RLB", "Station Geleen Oost op 6 minuten lopen"),
        ("Gemeenschapshuis De Burcht", "Kerkstraat 9", "6121 JD", "Born", "RB", "Bushalte Born Centrum op 2 minuten lopen"),
        ("Gemeenschapshuis De Sjilpaort", "Bergerweg 10", "6151 AV", "Munstergeleen", "RB", "Bushalte Munstergeleen Kerk op 3 minuten lopen"),
    ],
    "Stein": [
        ("Ontmoetingscentrum De Grous", "Raadhuisplein 1", "6171 KA", "Stein", "RLB", "Bushalte Stein Centrum op 2 minuten lopen"),
        ("Dorpshuis Elsloo", "Stationsstraat 22", "6181 AJ", "Elsloo", "RB", "Station Elsloo op 5 minuten lopen"),
    ],
    "Beek": [
        ("Wijkcentrum De Kleine Kaap", "Markt 8", "6191 JJ", "Beek", "RLB", "Bushalte Beek Centrum op 1 minuut lopen"),
        ("Gemeenschapshuis De Gats", "Kerkstraat 15", "6176 AA", "Spaubeek", "RB", "Station Spaubeek op 6 minuten lopen"),
    ],
    # Parkstad
    "Heerlen": [
        ("Wijkcentrum 't Loon", "Stationsstraat 40", "6411 NH", "Heerlen", "RLB", "Station Heerlen op 4 minuten lopen"),
        ("Ontmoetingscentrum Schandelen", "Vijverlaan 10", "6415 AB", "Heerlen", "RLB", "Bus 21, halte Vijverlaan op 2 minuten lopen"),
        ("Buurthuis De Molenberg", "Molenberglaan 15", "6416 EN", "Heerlen", "RB", "Bushalte Molenberg op 1 minuut lopen"),
        ("Zorgcentrum Douvenrade", "Douvenrade 5", "6419 AE", "Heerlen", "RLB", "Bushalte Douvenrade voor de deur"),
        ("MFC De Koempel", "Markt 3", "6431 CA", "Hoensbroek", "RLB", "Bushalte Hoensbroek Markt op 1 minuut lopen"),
    ],
    "Kerkrade": [
        ("Wijkcentrum Bleijerheide", "Kloosterstraat 12", "6466 HA", "Kerkrade", "RLB", "Bushalte Bleijerheide op 2 minuten lopen"),
        ("Ontmoetingscentrum Het Markthuis", "Markt 21", "6461 EC", "Kerkrade", "RLB", "Station Kerkrade Centrum op 5 minuten lopen"),
        ("Zorgcentrum Sint Hubertus", "Hoofdstraat 50", "6463 AC", "Kerkrade", "RLB", "Bushalte Hoofdstraat voor de deur"),
    ],
    "Landgraaf": [
        ("Ontmoetingscentrum Op de Kamp", "Kampstraat 10", "6371 BM", "Landgraaf", "RLB", "Station Landgraaf op 6 minuten lopen"),
        ("Buurthuis Nieuwenhagen", "Hoofdstraat 88", "6372 EG", "Landgraaf", "RB", "Bushalte Nieuwenhagen Kerk op 1 minuut lopen"),
    ],
    "Brunssum": [
        ("Ontmoetingscentrum De Kompel", "Lindeplein 5", "6441 CJ", "Brunssum", "RLB", "Busstation Brunssum op 3 minuten lopen"),
        ("Buurthuis Rumpen", "Rumpenerstraat 70", "6443 CA", "Brunssum", "RB", "Bushalte Rumpen op 2 minuten lopen"),
    ],
    "Beekdaelen": [
        ("MFC De Kroon", "Markt 4", "6361 CB", "Nuth", "RLB", "Station Nuth op 4 minuten lopen"),
        ("Dorpshuis Schinveld", "Kerkstraat 2", "6451 CN", "Schinveld", "RB", "Bushalte Schinveld Kerk op 2 minuten lopen"),
        ("Gemeenschapshuis De Oude School", "Dorpsstraat 15", "6365 BH", "Schinnen", "RB", "Station Schinnen op 5 minuten lopen"),
    ],
    "Simpelveld": [
        ("Gemeenschapshuis De Rode Beek", "Kloosterstraat 5", "6369 AB", "Simpelveld", "RLB", "Bushalte Simpelveld Kerk op 2 minuten lopen"),
        ("Dorpshuis Bocholtz", "Dorpsstraat 12", "6351 GD", "Bocholtz", "RB", "Bushalte Bocholtz Kerk op 1 minuut lopen"),
    ],
    "Voerendaal": [
        ("Gemeenschapshuis Voerendaal", "Hogeweg 3", "6367 AB", "Voerendaal", "RLB", "Station Voerendaal op 8 minuten lopen"),
        ("Dorpshuis Klimmen", "Dorpsstraat 40", "6343 AK", "Klimmen", "RB", "Station Klimmen-Ransdaal op 10 minuten lopen"),
    ],
    # Maastricht-Heuvelland
    "Maastricht": [
        ("Buurthuis De Sleutel", "Boschstraat 60", "6211 AX", "Maastricht", "RLB", "Bus 1, halte Markt op 3 minuten lopen"),
        ("Ontmoetingscentrum Wyck", "Rechtstraat 40", "6221 EJ", "Maastricht", "RLB", "Station Maastricht op 5 minuten lopen"),
        ("Wijkcentrum Malberg", "Malbergsingel 5", "6216 CT", "Maastricht", "RB", "Bus 7, halte Malberg op 2 minuten lopen"),
        ("Zorgcentrum Sint Servaas", "Brusselseweg 70", "6215 HA", "Maastricht", "RLB", "Bushalte Brusselseweg voor de deur"),
        ("Wijkbibliotheek Heer", "Akerstraat 120", "6227 AB", "Maastricht", "RLB", "Bus 6, halte Heer Kerk op 3 minuten lopen"),
        ("MFC De Mariaberg", "Populierweg 25", "6213 CA", "Maastricht", "RLB", "Bus 3, halte Mariaberg op 1 minuut lopen"),
        ("Buurtcentrum Randwyck", "Universiteitssingel 30", "6229 ER", "Maastricht", "RLB", "Station Maastricht Randwyck op 5 minuten lopen"),
    ],
    "Meerssen": [
        ("Gemeenschapshuis De Stegel", "Markt 10", "6231 LR", "Meerssen", "RLB", "Station Meerssen op 6 minuten lopen"),
        ("Dorpshuis Bunde", "Kerkstraat 4", "6241 BA", "Bunde", "RB", "Station Bunde op 4 minuten lopen"),
    ],
    "Valkenburg aan de Geul": [
        ("Ontmoetingscentrum De Geulhoeve", "Grotestraat 20", "6301 CZ", "Valkenburg", "RLB", "Station Valkenburg op 5 minuten lopen"),
        ("Gemeenschapshuis Berg en Terblijt", "Rijksweg 12", "6325 AA", "Berg en Terblijt", "RB", "Bushalte Berg en Terblijt Kerk op 1 minuut lopen"),
    ],
    "Eijsden-Margraten": [
        ("Gemeenschapshuis 't Heuvelland", "Rijksweg 30", "6269 AB", "Margraten", "RLB", "Bushalte Margraten Centrum op 2 minuten lopen"),
        ("Dorpshuis Eijsden", "Diepstraat 7", "6245 BJ", "Eijsden", "RB", "Station Eijsden op 7 minuten lopen"),
    ],
    "Gulpen-Wittem": [
        ("Gemeenschapshuis De Gulp", "Markt 5", "6271 BD", "Gulpen", "RLB", "Bushalte Gulpen Centrum op 1 minuut lopen"),
        ("Dorpshuis Mechelen", "Hoofdstraat 20", "6281 BD", "Mechelen", "RB", "Bushalte Mechelen Kerk op 2 minuten lopen"),
    ],
    "Vaals": [
        ("Ontmoetingscentrum De Drielanden", "Maastrichterlaan 30", "6291 EN", "Vaals", "RLB", "Bushalte Vaals Centrum op 2 minuten lopen; bus naar Aken"),
        ("Dorpshuis Vijlen", "Kerkstraat 9", "6294 AT", "Vijlen", "RB", "Bushalte Vijlen Kerk op 1 minuut lopen"),
    ],
}
# fmt: on

# Default organisation per theme; {regio} becomes the short region name. A group may name its own.
ORGANISATIONS = {
    "psychische-gezondheid": "Stichting Herstelkracht {regio}",
    "dwang-ocd": "Contactkring Dwang Limburg",
    "bipolair": "Stichting Stemming in Balans Limburg",
    "eetstoornis": "Stichting Eetkracht Limburg",
    "suicidaliteit": "Stichting Levenslijn Limburg",
    "neurodiversiteit": "Stichting Anders Bekeken Limburg",
    "lvb": "Stichting Samen Sterk {regio}",
    "verslaving": "Stichting Nuchter Verder {regio}",
    "naasten-verslaving": "Familiekring Verslaving Limburg",
    "kanker": "Stichting Kanker en Leven {regio}",
    "diabetes": "Diabeteskring Limburg",
    "hart-vaat": "Hartenkring {regio}",
    "beroerte-nah": "Stichting Hersenletsel Samen Verder",
    "longziekten": "Stichting Adem Vrij Limburg",
    "reuma-artrose": "Reumakring {regio}",
    "chronische-pijn": "Vereniging Pijn en Leven Limburg",
    "ms": "MS-Contactkring Limburg",
    "parkinson": "Parkinsonkring {regio}",
    "epilepsie": "Epilepsiekring Zuid-Nederland",
    "darmziekten": "Darmkring Limburg",
    "nierziekte": "Stichting Nierlotgenoten Limburg",
    "vermoeidheid-me-cvs": "Stichting Vermoeid Verder",
    "overgewicht": "Stichting Gewicht en Welzijn Limburg",
    "zintuigen": "Vereniging Zien en Horen Limburg",
    "dementie": "Stichting Geheugenpunt {regio}",
    "levensfase-ouderen": "Ouderenvereniging Samen Verder {regio}",
    "verlies-rouw": "Stichting Lotgenoten {regio}",
    "nabestaanden-zelfdoding": "Stichting Nabestaanden Limburg",
    "relaties-gezin": "Stichting Gezin en Verbinding {regio}",
    "huiselijk-geweld": "Stichting Veilig Verder Limburg",
    "kinderwens": "Stichting Kinderwens Limburg",
    "mantelzorg-naasten": "Mantelzorgkring {regio}",
    "naasten-psychisch": "Familiekring GGZ {regio}",
    "jonge-mantelzorgers": "Stichting Jong en Zorgend Limburg",
    "meedoen-bestaanszekerheid": "Stichting Samen in de Buurt {regio}",
    "geldzorgen": "Stichting Rond met Geld {regio}",
    "werk-werkloosheid": "Stichting Werk en Welzijn {regio}",
    "lhbtiq": "Stichting Kleurrijk Limburg",
    "genderdiversiteit": "Stichting Transkring Limburg",
    "migratie-nieuwkomers": "Stichting Thuis in Limburg",
}


def g(themes, where, name, summary, description, **options):
    """One demo group. themes: space-separated theme slugs; where: municipality name.

    options: fmt (online/hybrid/phone), aud (relatives/both), lang ("nl en"), cost (a note
    means a contribution; "" forces free), reg (walk_in/required), pro (True/False),
    new (waiting_list/closed), at (place or venue name to meet at), two (meets at two venues),
    org, when ("M2TU 19:30-21:30", "M-1FR ...", "W1MO ...", "W2WE ..."), tod (morning,
    afternoon, evening; otherwise taken from words like "ochtend" in the name), note, until
    (a course of eight meetings that is running now).
    """
    return {
        "themes": themes.split(),
        "where": where,
        "name": name,
        "summary": summary,
        "description": description,
        **options,
    }


GROUPS = [
    # --- Psychische gezondheid ---------------------------------------------------------------
    g(
        "depressie",
        "Heerlen",
        "Lotgenotengroep Depressie {plaats}",
        "Voor wie somber is of een depressie heeft (gehad) en wil praten met mensen die weten hoe zwaar dat kan zijn.",
        "Een depressie maakt je wereld klein. In onze groep merk je dat je niet de enige bent: we vertellen hoe het gaat, wat helpt en wat juist niet. "
        "Niemand hoeft iets te zeggen als hij of zij dat niet wil; luisteren mag ook. "
        "De avond wordt geleid door twee ervaringsdeskundigen die zelf een depressie hebben doorgemaakt.",
        pro=False,
        two=True,
        tod="evening",
    ),
    g(
        "depressie",
        "Venlo",
        "Herstelgroep Depressie {plaats}",
        "Samen werken aan herstel na een depressie, met een werkboek en veel ruimte voor eigen ervaringen.",
        "We zijn een groep van mensen die een depressie hebben of hebben gehad. Elke bijeenkomst kiezen we een onderwerp, zoals slapen, piekeren of weer plannen durven maken. "
        "Je leert van elkaar hoe je de dag weer invulling geeft, in je eigen tempo. "
        "Een ggz-verpleegkundige denkt op de achtergrond mee.",
        pro=True,
        reg="required",
    ),
    g(
        "depressie",
        "Maastricht",
        "Depression Peer Group Maastricht (Engelstalig)",
        "Engelstalige groep voor studenten en internationals met een depressie of een lange periode van somberheid.",
        "Ver van huis is het extra moeilijk om over je gevoelens te praten. In deze groep komen studenten en internationals samen die last hebben van depressie of sombere gevoelens. "
        "We spreken Engels, in een rustige ruimte vlak bij station Randwyck. Nederlandstaligen zijn ook welkom.",
        lang="en nl",
        at="Randwyck",
        org="Stichting Herstelkracht Maastricht-Heuvelland",
    ),
    g(
        "depressie",
        "Sittard-Geleen",
        "Praatgroep Somberheid {plaats}",
        "Een vaste groep van hooguit tien mensen die elkaar steunen bij depressieve klachten en sombere periodes.",
        "Somberheid komt vaak in golven. In deze praatgroep mag je vertellen hoe je week was, zonder dat iemand je meteen advies geeft. "
        "Omdat we een vaste groep zijn, leer je elkaar goed kennen. Voordat je aansluit, heb je een kort kennismakingsgesprek met een van de begeleiders.",
        reg="required",
        new="waiting_list",
    ),
    g(
        "depressie opvoeding",
        "Roermond",
        "Online groep Somber na de Bevalling",
        "Voor moeders en vaders die na de geboorte van hun kind somber zijn of een postnatale depressie hebben.",
        "Na de bevalling verwacht iedereen dat je gelukkig bent. Als dat niet zo voelt, is dat eenzaam en verwarrend. "
        "In deze online groep praten ouders openhartig over somberheid na de geboorte, schuldgevoel en het zoeken naar hulp. "
        "Je doet mee vanaf de bank, en je baby mag er gewoon bij zijn.",
        fmt="online",
        pro=True,
    ),
    g(
        "depressie",
        "Weert",
        "Wandelgroep Samen op Pad {plaats}",
        "Elke week een uur wandelen en praten met mensen die last hebben van somberheid of een depressie.",
        "Bewegen helpt bij depressieve klachten, maar in je eentje de deur uit gaan is vaak lastig. Daarom wandelen we samen, in een rustig tempo door de natuur rond {plaats}. "
        "Onderweg praten we, of juist even niet. We beginnen en eindigen bij het wijkcentrum, met een kop koffie.",
        reg="walk_in",
        when="W1WE 10:00-11:30",
    ),
    g(
        "angst-paniek",
        "Roermond",
        "Lotgenotengroep Angst en Paniek {plaats}",
        "Voor mensen met paniekaanvallen, een angststoornis of sociale angst die ervaringen willen delen.",
        "Angst kan je leven flink beperken: niet meer naar de supermarkt durven, of steeds bang zijn voor de volgende paniekaanval. "
        "In onze groep praten we daar openlijk over, zonder oordeel. We delen wat ons helpt, zoals ademhalingsoefeningen en kleine stapjes zetten. "
        "Voor veel mensen is de eerste keer de grootste drempel; je mag vooraf altijd even bellen.",
    ),
    g(
        "angst-paniek",
        "Maastricht",
        "Groep Sociale Angst {plaats}",
        "Een kleine, veilige groep voor jongvolwassenen van 18 tot 30 jaar die zich erg onzeker of angstig voelen bij anderen.",
        "Bang zijn voor wat anderen van je denken, blozen, niet durven bellen: veel jongeren herkennen het. "
        "In deze groep oefenen we in een veilige omgeving met praten en luisteren, en we vertellen elkaar eerlijk hoe het gaat. "
        "Niemand wordt gedwongen iets te zeggen.",
        reg="required",
    ),
    g(
        "angst-paniek",
        "Venray",
        "Online groep Piekeren en Angst",
        "Om de week online, voor iedereen die veel piekert of vaak angstig is.",
        "Piekeren houdt je 's nachts wakker en kost veel energie. In deze online groep delen we wat we ertegen doen en wat ons rust geeft. "
        "Je kunt je camera uit laten als je dat prettiger vindt. Na aanmelding krijg je de link per mail.",
        fmt="online",
        when="W2TU 20:00-21:00",
    ),
    g(
        "angst-paniek",
        "Kerkrade",
        "Praatgroep Angst {plaats}",
        "Voor mensen met angstklachten uit Kerkrade en omgeving; we praten Nederlands en Duits door elkaar.",
        "Een deel van onze groep woont over de grens in Herzogenrath, dus je hoort bij ons zowel Nederlands als Duits. "
        "We praten over angst en paniek in het dagelijks leven: op het werk, in de bus, thuis. "
        "Iedereen vertelt in zijn eigen tempo.",
        lang="nl de",
    ),
    g(
        "dwang-ocd",
        "Heerlen",
        "Lotgenotengroep Dwang {plaats}",
        "Voor volwassenen met een dwangstoornis (OCS/OCD), zoals controledwang, smetvrees of dwanggedachten.",
        "Wie dwang heeft, schaamt zich er vaak voor en houdt het verborgen. Bij ons hoeft dat niet: iedereen in de groep weet hoe het voelt om steeds te moeten controleren of te tellen. "
        "We delen ervaringen met behandeling en met kleine overwinningen in het dagelijks leven.",
    ),
    g(
        "dwang-ocd",
        "Sittard-Geleen",
        "Online groep Jong met Dwang",
        "Online lotgenotengroep voor jongeren van 16 tot 25 jaar met dwanggedachten of dwanghandelingen.",
        "Op school of je werk snapt bijna niemand waarom je dingen drie keer moet doen. Hier wel. "
        "We praten over hoe je het aan vrienden vertelt, wat therapie je oplevert en hoe je omgaat met slechte dagen. "
        "Een jongerenwerker met ervaring in de ggz is bij elke bijeenkomst aanwezig.",
        fmt="online",
        pro=True,
    ),
    g(
        "dwang-ocd naasten-psychisch",
        "Venlo",
        "Naastengroep Dwang {plaats}",
        "Voor partners, ouders en kinderen van iemand met een dwangstoornis.",
        "Als je partner of kind een dwangstoornis heeft, draai je vaak ongemerkt mee in de rituelen. "
        "In deze groep praten naasten over grenzen stellen, schuldgevoel en zorgen voor jezelf. Je hoort hoe anderen het aanpakken. "
        "Meedoen kan in het wijkcentrum of online.",
        fmt="hybrid",
        aud="relatives",
    ),
    g(
        "burn-out-overspanning",
        "Sittard-Geleen",
        "Gespreksgroep Burn-out {plaats}",
        "Voor mensen die thuiszitten met een burn-out of overspanning en merken dat praten met lotgenoten helpt.",
        "Met een burn-out voel je je vaak schuldig en onbegrepen. In deze groep zitten mensen die het zelf meemaken of net achter de rug hebben. "
        "We praten over rust nemen zonder schuldgevoel, over grenzen aangeven en over de weg terug naar werk. "
        "De groep is klein, zodat er voor iedereen tijd is.",
        reg="required",
    ),
    g(
        "burn-out-overspanning",
        "Maastricht",
        "Herstelgroep Overspannen {plaats}",
        "Lotgenotengroep bij overspanning en burn-out, op locatie en online tegelijk.",
        "Soms lukt het niet om de deur uit te gaan, en soms juist wel. Daarom kun je bij ons kiezen: aan tafel in het buurthuis of via je laptop. "
        "We wisselen tips uit over slapen, prikkels en het gesprek met je leidinggevende.",
        fmt="hybrid",
    ),
    g(
        "burn-out-overspanning",
        "Venray",
        "Ontmoetingsgroep Weer in Balans {plaats}",
        "Voor wie herstelt van een burn-out en zoekt naar een nieuwe balans tussen werk, gezin en rust.",
        "Herstellen van een burn-out gaat met vallen en opstaan. In onze groep vertellen we elkaar wat werkt, van een vaste wandeling tot nee leren zeggen. "
        "Je krijgt geen lessen, wel herkenning en nieuwe ideeën.",
    ),
    g(
        "burn-out-overspanning werk-werkloosheid",
        "Weert",
        "Groep Terug naar Werk na Burn-out {plaats}",
        "Voor mensen die na een burn-out of lange ziekte weer aan het werk willen of net begonnen zijn.",
        "De eerste weken terug op het werk zijn spannend. Wat vertel je collega's, hoeveel uur is genoeg, en wat doe je als de klachten terugkomen? "
        "In deze groep delen we ervaringen met re-integratie en steunen we elkaar bij die stappen.",
        reg="required",
        org="Stichting Werk en Welzijn Midden-Limburg",
    ),
    g(
        "bipolair",
        "Maastricht",
        "Lotgenotengroep Bipolair {plaats}",
        "Voor mensen met een bipolaire stoornis die ervaringen willen delen over leven met stemmingswisselingen.",
        "Manische en depressieve periodes hebben veel invloed op je werk, relaties en geld. In deze groep praten we daar eerlijk over. "
        "We delen hoe we vroege signalen herkennen, wat medicatie met ons doet en hoe we een crisisplan maken. "
        "Nieuwe deelnemers krijgen eerst een kennismakingsgesprek.",
        reg="required",
    ),
    g(
        "bipolair",
        "Venlo",
        "Online groep Bipolair Noord-Limburg",
        "Online lotgenotencontact voor mensen met een bipolaire stoornis, ook prettig als je minder mobiel bent.",
        "Niet iedereen kan of wil 's avonds de deur uit. Daarom komen we online samen. "
        "We praten over stemming, slaap en structuur, en over hoe je het aan je omgeving uitlegt. Er is altijd een vaste gespreksleider.",
        fmt="online",
        tod="evening",
    ),
    g(
        "bipolair naasten-psychisch",
        "Roermond",
        "Contactavond Bipolair {plaats}",
        "Voor mensen met een bipolaire stoornis én hun partners of familie; de ene keer samen, de andere keer apart.",
        "Een bipolaire stoornis raakt het hele gezin. Op onze contactavonden is er ruimte voor de persoon zelf en voor de mensen om hem of haar heen. "
        "Soms praten we samen, soms in twee groepen. Zo hoor je ook hoe het van de andere kant voelt.",
        aud="both",
        reg="walk_in",
    ),
    g(
        "psychose-schizofrenie",
        "Heerlen",
        "Herstelgroep Psychose {plaats}",
        "Voor mensen die een psychose hebben meegemaakt en werken aan hun herstel.",
        "Na een psychose moet je je leven vaak opnieuw opbouwen. In deze herstelgroep vertellen we ons verhaal en luisteren we naar dat van anderen. "
        "Het gaat niet om de diagnose, maar om wat jou helpt om weer mee te doen. "
        "Een ervaringsdeskundige en een ggz-medewerker begeleiden de groep samen.",
        pro=True,
        reg="required",
    ),
    g(
        "psychose-schizofrenie",
        "Venlo",
        "Groep Stemmen Horen {plaats}",
        "Voor mensen die stemmen horen of dingen zien die anderen niet zien, en daar op een open manier over willen praten.",
        "Veel mensen horen stemmen, ook zonder diagnose. In onze groep mag je daar gewoon over vertellen. "
        "We delen hoe we met de stemmen omgaan: wat ze rustiger maakt en wat juist niet. Je hoeft niets te bewijzen of uit te leggen.",
        pro=True,
    ),
    g(
        "psychose-schizofrenie naasten-psychisch",
        "Sittard-Geleen",
        "Familiegroep Psychose {plaats}",
        "Voor ouders, partners, broers en zussen van iemand met psychoses of schizofrenie.",
        "Als iemand van wie je houdt psychotisch wordt, sta je machteloos. In deze groep vind je mensen die dat kennen. "
        "We praten over de omgang met de hulpverlening, over zorgen om de toekomst en over je eigen grenzen. "
        "Af en toe nodigen we een psychiater of een verpleegkundige uit voor vragen.",
        aud="relatives",
        pro=True,
    ),
    g(
        "persoonlijkheid",
        "Maastricht",
        "Lotgenotengroep Borderline {plaats}",
        "Voor volwassenen met borderline of andere persoonlijkheidsproblemen die willen leren van elkaars ervaringen.",
        "Heftige emoties, snel gekwetst zijn en relaties die moeizaam lopen: in deze groep weet iedereen hoe dat voelt. "
        "We praten open over wat helpt om rustig te blijven en hoe je hulp vraagt als het niet goed gaat. "
        "De groep wordt begeleid door een ervaringsdeskundige met een opleiding in de ggz.",
        pro=True,
        reg="required",
    ),
    g(
        "persoonlijkheid",
        "Heerlen",
        "Online groep Omgaan met Heftige Emoties",
        "Online gespreksgroep over emoties reguleren, voor iedereen die het soms niet meer bij kan houden.",
        "Soms gaat het van nul naar honderd en weet je niet hoe je moet remmen. In deze online groep delen we vaardigheden uit therapie en uit het dagelijks leven. "
        "Iedereen met heftige emoties is welkom, met of zonder diagnose.",
        fmt="online",
    ),
    g(
        "persoonlijkheid naasten-psychisch",
        "Roermond",
        "Naastengroep Borderline {plaats}",
        "Voor partners en ouders van iemand met borderline.",
        "Leven met iemand met borderline vraagt veel. Je wilt helpen, maar je loopt ook op eieren. "
        "In deze groep leer je van andere naasten hoe je grenzen stelt en toch betrokken blijft. Er is ook tijd voor je eigen verhaal.",
        aud="relatives",
    ),
    g(
        "trauma-ptss",
        "Brunssum",
        "Lotgenotengroep PTSS {plaats}",
        "Voor veteranen en mensen uit het uniform (politie, brandweer, ambulance) met PTSS of traumaklachten.",
        "Wat je in je werk hebt gezien, laat je niet altijd los. In onze groep zitten mensen die dat kennen: veteranen, politiemensen, brandweerlieden en ambulancepersoneel. "
        "We praten in gewone taal over slapeloosheid, schrikreacties en het thuisfront; over je inzet hoef je niets te vertellen. "
        "Engelstalige deelnemers van de internationale basis zijn ook welkom.",
        lang="nl en",
        reg="required",
    ),
    g(
        "trauma-ptss",
        "Sittard-Geleen",
        "Gespreksgroep Na een Schokkende Gebeurtenis {plaats}",
        "Voor mensen die iets ingrijpends hebben meegemaakt, zoals een ongeluk, een overval of geweld.",
        "Na een schokkende gebeurtenis kan het lang duren voordat je je weer veilig voelt. In deze groep hoef je niet in detail te vertellen wat er gebeurd is. "
        "We richten ons op het nu: slapen, werken, contact met anderen en dingen weer durven.",
        pro=True,
    ),
    g(
        "trauma-ptss huiselijk-geweld",
        "Venlo",
        "Vrouwengroep Trauma en Herstel {plaats}",
        "Voor vrouwen met traumaklachten na huiselijk geweld of misbruik, in een kleine en besloten groep.",
        "Deze groep is er voor vrouwen die geweld of misbruik hebben meegemaakt en daar nog elke dag last van hebben. "
        "We werken aan vertrouwen in jezelf en in anderen, in je eigen tempo. "
        "Een traumaverpleegkundige begeleidt de groep samen met een ervaringsdeskundige.",
        pro=True,
        reg="required",
        new="closed",
    ),
    g(
        "eetstoornis",
        "Maastricht",
        "Lotgenotengroep Eetstoornissen {plaats}",
        "Voor volwassenen met anorexia, boulimia of een eetbuistoornis, in welke fase van herstel dan ook.",
        "In deze groep praten we niet over calorieën of gewicht, wel over wat er achter een eetstoornis zit. "
        "We delen hoe we omgaan met terugval, met opmerkingen van anderen en met eten in gezelschap. "
        "Een diëtist met ervaring in de ggz is op de achtergrond betrokken. "
        "Je kunt in de zaal aanschuiven of via een beveiligde videoverbinding meedoen.",
        fmt="hybrid",
        pro=True,
        reg="required",
    ),
    g(
        "eetstoornis",
        "Sittard-Geleen",
        "Online groep Eetbuien",
        "Online lotgenotengroep voor mensen die last hebben van eetbuien.",
        "Na een eetbui voel je je vaak schuldig en eenzaam. In deze groep ontdek je dat anderen hetzelfde meemaken. "
        "We praten over triggers, over schaamte en over manieren om de dag weer op te pakken.",
        fmt="online",
        pro=True,
    ),
    g(
        "eetstoornis naasten-psychisch",
        "Heerlen",
        "Oudergroep Eetstoornis {plaats}",
        "Voor ouders van een kind of jongere met een eetstoornis.",
        "Als je kind niet meer wil eten, wordt elke maaltijd een strijd. In deze groep vind je ouders die dat kennen. "
        "We praten over de behandeling, over broers en zussen die ook aandacht nodig hebben en over hoe je zelf overeind blijft. "
        "Je kunt ook vanuit huis online meedoen.",
        fmt="hybrid",
        aud="relatives",
    ),
    g(
        "suicidaliteit",
        "Maastricht",
        "Lotgenotengroep Suïcidale Gedachten {plaats}",
        "Voor mensen die gedachten hebben aan zelfdoding en daar met anderen over willen praten, begeleid door professionals.",
        "Over doodsgedachten praten is moeilijk, maar het helpt, en in deze groep is er ruimte om eerlijk te zijn, zonder dat iemand schrikt of oordeelt. "
        "De groep wordt begeleid door een ervaringsdeskundige en een psycholoog. "
        "Heb je nu acute hulp nodig, bel dan 113 of gratis 0800-0113.",
        pro=True,
        reg="required",
        org="Stichting Levenslijn Limburg",
    ),
    g(
        "suicidaliteit depressie",
        "Venlo",
        "Online groep Leven met Doodsgedachten",
        "Online gespreksgroep voor mensen die vaak aan de dood denken of een poging achter de rug hebben.",
        "In deze kleine online groep praten we over wat je door zware momenten heen helpt, zoals een veiligheidsplan en mensen die je kunt bellen. "
        "Twee getrainde begeleiders zijn er elke keer bij. Heb je nu acute hulp nodig, bel dan 113 of gratis 0800-0113.",
        fmt="online",
        pro=True,
        reg="required",
    ),
    g(
        "zelfbeschadiging",
        "Heerlen",
        "Online groep Zelfbeschadiging (16-25 jaar)",
        "Voor jongeren van 16 tot 25 jaar die zichzelf pijn doen of dat vroeger deden.",
        "Veel jongeren die zichzelf beschadigen, doen dat in het geheim. In deze online groep hoeft dat niet. "
        "We praten over wat je voelt vóór en na het snijden of krassen, en over andere manieren om met spanning om te gaan. "
        "Een jeugdverpleegkundige begeleidt de groep.",
        fmt="online",
        pro=True,
        reg="required",
    ),
    g(
        "zelfbeschadiging",
        "Roermond",
        "Gespreksgroep Zelfbeschadiging {plaats}",
        "Voor volwassenen die zichzelf verwonden en zoeken naar herkenning en andere manieren om met spanning om te gaan.",
        "Zelfbeschadiging is vaak een manier om overeind te blijven. In onze groep begrijpen we dat. "
        "We oordelen niet en we dwingen niemand te stoppen, maar we delen wel wat helpt om het minder vaak te doen. "
        "Een verpleegkundige van de ggz is bij elke bijeenkomst.",
        pro=True,
        reg="required",
    ),
    g(
        "slaapproblemen",
        "Venray",
        "Praatgroep Slecht Slapen {plaats}",
        "Voor mensen die al lang slecht slapen en daar meer over willen weten en ervaringen willen delen.",
        "Wakker liggen, piekeren en moe opstaan: wie slecht slaapt, herkent het. In deze groep praten we over slaapgewoontes, over slaapmiddelen en over wat rust geeft. "
        "Soms komt er een slaapdeskundige een avond vertellen.",
    ),
    g(
        "slaapproblemen",
        "Kerkrade",
        "Telefonische groep Slapeloosheid",
        "Een kleine groep die elkaar om de week aan de telefoon spreekt over slapeloosheid.",
        "Omdat je na een slechte nacht niet altijd de deur uit wilt, bellen we met zes mensen tegelijk. "
        "Je belt in vanaf je eigen stoel met een gewone telefoon. We delen wat helpt en moedigen elkaar aan.",
        fmt="phone",
        when="W2TH 10:30-11:30",
    ),
    # --- Neurodiversiteit ----------------------------------------------------------------------
    g(
        "adhd",
        "Maastricht",
        "Gespreksgroep Volwassenen met AD(H)D {plaats}",
        "Voor volwassenen met ADHD of ADD, ook als je de diagnose pas laat hebt gekregen.",
        "Veel volwassenen horen pas na hun veertigste dat ze ADHD hebben. Dan valt er ineens veel op zijn plek, maar er komen ook vragen. "
        "In deze groep delen we trucs voor planning en geld, en we praten over relaties en werk. Het gaat er levendig aan toe, en dat mag.",
    ),
    g(
        "adhd opvoeding",
        "Venlo",
        "Oudergroep ADHD {plaats}",
        "Voor ouders van kinderen met ADHD die hun ervaringen willen delen.",
        "Een kind met ADHD vraagt veel geduld. In deze groep praten ouders over school, medicatie, ruzies thuis en de mooie kanten van hun kind. "
        "Je gaat naar huis met nieuwe ideeën en het gevoel dat je er niet alleen voor staat.",
        aud="relatives",
    ),
    g(
        "adhd",
        "Sittard-Geleen",
        "Online ADHD-café",
        "Een ontspannen online avond voor volwassenen met AD(H)D, met elke keer een ander gespreksonderwerp.",
        "Elke maand kiezen we een onderwerp, zoals uitstelgedrag, prikkels of hyperfocus. Eerst praten we in kleine groepjes, daarna samen. "
        "Je kunt binnenvallen wanneer het jou uitkomt; de link staat op onze website.",
        fmt="online",
        reg="walk_in",
    ),
    g(
        "autisme",
        "Heerlen",
        "Ontmoetingsavond Autisme {plaats}",
        "Voor mensen met autisme en hun naasten: informatie, gesprek en een rustige plek om elkaar te ontmoeten.",
        "Elke bijeenkomst begint met een kort verhaal over een onderwerp, zoals prikkels, werk of vriendschap. Daarna is er tijd om na te praten. "
        "De ruimte is rustig en er is een stille hoek voor wie even pauze nodig heeft.",
        aud="both",
        reg="walk_in",
    ),
    g(
        "autisme",
        "Roermond",
        "Gespreksgroep Volwassenen met Autisme {plaats}",
        "Voor volwassenen met autisme die in een kleine, voorspelbare groep ervaringen willen uitwisselen.",
        "We werken met een vaste opzet: een rondje hoe het gaat, een onderwerp en een afsluiting. Zo weet je wat je kunt verwachten. "
        "Onderwerpen kiezen we samen, bijvoorbeeld wonen, werk, relaties of omgaan met veranderingen.",
        reg="required",
    ),
    g(
        "autisme ouders-kind-zorg",
        "Sittard-Geleen",
        "Oudergroep Kind met Autisme {plaats}",
        "Voor ouders van een kind met autisme, van de basisschool tot en met de puberteit.",
        "Ouders van een kind met autisme lopen vaak tegen dezelfde dingen aan: school, vriendjes, vakanties en onbegrip van de familie. "
        "In deze groep deel je ervaringen en tips. Ook als je kind nog geen diagnose heeft, ben je welkom.",
        aud="relatives",
    ),
    g(
        "autisme",
        "Maastricht",
        "Online groep Vrouwen met Autisme",
        "Online lotgenotengroep voor vrouwen met (een vermoeden van) autisme.",
        "Bij vrouwen wordt autisme vaak laat herkend. In deze groep praten we over maskeren, vermoeidheid en het zoeken naar je eigen manier van leven. "
        "Je kunt meedoen met of zonder camera, en je mag ook alleen in de chat reageren.",
        fmt="online",
    ),
    g(
        "lvb",
        "Kerkrade",
        "Praatgroep Samen Sterk {plaats}",
        "Een praatgroep in makkelijke taal voor mensen met een licht verstandelijke beperking.",
        "In deze groep praten we over dingen die moeilijk zijn. Bijvoorbeeld geld, vrienden maken of je huis schoonhouden. "
        "We gebruiken makkelijke woorden en plaatjes. Een begeleider helpt als het nodig is.",
        pro=True,
        reg="walk_in",
    ),
    g(
        "lvb mantelzorg",
        "Horst aan de Maas",
        "Ouders van een Volwassen Kind met LVB {plaats}",
        "Voor ouders van een volwassen zoon of dochter met een licht verstandelijke beperking.",
        "Ook als je kind volwassen is, blijf je zorgen. Over wonen, werk, geld en wie er later voor je kind is. "
        "In deze groep delen ouders hun ervaringen en praktische kennis, bijvoorbeeld over bewindvoering en begeleid wonen.",
        aud="relatives",
    ),
    # --- Verslaving ----------------------------------------------------------------------------
    g(
        "alcohol",
        "Heerlen",
        "Zelfhulpgroep Alcohol {plaats}",
        "Voor iedereen die wil stoppen met drinken of nuchter wil blijven; je hoeft niet te zeggen wie je bent.",
        "Onze groep werkt met het twaalfstappenprogramma. We vertellen elkaar hoe het ons lukt om vandaag niet te drinken. "
        "Je hoeft je niet aan te melden en je naam blijft in de groep. Ook als je nog twijfelt of je een drankprobleem hebt, ben je welkom.",
        reg="walk_in",
        when="W1MO 20:00-21:30",
        cost="Vrijwillige bijdrage voor de huur en de koffie",
    ),
    g(
        "alcohol",
        "Venlo",
        "Herstelgroep Nuchter Leven {plaats}",
        "Voor mensen die gestopt zijn met alcohol en steun zoeken om nuchter te blijven.",
        "Stoppen is één ding, gestopt blijven iets anders. In deze groep praten we over feestjes, stress en terugval, maar ook over wat er allemaal beter gaat. "
        "De groep wordt geleid door ervaringsdeskundigen die al jaren nuchter zijn.",
        pro=False,
        two=True,
    ),
    g(
        "alcohol",
        "Maastricht",
        "Sober Circle Maastricht (Engelstalig)",
        "Engelstalige groep voor mensen die willen stoppen met drinken of nuchter willen blijven.",
        "Deze groep is begonnen door internationals in Maastricht die een plek zochten om in het Engels over alcohol te praten. "
        "Iedereen is welkom, waar je ook vandaan komt. We delen ervaringen, geen adviezen.",
        lang="en",
        reg="walk_in",
    ),
    g(
        "alcohol",
        "Weert",
        "Praatgroep Minder Drinken {plaats}",
        "Voor wie merkt dat het drinken de baas wordt en wil minderen of stoppen.",
        "Niet iedereen wil meteen helemaal stoppen. In deze groep mag je ook komen als je wilt minderen. "
        "We houden samen bij hoe het gaat en praten over momenten waarop het lastig is, zoals verjaardagen en het weekend.",
    ),
    g(
        "drugs",
        "Heerlen",
        "Herstelgroep Drugs {plaats}",
        "Voor mensen die willen stoppen met drugs of clean willen blijven.",
        "Of het nu om cannabis, cocaïne of speed gaat: in onze groep kennen we de strijd. "
        "We praten over craving, over oude vrienden en over een nieuw dagritme. Je blijft anoniem als je dat wilt.",
        reg="walk_in",
    ),
    g(
        "drugs",
        "Venlo",
        "Lotgenotengroep Clean Blijven {plaats}",
        "Steun bij het clean blijven, voor mannen en vrouwen vanaf 18 jaar.",
        "Deze groep is er voor iedereen die met drugs gestopt is en daar hulp bij wil. "
        "We praten over werk, wonen en relaties, want daar gaat het vaak mis. De groep wordt geleid door ervaringsdeskundigen uit de verslavingszorg.",
        pro=True,
    ),
    g(
        "medicijnverslaving",
        "Roermond",
        "Online groep Afbouwen van Slaap- en Kalmeringsmiddelen",
        "Voor mensen die afhankelijk zijn geraakt van slaappillen of benzodiazepines en willen afbouwen.",
        "Wie jarenlang slaap- of kalmeringsmiddelen gebruikt, merkt bij het afbouwen hoe lastig dat is. "
        "In deze online groep delen we ervaringen met afbouwschema's en met ontwenningsverschijnselen. Overleg altijd met je huisarts voordat je afbouwt.",
        fmt="online",
        pro=True,
    ),
    g(
        "medicijnverslaving chronische-pijn",
        "Sittard-Geleen",
        "Lotgenotengroep Pijnstillers {plaats}",
        "Voor mensen die te veel of te lang pijnstillers gebruiken, zoals oxycodon, en daar iets aan willen doen.",
        "Veel mensen raken afhankelijk van pijnstillers zonder dat ze het merken. In deze groep praten we openlijk over pijn en over afhankelijkheid. "
        "We steunen elkaar bij het gesprek met de dokter en bij het afbouwen.",
    ),
    g(
        "gokken",
        "Venlo",
        "Zelfhulpgroep Gokken {plaats}",
        "Voor mensen met een gokprobleem, of het nu om het casino, online gokken of sportweddenschappen gaat.",
        "Gokschulden, liegen tegen je partner en toch weer inzetten: in onze groep kennen we het allemaal. "
        "We helpen elkaar om vandaag niet te gokken en praten over de weg terug. Aanmelden is niet nodig.",
        reg="walk_in",
    ),
    g(
        "gokken",
        "Kerkrade",
        "Telefonische groep Gokproblemen",
        "Anoniem telefonisch lotgenotencontact voor mensen met een gokverslaving.",
        "Schaamte houdt veel gokkers tegen om naar een groep te gaan. Daarom kun je bij ons ook telefonisch meedoen, zonder dat iemand je ziet. "
        "Na aanmelding krijg je een inbelnummer en een code.",
        fmt="phone",
        reg="required",
    ),
    g(
        "gamen-internet opvoeding",
        "Sittard-Geleen",
        "Online groep Ouders van Gamende Jongeren",
        "Voor ouders die zich zorgen maken over hoeveel hun kind gamet of op de telefoon zit.",
        "Ruzie over schermtijd is in veel gezinnen aan de orde van de dag. In deze online groep delen ouders wat werkt en wat niet. "
        "We praten over afspraken, over school en over momenten waarop je je echt zorgen moet maken.",
        fmt="online",
        aud="relatives",
    ),
    g(
        "gamen-internet",
        "Sittard-Geleen",
        "Groep Minder Schermtijd {plaats}",
        "Voor jongvolwassenen die te veel gamen of online zijn en daar zelf iets aan willen veranderen.",
        "Je wilde één potje spelen en ineens is het drie uur 's nachts. Herkenbaar? In deze groep helpen we elkaar om de controle terug te krijgen. "
        "We zoeken samen naar dingen die je offline voldoening geven.",
    ),
    g(
        "roken",
        "Heerlen",
        "Samen Stoppen met Roken {plaats}",
        "Een groep die samen stopt met roken, in acht bijeenkomsten met steun van een ervaren begeleider.",
        "Samen stoppen is makkelijker dan alleen. In acht bijeenkomsten bereiden we ons voor, kiezen we een stopdatum en steunen we elkaar in de eerste zware weken. "
        "Een longverpleegkundige vertelt over hulpmiddelen. Er start regelmatig een nieuwe groep.",
        pro=True,
        reg="required",
        new="closed",
        when="W1WE 19:00-20:30",
        until=True,
    ),
    g(
        "roken",
        "Roermond",
        "Rookvrij Café {plaats}",
        "Inloop voor iedereen die gestopt is met roken of vapen en wil volhouden.",
        "De eerste maanden na het stoppen zijn het moeilijkst. In ons café kun je binnenlopen voor een praatje, een kop koffie en steun van mensen die hetzelfde doormaken. "
        "Ook oud-rokers die al lang gestopt zijn, komen graag vertellen hoe zij het volhielden.",
        reg="walk_in",
    ),
    g(
        "naasten-verslaving",
        "Maastricht",
        "Familiegroep Verslaving {plaats}",
        "Voor familieleden en vrienden van iemand met een verslaving aan alcohol, drugs of gokken.",
        "Als iemand in je omgeving verslaafd is, draait alles om die ander. In deze groep staat jij centraal. "
        "We praten over loslaten, over grenzen en over schuldgevoel. Je hoort dat je er niet alleen voor staat.",
        aud="relatives",
    ),
    g(
        "naasten-verslaving",
        "Venlo",
        "Telefonische groep Partners van Iemand met een Verslaving",
        "Voor partners van mensen die verslaafd zijn of in herstel; je doet mee aan de telefoon, zonder dat iemand je ziet.",
        "Als je partner drinkt of gebruikt, leef je in onzekerheid. Liegen, beloftes en teleurstelling wisselen elkaar af. "
        "In onze telefonische groep vertellen partners wat ze meemaken en hoe ze weer aan zichzelf toekomen. "
        "Omdat je vanuit huis belt, hoeft niemand in het dorp te weten dat je meedoet.",
        aud="relatives",
        fmt="phone",
        reg="required",
    ),
    g(
        "naasten-verslaving opvoeding",
        "Brunssum",
        "Oudergroep Verslaafd Kind {plaats}",
        "Voor ouders van een kind (ook volwassen) dat verslaafd is aan alcohol, drugs of gamen.",
        "Wat doe je als je kind verslaafd is? Geef je geld, of juist niet? In deze groep delen ouders hun zorgen en keuzes. "
        "Je hoeft geen oplossingen te hebben; samen verder kijken helpt al.",
        aud="relatives",
    ),
    # --- Lichamelijke en chronische aandoeningen -----------------------------------------------
    g(
        "kanker",
        "Maastricht",
        "Inloopgroep Leven met Kanker {plaats}",
        "Een open inloop voor mensen met kanker en hun naasten, met koffie, een luisterend oor en lotgenoten.",
        "Kanker zet je leven op z'n kop, tijdens de behandeling en daarna. Bij onze inloop kun je zonder afspraak binnenlopen. "
        "Vrijwilligers die zelf kanker hebben gehad, maken tijd voor je. Je partner of een vriend mag gewoon mee.",
        aud="both",
        reg="walk_in",
        when="W1TH 10:00-12:30",
    ),
    g(
        "kanker",
        "Venlo",
        "Gespreksgroep Na Kanker {plaats}",
        "Voor mensen die klaar zijn met de behandeling en merken dat het leven na kanker niet vanzelf gaat.",
        "Iedereen denkt dat je blij bent dat het voorbij is, maar jij bent moe, onzeker of bang dat het terugkomt. "
        "In deze groep praten we over vermoeidheid, werk, je lichaam en de angst voor controles. Het is een vaste groep van acht bijeenkomsten. "
        "Je kunt de bijeenkomsten ook online volgen.",
        fmt="hybrid",
        reg="required",
        new="waiting_list",
    ),
    g(
        "kanker",
        "Landgraaf",
        "Lotgenotengroep Borstkanker {plaats}",
        "Voor vrouwen (en mannen) met borstkanker, tijdens of na de behandeling.",
        "Na de diagnose borstkanker komt er veel op je af: operatie, chemo, bestraling, en vragen over je lichaam. "
        "In onze groep deel je ervaringen met mensen die precies weten wat je doormaakt. We lachen ook veel.",
    ),
    g(
        "kanker",
        "Roermond",
        "Wandelgroep Kanker en Conditie {plaats}",
        "Samen wandelen na of tijdens de behandeling voor kanker, in een tempo dat bij je past.",
        "Bewegen helpt tegen vermoeidheid na chemo of bestraling. We wandelen samen een uur langs de Maas en de Roer, met een kortere route voor wie dat nodig heeft. "
        "Onderweg is er tijd voor gesprek, daarna drinken we samen koffie.",
        reg="walk_in",
        when="W2SA 10:00-11:30",
    ),
    g(
        "kanker",
        "Sittard-Geleen",
        "Online groep Jong en Kanker (18-40 jaar)",
        "Online lotgenotencontact voor jongvolwassenen met kanker.",
        "Als je jong bent en kanker krijgt, heb je andere vragen dan oudere patiënten: over studie, kinderwens, daten of net gestart zijn met werken. "
        "In deze online groep vind je leeftijdsgenoten die dat herkennen.",
        fmt="online",
    ),
    g(
        "kanker mantelzorg",
        "Venray",
        "Partners van Mensen met Kanker {plaats}",
        "Voor partners en naasten van iemand met kanker, die ook zelf hun verhaal kwijt willen.",
        "Als je partner kanker heeft, gaat alle aandacht naar de patiënt. Maar jij maakt het ook mee. "
        "In deze groep is er tijd voor jouw zorgen, je vermoeidheid en je vragen over de toekomst.",
        aud="relatives",
    ),
    g(
        "diabetes",
        "Sittard-Geleen",
        "Diabetescafé {plaats}",
        "Maandelijkse inloop voor mensen met diabetes en hun naasten, met elke keer een gastspreker.",
        "Het diabetescafé is een gezellige avond met informatie. Eerst vertelt een diabetesverpleegkundige, diëtist of podotherapeut iets, daarna is er tijd om vragen te stellen en ervaringen uit te wisselen. "
        "Je hoeft je niet aan te melden.",
        aud="both",
        reg="walk_in",
        pro=True,
        cost="€ 2,50 per keer voor koffie en thee",
        tod="evening",
    ),
    g(
        "diabetes",
        "Venray",
        "Gespreksgroep Diabetes Type 1 {plaats}",
        "Voor volwassenen met diabetes type 1 die ervaringen willen delen over leven met insuline.",
        "Diabetes type 1 heb je 24 uur per dag. In deze groep praten we over sensoren, pompen, sporten en hypo's, maar ook over de vermoeidheid van altijd moeten opletten. "
        "De groep wordt geleid door twee mensen die zelf al lang diabetes type 1 hebben. "
        "Je kunt op locatie of online meedoen.",
        fmt="hybrid",
        pro=False,
    ),
    g(
        "diabetes",
        "Heerlen",
        "Turkstalige Diabetesgroep {plaats}",
        "Lotgenotengroep over diabetes in het Turks en het Nederlands, met aandacht voor eten en familie.",
        "In deze groep praten we in het Turks en het Nederlands over leven met diabetes. We delen recepten, praten over de ramadan en over hoe je familie je kan helpen. "
        "Een diabetesverpleegkundige die Turks spreekt, komt regelmatig langs.",
        lang="tr nl",
        pro=True,
    ),
    g(
        "hart-vaat",
        "Heerlen",
        "Contactgroep Hartpatiënten {plaats}",
        "Voor mensen met een hartaandoening, zoals na een hartinfarct of met hartfalen, en hun partners.",
        "Na een hartinfarct of dotterbehandeling ben je vaak onzeker over wat je nog kunt. In onze contactgroep praten we daarover met mensen die het zelf hebben meegemaakt. "
        "Partners zijn ook van harte welkom.",
        aud="both",
        at="Hoensbroek",
        two=True,
    ),
    g(
        "hart-vaat",
        "Beek",
        "Lotgenotengroep Hartfalen {plaats}",
        "Voor mensen met hartfalen die willen praten over leven met minder energie.",
        "Met hartfalen moet je je energie goed verdelen. In deze groep delen we tips over bewegen, zout en vocht, en over hoe je nee zegt tegen te veel afspraken. "
        "Een hartfalenverpleegkundige komt twee keer per jaar vragen beantwoorden.",
    ),
    g(
        "hart-vaat",
        "Maastricht",
        "Ontmoetingsgroep Boezemfibrilleren {plaats}",
        "Voor mensen met boezemfibrilleren of een andere hartritmestoornis; meedoen kan ook online.",
        "Een hartritmestoornis kan veel onrust geven. Wat doe je als het hart weer op hol slaat? "
        "In deze groep delen we ervaringen met medicijnen, ablaties en het leven van alledag. Je kunt aanschuiven in het wijkcentrum of online meedoen.",
        fmt="hybrid",
    ),
    g(
        "beroerte-nah",
        "Sittard-Geleen",
        "NAH-Café {plaats}",
        "Ontmoetingsplek voor mensen met niet-aangeboren hersenletsel en hun naasten.",
        "Na een beroerte, ongeluk of hersenbloeding is niets meer vanzelfsprekend. In ons café ontmoet je mensen die dat kennen. "
        "Er is een rustige ruimte, er wordt niet door elkaar heen gepraat en je mag altijd eerder weggaan als het te veel wordt.",
        aud="both",
        reg="walk_in",
    ),
    g(
        "beroerte-nah",
        "Stein",
        "Gespreksgroep Leven na een Beroerte {plaats}",
        "Voor mensen die een beroerte of herseninfarct hebben gehad en hun leven weer opbouwen.",
        "Na een beroerte is je leven veranderd. Misschien ben je sneller moe, of vergeet je dingen. "
        "In deze groep praten we over wat er anders is, wat je mist en wat je weer kunt. We nemen de tijd en houden pauzes.",
    ),
    g(
        "beroerte-nah",
        "Heerlen",
        "Afasiegroep {plaats}",
        "Voor mensen met afasie na een beroerte of hersenletsel, samen met een partner of naaste.",
        "Als praten moeilijk is geworden, voel je je snel buitengesloten. In de afasiegroep is dat anders: iedereen neemt de tijd. "
        "We gebruiken woorden, gebaren, tekeningen en plaatjes. Een logopedist helpt bij de bijeenkomsten.",
        aud="both",
        pro=True,
        tod="morning",
    ),
    g(
        "beroerte-nah mantelzorg",
        "Weert",
        "Partners van Mensen met Hersenletsel {plaats}",
        "Voor partners van iemand met niet-aangeboren hersenletsel, zoals na een beroerte of ongeluk.",
        "Je partner is dezelfde persoon, en toch ook niet. Na hersenletsel verandert er veel in je relatie. "
        "In deze groep praten partners over rouw om wat er was, over zorgen en over ruimte voor jezelf.",
        aud="relatives",
    ),
    g(
        "longziekten",
        "Kerkrade",
        "Beweeg- en Praatgroep COPD {plaats}",
        "Samen rustig bewegen en praten voor mensen met COPD of longemfyseem.",
        "Met COPD word je snel benauwd, en dan ga je minder bewegen. Dat maakt het juist erger. "
        "Daarom doen we eerst een half uur rustige oefeningen onder leiding van een fysiotherapeut, en daarna drinken we koffie en praten we na.",
        pro=True,
        cost="€ 3 per keer, inclusief koffie en thee",
    ),
    g(
        "longziekten",
        "Venray",
        "Longcafé {plaats}",
        "Een ontmoetingsmiddag voor mensen met astma, COPD of een andere longziekte.",
        "In het longcafé ontmoet je mensen die ook met een longziekte leven. Soms is er een spreker, bijvoorbeeld over inhalers of over vakantie met zuurstof. "
        "Je kunt zonder aanmelden binnenlopen; de zaal is rookvrij en goed geventileerd.",
        aud="both",
        reg="walk_in",
    ),
    g(
        "longziekten",
        "Sittard-Geleen",
        "Telefooncirkel Longpatiënten",
        "Elke week een telefoongesprek met lotgenoten, voor mensen met een longziekte die weinig de deur uit kunnen.",
        "Als traplopen al een hele klus is, kom je niet makkelijk naar een bijeenkomst. In onze telefooncirkel bellen we elke week met vijf of zes mensen. "
        "We vragen hoe het gaat, delen tips en maken soms gewoon een praatje.",
        fmt="phone",
        when="W1FR 10:00-11:00",
    ),
    g(
        "reuma-artrose",
        "Roermond",
        "Reumacontactgroep {plaats}",
        "Voor mensen met reuma, zoals reumatoïde artritis of de ziekte van Bechterew.",
        "In onze contactgroep komen mensen met verschillende vormen van reuma samen. We delen ervaringen met medicijnen, vermoeidheid en pijn. "
        "Een paar keer per jaar organiseren we een informatieavond met een reumaverpleegkundige. "
        "Sinds kort kun je de avonden ook online volgen.",
        fmt="hybrid",
        cost="€ 15 per jaar, daarvan betalen we de zaalhuur en de koffie",
        tod="evening",
    ),
    g(
        "reuma-artrose",
        "Maastricht",
        "Jong met Reuma {plaats}",
        "Voor mensen van 18 tot 40 jaar met een vorm van reuma; meedoen kan op locatie of online.",
        "Reuma is niet alleen iets voor ouderen. Als je jong bent, wil je studeren, werken, sporten en uitgaan, en dat gaat met reuma niet altijd. "
        "In deze groep praten we daarover met leeftijdsgenoten, op locatie of via een videoverbinding.",
        fmt="hybrid",
    ),
    g(
        "reuma-artrose",
        "Echt-Susteren",
        "Artrose Praatgroep {plaats}",
        "Voor mensen met artrose in knieën, heupen of handen die ervaringen willen uitwisselen.",
        "Stijve gewrichten in de ochtend, pijn bij traplopen: met artrose verandert je dag. "
        "In deze praatgroep delen we wat helpt, van hulpmiddelen tot oefeningen, en praten we over de keuze voor een nieuwe knie of heup.",
    ),
    g(
        "chronische-pijn",
        "Heerlen",
        "Lotgenotengroep Chronische Pijn {plaats}",
        "Voor mensen die al lang pijn hebben, bijvoorbeeld door een hernia, whiplash of fibromyalgie.",
        "Chronische pijn zie je niet aan de buitenkant, en daardoor voel je je vaak niet serieus genomen. In onze groep wel. "
        "We praten over pijn en energie, over artsen en over wat je wél nog kunt. "
        "Is de reis te zwaar, dan doe je via de laptop mee.",
        fmt="hybrid",
    ),
    g(
        "chronische-pijn",
        "Venlo",
        "Telefonische groep Fibromyalgie",
        "Lotgenotencontact aan de telefoon voor mensen met fibromyalgie die niet altijd de deur uit kunnen.",
        "Op slechte dagen is een bijeenkomst te veel. Daarom bellen we met een kleine groep. "
        "We bespreken een onderwerp, zoals slaap of werk, en iedereen vertelt hoe het gaat. Je kunt gewoon vanuit bed meedoen.",
        fmt="phone",
    ),
    g(
        "chronische-pijn",
        "Sittard-Geleen",
        "Leven met Pijn {plaats}",
        "Gespreksgroep voor mensen met langdurige pijnklachten, op locatie en online.",
        "Wie elke dag pijn heeft, moet steeds keuzes maken. Wat doe ik vandaag, en wat laat ik liggen? "
        "In deze groep delen we hoe we daarmee omgaan. Je kunt in de zaal of thuis achter de computer meedoen.",
        fmt="hybrid",
    ),
    g(
        "ms",
        "Sittard-Geleen",
        "MS-contactgroep {plaats}",
        "Voor mensen met multiple sclerose en hun partners, in een rolstoeltoegankelijke zaal.",
        "Met MS weet je nooit precies hoe je je morgen voelt. In onze contactgroep ontmoet je mensen die dat kennen. "
        "We praten over vermoeidheid, werk, hulpmiddelen en de toekomst, en partners zijn welkom. "
        "Lukt reizen niet, dan kun je online aansluiten.",
        fmt="hybrid",
        aud="both",
    ),
    g(
        "ms",
        "Maastricht",
        "Online groep Jong met MS",
        "Online lotgenotengroep voor mensen onder de 40 die kort geleden de diagnose MS hebben gekregen.",
        "De diagnose MS roept veel vragen op: over werk, over een kinderwens en over wat je tegen vrienden zegt. "
        "In deze online groep praten jonge mensen met MS over deze vragen.",
        fmt="online",
    ),
    g(
        "ms",
        "Peel en Maas",
        "MS-gespreksgroep {plaats}",
        "Kleine gespreksgroep voor mensen met MS uit Peel en Maas en omgeving.",
        "We zijn een kleine groep mensen met MS die elkaar regelmatig ziet. "
        "We praten over wat ons bezighoudt en helpen elkaar met praktische dingen, zoals aanvragen bij de gemeente.",
    ),
    g(
        "parkinson",
        "Venlo",
        "Parkinson Café {plaats}",
        "Informatie en ontmoeting voor mensen met parkinson, hun partners en mantelzorgers.",
        "In het Parkinson Café luisteren we eerst naar een spreker, bijvoorbeeld een neuroloog, fysiotherapeut of logopedist. "
        "Daarna is er ruim tijd om met elkaar te praten. Iedereen die met parkinson te maken heeft, is welkom.",
        aud="both",
        reg="walk_in",
        pro=True,
        when="M3TU 14:00-16:00",
        note="Niet in juli en augustus",  # becomes Schedule.skip_months (demo.groups)
    ),
    g(
        "parkinson",
        "Heerlen",
        "Parkinson Ontmoetingsmiddag {plaats}",
        "Een gezellige middag voor mensen met de ziekte van Parkinson om ervaringen uit te wisselen.",
        "Met parkinson gaat alles wat langzamer, en dat is bij ons geen probleem. We praten, drinken koffie en delen tips over medicijnen, bewegen en slapen. "
        "Af en toe doen we samen iets, zoals een rondleiding of een museumbezoek.",
        when="M1WE 14:00-16:00",
    ),
    g(
        "parkinson mantelzorg",
        "Meerssen",
        "Partners van Mensen met Parkinson {plaats}",
        "Voor partners van iemand met parkinson, om ervaringen te delen en even op adem te komen.",
        "Als je partner parkinson heeft, verandert jouw leven ook. Je zorgt steeds meer en hebt minder tijd voor jezelf. "
        "In deze groep praten partners over wat ze meemaken en wat hen helpt.",
        aud="relatives",
    ),
    g(
        "parkinson",
        "Roermond",
        "Dansen met Parkinson {plaats}",
        "Samen dansen op muziek, speciaal voor mensen met parkinson en hun partner.",
        "Dansen helpt bij balans en beweging, en het is vooral leuk. Een dansdocent met ervaring in parkinson leidt de les. "
        "Na afloop drinken we samen koffie en is er tijd om bij te praten.",
        aud="both",
        pro=True,
        cost="€ 4 per les, inclusief koffie",
        when="W1FR 10:30-12:00",
    ),
    g(
        "epilepsie",
        "Beekdaelen",
        "Contactgroep Epilepsie {plaats}",
        "Voor mensen met epilepsie en hun naasten, om ervaringen te delen over aanvallen, medicijnen en het dagelijks leven.",
        "Met epilepsie leef je met onzekerheid: wanneer komt de volgende aanval? In onze contactgroep praten we over rijbewijs, werk, medicatie en de reacties van anderen. "
        "Naasten zijn ook welkom.",
        aud="both",
    ),
    g(
        "epilepsie ouders-kind-zorg",
        "Venlo",
        "Online groep Ouders van een Kind met Epilepsie",
        "Voor ouders van een kind met epilepsie die ervaringen willen delen.",
        "Als je kind epilepsie heeft, slaap je soms met één oog open. In deze online groep praten ouders over aanvallen, school, logeren en de zorgen die je altijd meedraagt.",
        fmt="online",
        aud="relatives",
    ),
    g(
        "darmziekten",
        "Echt-Susteren",
        "Contactgroep Crohn en Colitis {plaats}",
        "Voor mensen met de ziekte van Crohn of colitis ulcerosa.",
        "Een darmziekte is lastig om over te praten. In onze groep hoeft niemand zich te schamen. "
        "We praten over opvlammingen, voeding, vermoeidheid en werk. Het toilet is vlakbij de zaal.",
    ),
    g(
        "darmziekten",
        "Roermond",
        "Online groep Leven met een Stoma",
        "Online lotgenotengroep voor mensen met een stoma en mensen bij wie een stoma-operatie gepland is.",
        "Een stoma verandert je lichaam en je leven. In deze online groep delen we praktische tips en praten we over intimiteit, sport en vakantie. "
        "Ook als je nog voor de operatie staat, ben je welkom.",
        fmt="online",
    ),
    g(
        "darmziekten",
        "Horst aan de Maas",
        "Praatgroep Prikkelbare Darm {plaats}",
        "Voor mensen met PDS (prikkelbaredarmsyndroom) die willen delen wat helpt.",
        "PDS wordt vaak niet serieus genomen, maar de klachten kunnen je leven flink beïnvloeden. "
        "In deze groep delen we ervaringen met voeding, stress en behandelingen. We nodigen soms een diëtist uit.",
    ),
    g(
        "nierziekte",
        "Maastricht",
        "Lotgenotengroep Nierpatiënten {plaats}",
        "Voor mensen met een nierziekte, in dialyse of na een niertransplantatie, en hun naasten.",
        "Een nierziekte heeft invloed op alles: eten, drinken, werk en vakantie. In onze groep ontmoet je mensen in dezelfde situatie. "
        "We praten over dialyse, wachten op een donornier en leven na een transplantatie. "
        "Voor wie aan de dialyse vastzit, is er een videoverbinding.",
        fmt="hybrid",
        aud="both",
    ),
    g(
        "nierziekte",
        "Venlo",
        "Contactgroep Dialyse {plaats}",
        "Voor mensen die dialyseren en hun partners, op een middag dat er geen dialyse is.",
        "Dialyseren kost veel tijd en energie. Daarom komen we samen op een middag zonder dialyse. "
        "We praten over vermoeidheid, het dieet en de invloed op je relatie, en we maken het gezellig.",
        aud="both",
        when="M2SA 14:00-16:00",
    ),
    g(
        "vermoeidheid-me-cvs",
        "Heerlen",
        "Online lotgenotengroep Long Covid Limburg",
        "Voor mensen in Limburg die na corona langdurig klachten houden, zoals vermoeidheid en concentratieproblemen.",
        "Long covid is onzichtbaar en onbegrepen. Veel mensen kunnen niet meer werken zoals vroeger. "
        "In deze online groep delen we ervaringen met energie verdelen, werk en herstel. De bijeenkomsten zijn kort, zodat je ze ook op een slechte dag volhoudt.",
        fmt="online",
        when="W2TU 11:00-12:00",
    ),
    g(
        "vermoeidheid-me-cvs",
        "Roermond",
        "Telefonische groep ME/CVS",
        "Lotgenotencontact aan de telefoon voor mensen met ME/CVS die het huis niet of nauwelijks uit kunnen.",
        "Veel mensen met ME/CVS kunnen geen bijeenkomst bezoeken. Daarom bellen we met een kleine groep. "
        "Het gesprek duurt niet langer dan een uur en je mag altijd eerder ophangen.",
        fmt="phone",
    ),
    g(
        "vermoeidheid-me-cvs",
        "Echt-Susteren",
        "Praatgroep Chronische Vermoeidheid {plaats}",
        "Voor mensen die al lang chronisch vermoeid zijn, door ME/CVS, long covid of een andere oorzaak.",
        "Chronisch vermoeid zijn is iets anders dan gewoon moe. In deze groep hoef je dat niet uit te leggen. "
        "We delen hoe we onze energie verdelen en hoe we omgaan met onbegrip. Je kunt ook online aansluiten.",
        fmt="hybrid",
    ),
    g(
        "overgewicht",
        "Heerlen",
        "Lotgenotengroep Na een Maagverkleining {plaats}",
        "Voor mensen die een maagverkleining hebben gehad of op de wachtlijst staan.",
        "Na een maagverkleining verandert er meer dan je gewicht. Je eet anders, je lichaam verandert en ook je relaties. "
        "In onze groep praten we over die veranderingen, met mensen die ze zelf doormaken.",
    ),
    g(
        "overgewicht",
        "Horst aan de Maas",
        "Gespreksgroep Leven met Overgewicht {plaats}",
        "Voor mensen met overgewicht die willen praten over gezondheid, zelfbeeld en vooroordelen.",
        "Mensen met overgewicht krijgen vaak ongevraagd advies. In deze groep niet. "
        "We praten over hoe je je voelt, over eten en bewegen, en over omgaan met opmerkingen van anderen. Iedereen is welkom, wat je doel ook is.",
    ),
    g(
        "zintuigen",
        "Maastricht",
        "Ontmoetingsgroep Slechthorenden {plaats}",
        "Voor mensen die slechthorend zijn of plotseling doof zijn geworden; de zaal heeft een ringleiding.",
        "Slechthorend zijn maakt gesprekken vermoeiend en kan eenzaam maken. In onze groep praten we rustig en om de beurt, met een ringleiding en schrijftolk. "
        "We delen ervaringen met hoortoestellen, implantaten en werk.",
        at="Heer",
    ),
    g(
        "zintuigen",
        "Peel en Maas",
        "Contactgroep Tinnitus {plaats}",
        "Voor mensen met oorsuizen of tinnitus die ervaringen willen delen.",
        "Een piep of ruis in je oren die nooit weggaat, kan je gek maken. In deze groep vertellen we elkaar hoe we ermee leren leven. "
        "We praten over slapen, stress en afleiding, en over behandelingen die wel of niet hielpen.",
    ),
    g(
        "zintuigen",
        "Roermond",
        "Telefooncirkel Slechtzienden",
        "Een vaste telefoongroep voor mensen die slechtziend of blind zijn geworden.",
        "Als je slechter gaat zien, wordt de wereld kleiner. In onze telefooncirkel praten we elke week met lotgenoten. "
        "We delen tips over hulpmiddelen, vervoer en voorleessoftware. Je hoeft alleen een telefoon te kunnen bedienen.",
        fmt="phone",
        when="W1MO 10:00-11:00",
    ),
    # --- Geheugen en ouder worden ----------------------------------------------------------------
    g(
        "dementie",
        "Maastricht",
        "Geheugencafé {plaats}",
        "Maandelijkse avond voor mensen met dementie, hun partners, kinderen en iedereen die betrokken is.",
        "In het geheugencafé praten we over leven met dementie. Elke keer is er een gast, zoals een casemanager, notaris of ergotherapeut, en daarna is er tijd om vragen te stellen. "
        "Het is een open en gezellige avond; je hoeft niets te zeggen als je alleen wilt luisteren.",
        aud="both",
        reg="walk_in",
        pro=True,
        when="M2MO 19:00-21:00",
        note="Zaal open vanaf 18.30 uur",
    ),
    g(
        "dementie",
        "Venlo",
        "Ontmoetingsmiddag Dementie {plaats}",
        "Een middag voor mensen met beginnende dementie en hun naasten, met activiteiten en gesprek.",
        "Terwijl de mensen met dementie samen iets doen, zoals zingen of een spelletje, praten de partners en kinderen met elkaar. "
        "Na de pauze zitten we allemaal weer samen. Zo heeft iedereen een fijne middag.",
        aud="both",
        reg="walk_in",
        at="Tegelen",
    ),
    g(
        "dementie mantelzorg",
        "Heerlen",
        "Gespreksgroep Mantelzorgers bij Dementie {plaats}",
        "Voor partners en kinderen die zorgen voor iemand met dementie.",
        "Zorgen voor iemand met dementie is zwaar. Je ziet iemand langzaam veranderen en je moet steeds meer overnemen. "
        "In deze groep praten mantelzorgers over hun zorgen, hun verdriet en ook over de lichte momenten. Er is een vaste gespreksleider.",
        aud="relatives",
    ),
    g(
        "dementie",
        "Roermond",
        "Lotgenotengroep Jong met Dementie {plaats}",
        "Voor mensen die onder de 65 jaar dementie kregen, en hun partners.",
        "Als je jong dementie krijgt, sta je vaak nog midden in het leven: werk, kinderen, een hypotheek. "
        "In deze groep ontmoet je mensen in dezelfde situatie. Soms praten we samen, soms in aparte groepjes voor de mensen met dementie en de partners.",
        aud="both",
        pro=True,
    ),
    g(
        "dementie",
        "Kerkrade",
        "Dementiecafé {plaats}",
        "Inloopmiddag over dementie voor inwoners van Kerkrade en omgeving, in het Nederlands, Limburgs en Duits.",
        "Bij ons in het dementiecafé hoor je alle talen van de streek. We praten over geheugenproblemen, de diagnose en hulp in de buurt. "
        "De koffie staat klaar en iedereen is welkom, ook als je alleen eens wilt kijken.",
        aud="both",
        reg="walk_in",
        lang="nl li de",
    ),
    g(
        "dementie mantelzorg",
        "Weert",
        "Partnergroep Dementie {plaats}",
        "Voor mensen van wie de partner dementie heeft, thuis of in een verpleeghuis.",
        "Je bent getrouwd, maar je voelt je soms alleen. Wie een partner met dementie heeft, kent dat gevoel. "
        "In deze kleine groep is ruimte voor rouw, twijfel en boosheid, en ook voor humor.",
        aud="relatives",
        reg="required",
    ),
    g(
        "levensfase-ouderen",
        "Valkenburg aan de Geul",
        "Gespreksgroep Zin in Later {plaats}",
        "Voor 65-plussers die willen praten over ouder worden, zingeving en wat er nog komt.",
        "Ouder worden brengt veranderingen: je stopt met werken, vrienden overlijden, je lichaam wil niet meer alles. "
        "In deze groep praten we over wat het leven nu de moeite waard maakt. Een geestelijk verzorger begeleidt de gesprekken.",
        pro=True,
    ),
    g(
        "levensfase-ouderen",
        "Gulpen-Wittem",
        "Praatgroep Ouder Worden {plaats}",
        "Een ontspannen praatgroep voor ouderen uit de Heuvellanddorpen; we praten Nederlands en Limburgs.",
        "Bij ons wordt gewoon plat gesproken, en dat maakt het makkelijk om te vertellen. "
        "We praten over gezondheid, alleen wonen, de kleinkinderen en vroeger. Na afloop is er vlaai.",
        lang="li nl",
        reg="walk_in",
        cost="€ 2,50 per keer voor koffie en vlaai",
    ),
    g(
        "levensfase-ouderen eenzaamheid",
        "Venray",
        "Telefooncirkel 75+",
        "Elke ochtend een kort telefoontje, voor ouderen die alleen wonen.",
        "In onze telefooncirkel bellen deelnemers elkaar om de beurt op een vaste tijd. Zo weet je dat er iemand aan je denkt, en merk je het als er iets mis is. "
        "Eén keer per week is er een groepsgesprek met de hele cirkel.",
        fmt="phone",
        when="W1WE 10:00-10:45",
    ),
    g(
        "levensfase-ouderen werk-werkloosheid",
        "Leudal",
        "Groep Met Pensioen, en Nu? {plaats}",
        "Voor mensen die net met pensioen zijn en zoeken naar een nieuwe invulling van hun dagen.",
        "Met pensioen gaan lijkt heerlijk, maar voor veel mensen valt het tegen. Je mist je collega's, je ritme en het gevoel nodig te zijn. "
        "In deze groep praten we over die overgang en wisselen we ideeën uit over vrijwilligerswerk, hobby's en nieuwe contacten.",
    ),
    # --- Verlies en rouw -------------------------------------------------------------------------
    g(
        "rouw-partner",
        "Heerlen",
        "Lotgenotengroep Verlies van een Partner {plaats}",
        "Voor mensen van wie de partner is overleden, kort of al langer geleden.",
        "Na het overlijden van je partner verandert alles. De stilte in huis, de feestdagen, de beslissingen die je nu alleen neemt. "
        "In onze groep hoef je niet sterk te zijn. Iedereen hier weet hoe het voelt.",
    ),
    g(
        "rouw-partner",
        "Horst aan de Maas",
        "Weduwen- en Weduwnaarsgroep {plaats}",
        "Een hartelijke groep voor weduwen en weduwnaars uit Horst aan de Maas en omgeving.",
        "We zijn een groep mannen en vrouwen die hun partner hebben verloren. We praten over het gemis, maar we maken ook samen uitstapjes. "
        "Nieuwe mensen worden altijd hartelijk ontvangen.",
    ),
    g(
        "rouw-partner rouw-familie",
        "Sittard-Geleen",
        "Rouwcafé {plaats}",
        "Een open inloop voor iedereen die rouwt om een dierbare, hoe lang geleden het ook is.",
        "In het rouwcafé mag je je verdriet delen, of gewoon koffie drinken tussen mensen die het begrijpen. "
        "Er zijn altijd twee vrijwilligers met ervaring in rouwbegeleiding. Je kunt komen en gaan wanneer je wilt.",
        reg="walk_in",
        at="Geleen",
        two=True,
    ),
    g(
        "rouw-partner",
        "Maastricht",
        "Lotgenotengroep Jong je Partner Verloren {plaats}",
        "Voor mensen onder de 50 van wie de partner is overleden, vaak met jonge kinderen thuis.",
        "Als je op jonge leeftijd je partner verliest, staan je leeftijdsgenoten nog midden in hun drukke leven. Jij moet ineens alles alleen. "
        "In deze groep vind je mensen die dat kennen, ook als het gaat om rouwende kinderen. "
        "Heb je geen oppas, dan kun je ook online aansluiten.",
        fmt="hybrid",
        reg="required",
    ),
    g(
        "rouw-kind",
        "Roermond",
        "Ouders van een Overleden Kind {plaats}",
        "Voor ouders van wie een kind is overleden, op welke leeftijd en hoe lang geleden ook.",
        "Een kind verliezen is het ergste wat er is. In onze groep vind je ouders die dat ook hebben meegemaakt. "
        "We noemen de namen van onze kinderen en delen herinneringen, verdriet en hoe we verder leven.",
    ),
    g(
        "rouw-kind",
        "Maastricht",
        "Online groep Ouders na Verlies van een Kind",
        "Online lotgenotencontact voor ouders die een kind hebben verloren.",
        "Niet iedere ouder kan of wil naar een groep in de buurt. In deze online groep praat je vanuit huis met andere ouders. "
        "Er is ruimte voor je verhaal en voor stilte.",
        fmt="online",
    ),
    g(
        "rouw-familie",
        "Weert",
        "Rouwwandeling {plaats}",
        "Samen wandelen en praten voor mensen die een dierbare hebben verloren.",
        "Wandelen maakt praten makkelijker, want je kijkt elkaar niet aan. We lopen een rustige route van ongeveer vijf kilometer. "
        "Onderweg praat je met wie je wilt, over wie je mist. Aanmelden hoeft niet.",
        reg="walk_in",
        when="M1SU 10:00-12:00",
        at="Stramproy",
    ),
    g(
        "rouw-familie",
        "Kerkrade",
        "Rouwgroep Verlies van een Ouder {plaats}",
        "Voor volwassenen die hun vader of moeder hebben verloren.",
        "Ook als je zelf volwassen bent, kan het verlies van een ouder je hard raken. Soms begrijpt je omgeving niet hoe groot dat verdriet is. "
        "In deze groep delen we herinneringen en praten we over de verandering in de familie.",
    ),
    g(
        "rouw-familie",
        "Venray",
        "Online gespreksgroep Verlies van een Broer of Zus",
        "Voor volwassenen van wie een broer of zus is overleden.",
        "Broers en zussen worden in rouw vaak vergeten. Iedereen vraagt hoe het met je ouders gaat, maar jij bent ook iemand kwijt. "
        "In deze online groep is er ruimte voor jouw verhaal.",
        fmt="online",
    ),
    g(
        "nabestaanden-zelfdoding",
        "Maastricht",
        "Lotgenotengroep Nabestaanden na Zelfdoding {plaats}",
        "Voor mensen die een dierbare hebben verloren door zelfdoding.",
        "Na een zelfdoding blijf je achter met verdriet, vragen en soms schuldgevoel of boosheid. In deze groep vind je mensen die hetzelfde hebben meegemaakt. "
        "De groep wordt begeleid door een ervaringsdeskundige en een rouwtherapeut.",
        pro=True,
        reg="required",
    ),
    g(
        "nabestaanden-zelfdoding",
        "Venlo",
        "Gespreksgroep Nabestaanden na Suïcide {plaats}",
        "Voor partners, ouders, kinderen en vrienden van iemand die zichzelf het leven heeft benomen.",
        "Rouw na suïcide is anders dan andere rouw. In deze groep is het woord zelfdoding geen taboe. "
        "We helpen elkaar het verlies een plek te geven. Denk je zelf aan zelfdoding, bel dan 113 of gratis 0800-0113.",
        pro=True,
        reg="required",
    ),
    g(
        "zwangerschapsverlies",
        "Sittard-Geleen",
        "Online groep Miskraam en Stilgeboren",
        "Voor ouders die een kindje verloren tijdens de zwangerschap of rond de geboorte.",
        "Een miskraam of een stilgeboren kindje is een groot verlies, ook als de buitenwereld dat niet altijd ziet. "
        "In deze online groep praten ouders over hun kindje en hun verdriet. Partners zijn ook welkom.",
        fmt="online",
    ),
    g(
        "zwangerschapsverlies rouw-kind",
        "Landgraaf",
        "Sterrenkind Ontmoetingsgroep {plaats}",
        "Voor ouders van een sterrenkind, om te praten over verlies en hoop.",
        "Ons kindje is er niet meer, maar het hoort bij ons gezin. In deze groep mag je over je sterrenkind praten, zo vaak als je wilt. "
        "We praten ook over een nieuwe zwangerschap en de angst die daarbij hoort.",
    ),
    # --- Relaties, gezin en opvoeding ------------------------------------------------------------
    g(
        "scheiding",
        "Beesel",
        "Gespreksgroep Na de Scheiding {plaats}",
        "Voor mensen die gescheiden zijn of uit elkaar gaan en steun zoeken bij lotgenoten.",
        "Een scheiding is een verlies, ook als je er zelf voor gekozen hebt. In deze groep praten we over verdriet, boosheid en de kinderen. "
        "En over hoe je weer een eigen leven opbouwt.",
    ),
    g(
        "scheiding opvoeding",
        "Sittard-Geleen",
        "Groep Alleenstaande Ouders na Scheiding {plaats}",
        "Voor moeders en vaders die na een scheiding alleen of in co-ouderschap voor hun kinderen zorgen.",
        "Na een scheiding moet je opnieuw leren ouder zijn. In deze groep praten we over omgangsregelingen, de ex, geld en tijd voor jezelf. "
        "Er is kinderopvang in de ruimte ernaast.",
        at="Born",
    ),
    g(
        "scheiding",
        "Maastricht",
        "Lotgenotengroep Vechtscheiding {plaats}",
        "Voor ouders die in een langdurige, conflictueuze scheiding zitten.",
        "Een vechtscheiding slokt al je energie op. Rechtszaken, ruzies over de kinderen en steeds weer nieuwe conflicten. "
        "In deze groep vind je steun bij ouders die het herkennen, zonder dat er over je ex wordt geroddeld. "
        "Kun je niet komen, dan doe je online mee.",
        fmt="hybrid",
        pro=True,
        reg="required",
    ),
    g(
        "opvoeding",
        "Weert",
        "Oudergroep Pubers {plaats}",
        "Voor ouders die vastlopen in de opvoeding van hun puber.",
        "Deuren die dichtslaan, schoolzorgen en ruzies over uitgaan: opvoeden van pubers kan zwaar zijn. "
        "In deze groep wisselen ouders ervaringen uit en denken ze met elkaar mee. Je bent niet de enige.",
    ),
    g(
        "opvoeding migratie-nieuwkomers",
        "Kerkrade",
        "Opvoedcafé {plaats}",
        "Een open ochtend voor ouders met vragen over opvoeden, in het Nederlands en het Arabisch.",
        "In het opvoedcafé praten ouders over opvoeden in Nederland: school, regels thuis, social media en twee culturen. "
        "Er is een tolk Arabisch aanwezig. Kleine kinderen kunnen spelen in de speelhoek.",
        lang="nl ar",
        reg="walk_in",
        when="W2FR 9:30-11:30",
    ),
    g(
        "opvoeding",
        "Landgraaf",
        "Praatgroep Alleenstaande Moeders {plaats}",
        "Voor moeders die alleen voor hun kinderen zorgen en ervaringen willen delen.",
        "Alles alleen regelen is vermoeiend: werk, school, het huishouden en de zorgen. In deze groep vind je moeders die dat herkennen. "
        "We helpen elkaar met tips en een luisterend oor.",
    ),
    g(
        "ouders-kind-zorg",
        "Sittard-Geleen",
        "Ouders van een Bijzonder Kind {plaats}",
        "Voor ouders van een kind met een beperking, chronische ziekte of ontwikkelingsachterstand.",
        "Als je kind extra zorg nodig heeft, draait je leven daar vaak om. In deze groep vind je ouders die dat begrijpen. "
        "We praten over zorg, school, broertjes en zusjes en over je eigen grenzen.",
        aud="relatives",
    ),
    g(
        "ouders-kind-zorg mantelzorg",
        "Venray",
        "Oudergroep Zorgintensief Kind {plaats}",
        "Voor ouders die thuis veel zorg geven aan een kind met een ernstige beperking.",
        "Nachten doorwaken, formulieren invullen, strijden om zorg: ouders van een zorgintensief kind zijn vaak uitgeput. "
        "In deze groep vind je herkenning en praktische tips over pgb, respijtzorg en logeeropvang.",
        aud="relatives",
    ),
    g(
        "ouders-kind-zorg",
        "Maastricht",
        "Online groep Ouders van een Kind met een Zeldzame Aandoening",
        "Voor ouders van een kind met een zeldzame ziekte, waarover weinig bekend is.",
        "Als je kind een zeldzame aandoening heeft, ken je vaak niemand in dezelfde situatie. In deze online groep vind je ouders die ook de weg zoeken in ziekenhuizen en onderzoek. "
        "De aandoeningen verschillen, de vragen lijken op elkaar.",
        fmt="online",
        aud="relatives",
    ),
    g(
        "huiselijk-geweld",
        "Heerlen",
        "Vrouwengroep Sterker Verder {plaats}",
        "Voor vrouwen die te maken hebben (gehad) met partnergeweld, in een besloten en veilige groep.",
        "In deze groep komen vrouwen samen die geweld hebben meegemaakt van hun partner of ex. We werken aan zelfvertrouwen, grenzen en een veilige toekomst. "
        "Het adres van de bijeenkomst krijg je na het kennismakingsgesprek. Ben je nu in gevaar, bel dan 112; voor advies kun je Veilig Thuis bellen op 0800-2000.",
        pro=True,
        reg="required",
    ),
    g(
        "huiselijk-geweld trauma-ptss",
        "Roermond",
        "Lotgenotengroep Na Misbruik {plaats}",
        "Voor volwassenen die als kind seksueel misbruikt of mishandeld zijn.",
        "Wat je als kind hebt meegemaakt, kan je je hele leven blijven raken. In deze groep praten we over de gevolgen voor relaties, vertrouwen en je lichaam. "
        "Je bepaalt zelf wat je vertelt. De groep wordt begeleid door een ervaringsdeskundige en een therapeut.",
        pro=True,
        reg="required",
        new="waiting_list",
    ),
    g(
        "kinderwens",
        "Maastricht",
        "Online groep Onvervulde Kinderwens",
        "Voor mensen die graag een kind willen, maar bij wie dat niet lukt.",
        "Elke maand hoop en teleurstelling, vragen op verjaardagen, en vriendinnen die zwanger worden: een onvervulde kinderwens is zwaar. "
        "In deze online groep praten we erover met mensen die hetzelfde meemaken, ook als je gestopt bent met behandelingen.",
        fmt="online",
    ),
    g(
        "kinderwens",
        "Venlo",
        "Gespreksgroep Kinderwens en IVF {plaats}",
        "Voor vrouwen en stellen die in een vruchtbaarheidstraject zitten, zoals IVF of ICSI.",
        "Een IVF-traject is een achtbaan van hormonen, wachten en hopen. In deze groep delen we ervaringen met behandelingen en het wachten daartussen. "
        "Je kunt op locatie of online meedoen.",
        fmt="hybrid",
    ),
    # --- Mantelzorg en naasten -------------------------------------------------------------------
    g(
        "mantelzorg",
        "Peel en Maas",
        "Gespreksgroep Mantelzorgers {plaats}",
        "Voor iedereen die zorgt voor een zieke partner, ouder of kind en daar even over wil praten.",
        "Mantelzorgers staan altijd klaar voor een ander. In deze groep is er tijd voor jou. "
        "We praten over wat de zorg met je doet, over hulp vragen en over momenten voor jezelf. Je hoeft niet alles te kunnen.",
        aud="relatives",
        two=True,
    ),
    g(
        "mantelzorg",
        "Leudal",
        "Mantelzorgcafé {plaats}",
        "Een ontspannen ochtend voor mantelzorgers uit Leudal, met koffie, gesprek en informatie.",
        "In het mantelzorgcafé kun je even bijkomen. Soms is er een gast die vertelt over respijtzorg of regelingen van de gemeente, soms praten we gewoon met elkaar. "
        "Loop gerust binnen.",
        aud="relatives",
        reg="walk_in",
    ),
    g(
        "mantelzorg",
        "Beesel",
        "Mantelzorgers Ontmoeten Elkaar {plaats}",
        "Voor mantelzorgers uit Reuver en Beesel die andere mantelzorgers willen leren kennen.",
        "Zorgen voor een ander kan eenzaam zijn. Daarom brengen we mantelzorgers uit het dorp bij elkaar. "
        "We drinken koffie, praten over de zorg en over andere dingen, en soms maken we een uitstapje.",
        aud="relatives",
        two=True,
    ),
    g(
        "mantelzorg",
        "Echt-Susteren",
        "Mantelzorgkring {plaats}",
        "Een vaste kring van mantelzorgers die elkaar steunen; we praten Nederlands en Limburgs.",
        "In onze kring zitten mensen die al jaren voor een naaste zorgen, en mensen die net begonnen zijn. "
        "We delen tips, lachen samen en soms huilen we ook. Bij ons praat iedereen zoals hij gewend is, ook in het plat.",
        aud="relatives",
        lang="nl li",
        two=True,
    ),
    g(
        "mantelzorg",
        "Nederweert",
        "Zorgen voor je Partner {plaats}",
        "Voor mensen die zorgen voor hun zieke of hulpbehoevende partner.",
        "Als je partner ziek wordt, verandert je relatie. Je wordt verzorger, en je bent ook nog partner. "
        "In deze groep praten we over die dubbele rol, over vermoeidheid en over hoe je jezelf niet vergeet.",
        aud="relatives",
    ),
    g(
        "mantelzorg",
        "Roermond",
        "Telefonische groep Mantelzorgers",
        "Een telefonische gespreksgroep voor mantelzorgers die moeilijk weg kunnen van huis.",
        "Veel mantelzorgers kunnen hun naaste niet alleen laten. Daarom praten we aan de telefoon. "
        "Je belt in op een vaste tijd en praat een uur met andere mantelzorgers. Na aanmelding krijg je het nummer.",
        aud="relatives",
        fmt="phone",
        reg="required",
    ),
    g(
        "mantelzorg",
        "Maastricht",
        "Mantelzorggroep in het Arabisch {plaats}",
        "Voor Arabischsprekende mantelzorgers die zorgen voor een ouder, partner of kind.",
        "In veel families is zorgen voor elkaar vanzelfsprekend, maar het kan je ook te veel worden. "
        "In deze groep praten mantelzorgers in het Arabisch en Nederlands over de zorg en over hulp die er in Maastricht is.",
        aud="relatives",
        lang="ar nl",
        at="Mariaberg",
    ),
    g(
        "mantelzorg",
        "Mook en Middelaar",
        "Mantelzorgochtend {plaats}",
        "Een ochtend voor mantelzorgers uit Mook en Middelaar om ervaringen te delen.",
        "Eén keer per maand komen mantelzorgers uit de gemeente bij elkaar. We praten over hoe het gaat en over praktische zaken, zoals vervoer en hulp in huis. "
        "Nieuwe mensen zijn altijd welkom.",
        aud="relatives",
        reg="walk_in",
    ),
    g(
        "naasten-psychisch",
        "Maastricht",
        "Familiegroep Psychische Problemen {plaats}",
        "Voor familieleden en partners van iemand met ernstige psychische problemen.",
        "Als iemand in je familie psychisch ziek is, heeft dat veel invloed op jouw leven. In deze groep praten naasten over hun zorgen, over de ggz en over hun eigen grenzen. "
        "Er is ook ruimte om gewoon even je verhaal kwijt te kunnen. "
        "Wie verder weg woont, doet online mee.",
        fmt="hybrid",
        aud="relatives",
    ),
    g(
        "naasten-psychisch depressie",
        "Mook en Middelaar",
        "Partners van Iemand met Depressie {plaats}",
        "Voor partners van mensen met een depressie.",
        "Als je partner depressief is, draag je vaak het gezin. Je maakt je zorgen, en soms ben je ook boos of moe. "
        "In deze groep vind je andere partners die dat kennen. We praten over steunen zonder jezelf te verliezen.",
        aud="relatives",
    ),
    g(
        "naasten-psychisch",
        "Stein",
        "Volwassen Kinderen van Ouders met Psychische Problemen {plaats}",
        "Voor volwassenen die zijn opgegroeid met een vader of moeder met psychische problemen of een verslaving.",
        "Opgroeien met een ouder met psychische problemen laat sporen na. Je zorgde vaak al vroeg voor anderen. "
        "In deze groep praten we over wat dat met je heeft gedaan en hoe je daar nu mee omgaat.",
        aud="relatives",
        reg="required",
    ),
    g(
        "naasten-psychisch psychose-schizofrenie",
        "Beekdaelen",
        "Naastengroep Ernstige Psychische Aandoening {plaats}",
        "Voor naasten van iemand met een ernstige psychische aandoening, op locatie of online.",
        "Zorgen voor iemand met schizofrenie, een bipolaire stoornis of een andere ernstige aandoening is vaak jarenlang werk. "
        "In deze groep vind je steun en herkenning. Je kunt in de zaal komen of online meedoen.",
        aud="relatives",
        fmt="hybrid",
    ),
    g(
        "jonge-mantelzorgers",
        "Beek",
        "Jonge Mantelzorgers Groep {plaats}",
        "Voor jongeren van 12 tot 18 jaar die thuis zorgen voor een zieke ouder, broer of zus.",
        "Als je thuis veel zorgt, heb je minder tijd voor school en vrienden. In deze groep ontmoet je jongeren die hetzelfde meemaken. "
        "We praten, maar doen ook leuke dingen, zoals bowlen of koken. Een jongerenwerker begeleidt de groep.",
        aud="relatives",
        pro=True,
        reg="required",
    ),
    g(
        "jonge-mantelzorgers",
        "Venlo",
        "Online groep Jonge Mantelzorgers (18-25 jaar)",
        "Voor jongvolwassenen die zorgen voor een ouder, broer of zus met een ziekte, beperking of verslaving.",
        "Studeren, werken en ook nog zorgen: jonge mantelzorgers hebben het druk. In deze online groep praat je met leeftijdsgenoten die het snappen. "
        "We praten over grenzen, over je eigen toekomst en over hulp die er is.",
        aud="relatives",
        fmt="online",
    ),
    # --- Meedoen en bestaanszekerheid ----------------------------------------------------------
    g(
        "eenzaamheid",
        "Simpelveld",
        "Koffieochtend Samen {plaats}",
        "Een gezellige ochtend voor iedereen die graag nieuwe mensen wil ontmoeten.",
        "Voel je je soms alleen, of wil je gewoon wat meer mensen kennen in het dorp? Kom dan naar onze koffieochtend. "
        "Er is koffie met vlaai, en we praten over van alles. Loop gerust binnen.",
        reg="walk_in",
        cost="€ 1 voor koffie en vlaai",
    ),
    g(
        "eenzaamheid",
        "Heerlen",
        "Telefooncirkel Eenzaamheid",
        "Een kleine groep die elke week met elkaar belt, voor mensen die zich eenzaam voelen.",
        "Soms is het fijn om gewoon even iemand te spreken. In onze telefooncirkel bellen we elke week met een vaste groep van vijf mensen. "
        "Je hoeft nergens naartoe, alleen de telefoon op te nemen.",
        fmt="phone",
        reg="required",
        when="W1TU 10:00-11:00",
    ),
    g(
        "eenzaamheid",
        "Bergen (L.)",
        "Ontmoetingsmiddag Niet Alleen {plaats}",
        "Een middag voor ouderen en alleenstaanden uit de gemeente Bergen om samen iets te doen.",
        "We drinken koffie, doen een spelletje of luisteren naar muziek. Vooral gezellig samen zijn staat centraal. "
        "Heb je geen vervoer? Dan kan een vrijwilliger je ophalen.",
        reg="walk_in",
        at="Siebengewald",
    ),
    g(
        "eenzaamheid",
        "Vaals",
        "Ontmoetingsgroep Drielandenpunt {plaats}",
        "Voor mensen uit Vaals en omgeving die nieuwe contacten zoeken; ook Duitstaligen zijn welkom.",
        "In Vaals wonen veel mensen die uit Duitsland of verder weg komen. Niet iedereen kent hier al mensen. "
        "In onze groep ontmoet je anderen en praten we in het Nederlands of Duits, net wat je prettig vindt.",
        lang="nl de",
        reg="walk_in",
    ),
    g(
        "eenzaamheid",
        "Meerssen",
        "Wandelgroep Samen Stappen {plaats}",
        "Elke week samen wandelen voor wie graag in beweging komt en nieuwe mensen ontmoet.",
        "Alleen wandelen is minder leuk dan samen. Daarom lopen we elke week een rondje door de omgeving van {plaats}, in een rustig tempo. "
        "Na afloop drinken we koffie. Iedereen is welkom.",
        reg="walk_in",
        when="W1TH 10:00-11:30",
    ),
    g(
        "eenzaamheid",
        "Voerendaal",
        "Praatgroep Alleen na Verhuizing {plaats}",
        "Voor mensen die nieuw zijn in Voerendaal of in de buurt en hier nog weinig mensen kennen.",
        "Na een verhuizing moet je opnieuw mensen leren kennen, en dat is niet makkelijk. In deze groep praten we over hoe je je thuis voelt in een nieuwe plek. "
        "We wisselen tips uit over clubs en verenigingen in de buurt.",
    ),
    g(
        "geldzorgen",
        "Kerkrade",
        "Lotgenotengroep Geldzorgen {plaats}",
        "Voor mensen met schulden of geldzorgen die steun zoeken en ervaringen willen delen.",
        "Geldzorgen geven stress en schaamte. In deze groep hoef je je niet te schamen. "
        "We praten over rondkomen, over brieven die je niet durft te openen en over de weg naar schuldhulp. Een vrijwilliger van de schuldhulp is vaak aanwezig.",
        pro=True,
    ),
    g(
        "geldzorgen",
        "Venlo",
        "Praatgroep Rondkomen {plaats}",
        "Voor mensen die moeite hebben om rond te komen en samen naar oplossingen zoeken.",
        "Boodschappen, energie en huur worden steeds duurder. In deze groep delen we tips om te besparen en vertellen we elkaar hoe het echt gaat. "
        "Je leert ook welke regelingen er zijn.",
        reg="walk_in",
        at="Schakel",
    ),
    g(
        "geldzorgen",
        "Maasgouw",
        "Schuldenvrij Samen {plaats}",
        "Een groep voor mensen die uit de schulden zijn of er middenin zitten, om elkaar te steunen.",
        "Van schulden afkomen duurt lang. In deze groep moedigen we elkaar aan en vieren we kleine stappen. "
        "We praten over budgetteren, schuldhulp en omgaan met stress.",
    ),
    g(
        "werk-werkloosheid",
        "Roermond",
        "Groep Werkzoekenden 50+ {plaats}",
        "Voor werkzoekenden vanaf 50 jaar die elkaar willen steunen bij het vinden van werk.",
        "Na je vijftigste werk zoeken is vaak moeilijk. Veel sollicitaties en weinig reacties maken onzeker. "
        "In deze groep delen we ervaringen en tips, en moedigen we elkaar aan.",
    ),
    g(
        "werk-werkloosheid",
        "Brunssum",
        "Lotgenotengroep Arbeidsongeschikt {plaats}",
        "Voor mensen die (gedeeltelijk) arbeidsongeschikt zijn en zoeken naar een nieuwe invulling.",
        "Als je niet meer kunt werken, verlies je meer dan je inkomen. Je mist collega's, structuur en het gevoel mee te tellen. "
        "In deze groep praten we over keuringen, uitkeringen en nieuwe zinvolle bezigheden.",
    ),
    g(
        "werk-werkloosheid burn-out-overspanning",
        "Maastricht",
        "Online groep Ziek Thuis van Werk",
        "Voor mensen die langdurig ziek thuis zitten van hun werk en steun zoeken.",
        "Ziek thuiszitten is eenzaam. Je werkgever belt, de bedrijfsarts heeft vragen, en jij weet niet wanneer het beter wordt. "
        "In deze online groep delen we ervaringen en steunen we elkaar.",
        fmt="online",
    ),
    g(
        "lhbtiq",
        "Maastricht",
        "LHBTIQ+ Gespreksgroep {plaats}",
        "Voor lesbische, homoseksuele, biseksuele en queer mensen die willen praten over identiteit en coming-out.",
        "Uit de kast komen is niet één moment, maar iets wat je steeds opnieuw doet. In deze groep praten we over familie, werk, geloof en liefde. "
        "We spreken Nederlands en Engels, afhankelijk van wie er is.",
        lang="nl en",
    ),
    g(
        "lhbtiq",
        "Venlo",
        "Coming-out Groep {plaats}",
        "Voor mensen die twijfelen over hun seksuele voorkeur of net uit de kast zijn gekomen.",
        "Twijfelen over wie je bent, kan eenzaam zijn. In deze groep ontmoet je mensen die dat herkennen. "
        "We praten in een veilige omgeving over gevoelens, reacties van anderen en de eerste stappen.",
    ),
    g(
        "lhbtiq eenzaamheid",
        "Roermond",
        "Telefoongroep Roze 50+",
        "Voor lesbische vrouwen, homoseksuele mannen en biseksuelen vanaf 50 jaar, aan de telefoon.",
        "Oudere LHBTIQ+'ers zijn vaak opgegroeid in een tijd waarin je er niet over praatte. In deze telefoongroep spreek je leeftijdsgenoten, vertrouwd vanuit je eigen huis. "
        "We praten over ouder worden, alleen zijn en vroeger.",
        fmt="phone",
    ),
    g(
        "genderdiversiteit",
        "Heerlen",
        "Online groep Transgender Limburg",
        "Online lotgenotengroep voor transgender en non-binaire personen in Limburg.",
        "Of je nu net begint met nadenken over je genderidentiteit of al in transitie bent: in deze groep ben je welkom. "
        "We praten over wachtlijsten, familie, werk en dagelijks leven.",
        fmt="online",
    ),
    g(
        "genderdiversiteit",
        "Maastricht",
        "Ouders van een Transgender Kind {plaats}",
        "Voor ouders van een kind dat transgender of non-binair is.",
        "Als je kind vertelt dat het transgender is, roept dat veel vragen op. In deze groep delen ouders hun ervaringen en zorgen. "
        "We praten over steun, medische vragen en reacties van familie. "
        "Je kunt op locatie komen of thuis online meedoen.",
        fmt="hybrid",
        aud="relatives",
    ),
    g(
        "migratie-nieuwkomers",
        "Venlo",
        "Vrouwengroep Nieuw in Nederland {plaats}",
        "Een ontmoetingsgroep voor vrouwen die nog niet lang in Nederland wonen, in het Arabisch en Nederlands.",
        "In deze groep ontmoet je andere vrouwen die ook nieuw zijn in Nederland. We praten over heimwee, de taal, de kinderen en het leven hier. "
        "Er is een vrijwilliger die Arabisch spreekt.",
        lang="ar nl",
        reg="walk_in",
    ),
    g(
        "migratie-nieuwkomers eenzaamheid",
        "Heerlen",
        "Ontmoetingsgroep Turkse Ouderen {plaats}",
        "Een gezellige ontmoeting voor Turkse ouderen in Heerlen, in het Turks.",
        "Veel Turkse ouderen kwamen jaren geleden naar de mijnen in Limburg. Nu zijn ze ouder en de kinderen zijn uit huis. "
        "In deze groep drinken we thee, praten we in het Turks en vertellen we verhalen van vroeger en nu.",
        lang="tr",
        reg="walk_in",
    ),
    g(
        "migratie-nieuwkomers",
        "Maastricht",
        "Expat Support Group Maastricht (Engelstalig)",
        "Engelstalige groep voor expats en internationals die hun draai nog zoeken in Maastricht.",
        "Verhuizen naar een ander land is spannend, maar ook eenzaam. In deze groep praten we in het Engels over heimwee, werk, de taal en vrienden maken. "
        "Nederlanders die lang in het buitenland woonden, zijn ook welkom.",
        lang="en",
        reg="walk_in",
    ),
    # --- Meer groepen in de kleinere gemeenten ----------------------------------------------------
    g(
        "dementie",
        "Eijsden-Margraten",
        "Geheugensoos {plaats}",
        "Een gezellige middag voor mensen met geheugenproblemen of dementie en hun naasten.",
        "In onze geheugensoos zingen we oude liedjes, doen we spelletjes en praten we met elkaar. "
        "Mantelzorgers kunnen ondertussen even bijpraten met andere mantelzorgers. Iedereen uit de Heuvellanddorpen is welkom.",
        aud="both",
        reg="walk_in",
        lang="nl li",
    ),
    g(
        "mantelzorg dementie",
        "Eijsden-Margraten",
        "Mantelzorgers Praten {plaats}",
        "Voor mensen die zorgen voor een naaste met dementie of een andere ziekte.",
        "Soms wil je gewoon praten met iemand die het snapt. In deze groep vind je andere mantelzorgers uit de buurt. "
        "We delen ervaringen en tips over hulp in de regio.",
        aud="relatives",
        at="Eijsden",
    ),
    g(
        "parkinson",
        "Roerdalen",
        "Parkinson Praatgroep {plaats}",
        "Voor mensen met parkinson en hun partners uit Roerdalen en omgeving.",
        "We zijn een kleine groep mensen met parkinson en hun partners. We praten over hoe het gaat, over medicijnen en over wat we nog samen doen. "
        "Het is een gezellige groep waar ook veel gelachen wordt.",
        aud="both",
    ),
    g(
        "rouw-partner rouw-familie",
        "Roerdalen",
        "Rouwgroep {plaats}",
        "Voor mensen uit Roerdalen die een dierbare hebben verloren en hun verdriet willen delen.",
        "Verdriet om een dierbare gaat niet over, maar het kan wel veranderen. In onze groep praten we over het gemis en over hoe je verder gaat. "
        "We werken met een vaste groep van acht bijeenkomsten.",
        reg="required",
        new="closed",
        at="Posterholt",
    ),
    g(
        "rouw-familie rouw-partner",
        "Leudal",
        "Lotgenotengroep Rouw {plaats}",
        "Voor inwoners van Leudal die een partner, ouder, kind of andere dierbare hebben verloren.",
        "Rouw is voor iedereen anders. In deze groep mag je vertellen over wie je mist, op jouw manier. "
        "We praten over de eerste tijd, over de feestdagen en over het oppakken van het gewone leven.",
        at="Haelen",
    ),
    g(
        "dementie",
        "Maasgouw",
        "Dementie Ontmoetingsochtend {plaats}",
        "Een ochtend voor mensen met dementie en hun naasten uit Maasgouw.",
        "Dementie raakt het hele gezin. Op deze ochtend kun je vragen stellen aan de casemanager dementie en praten met andere families. "
        "Er is ook een activiteit voor de mensen met dementie.",
        aud="both",
        reg="walk_in",
        pro=True,
    ),
    g(
        "kanker",
        "Nederweert",
        "Koffieochtend Kanker {plaats}",
        "Een open koffieochtend voor mensen met kanker en hun naasten in Nederweert.",
        "Bij een kop koffie praat het makkelijker. Op onze koffieochtend ontmoet je mensen die ook met kanker te maken hebben. "
        "Je kunt vrijblijvend binnenlopen, ook samen met je partner.",
        aud="both",
        reg="walk_in",
        at="Ospel",
    ),
    g(
        "diabetes",
        "Gennep",
        "Diabetes Gespreksgroep {plaats}",
        "Voor mensen met diabetes type 2 die willen praten over eten, bewegen en medicijnen.",
        "Met diabetes type 2 moet je veel opletten. In deze groep wisselen we ervaringen uit over eten, bewegen en controles. "
        "We helpen elkaar om vol te houden.",
    ),
    g(
        "levensfase-ouderen eenzaamheid",
        "Gennep",
        "Ouder Worden Samen {plaats}",
        "Voor ouderen uit Gennep en Milsbeek die willen praten over wat ouder worden met hen doet.",
        "Ouder worden brengt vragen: blijf ik in mijn huis wonen, wat als mijn partner wegvalt, hoe blijf ik gezond? "
        "In deze groep praten we daarover met leeftijdsgenoten.",
        at="Milsbeek",
    ),
    g(
        "levensfase-ouderen",
        "Bergen (L.)",
        "Zingevingsgroep Ouderen {plaats}",
        "Voor ouderen die willen praten over zingeving, verlies en wat het leven waardevol maakt.",
        "Bij het ouder worden kijk je terug op je leven en vraag je je af wat nog belangrijk is. "
        "In deze groep praten we over vragen die ertoe doen, onder leiding van een geestelijk verzorger.",
        pro=True,
        at="Wellerlooi",
    ),
    g(
        "kanker",
        "Valkenburg aan de Geul",
        "Lotgenotengroep Kanker {plaats}",
        "Voor mensen met kanker uit Valkenburg en omgeving, tijdens en na de behandeling.",
        "In deze groep praten we over wat kanker met je leven doet. Over behandelingen, over angst, en over hoe je verder gaat. "
        "We zijn een kleine, warme groep.",
    ),
    g(
        "dementie",
        "Simpelveld",
        "Geheugenmiddag {plaats}",
        "Een middag voor mensen met dementie en hun mantelzorgers uit Simpelveld en Bocholtz.",
        "Op de geheugenmiddag ontmoeten mensen met dementie en hun naasten elkaar. We doen een activiteit en praten bij een kop koffie. "
        "Er is een vrijwilliger die helpt als dat nodig is.",
        aud="both",
        reg="walk_in",
        lang="nl li",
        at="Bocholtz",
    ),
    g(
        "beroerte-nah",
        "Voerendaal",
        "Lotgenotengroep Hersenletsel {plaats}",
        "Voor mensen met niet-aangeboren hersenletsel en hun naasten uit Voerendaal en omgeving.",
        "Na hersenletsel zie je aan de buitenkant vaak niets, maar van binnen is veel veranderd. "
        "In deze groep praten we over vermoeidheid, prikkels en veranderingen in je karakter.",
        aud="both",
        at="Klimmen",
    ),
    g(
        "parkinson",
        "Beekdaelen",
        "Parkinson Gespreksgroep {plaats}",
        "Voor mensen met de ziekte van Parkinson uit Beekdaelen en omgeving.",
        "In deze groep praten we over het leven met parkinson: medicijnen, bewegen, slapen en de toekomst. "
        "We drinken koffie en leren van elkaar.",
        at="Schinveld",
    ),
    g(
        "diabetes",
        "Stein",
        "Diabetesgroep {plaats}",
        "Voor mensen met diabetes uit Stein en Elsloo die ervaringen willen delen.",
        "In deze groep praten we over leven met diabetes. We delen tips over eten, bewegen en medicijnen. "
        "Een paar keer per jaar komt een diabetesverpleegkundige vertellen over nieuwe ontwikkelingen.",
        at="Elsloo",
    ),
    g(
        "angst-paniek",
        "Landgraaf",
        "Gespreksgroep Angst {plaats}",
        "Voor mensen met angstklachten of paniekaanvallen uit Landgraaf en omgeving.",
        "Angst kan je leven beheersen. In deze groep leer je van anderen hoe zij ermee omgaan. "
        "We praten over kleine stappen en vieren samen successen.",
    ),
    g(
        "depressie",
        "Brunssum",
        "Lotgenotengroep Somberheid {plaats}",
        "Voor mensen met depressieve klachten uit Brunssum en omgeving.",
        "Depressie maakt alles zwaar. In deze groep vind je mensen die dat begrijpen. "
        "We praten over hoe het gaat, wat helpt en over kleine dingen die ons blij maken.",
    ),
    g(
        "mantelzorg",
        "Valkenburg aan de Geul",
        "Mantelzorgcafé {plaats}",
        "Een gezellige middag voor mantelzorgers uit Valkenburg en omgeving.",
        "In het mantelzorgcafé ontmoet je andere mantelzorgers. We praten over de zorg en over andere dingen. "
        "Soms komt er iemand vertellen over hulp in de buurt.",
        aud="relatives",
        reg="walk_in",
        at="Berg en Terblijt",
    ),
    g(
        "eenzaamheid",
        "Gulpen-Wittem",
        "Ontmoetingsochtend {plaats}",
        "Een ochtend voor mensen die graag nieuwe mensen ontmoeten in Mechelen en omgeving.",
        "Veel mensen in de dorpen wonen alleen. In deze groep ontmoet je dorpsgenoten bij een kop koffie. "
        "We praten, lachen en maken plannen voor samen iets doen.",
        reg="walk_in",
        at="Mechelen",
        lang="nl li",
    ),
    g(
        "alcohol",
        "Vaals",
        "Zelfhulpgroep Alcohol {plaats}",
        "Voor mensen die willen stoppen met drinken, aan beide kanten van de grens.",
        "In onze groep zitten mensen uit Vaals en Aken. We praten Nederlands en Duits over stoppen met drinken en nuchter blijven. "
        "Je kunt zonder aanmelden binnenlopen.",
        lang="nl de",
        reg="walk_in",
        at="Vijlen",
    ),
    g(
        "chronische-pijn",
        "Meerssen",
        "Praatgroep Pijn {plaats}",
        "Voor mensen met chronische pijn uit Meerssen en omgeving.",
        "Pijn die niet overgaat, beïnvloedt je hele leven. In deze groep delen we ervaringen en tips om ermee om te gaan. "
        "We begrijpen elkaar zonder veel woorden.",
        at="Bunde",
    ),
    # --- Aan de telefoon ----------------------------------------------------------------------------
    g(
        "rouw-partner",
        "Gulpen-Wittem",
        "Telefonische Rouwgroep Heuvelland",
        "Een rouwgroep aan de telefoon voor mensen uit het Heuvelland die hun partner hebben verloren.",
        "In de dorpen is de weg naar een groep soms lang, zeker zonder auto. Daarom praten we aan de telefoon, met zes mensen tegelijk. "
        "Je vertelt over je partner en over hoe de dagen nu gaan. De gespreksleider heeft zelf haar man verloren.",
        fmt="phone",
        reg="required",
        pro=False,
    ),
    g(
        "parkinson",
        "Sittard-Geleen",
        "Telefonische groep Parkinson",
        "Lotgenotencontact aan de telefoon voor mensen met parkinson die niet makkelijk de deur uit gaan.",
        "Op sommige dagen werkt je lichaam niet mee en blijf je liever thuis. Dan is deze telefoongroep er. "
        "We praten rustig en om de beurt; wie moeilijk verstaanbaar is, krijgt de tijd.",
        fmt="phone",
    ),
    g(
        "angst-paniek",
        "Weert",
        "Telefonische groep Angst en Paniek",
        "Voor mensen die door angst of paniek het huis nauwelijks uit komen.",
        "Als naar buiten gaan al te veel is, is een groep bezoeken onmogelijk. Daarom bellen we. "
        "In een kleine groep praten we over angst, over kleine stapjes buiten de deur en over wat je vandaag wel is gelukt.",
        fmt="phone",
        reg="required",
    ),
    g(
        "hart-vaat",
        "Venray",
        "Telefonische lotgenotengroep Hartfalen",
        "Aan de telefoon praten met lotgenoten, voor mensen met hartfalen die snel moe zijn.",
        "Met hartfalen is een avond op pad vaak te vermoeiend. In onze telefoongroep doe je mee vanuit je stoel. "
        "We delen ervaringen met medicijnen, vocht beperken en omgaan met minder energie.",
        fmt="phone",
    ),
    g(
        "mantelzorg dementie",
        "Echt-Susteren",
        "Telefooncirkel Mantelzorgers Dementie",
        "Voor mantelzorgers van iemand met dementie die thuis moeilijk weg kunnen.",
        "Je partner of ouder kan niet alleen blijven, en daarom kom je zelf nergens meer. In de telefooncirkel praat je toch met mensen die het kennen. "
        "We bellen op een vast moment, zodat je het kunt plannen.",
        aud="relatives",
        fmt="phone",
    ),
    g(
        "depressie",
        "Meerssen",
        "Telefonische groep Depressie",
        "Een kleine telefoongroep voor mensen met een depressie die het moeilijk vinden om naar een groep te gaan.",
        "Als je depressief bent, kost de deur uit gaan soms te veel. Aan de telefoon is de drempel lager. "
        "We praten over hoe de week was, over wat lukte en wat niet, en we luisteren naar elkaar.",
        fmt="phone",
    ),
]
