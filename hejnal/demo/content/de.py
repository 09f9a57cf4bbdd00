"""German demo content."""

from . import ArticleSpec, PageSpec

SITE = {
    "city_name": "Krakau",
    "site_name": "Krakau – offen für die Welt",
    "home_title": "Krakau – offen für die Welt",
    "home_intro": (
        "Hier finden Sie Neuigkeiten über die Partnerstädte Krakaus, Glückwünsche zu"
        " Nationalfeiertagen und praktische Hinweise für Menschen aus dem Ausland. Wir"
        " schreiben für Gäste, Partner und alle, die in Krakau ein neues Zuhause"
        " gefunden haben."
    ),
    "office_name": "Büro für internationale Beziehungen",
    "sections": [
        {
            "key": "cooperation",
            "title": "Internationale Zusammenarbeit",
            "intro": (
                "Partnerstädte, Delegationsbesuche, gemeinsame Projekte und"
                " Stipendienprogramme der Stadt Krakau."
            ),
        },
        {
            "key": "living",
            "title": "Leben in Krakau",
            "intro": (
                "Praktische Informationen für ausländische Einwohnerinnen und"
                " Einwohner: Behördengänge, Schulen, Gesundheit und Beratung."
            ),
        },
        {
            "key": "about",
            "title": "Über das Büro",
            "intro": (
                "Das Büro für internationale Beziehungen der Stadt Krakau: Aufgaben und"
                " Kontakt."
            ),
        },
    ],
    "see_also": [
        {
            "title": "Offizielles Portal der Stadt Krakau",
            "url": "https://www.krakow.pl/",
        },
        {
            "title": "Polnisches Fremdenverkehrsamt",
            "url": "https://www.polen.travel/de",
        },
        {"title": "Jagiellonen-Universität", "url": "https://en.uj.edu.pl/"},
    ],
}

CATEGORIES = {
    "news": {
        "title": "Nachrichten",
        "intro": (
            "Aktuelles aus Krakau für Gäste, Studierende und ausländische"
            " Einwohnerinnen und Einwohner."
        ),
    },
    "cooperation": {
        "title": "Meldungen zur internationalen Zusammenarbeit",
        "intro": (
            "Besuche, Vereinbarungen und gemeinsame Projekte Krakaus mit seinen"
            " Partnerstädten in aller Welt."
        ),
    },
    "national-days": {
        "title": "Nationalfeiertage",
        "intro": (
            "Glückwünsche, die Krakau seinen Partnern und Freunden zu ihren"
            " Nationalfeiertagen übermittelt."
        ),
    },
}

TOPICS = {
    "culture": "Kultur",
    "education": "Bildung",
    "business": "Wirtschaft",
    "partner-cities": "Partnerstädte",
    "diplomacy": "Diplomatie",
    "ukraine": "Ukraine",
    "tourism": "Tourismus",
    "science": "Wissenschaft",
    "sport": "Sport",
    "environment": "Umwelt",
}

IMAGE_ALTS = {
    "market-square": (
        "Stilisierte Zeichnung der Arkaden der Tuchhallen am Hauptmarkt in der"
        " Abenddämmerung"
    ),
    "wawel": "Stilisierte Zeichnung eines Burgturms auf dem Wawel vor hellem Himmel",
    "vistula": (
        "Stilisierte Zeichnung der Weichsel unterhalb des Wawels mit blauen Wellen"
    ),
    "tram": (
        "Stilisierte Zeichnung einer blau-cremefarbenen Straßenbahn in einer Krakauer"
        " Straße"
    ),
    "flags": "Stilisierte Zeichnung einer Reihe bunter Fahnen an Fahnenmasten",
    "conference": (
        "Abstrakte Zeichnung von Kreisen als Sinnbild für die Teilnehmenden einer"
        " internationalen Konferenz"
    ),
    "students": "Stilisierte Figuren von Studierenden im Innenhof einer Hochschule",
    "concert": "Abstrakte Zeichnung farbiger Lichtkreise über einer Konzertbühne",
    "handshake": "Stilisierte Figuren zweier Menschen, die sich die Hand geben",
    "old-town-roofs": "Stilisierte Zeichnung der roten Dächer der Altstadthäuser",
    "park": "Stilisierte Zeichnung von Bäumen in einem Park in warmen Herbstfarben",
    "museum": (
        "Stilisierte Zeichnung einer Säulenreihe und des Rundbogeneingangs eines"
        " Museums"
    ),
}

PAGES = [
    PageSpec(
        key="cooperation-principles",
        title="Grundsätze der internationalen Zusammenarbeit Krakaus",
        intro=(
            "Krakau arbeitet mit Städten und Einrichtungen auf der ganzen Welt zusammen"
            " und folgt dabei klaren Regeln. Hier erläutern wir unsere Ziele und unsere"
            " Entscheidungswege."
        ),
        sections=(
            (
                "Ziele der Zusammenarbeit",
                (
                    (
                        "Internationale Zusammenarbeit soll den Menschen in Krakau"
                        " nützen. Sie bringt neues Wissen in die Stadt, gewinnt Partner"
                        " für gemeinsame Vorhaben und macht Kultur, Wissenschaft und"
                        " Wirtschaft Krakaus im Ausland bekannt."
                    ),
                    (
                        "Besonders wichtig sind uns Jugendaustausch,"
                        " Hochschulkooperation, Denkmalschutz und Klimaschutz. In all"
                        " diesen Bereichen suchen wir Partner, von denen wir lernen"
                        " können und denen wir selbst etwas bieten."
                    ),
                ),
            ),
            (
                "Partnerstädte und Vereinbarungen",
                (
                    (
                        "Krakau pflegt Städtepartnerschaften mit Dutzenden Städten in"
                        " Europa, Amerika und Asien. Grundlage jeder Partnerschaft ist"
                        " ein Beschluss des Stadtrats und ein Plan konkreter Maßnahmen."
                    ),
                    (
                        "Neben den Städtepartnerschaften schließen wir auch befristete"
                        " Vereinbarungen für einzelne Projekte. So können wir auch mit"
                        " Städten zusammenarbeiten, die keine Partnerstädte Krakaus"
                        " sind."
                    ),
                ),
            ),
            (
                "Wie neue Kontakte entstehen",
                (
                    (
                        "Vorschläge für eine Zusammenarbeit können Städte,"
                        " Kultureinrichtungen, Hochschulen und Vereine einreichen. Wir"
                        " prüfen jeden Vorschlag auf seinen Nutzen für die Bevölkerung,"
                        " seine Kosten und seine Nachhaltigkeit."
                    ),
                    (
                        "Mit Einrichtungen, die Menschenrechte oder Völkerrecht"
                        " verletzen, arbeiten wir nicht zusammen. Nach dem russischen"
                        " Überfall auf die Ukraine im Jahr 2022 hat Krakau die"
                        " Zusammenarbeit mit seinen russischen Partnern ausgesetzt."
                    ),
                ),
            ),
            (
                "Transparenz",
                (
                    (
                        "Informationen über Auslandsreisen, ihre Kosten und"
                        " geschlossene Vereinbarungen veröffentlichen wir auf dieser"
                        " Website. Einmal im Jahr legen wir einen Bericht über die"
                        " internationale Zusammenarbeit vor."
                    ),
                ),
            ),
        ),
    ),
    PageSpec(
        key="privacy",
        title="Datenschutzerklärung",
        intro=(
            "Der Schutz Ihrer Privatsphäre ist uns wichtig. Wir erheben nur die Daten,"
            " die für den Betrieb dieser Website unbedingt erforderlich sind."
        ),
        sections=(
            (
                "Verantwortliche Stelle",
                (
                    (
                        "Verantwortlich für die Verarbeitung personenbezogener Daten"
                        " ist die Stadtverwaltung Krakau, Plac Wszystkich Świętych 3-4,"
                        " 31-004 Kraków. Die Website wird vom Büro für internationale"
                        " Beziehungen betreut."
                    ),
                    (
                        "Den Datenschutzbeauftragten erreichen Sie unter"
                        " iod@krakow.example."
                    ),
                ),
            ),
            (
                "Cookies",
                (
                    (
                        "Diese Website verwendet ausschließlich technisch notwendige"
                        " Cookies, ohne die sie nicht richtig funktionieren würde, etwa"
                        " zum Schutz von Formularen."
                    ),
                    (
                        "Außerdem speichern wir ein Einwilligungs-Cookie, das Ihre"
                        " Auswahl festhält, damit wir Sie nicht bei jedem Besuch erneut"
                        " fragen müssen. Analyse-, Werbe- oder Tracking-Werkzeuge"
                        " setzen wir nicht ein."
                    ),
                ),
            ),
            (
                "Welche Daten wir verarbeiten",
                (
                    (
                        "Zum Lesen dieser Website müssen Sie keine personenbezogenen"
                        " Daten angeben. Der Server speichert für kurze Zeit technische"
                        " Protokolle, die ausschließlich der Sicherheit dienen."
                    ),
                    (
                        "Wenn Sie uns schreiben, verwenden wir Ihre E-Mail-Adresse nur,"
                        " um Ihre Nachricht zu beantworten."
                    ),
                ),
            ),
            (
                "Ihre Rechte",
                (
                    (
                        "Sie haben das Recht auf Auskunft, Berichtigung, Löschung und"
                        " Einschränkung der Verarbeitung Ihrer Daten. Außerdem können"
                        " Sie sich beim Präsidenten des polnischen Amtes für den Schutz"
                        " personenbezogener Daten beschweren."
                    ),
                ),
            ),
            (
                "Kontakt",
                (
                    (
                        "Fragen zu dieser Erklärung richten Sie bitte an"
                        " international@krakow.example oder per Post an die Anschrift"
                        " der Stadtverwaltung."
                    ),
                ),
            ),
        ),
    ),
    PageSpec(
        key="accessibility",
        title="Erklärung zur Barrierefreiheit",
        intro=(
            "Diese Website soll für alle Menschen nutzbar sein, unabhängig von"
            " Einschränkungen und vom verwendeten Gerät."
        ),
        sections=(
            (
                "Unser Anspruch",
                (
                    (
                        "Die Website wird nach den Richtlinien WCAG 2.2 auf Stufe AA"
                        " gestaltet. Wir achten auf ausreichende Kontraste,"
                        " Bedienbarkeit per Tastatur und Alternativtexte für Bilder."
                    ),
                ),
            ),
            (
                "Barrieren melden",
                (
                    (
                        "Wenn Ihnen auf dieser Website eine Barriere begegnet,"
                        " schreiben Sie uns bitte. Wir bemühen uns, das Problem zu"
                        " beheben oder Ihnen die Information in anderer Form zur"
                        " Verfügung zu stellen."
                    ),
                ),
            ),
        ),
    ),
    PageSpec(
        key="office",
        title="Büro für internationale Beziehungen",
        intro=(
            "Das Büro koordiniert die Auslandskontakte Krakaus und unterstützt Menschen"
            " aus dem Ausland, die in der Stadt leben. Unser Sitz ist der historische"
            " Wielopolski-Palast, das Rathaus der Stadt."
        ),
        sections=(
            (
                "Unsere Aufgaben",
                (
                    (
                        "Wir bereiten Besuche ausländischer Delegationen und Reisen der"
                        " Stadtspitze vor. Wir koordinieren die Zusammenarbeit mit den"
                        " Partnerstädten und mit den Konsulaten in Krakau."
                    ),
                    (
                        "Außerdem betreuen wir Stipendien- und Austauschprogramme,"
                        " unterstützen Vereine, die sich für Zugewanderte einsetzen,"
                        " und beantworten Fragen ausländischer Einwohnerinnen und"
                        " Einwohner."
                    ),
                ),
            ),
            (
                "Sprechzeiten",
                (
                    (
                        "Das Büro ist montags bis freitags von 8:00 bis 15:30 Uhr"
                        " geöffnet. Bitte vereinbaren Sie Termine vorab per E-Mail."
                    ),
                ),
            ),
            (
                "Anschrift",
                (
                    (
                        "Stadtverwaltung Krakau, Büro für internationale Beziehungen,"
                        " Plac Wszystkich Świętych 3-4, 31-004 Kraków, Polen. Das"
                        " Gebäude liegt nur wenige Gehminuten vom Hauptmarkt entfernt."
                    ),
                    "E-Mail: international@krakow.example.",
                ),
            ),
        ),
    ),
    PageSpec(
        key="foreign-residents",
        title="Informationen für ausländische Einwohnerinnen und Einwohner",
        intro=(
            "Ein Umzug in eine neue Stadt bringt viele Formalitäten mit sich. Hier"
            " finden Sie das Wichtigste für Menschen aus dem Ausland, die in Krakau"
            " leben."
        ),
        sections=(
            (
                "Anmeldung und PESEL-Nummer",
                (
                    (
                        "Wer länger in Krakau wohnt, sollte seinen Wohnsitz bei der"
                        " Stadtverwaltung anmelden. Dabei kann zugleich eine"
                        " PESEL-Nummer vergeben werden, die man etwa beim Arzt, bei der"
                        " Bank und in der Schule braucht."
                    ),
                    (
                        "Bürgerinnen und Bürger der Europäischen Union, die länger als"
                        " drei Monate in Polen bleiben, registrieren ihren Aufenthalt"
                        " beim Woiwodschaftsamt."
                    ),
                ),
            ),
            (
                "Aufenthalts- und Arbeitserlaubnis",
                (
                    (
                        "Anträge auf einen befristeten oder unbefristeten"
                        " Aufenthaltstitel bearbeitet das Woiwodschaftsamt Kleinpolen."
                        " Stellen Sie den Antrag rechtzeitig, denn das Verfahren kann"
                        " mehrere Monate dauern."
                    ),
                ),
            ),
            (
                "Beratung und Hilfe",
                (
                    (
                        "In Krakau gibt es Informationsstellen für Ausländerinnen und"
                        " Ausländer, die kostenlos zu Behördenwegen, Polnischkursen und"
                        " Schulanmeldungen beraten. Die Beraterinnen und Berater"
                        " sprechen unter anderem Englisch und Ukrainisch."
                    ),
                    (
                        "Zahlreiche Vereine bieten Sprachkurse, Selbsthilfegruppen und"
                        " Rechtsberatung an. Eine aktuelle Liste finden Sie in der"
                        " Rubrik Leben in Krakau."
                    ),
                ),
            ),
            (
                "Unterstützung für Menschen aus der Ukraine",
                (
                    (
                        "Ukrainische Staatsangehörige, die nach dem 24. Februar 2022"
                        " nach Polen gekommen sind, können eine PESEL-Nummer mit dem"
                        " Status UKR erhalten. Sie öffnet den Zugang zu"
                        " Gesundheitsversorgung, Bildung und Arbeitsmarkt."
                    ),
                    (
                        "Die Stadt betreibt eine Anlaufstelle mit ukrainischsprachigen"
                        " Beraterinnen und Beratern, die bei Fragen zu Wohnung, Arbeit"
                        " und Schule helfen."
                    ),
                ),
            ),
        ),
    ),
]

ARTICLES = [
    # --- news ---------------------------------------------------------------
    ArticleSpec(
        category="news",
        title="Neue Radwege entlang der Weichsel",
        lead=(
            "Die Uferwege unterhalb des Wawels werden verbreitert und besser"
            " beleuchtet. Radfahrende und Fußgänger bekommen getrennte Spuren."
        ),
        paragraphs=(
            (
                "Die Boulevards an der Weichsel gehören zu den beliebtesten"
                " Erholungsorten der Stadt. An Sommerabenden teilen sich hier"
                " Spaziergänger, Joggerinnen, Familien und Radfahrende den Platz, was"
                " oft zu Konflikten führte."
            ),
            (
                "Nach dem Umbau entsteht eine durchgehende Radverbindung zwischen"
                " Kazimierz, dem Wawel und dem Stadtteil Zabłocie. Die Arbeiten sollen"
                " bis zum Frühjahr abgeschlossen sein."
            ),
        ),
        topics=("environment", "sport"),
        days_ago=55,
        on=(10, 20),
    ),
    ArticleSpec(
        category="news",
        title="Kostenlose Stadtführungen auf Deutsch im Sommer",
        lead=(
            "Von Juni bis September bietet die Stadt jeden Samstag einen Rundgang auf"
            " Deutsch an. Treffpunkt ist das Adam-Mickiewicz-Denkmal am Hauptmarkt."
        ),
        paragraphs=(
            (
                "Der Rundgang führt vom Hauptmarkt mit den Tuchhallen und der"
                " Marienkirche über den Königsweg bis zum Wawel. Unterwegs erfahren die"
                " Gäste, warum der Trompeter vom Turm der Marienkirche mitten in der"
                " Melodie abbricht."
            ),
            (
                "Die Führungen dauern etwa zwei Stunden und sind kostenlos. Eine"
                " Anmeldung ist nicht nötig, bei großem Andrang haben jedoch Gruppen"
                " bis zu zwanzig Personen Vorrang."
            ),
        ),
        topics=("tourism", "culture"),
        days_ago=200,
        on=(5, 28),
        heading="Gut zu wissen",
    ),
    ArticleSpec(
        category="news",
        title="Austauschstudierende aus Deutschland an der Jagiellonen-Universität",
        lead=(
            "Zum Sommersemester sind wieder zahlreiche Studierende aus deutschen"
            " Hochschulen nach Krakau gekommen. Viele von ihnen lernen hier zum ersten"
            " Mal Polnisch."
        ),
        paragraphs=(
            (
                "Die Jagiellonen-Universität ist die älteste Hochschule Polens und eine"
                " der ältesten in Mitteleuropa. Für Studierende aus dem Ausland bietet"
                " sie Kurse in englischer Sprache und ein Patenprogramm, in dem"
                " polnische Studierende beim Einleben helfen."
            ),
            (
                "Besonders beliebt sind Austauschsemester in Geschichte,"
                " Politikwissenschaft und Medizin. Viele Gäste bleiben nach dem"
                " Semester in Kontakt mit Krakau und kehren für ein Praktikum zurück."
            ),
        ),
        topics=("education", "science"),
        days_ago=125,
        on=(3, 5),
        quote="Nach zwei Wochen wollte ich eigentlich gar nicht mehr weg.",
        quote_by="eine Austauschstudentin aus Leipzig",
    ),
    ArticleSpec(
        category="news",
        title="Sacrum Profanum: Neue Musik an ungewöhnlichen Orten",
        lead=(
            "Das Festival für zeitgenössische Musik lädt in Hallen, Werkstätten und"
            " Kulturzentren in ganz Krakau ein."
        ),
        paragraphs=(
            (
                "Sacrum Profanum ist seit Jahren ein fester Termin für alle, die neue"
                " und experimentelle Musik lieben. Das Festival verbindet Konzerte mit"
                " Klanginstallationen und Gesprächen mit Komponistinnen und"
                " Komponisten."
            ),
            (
                "Viele Konzerte finden abseits der Innenstadt statt, auch in Nowa Huta."
                " Für Gäste aus dem Ausland gibt es ein englischsprachiges Programmheft"
                " und Busverbindungen zu den Spielorten."
            ),
        ),
        topics=("culture",),
        days_ago=370,
    ),
    ArticleSpec(
        category="news",
        title=(
            "Neue Beratungsstelle hilft Geflüchteten aus der Ukraine beim"
            " Berufseinstieg"
        ),
        lead=(
            "In der Beratungsstelle erhalten Menschen aus der Ukraine Unterstützung bei"
            " der Jobsuche, der Anerkennung von Abschlüssen und bei Bewerbungen."
        ),
        paragraphs=(
            (
                "Viele Geflüchtete haben in der Ukraine als Lehrerinnen, Ärzte oder"
                " Ingenieurinnen gearbeitet, finden in Krakau aber nur Aushilfsjobs."
                " Die Beratungsstelle will ihnen helfen, Arbeit zu finden, die ihren"
                " Qualifikationen entspricht."
            ),
            (
                "Die Beratung ist kostenlos und findet auf Ukrainisch und Polnisch"
                " statt. Wer möchte, kann zusätzlich an einem Polnischkurs für den"
                " Beruf teilnehmen."
            ),
            (
                "Die Stadt arbeitet dabei mit Arbeitgebern, Hochschulen und Vereinen"
                " zusammen. Erste Teilnehmende haben bereits neue Stellen angetreten."
            ),
        ),
        topics=("ukraine", "business"),
        days_ago=30,
    ),
    ArticleSpec(
        category="news",
        title=(
            "Kitaplätze für Kinder ausländischer Familien: So funktioniert die"
            " Anmeldung"
        ),
        lead=(
            "Städtische Krippen und Kindergärten stehen allen Familien offen, die in"
            " Krakau wohnen. Wir erklären, wie die Anmeldung abläuft."
        ),
        paragraphs=(
            (
                "Die Anmeldung für einen Platz in einer städtischen Kita erfolgt über"
                " ein Online-System. Eltern, die noch nicht gut Polnisch sprechen,"
                " können sich in den Einrichtungen oder in den Informationsstellen für"
                " Ausländer helfen lassen."
            ),
            (
                "Zusätzliche Punkte bekommen unter anderem Familien, die ihre Steuern"
                " in Krakau entrichten. Es lohnt sich daher, in der Steuererklärung"
                " Krakau als Wohnort anzugeben. Viele Kitas beschäftigen inzwischen"
                " auch ukrainischsprachige Erzieherinnen."
            ),
        ),
        topics=("education",),
        days_ago=90,
    ),
    ArticleSpec(
        category="news",
        title="Ausflugstipp: das Salzbergwerk Wieliczka",
        lead=(
            "Nur wenige Kilometer von Krakau entfernt liegt eines der ältesten"
            " Salzbergwerke Europas. Führungen gibt es auch auf Deutsch."
        ),
        paragraphs=(
            (
                "Das Salzbergwerk Wieliczka gehört wie die Krakauer Altstadt seit 1978"
                " zum UNESCO-Welterbe. Unter Tage erwarten die Besucher Kapellen, Seen"
                " und Skulpturen, die Bergleute aus Salz gehauen haben."
            ),
            (
                "Wieliczka ist vom Krakauer Hauptbahnhof mit dem Regionalzug gut"
                " erreichbar. Die Touristenroute ist etwa drei Kilometer lang, bequeme"
                " Schuhe sind daher empfehlenswert."
            ),
        ),
        topics=("tourism", "culture"),
        days_ago=440,
    ),
    ArticleSpec(
        category="news",
        title="Gedenken am Internationalen Holocaust-Gedenktag",
        lead=(
            "Am 27. Januar erinnern Krakau und die Gedenkstätte Auschwitz-Birkenau an"
            " die Opfer des Holocaust. Zu den Feiern kommen Gäste aus vielen Ländern."
        ),
        paragraphs=(
            (
                "Vor dem Zweiten Weltkrieg lebten in Krakau rund sechzigtausend"
                " Jüdinnen und Juden, vor allem im Stadtteil Kazimierz. Die meisten von"
                " ihnen wurden von den deutschen Besatzern ermordet."
            ),
            (
                "In der Stadt finden an diesem Tag Gedenkveranstaltungen, Lesungen und"
                " Gespräche mit Nachkommen von Überlebenden statt. Schulen aus Krakau"
                " und aus den Partnerstädten beteiligen sich mit eigenen Projekten."
            ),
        ),
        topics=("culture", "diplomacy"),
        days_ago=300,
        on=(1, 27),
    ),
    ArticleSpec(
        category="news",
        title="Advent in Krakau: Weihnachtsmarkt und Krippenausstellung",
        lead=(
            "Auf dem Hauptmarkt duftet es nach Lebkuchen und Glühwein. Im Museum Krakau"
            " sind die schönsten Krippen des diesjährigen Wettbewerbs zu sehen."
        ),
        paragraphs=(
            (
                "Die Krakauer Krippen, auf Polnisch szopki, sind farbenfrohe Miniaturen"
                " der Krakauer Kirchen und Türme. Die Tradition ihres Baus gehört seit"
                " 2018 zum immateriellen Kulturerbe der UNESCO."
            ),
            (
                "Der Weihnachtsmarkt rund um die Tuchhallen ist bis Anfang Januar"
                " geöffnet. An den Wochenenden treten Chöre und Volksmusikgruppen auf"
                " einer kleinen Bühne auf."
            ),
        ),
        topics=("culture", "tourism"),
        days_ago=10,
        on=(12, 8),
    ),
    # --- cooperation ----------------------------------------------------------
    ArticleSpec(
        category="cooperation",
        title="Delegation aus Nürnberg zu Gast in Krakau",
        lead=(
            "Vertreterinnen und Vertreter der Stadt Nürnberg haben Krakau besucht. Im"
            " Mittelpunkt standen Jugendaustausch und Erinnerungskultur."
        ),
        paragraphs=(
            (
                "Nürnberg gehört zu den ältesten Partnerstädten Krakaus. Die"
                " Partnerschaft entstand noch vor dem Fall des Eisernen Vorhangs und"
                " hat seitdem Tausende von Begegnungen ermöglicht."
            ),
            (
                "Die Gäste besuchten das Museum in der ehemaligen Fabrik von Oskar"
                " Schindler und sprachen mit Krakauer Schulen über gemeinsame"
                " Geschichtsprojekte. Beide Städte wollen den Schüleraustausch im"
                " kommenden Jahr ausbauen."
            ),
        ),
        topics=("partner-cities", "education", "diplomacy"),
        days_ago=65,
        quote=(
            "Unsere Städtepartnerschaft lebt davon, dass junge Menschen einander"
            " kennenlernen."
        ),
        quote_by="ein Mitglied der Nürnberger Delegation",
    ),
    ArticleSpec(
        category="cooperation",
        title="Krakauer Verlage auf der Frankfurter Buchmesse",
        lead=(
            "Am Gemeinschaftsstand der Stadt Krakau stellten sich Verlage,"
            " Übersetzerinnen und das Festival Conrad vor."
        ),
        paragraphs=(
            (
                "Frankfurt am Main ist seit vielen Jahren eine der Partnerstädte"
                " Krakaus. Die Buchmesse ist eine gute Gelegenheit, polnische Literatur"
                " einem internationalen Fachpublikum vorzustellen."
            ),
            (
                "Als UNESCO-Literaturstadt fördert Krakau Übersetzungen polnischer"
                " Bücher in andere Sprachen. Am Stand wurden mehrere neue Übersetzungen"
                " ins Deutsche präsentiert."
            ),
        ),
        topics=("culture", "partner-cities", "business"),
        days_ago=50,
        on=(10, 22),
    ),
    ArticleSpec(
        category="cooperation",
        title=(
            "Leipzig und Krakau arbeiten gemeinsam an der Anpassung an den Klimawandel"
        ),
        lead=(
            "Fachleute aus beiden Partnerstädten tauschen Erfahrungen mit Hitzeschutz,"
            " Stadtgrün und Regenwassermanagement aus."
        ),
        paragraphs=(
            (
                "Heiße Sommer und Starkregen stellen beide Städte vor ähnliche"
                " Herausforderungen. Krakau legt neue Parks an und entsiegelt Plätze,"
                " Leipzig hat Erfahrung mit der Renaturierung von Flussläufen."
            ),
            (
                "In einem gemeinsamen Workshop entstanden erste Ideen für"
                " Pilotprojekte. Die Ergebnisse sollen auch anderen Partnerstädten zur"
                " Verfügung gestellt werden."
            ),
        ),
        topics=("environment", "partner-cities"),
        days_ago=170,
    ),
    ArticleSpec(
        category="cooperation",
        title=(
            "Stipendiatinnen und Stipendiaten aus Lwiw beenden ihr Praktikum in Krakau"
        ),
        lead=(
            "Sechs junge Fachleute aus der ukrainischen Partnerstadt haben drei Monate"
            " in der Krakauer Stadtverwaltung mitgearbeitet."
        ),
        paragraphs=(
            (
                "Die Stipendiaten beschäftigten sich mit Themen wie barrierefreiem"
                " Nahverkehr, Denkmalpflege und der Betreuung von Binnenvertriebenen."
                " Jede Stipendiatin und jeder Stipendiat wurde von einer erfahrenen"
                " Mitarbeiterin oder einem Mitarbeiter der Stadt begleitet."
            ),
            (
                "Zum Abschluss stellten die Teilnehmenden ihre Projekte vor, die sie"
                " nun in Lwiw umsetzen wollen. Das Stipendienprogramm wird im nächsten"
                " Jahr fortgesetzt."
            ),
        ),
        topics=("ukraine", "education", "partner-cities"),
        days_ago=230,
        on=(11, 25),
        heading="Wie es weitergeht",
    ),
    ArticleSpec(
        category="cooperation",
        title=(
            "Forum der Partnerstädte: Vertreterinnen und Vertreter aus zwölf Städten in"
            " Krakau"
        ),
        lead=(
            "Zum Forum der Partnerstädte kamen Gäste aus Europa, Amerika und Asien."
            " Diskutiert wurde über die Rolle der Städte in Krisenzeiten."
        ),
        paragraphs=(
            (
                "Seit 2022 haben viele Partnerstädte Krakaus bei der Aufnahme von"
                " Geflüchteten aus der Ukraine geholfen. Das Forum bot Gelegenheit,"
                " sich für diese Solidarität zu bedanken und Erfahrungen auszutauschen."
            ),
            (
                "Die Teilnehmenden vereinbarten, künftig enger bei Katastrophenschutz"
                " und Energieversorgung zusammenzuarbeiten. Das nächste Treffen der"
                " Partnerstädte soll in zwei Jahren stattfinden."
            ),
        ),
        topics=("partner-cities", "diplomacy", "ukraine"),
        days_ago=345,
    ),
    ArticleSpec(
        category="cooperation",
        title="Schüleraustausch mit Bratislava: Eine Woche an der Donau",
        lead=(
            "Schülerinnen und Schüler eines Krakauer Gymnasiums haben ihre"
            " Partnerschule in der slowakischen Hauptstadt besucht."
        ),
        paragraphs=(
            (
                "Auf dem Programm standen gemeinsamer Unterricht, ein Ausflug auf der"
                " Donau und ein Besuch der Burg von Bratislava. Die Jugendlichen"
                " verständigten sich auf Englisch, lernten aber auch einige Wörter in"
                " der Sprache der Gastgeber."
            ),
            (
                "Im Frühjahr kommen die slowakischen Gäste nach Krakau. Der Austausch"
                " wird aus dem Budget für die Städtepartnerschaften unterstützt."
            ),
        ),
        topics=("education", "partner-cities"),
        days_ago=515,
    ),
    ArticleSpec(
        category="cooperation",
        title="Stromgeneratoren und Schulbusse für Kyjiw",
        lead=(
            "Krakau hat seiner ukrainischen Partnerstadt eine weitere Hilfslieferung"
            " übergeben. Sie soll Schulen und Krankenhäusern durch den Winter helfen."
        ),
        paragraphs=(
            (
                "Seit Beginn des russischen Angriffskrieges steht Krakau in engem"
                " Kontakt mit der Stadtverwaltung von Kyjiw. Der Bedarf wird laufend"
                " abgestimmt, damit die Hilfe dort ankommt, wo sie am dringendsten"
                " gebraucht wird."
            ),
            (
                "Finanziert wurde die Lieferung aus dem städtischen Haushalt und aus"
                " Spenden der Krakauerinnen und Krakauer. Auch Unternehmen aus der"
                " Region haben sich beteiligt."
            ),
        ),
        topics=("ukraine", "partner-cities"),
        days_ago=15,
        on=(11, 20),
    ),
    ArticleSpec(
        category="cooperation",
        title=(
            "Zagreb und Krakau zeigen ihre Altstädte in einer gemeinsamen Ausstellung"
        ),
        lead=(
            "Fotografien, historische Pläne und Modelle laden zu einem Vergleich der"
            " beiden mitteleuropäischen Altstädte ein."
        ),
        paragraphs=(
            (
                "Die Ausstellung zeigt, wie ähnlich und zugleich verschieden sich die"
                " Altstädte von Krakau und Zagreb entwickelt haben. Besonders viel"
                " Aufmerksamkeit erhält der Abschnitt über Märkte und Handelsplätze."
            ),
            (
                "Nach Krakau wird die Ausstellung in der kroatischen Hauptstadt"
                " gezeigt. Begleitende Führungen gibt es auf Polnisch, Kroatisch und"
                " Englisch."
            ),
        ),
        topics=("culture", "partner-cities", "tourism"),
        days_ago=610,
    ),
    # --- national days --------------------------------------------------------
    ArticleSpec(
        category="national-days",
        title=(
            "Tag der Deutschen Einheit: Glückwünsche an Nürnberg, Frankfurt und Leipzig"
        ),
        lead=(
            "Zum 3. Oktober gratuliert Krakau allen Deutschen und besonders den"
            " Menschen in seinen drei deutschen Partnerstädten."
        ),
        paragraphs=(
            (
                "Die Wiedervereinigung Deutschlands war auch für Polen ein Wendepunkt."
                " Sie eröffnete neue Wege für Begegnungen, die heute für viele Menschen"
                " in beiden Ländern selbstverständlich sind."
            ),
            (
                "Wir danken Nürnberg, Frankfurt am Main und Leipzig für ihre"
                " langjährige Freundschaft. Leipzig erinnert uns zudem daran, dass die"
                " friedlichen Montagsdemonstrationen 1989 den Weg zur Einheit ebneten."
            ),
        ),
        topics=("diplomacy", "partner-cities"),
        days_ago=40,
        on=(10, 3),
    ),
    ArticleSpec(
        category="national-days",
        title="Glückwünsche zum österreichischen Nationalfeiertag",
        lead=(
            "Am 26. Oktober feiert Österreich seinen Nationalfeiertag. Krakau grüßt"
            " seine Freundinnen und Freunde in Österreich."
        ),
        paragraphs=(
            (
                "Krakau gehörte bis 1918 zum habsburgischen Galizien. Aus dieser Zeit"
                " stammen viele Gebäude der Stadt, aber auch die Tradition der Wiener"
                " Kaffeehäuser, die in Krakau bis heute lebendig ist."
            ),
            (
                "Heute verbinden Krakau und Österreich vor allem Tourismus, Studium und"
                " Kultur. Wir wünschen allen Österreicherinnen und Österreichern einen"
                " schönen Feiertag."
            ),
        ),
        topics=("diplomacy", "culture"),
        days_ago=75,
        on=(10, 26),
    ),
    ArticleSpec(
        category="national-days",
        title="Zur Bundesfeier: Grüße aus Krakau in die Schweiz",
        lead=(
            "Am 1. August feiert die Schweiz ihren Nationalfeiertag. Krakau gratuliert"
            " allen Schweizerinnen und Schweizern."
        ),
        paragraphs=(
            (
                "Die Verbindungen zwischen Polen und der Schweiz reichen weit zurück."
                " Im 19. Jahrhundert fanden viele polnische Emigranten in der Schweiz"
                " Zuflucht, und in Rapperswil entstand ein polnisches Museum."
            ),
            (
                "Heute kommen zahlreiche Gäste aus der Schweiz nach Krakau, und"
                " Krakauer Hochschulen arbeiten mit Schweizer Universitäten zusammen."
                " Wir wünschen ein frohes Fest."
            ),
        ),
        topics=("diplomacy", "culture"),
        days_ago=155,
        on=(8, 1),
    ),
    ArticleSpec(
        category="national-days",
        title="Unabhängigkeitstag der Ukraine: Krakau steht an der Seite der Ukraine",
        lead=(
            "Am 24. August gratuliert Krakau allen Ukrainerinnen und Ukrainern. Wir"
            " wünschen Frieden, Sicherheit und Freiheit."
        ),
        paragraphs=(
            (
                "Zehntausende Menschen aus der Ukraine haben seit 2022 in Krakau"
                " Zuflucht gefunden. Viele von ihnen arbeiten, studieren und engagieren"
                " sich heute in unserer Stadt."
            ),
            (
                "Besondere Grüße gehen nach Kyjiw und Lwiw, unsere ukrainischen"
                " Partnerstädte. Wir hoffen, bald gemeinsam in einer freien und"
                " friedlichen Ukraine feiern zu können."
            ),
        ),
        topics=("ukraine", "diplomacy", "partner-cities"),
        days_ago=105,
        on=(8, 24),
        quote=(
            "Krakau steht heute an der Seite der Ukraine und wird es auch morgen tun."
        ),
        quote_by="der Stadtpräsident von Krakau",
    ),
    ArticleSpec(
        category="national-days",
        title="Litauen feiert die Wiederherstellung seines Staates",
        lead=(
            "Am 16. Februar gedenkt Litauen der Unabhängigkeitserklärung von 1918."
            " Krakau grüßt seine Partnerstadt Vilnius."
        ),
        paragraphs=(
            (
                "Polen und Litauen verbindet eine lange gemeinsame Geschichte. In der"
                " Kathedrale auf dem Wawel ruhen Herrscher aus dem Geschlecht der"
                " Jagiellonen, die beide Länder über Generationen regierten."
            ),
            (
                "Vilnius und Krakau pflegen eine enge Städtepartnerschaft. Wir wünschen"
                " allen Litauerinnen und Litauern einen festlichen Tag."
            ),
        ),
        topics=("diplomacy", "partner-cities"),
        days_ago=285,
        on=(2, 16),
    ),
    ArticleSpec(
        category="national-days",
        title="Ungarns Nationalfeiertag am 15. März: Grüße an Budapest",
        lead=(
            "Ungarn erinnert an die Revolution von 1848. Krakau gratuliert seinen"
            " ungarischen Freundinnen und Freunden."
        ),
        paragraphs=(
            (
                "An der Seite der ungarischen Revolutionäre kämpfte auch der polnische"
                " General Józef Bem, der in Ungarn bis heute verehrt wird. Die"
                " polnisch-ungarische Freundschaft hat viele solcher Geschichten."
            ),
            (
                "Budapest ist eine der Partnerstädte Krakaus. Wir wünschen allen"
                " Ungarinnen und Ungarn einen schönen Feiertag."
            ),
        ),
        topics=("diplomacy", "partner-cities"),
        days_ago=265,
        on=(3, 15),
    ),
    ArticleSpec(
        category="national-days",
        title="Tag der Republik: Glückwünsche nach Florenz und Mailand",
        lead=(
            "Am 2. Juni feiert Italien die Gründung der Republik. Krakau übermittelt"
            " seinen italienischen Partnerstädten herzliche Grüße."
        ),
        paragraphs=(
            (
                "Italienische Baumeister prägten die Renaissance auf dem Wawel, und"
                " italienische Kaufleute und Künstler lebten seit Jahrhunderten in"
                " Krakau. Diese Verbindung ist in der Stadt bis heute sichtbar."
            ),
            (
                "Mit Florenz verbindet Krakau die Sorge um ein historisches"
                " Stadtzentrum, mit Mailand das Interesse an Design und Innovation."
                " Tanti auguri!"
            ),
        ),
        topics=("diplomacy", "culture", "partner-cities"),
        days_ago=195,
        on=(6, 2),
    ),
    ArticleSpec(
        category="national-days",
        title="Tschechischer Nationalfeiertag: Grüße an unsere Nachbarn",
        lead=(
            "Am 28. Oktober erinnert Tschechien an die Gründung der Tschechoslowakei im"
            " Jahr 1918. Krakau gratuliert seinen tschechischen Nachbarn."
        ),
        paragraphs=(
            (
                "Polen und Tschechien verbinden eine gemeinsame Grenze, ähnliche"
                " Sprachen und eine lange Geschichte in Mitteleuropa. Viele Gäste aus"
                " Tschechien besuchen Krakau, und Krakauerinnen und Krakauer wandern"
                " gern in den tschechischen Bergen."
            ),
            (
                "Wir wünschen allen Tschechinnen und Tschechen einen schönen Feiertag"
                " und freuen uns auf weitere gemeinsame Projekte."
            ),
        ),
        topics=("diplomacy",),
        days_ago=70,
        on=(10, 28),
    ),
]
