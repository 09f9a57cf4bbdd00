"""German building blocks for generated articles (see generator.py).

City names need no declension after "aus", "in", "nach" and "mit".  Country forms
carry their article where German needs one ("in der Ukraine", "der Schweiz");
``country_adj`` is the weak "-en" form used after "unsere"/"den"; holidays are all
masculine nouns, so "zum {holiday}" and "den {holiday}" are always correct.
"""

# city, topic, fact
_CITIES = (
    (
        "Nürnberg",
        "culture",
        (
            "Nürnberg ist berühmt für seinen Christkindlesmarkt und das Haus Albrecht"
            " Dürers."
        ),
    ),
    (
        "Frankfurt am Main",
        "business",
        (
            "Frankfurt am Main ist ein bedeutender Finanzplatz und Gastgeber der"
            " größten Buchmesse der Welt."
        ),
    ),
    (
        "Leipzig",
        "culture",
        (
            "Leipzig ist die Stadt Bachs, großer Messen und einer der ältesten"
            " Universitäten Deutschlands."
        ),
    ),
    (
        "Bordeaux",
        "tourism",
        (
            "Bordeaux an der Garonne ist für seine klassizistischen Fassaden und die"
            " umliegenden Weinberge bekannt."
        ),
    ),
    (
        "Orléans",
        "culture",
        (
            "Orléans an der Loire ehrt jedes Frühjahr Jeanne d'Arc mit einem großen"
            " Stadtfest."
        ),
    ),
    (
        "Florenz",
        "culture",
        (
            "Die historische Altstadt von Florenz, der Wiege der Renaissance, gehört"
            " wie die Krakauer Altstadt zum UNESCO-Welterbe."
        ),
    ),
    (
        "Mailand",
        "business",
        "Mailand ist Italiens Hauptstadt des Designs, der Mode und der Messen.",
    ),
    (
        "Edinburgh",
        "culture",
        "Edinburgh trägt wie Krakau den Titel UNESCO-Literaturstadt.",
    ),
    (
        "Kyjiw",
        "ukraine",
        "Kyjiw, die Hauptstadt der Ukraine, gehört zu den engsten Partnern Krakaus.",
    ),
    (
        "Lwiw",
        "ukraine",
        (
            "Lwiw und Krakau verbindet eine lange gemeinsame Geschichte und ein reger"
            " Austausch zwischen den Menschen."
        ),
    ),
    (
        "Vilnius",
        "culture",
        (
            "Die Altstadt von Vilnius steht wie die Krakauer Altstadt auf der"
            " Welterbeliste der UNESCO."
        ),
    ),
    (
        "Bratislava",
        "diplomacy",
        (
            "Bratislava, die slowakische Hauptstadt an der Donau, ist ein naher Nachbar"
            " Krakaus in Mitteleuropa."
        ),
    ),
    (
        "Budapest",
        "tourism",
        "Budapest ist für seine Donaubrücken und seine Thermalbäder berühmt.",
    ),
    (
        "Zagreb",
        "tourism",
        "Zagreb, die Hauptstadt Kroatiens, bezaubert mit seiner Oberstadt.",
    ),
    (
        "Rochester",
        "science",
        (
            "Rochester im Bundesstaat New York ist für seine Fotografietradition und"
            " starke Forschungseinrichtungen bekannt."
        ),
    ),
    (
        "Kyoto",
        "culture",
        (
            "Kyoto, die frühere Hauptstadt Japans, ist für seine Tempel und Gärten"
            " berühmt."
        ),
    ),
    (
        "Sevilla",
        "tourism",
        (
            "Sevilla am Guadalquivir ist für seine Kathedrale, den Alcázar und den"
            " Flamenco bekannt."
        ),
    ),
    (
        "Quito",
        "culture",
        (
            "Die Altstadt von Quito wurde im selben Jahr wie die Krakauer Altstadt in"
            " die UNESCO-Liste aufgenommen."
        ),
    ),
    (
        "Curitiba",
        "environment",
        (
            "Curitiba ist für seinen vorbildlichen Nahverkehr und seine große"
            " polnischstämmige Gemeinschaft bekannt."
        ),
    ),
    (
        "San Francisco",
        "business",
        (
            "San Francisco ist eine Stadt der Innovation, der Start-ups und der Golden"
            " Gate Bridge."
        ),
    ),
)

# country genitive, "in ...", "aus ...", adjective (-en), holiday, month, day,
# topic, fact
_COUNTRIES = (
    (
        "der Ukraine",
        "in der Ukraine",
        "aus der Ukraine",
        "ukrainischen",
        "Unabhängigkeitstag der Ukraine",
        8,
        24,
        "ukraine",
        (
            "Mit der Ukraine verbinden Krakau die Partnerschaften mit Kyjiw und Lwiw"
            " und Tausende ukrainischer Familien, die heute in der Stadt leben."
        ),
    ),
    (
        "Deutschlands",
        "in Deutschland",
        "aus Deutschland",
        "deutschen",
        "Tag der Deutschen Einheit",
        10,
        3,
        "partner-cities",
        (
            "Krakau hat in Deutschland drei Partnerstädte: Nürnberg, Frankfurt am Main"
            " und Leipzig."
        ),
    ),
    (
        "Frankreichs",
        "in Frankreich",
        "aus Frankreich",
        "französischen",
        "Nationalfeiertag Frankreichs",
        7,
        14,
        "partner-cities",
        "Die französischen Partnerstädte Krakaus sind Bordeaux und Orléans.",
    ),
    (
        "der Vereinigten Staaten",
        "in den Vereinigten Staaten",
        "aus den Vereinigten Staaten",
        "amerikanischen",
        "Unabhängigkeitstag der Vereinigten Staaten",
        7,
        4,
        "partner-cities",
        "Zu den amerikanischen Partnern Krakaus gehören Rochester und San Francisco.",
    ),
    (
        "Italiens",
        "in Italien",
        "aus Italien",
        "italienischen",
        "Tag der Italienischen Republik",
        6,
        2,
        "partner-cities",
        "Florenz und Mailand sind die italienischen Partnerstädte Krakaus.",
    ),
    (
        "Litauens",
        "in Litauen",
        "aus Litauen",
        "litauischen",
        "Tag der Wiederherstellung des litauischen Staates",
        2,
        16,
        "partner-cities",
        (
            "Krakau und Vilnius verbindet eine lange gemeinsame Geschichte und eine"
            " langjährige Partnerschaft."
        ),
    ),
    (
        "Ungarns",
        "in Ungarn",
        "aus Ungarn",
        "ungarischen",
        "Nationalfeiertag Ungarns",
        8,
        20,
        "partner-cities",
        (
            "Budapest ist Partnerstadt Krakaus, und die polnisch-ungarische"
            " Freundschaft hat eine jahrhundertealte Tradition."
        ),
    ),
    (
        "Japans",
        "in Japan",
        "aus Japan",
        "japanischen",
        "Tag der Staatsgründung Japans",
        2,
        11,
        "culture",
        (
            "Die Partnerschaft mit Kyoto und das Museum Manggha verbinden Krakau mit"
            " Japan."
        ),
    ),
    (
        "der Slowakei",
        "in der Slowakei",
        "aus der Slowakei",
        "slowakischen",
        "Tag der Gründung der Slowakischen Republik",
        1,
        1,
        "partner-cities",
        (
            "Bratislava ist Partnerstadt Krakaus, und die Tatra verbindet die Menschen"
            " beider Länder seit jeher."
        ),
    ),
    (
        "Kroatiens",
        "in Kroatien",
        "aus Kroatien",
        "kroatischen",
        "Tag der Staatlichkeit Kroatiens",
        5,
        30,
        "partner-cities",
        (
            "Zagreb ist Partnerstadt Krakaus, und die kroatische Küste ist ein"
            " beliebtes Urlaubsziel der Krakauer."
        ),
    ),
    (
        "Spaniens",
        "in Spanien",
        "aus Spanien",
        "spanischen",
        "Nationalfeiertag Spaniens",
        10,
        12,
        "partner-cities",
        (
            "Sevilla ist die spanische Partnerstadt Krakaus, und an den Krakauer"
            " Hochschulen studieren viele Spanierinnen und Spanier."
        ),
    ),
    (
        "Ecuadors",
        "in Ecuador",
        "aus Ecuador",
        "ecuadorianischen",
        "Unabhängigkeitstag Ecuadors",
        8,
        10,
        "partner-cities",
        (
            "Quito und Krakau standen 1978 gemeinsam auf der ersten Welterbeliste der"
            " UNESCO."
        ),
    ),
    (
        "Brasiliens",
        "in Brasilien",
        "aus Brasilien",
        "brasilianischen",
        "Unabhängigkeitstag Brasiliens",
        9,
        7,
        "partner-cities",
        (
            "Die Partnerschaft mit Curitiba verbindet Krakau mit einer der größten"
            " polnischstämmigen Gemeinschaften Südamerikas."
        ),
    ),
    (
        "Österreichs",
        "in Österreich",
        "aus Österreich",
        "österreichischen",
        "Nationalfeiertag Österreichs",
        10,
        26,
        "culture",
        (
            "Viele Gebäude und Einrichtungen Krakaus erinnern bis heute an die Zeit,"
            " als die Stadt zum habsburgischen Galizien gehörte."
        ),
    ),
    (
        "der Schweiz",
        "in der Schweiz",
        "aus der Schweiz",
        "Schweizer",
        "Nationalfeiertag der Schweiz",
        8,
        1,
        "culture",
        (
            "Krakauer Hochschulen arbeiten mit Schweizer Universitäten zusammen, und"
            " viele Gäste aus der Schweiz besuchen die Stadt."
        ),
    ),
    (
        "Tschechiens",
        "in Tschechien",
        "aus Tschechien",
        "tschechischen",
        "Nationalfeiertag Tschechiens",
        10,
        28,
        "culture",
        (
            "Krakau und die tschechischen Städte verbinden zahlreiche kulturelle"
            " Kontakte und immer bessere Bahnverbindungen."
        ),
    ),
    (
        "Irlands",
        "in Irland",
        "aus Irland",
        "irischen",
        "St. Patrick's Day",
        3,
        17,
        "culture",
        (
            "In Irland leben viele Polinnen und Polen, und immer mehr Gäste aus Irland"
            " entdecken Krakau."
        ),
    ),
    (
        "Portugals",
        "in Portugal",
        "aus Portugal",
        "portugiesischen",
        "Tag Portugals",
        6,
        10,
        "culture",
        (
            "Krakauer Hochschulen pflegen zahlreiche Studierendenaustausche mit"
            " portugiesischen Universitäten."
        ),
    ),
    (
        "Georgiens",
        "in Georgien",
        "aus Georgien",
        "georgischen",
        "Unabhängigkeitstag Georgiens",
        5,
        26,
        "culture",
        "Immer mehr Menschen aus Georgien leben und studieren in Krakau.",
    ),
)

# theme (bare noun: "im Bereich Klimaschutz"), topic
_THEMES = (
    ("Klimaschutz", "environment"),
    ("Nahverkehr", "environment"),
    ("Bildung", "education"),
    ("Kultur", "culture"),
    ("Tourismus", "tourism"),
    ("Digitalisierung", "business"),
    ("Denkmalschutz", "culture"),
    ("Jugendsport", "sport"),
    ("Forschung", "science"),
    ("Stadtgrün", "environment"),
    ("Gründerförderung", "business"),
    ("Integration", "education"),
)

# event (title form), event (genitive with article), topic, its usual (month, day)
_EVENTS = (
    (
        "Festival der jüdischen Kultur",
        "des Festivals der jüdischen Kultur",
        "culture",
        (6, 27),
    ),
    ("Misteria Paschalia", "des Festivals Misteria Paschalia", "culture", (3, 30)),
    ("Mittsommerfest Wianki", "des Mittsommerfests Wianki", "culture", (6, 21)),
    (
        "Krakauer Krippenwettbewerb",
        "des Krakauer Krippenwettbewerbs",
        "culture",
        (12, 4),
    ),
    ("Filmmusikfestival", "des Filmmusikfestivals", "culture", (5, 28)),
    ("Festival Unsound", "des Festivals Unsound", "culture", (10, 18)),
    ("Conrad-Festival", "des Conrad-Festivals", "culture", (10, 22)),
    (
        "Internationale Buchmesse Krakau",
        "der Internationalen Buchmesse",
        "culture",
        (10, 24),
    ),
    ("Krakauer Museumsnacht", "der Museumsnacht", "tourism", (5, 17)),
    ("Wissenschaftsfestival", "des Wissenschaftsfestivals", "science", (5, 22)),
    ("Krakauer Weihnachtsmarkt", "des Weihnachtsmarkts", "tourism", (11, 29)),
    ("Lajkonik-Umzug", "des Lajkonik-Umzugs", "tourism", (6, 12)),
    ("Cracovia-Marathon", "des Cracovia-Marathons", "sport", (4, 26)),
    ("Open Eyes Economy Summit", "des Open Eyes Economy Summit", "business", (11, 27)),
)

GEN = {
    "cities": tuple(
        {"city": c[0], "city_topic": c[1], "city_fact": c[2]} for c in _CITIES
    ),
    "countries": tuple(
        {
            "country_gen": c[0],
            "country_in": c[1],
            "country_from": c[2],
            "country_adj": c[3],
            "holiday": c[4],
            "month": c[5],
            "day": c[6],
            "country_topic": c[7],
            "country_fact": c[8],
        }
        for c in _COUNTRIES
    ),
    "themes": tuple({"theme": t[0], "theme_topic": t[1]} for t in _THEMES),
    "events": tuple(
        {
            "event_title": e[0],
            "event_gen": e[1],
            "event_topic": e[2],
            "event_when": e[3],
        }
        for e in _EVENTS
    ),
    "templates": {
        "news": (
            {
                "title": "{event_title}: Tipps für Gäste aus dem Ausland",
                "lead": (
                    "Bald beginnt wieder eine der beliebtesten Veranstaltungen Krakaus."
                    " Das sollten Besucherinnen und Besucher aus dem Ausland wissen."
                ),
                "body": (
                    (
                        "Ein Teil des Programms {event_gen} wird auch auf Englisch"
                        " angeboten, und an den Informationspunkten helfen"
                        " mehrsprachige Freiwillige. Das vollständige Programm"
                        " veröffentlichen die Veranstalter im Internet."
                    ),
                    (
                        "Die Stadt empfiehlt, während {event_gen} öffentliche"
                        " Verkehrsmittel zu nutzen. Straßenbahnen und Busse fahren dann"
                        " häufiger als sonst."
                    ),
                ),
                "topics": ("tourism",),
            },
            {
                "title": "Gäste aus {city} besuchen Krakau während {event_gen}",
                "lead": (
                    "Eine Gruppe von Bürgerinnen, Bürgern und Kunstschaffenden aus"
                    " {city} ist in Krakau eingetroffen. Ihr Besuch fällt mit einem"
                    " Höhepunkt des städtischen Kalenders zusammen."
                ),
                "body": (
                    (
                        "Die Gäste aus {city} nehmen an Veranstaltungen {event_gen}"
                        " teil und treffen die Krakauer Organisatoren. {city_fact}"
                    ),
                    (
                        "Solche Besuche helfen den Menschen in den Partnerstädten,"
                        " Krakau besser kennenzulernen – und umgekehrt."
                    ),
                ),
                "topics": ("partner-cities",),
            },
            {
                "when": (7, 20),
                "spread": 30,
                "title": (
                    "Studierende aus {city} bei der Polnisch-Sommerschule in Krakau"
                ),
                "lead": (
                    "An einer Krakauer Hochschule hat die Sommerschule für"
                    " internationale Studierende begonnen. In diesem Jahr sind auch"
                    " junge Menschen aus {city} dabei."
                ),
                "body": (
                    (
                        "Auf dem Programm stehen Polnischunterricht, Vorlesungen über"
                        " Geschichte und Kultur Polens sowie Ausflüge in Krakau und"
                        " Kleinpolen. Die Teilnehmenden wohnen im Studentenwohnheim,"
                        " was das Kennenlernen erleichtert."
                    ),
                    (
                        "Für viele ist es der erste Besuch in Krakau. Manche kehren"
                        " später für ein Studium oder ein Praktikum zurück."
                    ),
                ),
                "topics": ("education", "partner-cities"),
            },
            {
                "title": (
                    "Konsularsprechtag für Staatsangehörige {country_gen} in Krakau"
                ),
                "lead": (
                    "Konsularbeamte empfangen in Krakau Menschen, die einen Pass, eine"
                    " Bescheinigung oder eine Beratung brauchen. Eine vorherige"
                    " Terminvereinbarung ist erforderlich."
                ),
                "body": (
                    (
                        "Der Sprechtag erleichtert Staatsangehörigen {country_gen}, die"
                        " in Krakau und Umgebung leben, den Weg zur Behörde, denn sie"
                        " müssen nicht zur Botschaft reisen. Eine Liste der benötigten"
                        " Unterlagen steht auf der Website der Vertretung."
                    ),
                ),
                "topics": ("diplomacy",),
            },
            {
                "title": "Internationale Debatte zum Thema {theme} im ICE Kraków",
                "lead": (
                    "Fachleute aus mehreren Ländern diskutierten in Krakau darüber, wie"
                    " Städte ihren Bewohnerinnen und Bewohnern besser dienen können."
                    " Die Debatte war öffentlich."
                ),
                "body": (
                    (
                        "Im Mittelpunkt stand das Thema {theme}. Die Teilnehmenden"
                        " verglichen Lösungen aus europäischen Städten und fragten,"
                        " welche davon sich für Krakau eignen."
                    ),
                    (
                        "Das Kongresszentrum ICE Kraków ist regelmäßig Gastgeber"
                        " internationaler Konferenzen. Eine Aufzeichnung der Debatte"
                        " wird online veröffentlicht."
                    ),
                ),
                "topics": ("diplomacy",),
            },
            {
                "title": "Mehrsprachige Freiwillige helfen Gästen während {event_gen}",
                "lead": (
                    "Studierende Krakauer Hochschulen unterstützen Gäste aus dem"
                    " Ausland bei der Orientierung. Man erkennt sie an ihren farbigen"
                    " Ausweisen."
                ),
                "body": (
                    (
                        "Während {event_gen} sind die Freiwilligen am Hauptmarkt und an"
                        " wichtigen Straßenbahnhaltestellen im Einsatz. Sie helfen auf"
                        " Englisch, Deutsch, Ukrainisch, Spanisch und Französisch."
                    ),
                ),
                "topics": ("tourism", "education"),
            },
            {
                "title": "Krakauer Hochschulen werben um Studierende aus {city}",
                "lead": (
                    "Vertreterinnen und Vertreter Krakauer Hochschulen besuchen Schulen"
                    " und Bildungsmessen in {city}. Sie informieren über das Studium in"
                    " Krakau und über Stipendien."
                ),
                "body": (
                    (
                        "Krakau ist eines der größten Hochschulzentren Polens, und die"
                        " Zahl der internationalen Studierenden wächst jedes Jahr."
                        " {city_fact}"
                    ),
                    (
                        "Bewerberinnen und Bewerber aus {city} können sich zu denselben"
                        " Bedingungen wie andere internationale Studierende um"
                        " Stipendien und Wohnheimplätze bewerben."
                    ),
                ),
                "topics": ("education", "science"),
            },
        ),
        "cooperation": (
            {
                "title": "Delegation aus {city} zu Besuch in Krakau",
                "lead": (
                    "Vertreterinnen und Vertreter der Stadt {city} sind nach Krakau"
                    " gekommen, um über die nächsten Schritte der Städtepartnerschaft"
                    " zu sprechen."
                ),
                "body": (
                    (
                        "Die Gäste trafen die Stadtspitze, besichtigten den"
                        " Wielopolski-Palast und informierten sich über Projekte"
                        " städtischer Einrichtungen. {city_fact}"
                    ),
                    (
                        "Krakau arbeitet seit vielen Jahren mit {city} zusammen. Die"
                        " Kontakte reichen von der Verwaltung über Schulen und"
                        " Hochschulen bis zu Vereinen."
                    ),
                ),
                "topics": ("partner-cities", "diplomacy"),
            },
            {
                "title": (
                    "Krakau und {city} vertiefen die Zusammenarbeit im Bereich {theme}"
                ),
                "lead": (
                    "Fachleute beider Städte haben einen Plan gemeinsamer Vorhaben für"
                    " die kommenden Jahre erarbeitet. Die ersten Projekte starten noch"
                    " in diesem Jahr."
                ),
                "body": (
                    (
                        "Die Zusammenarbeit mit {city} im Bereich {theme} umfasst"
                        " Studienreisen, gemeinsame Workshops und den Austausch von"
                        " Daten. {city_fact}"
                    ),
                    (
                        "Krakau möchte von seinen Partnerstädten lernen und eigene"
                        " Lösungen weitergeben, die sich in der Praxis bewährt haben."
                    ),
                ),
                "topics": ("partner-cities",),
            },
            {
                "title": (
                    "Stipendiatinnen und Stipendiaten aus {city} beginnen ihr Praktikum"
                    " in Krakau"
                ),
                "lead": (
                    "Junge Fachleute aus {city} verbringen mehrere Wochen in Krakau."
                    " Jede Stipendiatin und jeder Stipendiat wird in der Verwaltung"
                    " oder einer städtischen Einrichtung betreut."
                ),
                "body": (
                    (
                        "Das Stipendienprogramm für Partnerstädte gewährt Einblick in"
                        " die tägliche Arbeit der Krakauer Stadtverwaltung. Die"
                        " Teilnehmenden entwickeln eigene Projekte, die sie zu Hause"
                        " umsetzen können."
                    ),
                    (
                        "In diesem Jahr steht das Thema {theme} im Mittelpunkt."
                        " {city_fact}"
                    ),
                ),
                "topics": ("education", "partner-cities"),
            },
            {
                "when": (6, 15),
                "spread": 75,
                "title": "Krakauer Schülerinnen und Schüler zum Austausch in {city}",
                "lead": (
                    "Jugendliche aus Krakauer Schulen verbringen eine Woche in {city}"
                    " und wohnen bei den Familien ihrer Gastgeber."
                ),
                "body": (
                    (
                        "Der Jugendaustausch gehört zu den ältesten Formen der"
                        " Zusammenarbeit Krakaus mit seinen Partnerstädten. Die"
                        " Jugendlichen lernen Schulen, Sehenswürdigkeiten und den"
                        " Alltag kennen. {city_fact}"
                    ),
                    (
                        "Im Herbst kommen Jugendliche aus {city} nach Krakau, dann sind"
                        " die Krakauer Gastgeber."
                    ),
                ),
                "topics": ("education", "partner-cities"),
            },
            {
                "title": "Krakauer Fachleute lernen von {city}: Schwerpunkt {theme}",
                "lead": (
                    "Bei einer Studienreise nach {city} lernten Fachleute aus Krakau"
                    " Lösungen kennen, die auch zu Hause nützlich sein könnten."
                ),
                "body": (
                    (
                        "Vertreterinnen und Vertreter Krakauer Ämter und städtischer"
                        " Gesellschaften sprachen mit den Gastgebern darüber, wie sie"
                        " ihre Arbeit im Bereich {theme} planen und finanzieren."
                        " {city_fact}"
                    ),
                    (
                        "Die Ergebnisse der Reise werden in einem Bericht für alle"
                        " interessierten Ämter zusammengefasst."
                    ),
                ),
                "topics": ("partner-cities",),
            },
            {
                "title": (
                    "Gemeinsames Projekt von Krakau und {city}: {theme} im Mittelpunkt"
                ),
                "lead": (
                    "Die beiden Partnerstädte haben einen gemeinsamen Antrag auf"
                    " europäische Fördermittel gestellt. Das Projekt soll zwei Jahre"
                    " dauern."
                ),
                "body": (
                    (
                        "Die Partner wollen gemeinsam Lösungen entwickeln, die die"
                        " Lebensqualität der Menschen verbessern. Thema des Projekts"
                        " ist {theme}, auch Vereine werden eingebunden."
                    ),
                    (
                        "Die Zusammenarbeit mit {city} hat eine lange Geschichte."
                        " {city_fact}"
                    ),
                ),
                "topics": ("partner-cities", "business"),
            },
            {
                "title": "Krakauer Künstlerinnen und Künstler gastieren in {city}",
                "lead": (
                    "Musikerinnen, Schauspieler und bildende Künstler aus Krakau reisen"
                    " im Rahmen eines Kulturaustauschs in eine der Partnerstädte."
                ),
                "body": (
                    (
                        "Das Programm wurde gemeinsam mit Kultureinrichtungen in {city}"
                        " vorbereitet. Das Publikum erwarten Konzerte, Aufführungen und"
                        " eine Ausstellung über Krakau. {city_fact}"
                    ),
                    (
                        "Im nächsten Jahr kommen Kunstschaffende aus {city} zum"
                        " Gegenbesuch nach Krakau."
                    ),
                ),
                "topics": ("culture", "partner-cities"),
            },
            {
                "title": (
                    "Stipendien für Studierende aus {city}: Bewerbung ab sofort möglich"
                ),
                "lead": (
                    "Studierende aus {city} können sich um ein Stipendium für ein"
                    " Semester in Krakau bewerben. Bewerbungen werden online"
                    " angenommen."
                ),
                "body": (
                    (
                        "Das Stipendium umfasst ein Zimmer im Wohnheim, einen"
                        " Polnischkurs und einen monatlichen Zuschuss. Über die Vergabe"
                        " entscheidet eine Kommission mit Mitgliedern aus beiden"
                        " Städten."
                    ),
                    "Besonders willkommen sind Vorhaben zum Thema {theme}. {city_fact}",
                ),
                "topics": ("education", "partner-cities"),
            },
        ),
        "national-days": (
            {
                "title": "{holiday}: Glückwünsche aus Krakau",
                "lead": (
                    "Zum {holiday} übermittelt Krakau allen Menschen {country_in}"
                    " herzliche Grüße."
                ),
                "body": (
                    (
                        "Ein Nationalfeiertag ist ein guter Anlass, an die Freundschaft"
                        " zwischen unseren Gemeinschaften zu erinnern. {country_fact}"
                    ),
                ),
                "topics": ("diplomacy",),
            },
            {
                "title": "Krakau gratuliert zum {holiday}",
                "lead": (
                    "Der Stadtpräsident von Krakau hat ein Glückwunschschreiben an die"
                    " Vertreterinnen und Vertreter {country_gen} gesandt."
                ),
                "body": (
                    (
                        "Das Schreiben betont die Bedeutung der Zusammenarbeit zwischen"
                        " Städten und ihren Bewohnern. {country_fact}"
                    ),
                ),
                "topics": ("diplomacy",),
            },
            {
                "title": "Grüße an unsere {country_adj} Freundinnen und Freunde",
                "lead": (
                    "Zum {holiday} gratulieren wir allen Menschen {country_from}, die"
                    " in Krakau leben, arbeiten oder studieren."
                ),
                "body": (
                    (
                        "Menschen {country_from} sind ein wichtiger Teil des"
                        " internationalen Krakau. {country_fact}"
                    ),
                ),
                "topics": ("diplomacy",),
            },
            {
                "title": "{holiday}: Schreiben des Stadtpräsidenten von Krakau",
                "lead": (
                    "Im Namen der Krakauerinnen und Krakauer hat der Stadtpräsident"
                    " Wünsche für Frieden und Wohlstand übermittelt."
                ),
                "body": (
                    (
                        "Krakau schätzt die Beziehungen zu seinen Partnern"
                        " {country_in}. {country_fact}"
                    ),
                ),
                "topics": ("diplomacy",),
            },
            {
                "title": (
                    "Nationalfeiertag {country_gen}: Krakau denkt an seine Freunde"
                ),
                "lead": (
                    "Heute ist der {holiday}. Wir senden allen, die feiern, unsere"
                    " herzlichsten Grüße."
                ),
                "body": (
                    (
                        "Freundschaft zwischen Völkern entsteht durch alltägliche"
                        " Kontakte zwischen Menschen, Schulen und Einrichtungen."
                        " {country_fact}"
                    ),
                ),
                "topics": ("diplomacy",),
            },
            {
                "title": "Grüße an alle Menschen {country_from} in Krakau",
                "lead": (
                    "Zum {holiday} grüßen wir unsere Nachbarn, Kolleginnen und Freunde"
                    " {country_from}."
                ),
                "body": (
                    (
                        "Menschen aus dem Ausland bereichern Krakau mit ihrer Kultur,"
                        " ihren Sprachen und Traditionen. {country_fact}"
                    ),
                ),
                "topics": ("diplomacy",),
            },
            {
                "title": "Krakau grüßt die Menschen {country_in}",
                "lead": (
                    "Zum {holiday} senden wir allen Menschen {country_in} und unseren"
                    " Partnern dort unsere Glückwünsche."
                ),
                "body": (
                    (
                        "Krakau ist stolz auf seine guten Beziehungen zu Partnern"
                        " {country_in}. {country_fact}"
                    ),
                ),
                "topics": ("diplomacy",),
            },
            {
                "title": "Empfang zum {holiday}: Krakau feiert mit",
                "lead": (
                    "Vertreterinnen und Vertreter der Stadt Krakau nahmen an einem"
                    " festlichen Empfang zum Nationalfeiertag teil."
                ),
                "body": (
                    (
                        "Der Empfang brachte Mitglieder des Konsularkorps, der"
                        " Hochschulen und von Kulturorganisationen zusammen."
                        " {country_fact}"
                    ),
                ),
                "topics": ("diplomacy",),
            },
        ),
    },
    "extra": {
        "news": (
            (
                "Aktuelle Informationen über Veranstaltungen in Krakau veröffentlichen"
                " wir in mehreren Sprachen. Schauen Sie regelmäßig vorbei."
            ),
            (
                "Wer neu in Krakau ist, kann sich kostenlos in den Informationsstellen"
                " für Ausländerinnen und Ausländer beraten lassen."
            ),
            (
                "Jedes Jahr kommen Millionen Gäste nach Krakau. Die Stadt bemüht sich,"
                " möglichst viele Informationen auch für Menschen bereitzustellen, die"
                " kein Polnisch sprechen."
            ),
            (
                "Der Krakauer Nahverkehr fährt auch nachts. Fahrkarten gibt es an"
                " Automaten, in Apps und im Fahrzeug."
            ),
            (
                "Weitere Auskünfte erteilt das Büro für internationale Beziehungen. Wir"
                " beantworten Fragen auf Polnisch, Englisch, Deutsch und Ukrainisch."
            ),
        ),
        "cooperation": (
            (
                "Krakau hat Partnerstädte in Europa, Amerika und Asien. Die"
                " Zusammenarbeit umfasst Kultur, Bildung, Wirtschaft und Umweltschutz."
            ),
            (
                "Die Partnerstädte Krakaus tauschen sich regelmäßig auf Konferenzen und"
                " in europäischen Städtenetzwerken aus."
            ),
            (
                "Über bevorstehende Besuche und Austauschprogramme berichten wir"
                " laufend in dieser Rubrik."
            ),
            (
                "Städtepartnerschaften bedeuten auch Unterstützung für Schulen,"
                " Hochschulen und Vereine, die internationale Projekte verwirklichen"
                " möchten."
            ),
            (
                "Über jeden offiziellen Besuch wird dem Krakauer Stadtrat ein kurzer"
                " Bericht vorgelegt."
            ),
        ),
        "national-days": (
            (
                "Krakau ist seit Jahrhunderten eine weltoffene Stadt, in der heute"
                " Menschen aus vielen Ländern leben und arbeiten."
            ),
            (
                "Im Namen der Krakauerinnen und Krakauer wünschen wir Frieden,"
                " Wohlergehen und viele Gründe zur Freude."
            ),
            (
                "In Krakau arbeiten zahlreiche Konsulate, die der Stadt helfen, enge"
                " Beziehungen zu ihren Partnern im Ausland zu pflegen."
            ),
            (
                "Zu den Nationalfeiertagen ihrer Partner übermittelt die Stadt"
                " Glückwünsche und nimmt an den Feiern der Konsulate teil."
            ),
        ),
    },
    "headings": {
        "news": (
            "Praktische Hinweise",
            "Für Gäste aus dem Ausland",
            "Weitere Informationen",
        ),
        "cooperation": (
            "Die nächsten Schritte",
            "Partnerschaft in der Praxis",
            "Wie es weitergeht",
        ),
        "national-days": ("Freundschaft zwischen Völkern", "Grüße aus Krakau"),
    },
    "quotes": {
        "news": (
            (
                "Wir möchten, dass sich alle Gäste in Krakau wie zu Hause fühlen.",
                "eine Sprecherin des Büros für internationale Beziehungen",
            ),
            (
                (
                    "Der internationale Charakter Krakaus ist ein großer Gewinn für"
                    " alle Einwohnerinnen und Einwohner."
                ),
                "der stellvertretende Stadtpräsident von Krakau",
            ),
            (
                (
                    "Je mehr Informationen es in anderen Sprachen gibt, desto leichter"
                    " wird das Leben in Krakau."
                ),
                "ein Berater einer Informationsstelle für Ausländer",
            ),
        ),
        "cooperation": (
            (
                (
                    "Eine Städtepartnerschaft ist vor allem eine Beziehung zwischen"
                    " Menschen."
                ),
                "die Leiterin des Büros für internationale Beziehungen",
            ),
            (
                (
                    "Von unseren Partnern in {city} lernen wir viel, und wir teilen"
                    " gern unsere eigenen Erfahrungen."
                ),
                "ein Vertreter der Stadt Krakau",
            ),
            (
                (
                    "Aus jedem Austausch entstehen Freundschaften, die viel länger"
                    " halten als das Projekt selbst."
                ),
                "eine Koordinatorin des Austauschprogramms",
            ),
        ),
        "national-days": (
            (
                (
                    "Wir wünschen unseren Freundinnen und Freunden {country_in}"
                    " Frieden, Wohlstand und einen fröhlichen Feiertag."
                ),
                "der Stadtpräsident von Krakau",
            ),
            (
                "Krakau ist stolz auf seine Freundschaften in aller Welt.",
                "der Stadtpräsident von Krakau",
            ),
        ),
    },
}
