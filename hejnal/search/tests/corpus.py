"""A small news corpus written for the search tests, with an evaluation set.

Each query is typed the way a reader would (another inflection, no accents,
a synonym-free paraphrase) and names the articles it must find.
"""

ARTICLES = {
    "pl": {
        "scholarship": (
            "Stypendia dla studentów z miast partnerskich",
            "Miasto przyznało dwadzieścia stypendiów na rok akademicki.",
            "Każdy stypendysta otrzyma miesięczne wsparcie i opiekuna na uczelni. "
            "Wnioski przyjmuje biuro współpracy międzynarodowej do końca maja.",
        ),
        "nursery": (
            "Nowy żłobek przy Rondzie Mogilskim",
            "Rodzice z zagranicy mogą zapisywać dzieci od poniedziałku.",
            "Placówka ma sześćdziesiąt miejsc, a opiekunki mówią po angielsku "
            "i po ukraińsku. Zapisy prowadzi urząd dzielnicy.",
        ),
        "consulate": (
            "Konsulat Generalny Węgier zmienia godziny pracy",
            "Od grudnia urzędnicy przyjmują interesantów także w piątki.",
            "Wizyty trzeba umawiać przez internet. Konsul zaprasza mieszkańców "
            "na dzień otwarty w ambasadzie i konsulacie.",
        ),
        "market": (
            "Jarmark bożonarodzeniowy na Rynku Głównym",
            "Stoiska rzemieślników z Norymbergi i Lwowa stanęły obok sukiennic.",
            "Na jarmarku można spróbować pierników, grzanego wina i pierogów. "
            "Kiermasz potrwa do szóstego stycznia.",
        ),
        "tram": (
            "Bilety tramwajowe dla turystów w aplikacji",
            "Przyjezdni kupią bilet dobowy w telefonie bez rejestracji.",
            "Komunikacja miejska uruchomiła nową aplikację w pięciu językach. "
            "Bilet obowiązuje w tramwajach i autobusach.",
        ),
        "museum": (
            "Noc Muzeów w Krakowie",
            "Czterdzieści muzeów otworzy drzwi do północy.",
            "Wstęp do muzeów będzie bezpłatny, a specjalne autobusy połączą "
            "Kazimierz z Nową Hutą.",
        ),
        "permit": (
            "Punkt informacyjny dla cudzoziemców w sprawie pobytu",
            "Doradcy pomagają wypełnić wniosek o zezwolenie na pobyt czasowy.",
            "Cudzoziemcy mogą przyjść bez zapisów we wtorki i czwartki. "
            "Porady są bezpłatne.",
        ),
        "anniversary": (
            "Koncert na jubileusz partnerstwa z Norymbergą",
            "Pięćdziesiąt lat współpracy uczczą orkiestry obu miast.",
            "W filharmonii wystąpią muzycy z Norymbergi i Krakowa. "
            "Bilety rozdaje magistrat.",
        ),
        "climate": (
            "Konferencja klimatyczna miast europejskich",
            "Burmistrzowie rozmawiali o ochronie powietrza i zieleni.",
            "Delegacje z dwunastu krajów podpisały deklarację o czystym powietrzu. "
            "Kolejne spotkanie odbędzie się w Lipsku.",
        ),
        "marathon": (
            "Maraton przebiegnie ulicami Starego Miasta",
            "Na starcie stanie ośmiuset biegaczy z trzydziestu krajów.",
            "Organizatorzy zamkną ruch w centrum w niedzielę rano. "
            "Biegacze pobiegną wzdłuż Wisły.",
        ),
    },
    "en": {
        "scholarship": (
            "Scholarships for students from partner cities",
            "The city awarded twenty grants for the academic year.",
            "Every scholarship holder receives a monthly allowance and a mentor. "
            "The international office accepts applications until May.",
        ),
        "nursery": (
            "A new nursery opens near Mogilskie roundabout",
            "Parents from abroad can enrol their children from Monday.",
            "The nursery has sixty places and its carers speak English and "
            "Ukrainian. The district office handles enrolment.",
        ),
        "consulate": (
            "Hungarian Consulate General changes its opening hours",
            "From December officials also receive visitors on Fridays.",
            "Visits must be booked online. The consul invites residents to an "
            "open day at the consulate.",
        ),
        "market": (
            "Christmas market on the Main Square",
            "Craftsmen from Nuremberg and Lviv set up their stalls by the Cloth Hall.",
            "Visitors can taste gingerbread, mulled wine and dumplings. "
            "The fair runs until the sixth of January.",
        ),
        "tram": (
            "Tram tickets for tourists in a mobile app",
            "Visitors can buy a day ticket on their phone without registering.",
            "Public transport launched a new app in five languages. "
            "The ticket is valid on trams and buses.",
        ),
        "museum": (
            "Night of Museums in Kraków",
            "Forty museums keep their doors open until midnight.",
            "Admission to the museums is free and special buses link Kazimierz "
            "with Nowa Huta.",
        ),
        "permit": (
            "Information point for foreigners about residence",
            "Advisers help fill in the application for a temporary residence permit.",
            "Foreigners can come without an appointment on Tuesdays and Thursdays. "
            "Advice is free of charge.",
        ),
        "anniversary": (
            "Concert for the anniversary of the partnership with Nuremberg",
            "Orchestras of both cities celebrate fifty years of cooperation.",
            "Musicians from Nuremberg and Kraków perform at the philharmonic hall. "
            "Tickets are handed out by the city hall.",
        ),
        "climate": (
            "Climate conference of European cities",
            "Mayors discussed clean air and green spaces.",
            "Delegations from twelve countries signed a declaration on clean air. "
            "The next meeting will be held in Leipzig.",
        ),
        "marathon": (
            "Marathon runs through the streets of the Old Town",
            "Eight hundred runners from thirty countries will be at the start.",
            "Organisers close the centre to traffic on Sunday morning. "
            "The runners follow the Vistula.",
        ),
    },
    "de": {
        "scholarship": (
            "Stipendien für Studierende aus Partnerstädten",
            "Die Stadt vergibt zwanzig Stipendien für das Studienjahr.",
            "Jeder Stipendiat erhält eine monatliche Unterstützung und eine "
            "Betreuerin an der Hochschule.",
        ),
        "nursery": (
            "Neue Kinderkrippe am Mogilskie-Kreisel",
            "Eltern aus dem Ausland können ihre Kinder ab Montag anmelden.",
            "Die Krippe hat sechzig Plätze; die Betreuerinnen sprechen Englisch "
            "und Ukrainisch.",
        ),
        "consulate": (
            "Ungarisches Generalkonsulat ändert die Öffnungszeiten",
            "Ab Dezember empfangen die Beamten Besucher auch freitags.",
            "Termine werden online vereinbart. Der Konsul lädt zum Tag der "
            "offenen Tür ein.",
        ),
        "market": (
            "Weihnachtsmarkt auf dem Hauptmarkt",
            "Handwerker aus Nürnberg und Lemberg bauen ihre Stände auf.",
            "Auf dem Markt gibt es Lebkuchen, Glühwein und Piroggen. "
            "Der Markt dauert bis zum sechsten Januar.",
        ),
        "tram": (
            "Straßenbahnfahrkarten für Touristen in der App",
            "Gäste kaufen eine Tageskarte auf dem Telefon ohne Anmeldung.",
            "Die Verkehrsbetriebe haben eine neue App in fünf Sprachen gestartet. "
            "Die Fahrkarte gilt in Straßenbahnen und Bussen.",
        ),
        "museum": (
            "Nacht der Museen in Krakau",
            "Vierzig Museen öffnen ihre Türen bis Mitternacht.",
            "Der Eintritt in die Museen ist frei; Sonderbusse verbinden Kazimierz "
            "mit Nowa Huta.",
        ),
        "permit": (
            "Beratungsstelle für Ausländer zum Aufenthalt",
            "Berater helfen beim Antrag auf eine befristete Aufenthaltserlaubnis.",
            "Ausländerinnen und Ausländer kommen dienstags und donnerstags ohne "
            "Termin. Die Beratung ist kostenlos.",
        ),
        "anniversary": (
            "Konzert zum Jubiläum der Partnerschaft mit Nürnberg",
            "Orchester beider Städte feiern fünfzig Jahre Zusammenarbeit.",
            "In der Philharmonie spielen Musiker aus Nürnberg und Krakau.",
        ),
        "climate": (
            "Klimakonferenz europäischer Städte",
            "Bürgermeister sprachen über saubere Luft und Grünflächen.",
            "Delegationen aus zwölf Ländern unterzeichneten eine Erklärung. "
            "Das nächste Treffen findet in Leipzig statt.",
        ),
        "marathon": (
            "Marathon durch die Straßen der Altstadt",
            "Achthundert Läufer aus dreißig Ländern gehen an den Start.",
            "Die Veranstalter sperren die Innenstadt am Sonntagmorgen. "
            "Die Läufer laufen an der Weichsel entlang.",
        ),
    },
    "uk": {
        "scholarship": (
            "Стипендії для студентів із міст-партнерів",
            "Місто призначило двадцять стипендій на навчальний рік.",
            "Кожен стипендіат отримає щомісячну підтримку та наставника в "
            "університеті.",
        ),
        "nursery": (
            "Нові ясла біля кільця Могильське",
            "Батьки з-за кордону можуть записувати дітей із понеділка.",
            "Ясла мають шістдесят місць, а виховательки говорять англійською "
            "та українською.",
        ),
        "consulate": (
            "Генеральне консульство Угорщини змінює години роботи",
            "Із грудня працівники приймають відвідувачів також у п’ятницю.",
            "Візити треба бронювати онлайн. Консул запрошує на день відчинених дверей.",
        ),
        "market": (
            "Різдвяний ярмарок на Головній площі",
            "Ремісники з Нюрнберга та Львова поставили свої намети.",
            "На ярмарку можна скуштувати пряники, глінтвейн і вареники. "
            "Ярмарок триватиме до шостого січня.",
        ),
        "tram": (
            "Трамвайні квитки для туристів у застосунку",
            "Гості можуть купити добовий квиток у телефоні без реєстрації.",
            "Міський транспорт запустив новий застосунок п’ятьма мовами. "
            "Квиток діє в трамваях та автобусах.",
        ),
        "museum": (
            "Ніч музеїв у Кракові",
            "Сорок музеїв відчинять двері до опівночі.",
            "Вхід до музеїв безкоштовний, а спеціальні автобуси з’єднають "
            "Казімєж із Новою Гутою.",
        ),
        "permit": (
            "Інформаційний пункт для іноземців щодо перебування",
            "Консультанти допомагають заповнити заяву на дозвіл на тимчасове "
            "перебування.",
            "Іноземці можуть прийти без запису у вівторок і четвер. "
            "Консультації безкоштовні.",
        ),
        "anniversary": (
            "Концерт до ювілею партнерства з Нюрнбергом",
            "Оркестри обох міст відзначать п’ятдесят років співпраці.",
            "У філармонії виступлять музиканти з Нюрнберга та Кракова.",
        ),
        "climate": (
            "Кліматична конференція європейських міст",
            "Мери говорили про чисте повітря та зелені зони.",
            "Делегації з дванадцяти країн підписали декларацію про чисте повітря.",
        ),
        "marathon": (
            "Марафон пробіжить вулицями Старого міста",
            "На старт вийдуть вісімсот бігунів із тридцяти країн.",
            "Організатори закриють рух у центрі в неділю зранку.",
        ),
    },
}

# (language, query, the articles that must be found)
EVALUATION = [
    ("pl", "stypendium", ["scholarship"]),
    ("pl", "stypendystą", ["scholarship"]),
    ("pl", "miastach partnerskich", ["scholarship"]),
    ("pl", "żłobku", ["nursery"]),
    ("pl", "zlobek", ["nursery"]),
    ("pl", "konsulatu węgierskiego", ["consulate"]),
    ("pl", "jarmarki", ["market"]),
    ("pl", "biletu tramwajowego", ["tram"]),
    ("pl", "muzea w Krakowie", ["museum"]),
    ("pl", "zezwolenia na pobyt", ["permit"]),
    ("pl", "Norymberga", ["anniversary", "market"]),
    ("pl", "maratonu", ["marathon"]),
    ("en", "scholarship", ["scholarship"]),
    ("en", "partner city", ["scholarship"]),
    ("en", "nurseries", ["nursery"]),
    ("en", "consulates", ["consulate"]),
    ("en", "markets", ["market"]),
    ("en", "tram ticket", ["tram"]),
    ("en", "museum", ["museum"]),
    ("en", "residence permits", ["permit"]),
    ("en", "Nuremberg", ["anniversary", "market"]),
    ("en", "conferences", ["climate"]),
    ("en", "marathons", ["marathon"]),
    ("en", "Krakow museums", ["museum"]),
    ("de", "Stipendium", ["scholarship"]),
    ("de", "Partnerstadt", ["scholarship"]),
    ("de", "Krippen", ["nursery"]),
    ("de", "Generalkonsulats", ["consulate"]),
    ("de", "Weihnachtsmärkte", ["market"]),
    ("de", "Fahrkarte", ["tram"]),
    ("de", "Museum", ["museum"]),
    ("de", "Aufenthaltserlaubnisse", ["permit"]),
    ("de", "Nürnberg", ["anniversary", "market"]),
    ("de", "Nurnberg", ["anniversary", "market"]),
    ("de", "Marathons", ["marathon"]),
    ("uk", "стипендія", ["scholarship"]),
    ("uk", "містах", ["scholarship", "climate"]),
    ("uk", "консульства", ["consulate"]),
    ("uk", "ярмарку", ["market"]),
    ("uk", "квиток", ["tram"]),
    ("uk", "музей", ["museum"]),
    ("uk", "дозволу на перебування", ["permit"]),
    ("uk", "марафону", ["marathon"]),
]
