"""Polish building blocks for generated articles (see generator.py)."""

# Slot names fix the grammatical form:
#   city (mianownik), city_gen (dopełniacz), city_in ("w/we" + miejscownik),
#   city_from ("z/ze" + dopełniacz), city_with ("z/ze" + narzędnik).

_CITIES = (
    (
        "Norymberga",
        "Norymbergi",
        "w Norymberdze",
        "z Norymbergi",
        "z Norymbergą",
        "culture",
        "Norymberga słynie z jarmarku bożonarodzeniowego i domu Albrechta Dürera.",
    ),
    (
        "Frankfurt nad Menem",
        "Frankfurtu nad Menem",
        "we Frankfurcie nad Menem",
        "z Frankfurtu nad Menem",
        "z Frankfurtem nad Menem",
        "business",
        (
            "Frankfurt nad Menem to ważne centrum finansowe i miasto największych na"
            " świecie targów książki."
        ),
    ),
    (
        "Lipsk",
        "Lipska",
        "w Lipsku",
        "z Lipska",
        "z Lipskiem",
        "culture",
        (
            "Lipsk to miasto Bacha, wielkich targów i jednej z najstarszych uczelni w"
            " Niemczech."
        ),
    ),
    (
        "Bordeaux",
        "Bordeaux",
        "w Bordeaux",
        "z Bordeaux",
        "z Bordeaux",
        "tourism",
        (
            "Bordeaux nad Garonną słynie z klasycystycznej zabudowy i winnic, które"
            " otaczają miasto."
        ),
    ),
    (
        "Orlean",
        "Orleanu",
        "w Orleanie",
        "z Orleanu",
        "z Orleanem",
        "culture",
        "Orlean nad Loarą co roku czci pamięć Joanny d'Arc wielkim miejskim świętem.",
    ),
    (
        "Florencja",
        "Florencji",
        "we Florencji",
        "z Florencji",
        "z Florencją",
        "culture",
        (
            "Florencja, kolebka renesansu, podobnie jak Kraków chroni zabytkowe centrum"
            " wpisane na listę UNESCO."
        ),
    ),
    (
        "Mediolan",
        "Mediolanu",
        "w Mediolanie",
        "z Mediolanu",
        "z Mediolanem",
        "business",
        "Mediolan jest stolicą włoskiego wzornictwa, mody i targów.",
    ),
    (
        "Edynburg",
        "Edynburga",
        "w Edynburgu",
        "z Edynburga",
        "z Edynburgiem",
        "culture",
        "Edynburg, podobnie jak Kraków, nosi tytuł Miasta Literatury UNESCO.",
    ),
    (
        "Kijów",
        "Kijowa",
        "w Kijowie",
        "z Kijowa",
        "z Kijowem",
        "ukraine",
        "Kijów, stolica Ukrainy, od lat należy do najbliższych partnerów Krakowa.",
    ),
    (
        "Lwów",
        "Lwowa",
        "we Lwowie",
        "ze Lwowa",
        "ze Lwowem",
        "ukraine",
        (
            "Lwów łączy z Krakowem wspólna historia i bardzo żywe kontakty między"
            " mieszkańcami."
        ),
    ),
    (
        "Wilno",
        "Wilna",
        "w Wilnie",
        "z Wilna",
        "z Wilnem",
        "culture",
        (
            "Stare Miasto w Wilnie, podobnie jak krakowskie, znajduje się na liście"
            " światowego dziedzictwa UNESCO."
        ),
    ),
    (
        "Bratysława",
        "Bratysławy",
        "w Bratysławie",
        "z Bratysławy",
        "z Bratysławą",
        "diplomacy",
        (
            "Bratysława, stolica Słowacji nad Dunajem, jest bliskim sąsiadem Krakowa w"
            " Europie Środkowej."
        ),
    ),
    (
        "Budapeszt",
        "Budapesztu",
        "w Budapeszcie",
        "z Budapesztu",
        "z Budapesztem",
        "tourism",
        "Budapeszt słynie z mostów na Dunaju i tradycji kąpieli termalnych.",
    ),
    (
        "Zagrzeb",
        "Zagrzebia",
        "w Zagrzebiu",
        "z Zagrzebia",
        "z Zagrzebiem",
        "tourism",
        "Zagrzeb, stolica Chorwacji, zachwyca zabytkami Górnego Miasta.",
    ),
    (
        "Rochester",
        "Rochesteru",
        "w Rochesterze",
        "z Rochesteru",
        "z Rochesterem",
        "science",
        (
            "Rochester w stanie Nowy Jork jest znany z tradycji fotografii i z silnych"
            " ośrodków naukowych."
        ),
    ),
    (
        "Kioto",
        "Kioto",
        "w Kioto",
        "z Kioto",
        "z Kioto",
        "culture",
        "Kioto, dawna stolica Japonii, słynie z setek świątyń i ogrodów.",
    ),
    (
        "Sewilla",
        "Sewilli",
        "w Sewilli",
        "z Sewilli",
        "z Sewillą",
        "tourism",
        "Sewilla nad Gwadalkiwirem zachwyca katedrą, Alkazarem i tradycją flamenco.",
    ),
    (
        "Quito",
        "Quito",
        "w Quito",
        "z Quito",
        "z Quito",
        "culture",
        "Historyczne centrum Quito trafiło na listę UNESCO w tym samym roku co Kraków.",
    ),
    (
        "Kurytyba",
        "Kurytyby",
        "w Kurytybie",
        "z Kurytyby",
        "z Kurytybą",
        "environment",
        "Kurytyba słynie z nowatorskiego transportu publicznego i licznej Polonii.",
    ),
    (
        "San Francisco",
        "San Francisco",
        "w San Francisco",
        "z San Francisco",
        "z San Francisco",
        "business",
        "San Francisco to miasto innowacji, start-upów i słynnego mostu Golden Gate.",
    ),
)

_COUNTRIES = (
    # country, country_gen, country_from, holiday, holiday_gen, month, day, topic, fact
    (
        "Ukraina",
        "Ukrainy",
        "z Ukrainy",
        "Dzień Niepodległości Ukrainy",
        "Dnia Niepodległości Ukrainy",
        8,
        24,
        "ukraine",
        (
            "Kraków łączy z Ukrainą partnerstwo z Kijowem i Lwowem oraz obecność"
            " tysięcy ukraińskich rodzin w mieście."
        ),
    ),
    (
        "Niemcy",
        "Niemiec",
        "z Niemiec",
        "Dzień Jedności Niemiec",
        "Dnia Jedności Niemiec",
        10,
        3,
        "partner-cities",
        (
            "Kraków ma w Niemczech trzy miasta partnerskie: Norymbergę, Frankfurt nad"
            " Menem i Lipsk."
        ),
    ),
    (
        "Francja",
        "Francji",
        "z Francji",
        "Święto Narodowe Francji",
        "Święta Narodowego Francji",
        7,
        14,
        "partner-cities",
        "Francuskimi partnerami Krakowa są Bordeaux i Orlean.",
    ),
    (
        "Stany Zjednoczone",
        "Stanów Zjednoczonych",
        "ze Stanów Zjednoczonych",
        "Dzień Niepodległości Stanów Zjednoczonych",
        "Dnia Niepodległości Stanów Zjednoczonych",
        7,
        4,
        "partner-cities",
        "Wśród amerykańskich partnerów Krakowa są Rochester i San Francisco.",
    ),
    (
        "Włochy",
        "Włoch",
        "z Włoch",
        "Święto Republiki Włoskiej",
        "Święta Republiki Włoskiej",
        6,
        2,
        "partner-cities",
        "Włoskimi miastami partnerskimi Krakowa są Florencja i Mediolan.",
    ),
    (
        "Litwa",
        "Litwy",
        "z Litwy",
        "Dzień Odrodzenia Państwa Litewskiego",
        "Dnia Odrodzenia Państwa Litewskiego",
        2,
        16,
        "partner-cities",
        "Kraków i Wilno łączy wspólna historia i wieloletnie partnerstwo.",
    ),
    (
        "Węgry",
        "Węgier",
        "z Węgier",
        "Święto Państwowe Węgier",
        "Święta Państwowego Węgier",
        8,
        20,
        "partner-cities",
        (
            "Budapeszt jest miastem partnerskim Krakowa, a przyjaźń polsko-węgierska ma"
            " wielowiekową tradycję."
        ),
    ),
    (
        "Japonia",
        "Japonii",
        "z Japonii",
        "Dzień Założenia Państwa Japońskiego",
        "Dnia Założenia Państwa Japońskiego",
        2,
        11,
        "culture",
        "Z Japonią łączy Kraków partnerstwo z Kioto i działalność Muzeum Manggha.",
    ),
    (
        "Słowacja",
        "Słowacji",
        "ze Słowacji",
        "Dzień Powstania Republiki Słowackiej",
        "Dnia Powstania Republiki Słowackiej",
        1,
        1,
        "partner-cities",
        (
            "Partnerem Krakowa na Słowacji jest Bratysława, a Tatry od dawna zbliżają"
            " mieszkańców obu krajów."
        ),
    ),
    (
        "Chorwacja",
        "Chorwacji",
        "z Chorwacji",
        "Dzień Państwowości Chorwacji",
        "Dnia Państwowości Chorwacji",
        5,
        30,
        "partner-cities",
        (
            "Zagrzeb jest miastem partnerskim Krakowa, a chorwackie wybrzeże to"
            " ulubiony kierunek wakacji krakowian."
        ),
    ),
    (
        "Hiszpania",
        "Hiszpanii",
        "z Hiszpanii",
        "Święto Narodowe Hiszpanii",
        "Święta Narodowego Hiszpanii",
        10,
        12,
        "partner-cities",
        (
            "Hiszpańskim partnerem Krakowa jest Sewilla, a na krakowskich uczelniach"
            " studiuje wielu Hiszpanów."
        ),
    ),
    (
        "Ekwador",
        "Ekwadoru",
        "z Ekwadoru",
        "Święto Niepodległości Ekwadoru",
        "Święta Niepodległości Ekwadoru",
        8,
        10,
        "partner-cities",
        (
            "Quito i Kraków znalazły się na pierwszej liście światowego dziedzictwa"
            " UNESCO w 1978 roku."
        ),
    ),
    (
        "Brazylia",
        "Brazylii",
        "z Brazylii",
        "Dzień Niepodległości Brazylii",
        "Dnia Niepodległości Brazylii",
        9,
        7,
        "partner-cities",
        (
            "Z Brazylią łączy Kraków partnerstwo z Kurytybą, miastem o licznej"
            " społeczności polskiego pochodzenia."
        ),
    ),
    (
        "Austria",
        "Austrii",
        "z Austrii",
        "Święto Narodowe Austrii",
        "Święta Narodowego Austrii",
        10,
        26,
        "culture",
        (
            "Wiele krakowskich zabytków i instytucji pamięta czasy, gdy Kraków należał"
            " do Galicji."
        ),
    ),
    (
        "Czechy",
        "Czech",
        "z Czech",
        "Święto Narodowe Czech",
        "Święta Narodowego Czech",
        10,
        28,
        "culture",
        (
            "Kraków i czeskie miasta łączą liczne kontakty kulturalne i coraz lepsze"
            " połączenia kolejowe."
        ),
    ),
    (
        "Irlandia",
        "Irlandii",
        "z Irlandii",
        "Dzień Świętego Patryka",
        "Dnia Świętego Patryka",
        3,
        17,
        "culture",
        (
            "W Irlandii mieszka wielu Polaków, a Irlandczycy coraz chętniej odwiedzają"
            " Kraków."
        ),
    ),
    (
        "Portugalia",
        "Portugalii",
        "z Portugalii",
        "Dzień Portugalii",
        "Dnia Portugalii",
        6,
        10,
        "culture",
        (
            "Krakowskie uczelnie prowadzą liczne wymiany studenckie z uniwersytetami w"
            " Portugalii."
        ),
    ),
    (
        "Gruzja",
        "Gruzji",
        "z Gruzji",
        "Dzień Niepodległości Gruzji",
        "Dnia Niepodległości Gruzji",
        5,
        26,
        "culture",
        "W Krakowie mieszka i studiuje coraz więcej osób z Gruzji.",
    ),
)

_THEMES = (
    ("ochrona klimatu", "ochrony klimatu", "ochronie klimatu", "environment"),
    (
        "transport publiczny",
        "transportu publicznego",
        "transporcie publicznym",
        "environment",
    ),
    ("edukacja", "edukacji", "edukacji", "education"),
    ("kultura", "kultury", "kulturze", "culture"),
    ("turystyka", "turystyki", "turystyce", "tourism"),
    ("gospodarka cyfrowa", "gospodarki cyfrowej", "gospodarce cyfrowej", "business"),
    ("ochrona zabytków", "ochrony zabytków", "ochronie zabytków", "culture"),
    ("sport młodzieżowy", "sportu młodzieżowego", "sporcie młodzieżowym", "sport"),
    ("współpraca naukowa", "współpracy naukowej", "współpracy naukowej", "science"),
    ("zieleń miejska", "zieleni miejskiej", "zieleni miejskiej", "environment"),
    ("przedsiębiorczość", "przedsiębiorczości", "przedsiębiorczości", "business"),
    (
        "integracja cudzoziemców",
        "integracji cudzoziemców",
        "integracji cudzoziemców",
        "education",
    ),
)

# event, event (genitive), topic, its usual (month, day)
_EVENTS = (
    ("Festiwal Kultury Żydowskiej", "Festiwalu Kultury Żydowskiej", "culture", (6, 27)),
    ("Festiwal Misteria Paschalia", "Festiwalu Misteria Paschalia", "culture", (3, 30)),
    ("Wianki", "Wianków", "culture", (6, 21)),
    ("Konkurs Szopek Krakowskich", "Konkursu Szopek Krakowskich", "culture", (12, 4)),
    ("Festiwal Muzyki Filmowej", "Festiwalu Muzyki Filmowej", "culture", (5, 28)),
    ("Festiwal Unsound", "Festiwalu Unsound", "culture", (10, 18)),
    ("Festiwal Conrada", "Festiwalu Conrada", "culture", (10, 22)),
    (
        "Międzynarodowe Targi Książki",
        "Międzynarodowych Targów Książki",
        "culture",
        (10, 24),
    ),
    ("Noc Muzeów", "Nocy Muzeów", "tourism", (5, 17)),
    ("Festiwal Nauki", "Festiwalu Nauki", "science", (5, 22)),
    ("Jarmark Bożonarodzeniowy", "Jarmarku Bożonarodzeniowego", "tourism", (11, 29)),
    ("Pochód Lajkonika", "Pochodu Lajkonika", "tourism", (6, 12)),
    ("Cracovia Maraton", "Cracovia Maratonu", "sport", (4, 26)),
    ("Open Eyes Economy Summit", "Open Eyes Economy Summit", "business", (11, 27)),
)

GEN = {
    "cities": tuple(
        {
            "city": c[0],
            "city_gen": c[1],
            "city_in": c[2],
            "city_from": c[3],
            "city_with": c[4],
            "city_topic": c[5],
            "city_fact": c[6],
        }
        for c in _CITIES
    ),
    "countries": tuple(
        {
            "country": c[0],
            "country_gen": c[1],
            "country_from": c[2],
            "holiday": c[3],
            "holiday_gen": c[4],
            "month": c[5],
            "day": c[6],
            "country_topic": c[7],
            "country_fact": c[8],
        }
        for c in _COUNTRIES
    ),
    "themes": tuple(
        {"theme": t[0], "theme_gen": t[1], "theme_loc": t[2], "theme_topic": t[3]}
        for t in _THEMES
    ),
    "events": tuple(
        {"event": e[0], "event_gen": e[1], "event_topic": e[2], "event_when": e[3]}
        for e in _EVENTS
    ),
    "templates": {
        "news": (
            {
                "title": "{event}: informacje dla gości z zagranicy",
                "lead": (
                    "Przed nami kolejna odsłona wydarzenia, które co roku przyciąga do"
                    " Krakowa wielu cudzoziemców. Zebraliśmy najważniejsze wskazówki"
                    " praktyczne."
                ),
                "body": (
                    (
                        "Podczas {event_gen} część programu będzie dostępna w języku"
                        " angielskim, a w punktach informacyjnych dyżurować będą"
                        " wolontariusze znający kilka języków. Szczegółowy program jest"
                        " publikowany na stronie organizatorów."
                    ),
                    (
                        "Miasto zachęca, by w czasie {event_gen} korzystać z"
                        " komunikacji miejskiej. Tramwaje i autobusy będą kursować"
                        " częściej niż zwykle."
                    ),
                ),
                "topics": ("tourism",),
            },
            {
                "title": "Goście {city_from} podczas {event_gen}",
                "lead": (
                    "Do Krakowa przyjechała grupa mieszkańców i artystów {city_from}."
                    " Wizyta zbiegła się z jednym z najważniejszych wydarzeń w"
                    " kalendarzu miasta."
                ),
                "body": (
                    (
                        "Goście {city_from} wezmą udział w wydarzeniach {event_gen} i"
                        " spotkają się z krakowskimi organizatorami. {city_fact}"
                    ),
                    (
                        "Takie wizyty pomagają mieszkańcom miast partnerskich lepiej"
                        " poznać Kraków, a krakowianom — zaprzyjaźnione miasta."
                    ),
                ),
                "topics": ("partner-cities",),
            },
            {
                "when": (7, 20),
                "spread": 30,
                "title": "Studenci {city_from} na letniej szkole języka polskiego",
                "lead": (
                    "Na krakowskiej uczelni rozpoczęła się letnia szkoła dla studentów"
                    " z zagranicy. W tym roku wśród uczestników są młodzi ludzie"
                    " {city_from}."
                ),
                "body": (
                    (
                        "Zajęcia obejmują naukę języka, wykłady o historii i kulturze"
                        " Polski oraz wycieczki po Krakowie i Małopolsce. Studenci"
                        " mieszkają w akademikach, co ułatwia nawiązywanie znajomości."
                    ),
                    (
                        "Dla wielu uczestników to pierwsza wizyta w Krakowie. Część z"
                        " nich wraca później na studia lub staże w naszym mieście."
                    ),
                ),
                "topics": ("education", "partner-cities"),
            },
            {
                "title": "Dyżur konsularny dla obywateli {country_gen} w Krakowie",
                "lead": (
                    "Przedstawiciele konsulatu przyjmą w Krakowie osoby, które"
                    " potrzebują paszportu, zaświadczenia lub porady. Obowiązują"
                    " wcześniejsze zapisy."
                ),
                "body": (
                    (
                        "Dyżur konsularny to udogodnienie dla obywateli {country_gen}"
                        " mieszkających w Krakowie i Małopolsce, którzy nie muszą w tym"
                        " celu jechać do stolicy. Lista potrzebnych dokumentów jest"
                        " dostępna na stronie konsulatu."
                    ),
                ),
                "topics": ("diplomacy",),
            },
            {
                "title": "Międzynarodowa debata o {theme_loc} w ICE Kraków",
                "lead": (
                    "Eksperci z kilku krajów rozmawiali w Krakowie o tym, jak miasta"
                    " mogą lepiej dbać o mieszkańców. Debata była otwarta dla"
                    " publiczności."
                ),
                "body": (
                    (
                        "Rozmowa dotyczyła przede wszystkim {theme_gen}. Uczestnicy"
                        " porównywali rozwiązania stosowane w miastach Europy i"
                        " zastanawiali się, które z nich sprawdzą się w Krakowie."
                    ),
                    (
                        "Centrum Kongresowe ICE Kraków regularnie gości międzynarodowe"
                        " konferencje i kongresy. Nagranie debaty będzie dostępne w"
                        " internecie."
                    ),
                ),
                "topics": ("diplomacy",),
            },
            {
                "title": "Przewodnicy w kilku językach podczas {event_gen}",
                "lead": (
                    "Wolontariusze z krakowskich uczelni pomogą zagranicznym gościom"
                    " odnaleźć się w mieście. Będzie ich można rozpoznać po kolorowych"
                    " identyfikatorach."
                ),
                "body": (
                    (
                        "W czasie {event_gen} wolontariusze będą dyżurować na Rynku"
                        " Głównym i przy głównych przystankach. Udzielą informacji po"
                        " angielsku, niemiecku, ukraińsku, hiszpańsku i francusku."
                    ),
                ),
                "topics": ("tourism", "education"),
            },
            {
                "title": "Krakowskie uczelnie zapraszają kandydatów {city_from}",
                "lead": (
                    "Przedstawiciele krakowskich uczelni odwiedzą szkoły i targi"
                    " edukacyjne {city_in}. Opowiedzą o studiach w Krakowie i o"
                    " możliwościach stypendialnych."
                ),
                "body": (
                    (
                        "Kraków jest jednym z największych ośrodków akademickich w"
                        " Polsce, a liczba studentów z zagranicy rośnie z roku na rok."
                        " {city_fact}"
                    ),
                    (
                        "Kandydaci {city_from} mogą ubiegać się o stypendia i miejsca w"
                        " akademikach na takich samych zasadach jak inni studenci"
                        " zagraniczni."
                    ),
                ),
                "topics": ("education", "science"),
            },
        ),
        "cooperation": (
            {
                "title": "Delegacja {city_from} z wizytą w Krakowie",
                "lead": (
                    "Przedstawiciele władz {city_gen} odwiedzili Kraków. Rozmowy"
                    " dotyczyły dalszego rozwoju partnerstwa obu miast."
                ),
                "body": (
                    (
                        "Goście spotkali się z władzami Krakowa, odwiedzili Pałac"
                        " Wielopolskich i zapoznali się z projektami realizowanymi"
                        " przez miejskie instytucje. {city_fact}"
                    ),
                    (
                        "Kraków współpracuje {city_with} od wielu lat, a kontakty"
                        " obejmują zarówno urzędy, jak i szkoły, uczelnie oraz"
                        " organizacje mieszkańców."
                    ),
                ),
                "topics": ("partner-cities", "diplomacy"),
            },
            {
                "title": (
                    "Kraków i {city} rozwijają współpracę w dziedzinie {theme_gen}"
                ),
                "lead": (
                    "Eksperci z obu miast przygotowali plan wspólnych działań na"
                    " najbliższe lata. Pierwsze projekty ruszą jeszcze w tym roku."
                ),
                "body": (
                    (
                        "Współpraca {city_with} w dziedzinie {theme_gen} obejmie wizyty"
                        " studyjne, wspólne warsztaty i wymianę danych. {city_fact}"
                    ),
                    (
                        "Kraków chce korzystać z doświadczeń miast partnerskich i"
                        " dzielić się własnymi rozwiązaniami, które sprawdziły się w"
                        " praktyce."
                    ),
                ),
                "topics": ("partner-cities",),
            },
            {
                "title": (
                    "Stypendyści {city_from} rozpoczynają staż w krakowskich"
                    " instytucjach"
                ),
                "lead": (
                    "Młodzi specjaliści {city_from} spędzą w Krakowie kilka tygodni."
                    " Każdy stypendysta ma swojego opiekuna w urzędzie lub w miejskiej"
                    " instytucji."
                ),
                "body": (
                    (
                        "Program stypendialny dla miast partnerskich pozwala poznać"
                        " codzienną pracę krakowskiego samorządu. Nad stypendystami"
                        " czuwają opiekunowie z urzędu, a każdy uczestnik przygotowuje"
                        " własny projekt, który po powrocie może wdrożyć w swoim"
                        " mieście."
                    ),
                    "W tym roku tematem przewodnim stażu jest {theme}. {city_fact}",
                ),
                "topics": ("education", "partner-cities"),
            },
            {
                "when": (6, 15),
                "spread": 75,
                "title": "Młodzież z Krakowa na wymianie {city_in}",
                "lead": (
                    "Uczniowie krakowskich szkół spędzą tydzień {city_in}. Zamieszkają"
                    " u rodzin swoich rówieśników."
                ),
                "body": (
                    (
                        "Wymiana młodzieży to jedna z najstarszych form współpracy"
                        " Krakowa z miastami partnerskimi. Uczestnicy poznają szkoły,"
                        " zabytki i codzienne życie mieszkańców. {city_fact}"
                    ),
                    (
                        "Jesienią młodzież {city_from} odwiedzi Kraków, a krakowscy"
                        " uczniowie będą gospodarzami."
                    ),
                ),
                "topics": ("education", "partner-cities"),
            },
            {
                "title": (
                    "Krakowscy urzędnicy poznają doświadczenia {city_gen} w zakresie"
                    " {theme_gen}"
                ),
                "lead": (
                    "Wizyta studyjna {city_in} pozwoliła zobaczyć z bliska rozwiązania,"
                    " które mogą przydać się także w Krakowie."
                ),
                "body": (
                    (
                        "Przedstawiciele krakowskich wydziałów i spółek miejskich"
                        " rozmawiali z gospodarzami o tym, jak planują i finansują"
                        " działania w zakresie {theme_gen}. {city_fact}"
                    ),
                    (
                        "Wnioski z wizyty zostaną przedstawione w raporcie, który trafi"
                        " do wszystkich zainteresowanych jednostek miasta."
                    ),
                ),
                "topics": ("partner-cities",),
            },
            {
                "title": (
                    "Wspólny projekt Krakowa i {city_gen}: {theme} w centrum uwagi"
                ),
                "lead": (
                    "Miasta partnerskie złożyły wspólny wniosek o dofinansowanie z"
                    " programów europejskich. Projekt ma potrwać dwa lata."
                ),
                "body": (
                    (
                        "Partnerzy chcą razem wypracować rozwiązania, które poprawią"
                        " jakość życia mieszkańców. Tematem projektu jest {theme}, a w"
                        " prace zaangażują się także organizacje pozarządowe."
                    ),
                    "Współpraca {city_with} ma już długą historię. {city_fact}",
                ),
                "topics": ("partner-cities", "business"),
            },
            {
                "title": "Artyści z Krakowa zaprezentują się {city_in}",
                "lead": (
                    "Krakowscy muzycy, aktorzy i plastycy wyruszają do miasta"
                    " partnerskiego. Ich występy są częścią programu wymiany"
                    " kulturalnej."
                ),
                "body": (
                    (
                        "Program przygotowano wspólnie z instytucjami kultury"
                        " {city_gen}. Publiczność zobaczy koncerty, spektakle i wystawę"
                        " poświęconą Krakowowi. {city_fact}"
                    ),
                    (
                        "W przyszłym roku artyści {city_from} przyjadą z rewizytą do"
                        " Krakowa."
                    ),
                ),
                "topics": ("culture", "partner-cities"),
            },
            {
                "title": "Nabór do programu stypendialnego dla studentów {city_from}",
                "lead": (
                    "Studenci {city_from} mogą ubiegać się o stypendium na semestr"
                    " nauki w Krakowie. Zgłoszenia przyjmowane są przez internet."
                ),
                "body": (
                    (
                        "Stypendium obejmuje zakwaterowanie w akademiku, kurs języka"
                        " polskiego i miesięczne świadczenie. Komisja złożona z"
                        " przedstawicieli obu miast wybierze co najmniej jednego"
                        " stypendystę z każdej uczelni, która zgłosi kandydatów."
                    ),
                    (
                        "Preferowane są projekty związane z obszarem, jakim jest"
                        " {theme}. {city_fact}"
                    ),
                ),
                "topics": ("education", "partner-cities"),
            },
        ),
        "national-days": (
            {
                "title": "{holiday}: życzenia z Krakowa",
                "lead": (
                    "Z okazji {holiday_gen} Kraków przesyła serdeczne pozdrowienia"
                    " wszystkim obywatelom tego kraju."
                ),
                "body": (
                    (
                        "Święto narodowe to dobra okazja, by przypomnieć o przyjaźni,"
                        " która łączy nasze społeczności. {country_fact}"
                    ),
                ),
                "topics": ("diplomacy",),
            },
            {
                "title": "Kraków składa życzenia z okazji {holiday_gen}",
                "lead": (
                    "Prezydent Miasta Krakowa skierował list gratulacyjny do"
                    " przedstawicieli kraju obchodzącego swoje święto."
                ),
                "body": (
                    (
                        "W liście podkreślono znaczenie współpracy między miastami i"
                        " mieszkańcami. {country_fact}"
                    ),
                ),
                "topics": ("diplomacy",),
            },
            {
                "title": "Pozdrowienia dla przyjaciół {country_from} w dniu ich święta",
                "lead": (
                    "Z okazji {holiday_gen} składamy życzenia osobom {country_from},"
                    " które mieszkają, pracują i studiują w Krakowie."
                ),
                "body": (
                    (
                        "Społeczność {country_from} jest ważną częścią międzynarodowego"
                        " Krakowa. {country_fact}"
                    ),
                ),
                "topics": ("diplomacy",),
            },
            {
                "title": "{holiday} — list prezydenta Krakowa",
                "lead": (
                    "W imieniu mieszkańców Krakowa prezydent miasta przekazał życzenia"
                    " pomyślności i pokoju."
                ),
                "body": (
                    (
                        "Kraków ceni sobie relacje z partnerami {country_from}."
                        " {country_fact}"
                    ),
                ),
                "topics": ("diplomacy",),
            },
            {
                "title": (
                    "Święto narodowe {country_gen}: Kraków pamięta o swoich partnerach"
                ),
                "lead": (
                    "Dziś przypada {holiday}. Przesyłamy serdeczne życzenia wszystkim,"
                    " którzy świętują."
                ),
                "body": (
                    (
                        "Przyjaźń między narodami buduje się dzięki codziennym"
                        " kontaktom ludzi, szkół i instytucji. {country_fact}"
                    ),
                ),
                "topics": ("diplomacy",),
            },
            {
                "title": (
                    "Życzenia dla społeczności {country_from} mieszkającej w Krakowie"
                ),
                "lead": (
                    "Z okazji {holiday_gen} pozdrawiamy sąsiadów, współpracowników i"
                    " przyjaciół {country_from}."
                ),
                "body": (
                    (
                        "Cudzoziemcy mieszkający w Krakowie wnoszą do życia miasta"
                        " swoją kulturę, język i tradycje. {country_fact}"
                    ),
                ),
                "topics": ("diplomacy",),
            },
            {
                "title": "Kraków pozdrawia mieszkańców {country_gen}",
                "lead": (
                    "Z okazji {holiday_gen} przesyłamy życzenia wszystkim mieszkańcom"
                    " kraju i naszym partnerom."
                ),
                "body": (
                    (
                        "Dobre relacje z partnerami {country_from} są dla Krakowa"
                        " powodem do dumy. {country_fact}"
                    ),
                ),
                "topics": ("diplomacy",),
            },
            {
                "title": "Flagi {country_gen} na uroczystości z okazji {holiday_gen}",
                "lead": (
                    "Przedstawiciele Krakowa wzięli udział w uroczystym przyjęciu z"
                    " okazji święta narodowego."
                ),
                "body": (
                    (
                        "Spotkanie zgromadziło przedstawicieli korpusu konsularnego,"
                        " uczelni i organizacji kulturalnych. {country_fact}"
                    ),
                ),
                "topics": ("diplomacy",),
            },
        ),
    },
    "extra": {
        "news": (
            (
                "Aktualne informacje o wydarzeniach w Krakowie publikujemy w kilku"
                " językach. Zachęcamy do regularnego odwiedzania naszego serwisu."
            ),
            (
                "Osoby, które dopiero przyjechały do Krakowa, mogą skorzystać z"
                " bezpłatnych konsultacji w punktach informacyjnych dla cudzoziemców."
            ),
            (
                "Kraków co roku odwiedzają miliony turystów z całego świata. Miasto"
                " stara się, by jak najwięcej informacji było dostępnych także dla"
                " osób, które nie mówią po polsku."
            ),
            (
                "Komunikacja miejska w Krakowie działa również nocą, a bilety można"
                " kupić w automatach, w aplikacjach i u kierowcy."
            ),
            (
                "Szczegółowe informacje można uzyskać w Biurze Współpracy"
                " Międzynarodowej. Odpowiadamy na pytania zadawane po polsku, angielsku"
                " i ukraińsku."
            ),
        ),
        "cooperation": (
            (
                "Kraków utrzymuje partnerskie relacje z miastami w Europie, Ameryce i"
                " Azji. Współpraca obejmuje kulturę, edukację, gospodarkę i ochronę"
                " środowiska."
            ),
            (
                "Miasta partnerskie Krakowa regularnie wymieniają się doświadczeniami"
                " na konferencjach i w sieciach współpracy miast europejskich."
            ),
            (
                "Informacje o kolejnych wizytach delegacji i programach wymiany"
                " publikujemy na bieżąco w tym dziale."
            ),
            (
                "Współpraca z miastami partnerskimi to także wsparcie dla organizacji"
                " pozarządowych, szkół i uczelni, które chcą realizować projekty"
                " międzynarodowe."
            ),
            (
                "Każda wizyta jest podsumowywana krótkim sprawozdaniem, które trafia do"
                " Rady Miasta Krakowa."
            ),
            (
                "Każde miasto partnerskie ma w Biurze Współpracy Międzynarodowej"
                " swojego opiekuna, który koordynuje wspólne działania."
            ),
        ),
        "national-days": (
            (
                "Kraków od wieków jest miastem otwartym na świat. Na co dzień mieszkają"
                " tu i pracują ludzie z wielu krajów."
            ),
            (
                "W imieniu mieszkańców Krakowa życzymy pomyślności, pokoju i wielu"
                " powodów do radości."
            ),
            (
                "W Krakowie działa wiele placówek konsularnych, które pomagają"
                " utrzymywać bliskie relacje z partnerami z zagranicy."
            ),
            (
                "Z okazji świąt narodowych partnerów Kraków przesyła życzenia i bierze"
                " udział w uroczystościach organizowanych przez konsulaty."
            ),
        ),
    },
    "headings": {
        "news": ("Praktyczne wskazówki", "Dla gości z zagranicy", "Więcej informacji"),
        "cooperation": ("Kolejne kroki", "Partnerstwo w praktyce", "Co dalej?"),
        "national-days": ("Przyjaźń między narodami", "Życzenia z Krakowa"),
    },
    "quotes": {
        "news": (
            (
                "Chcemy, żeby każdy gość czuł się w Krakowie jak u siebie.",
                "przedstawicielka Biura Współpracy Międzynarodowej",
            ),
            (
                (
                    "Międzynarodowy charakter Krakowa to ogromna wartość dla wszystkich"
                    " mieszkańców."
                ),
                "zastępca prezydenta Krakowa",
            ),
            (
                (
                    "Im więcej informacji w innych językach, tym łatwiej żyje się w"
                    " Krakowie."
                ),
                "konsultant punktu informacyjnego dla cudzoziemców",
            ),
        ),
        "cooperation": (
            (
                "Partnerstwo miast to przede wszystkim relacje między ludźmi.",
                "dyrektor Biura Współpracy Międzynarodowej",
            ),
            (
                (
                    "Od naszych partnerów {city_from} wiele się uczymy i chętnie"
                    " dzielimy się własnymi doświadczeniami."
                ),
                "przedstawiciel Urzędu Miasta Krakowa",
            ),
            (
                (
                    "Po każdej wymianie zostają przyjaźnie, które trwają znacznie"
                    " dłużej niż sam projekt."
                ),
                "koordynatorka programu wymiany",
            ),
        ),
        "national-days": (
            (
                (
                    "Życzymy naszym przyjaciołom {country_from} pokoju, pomyślności i"
                    " radosnego święta."
                ),
                "Prezydent Miasta Krakowa",
            ),
            (
                "Kraków jest dumny ze swoich przyjaźni na całym świecie.",
                "Prezydent Miasta Krakowa",
            ),
        ),
    },
}
