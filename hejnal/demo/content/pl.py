"""Polish demo content (the default language of the portal)."""

from . import ArticleSpec, PageSpec

SITE = {
    "city_name": "Kraków",
    "site_name": "Kraków otwarty na świat",
    "home_title": "Kraków otwarty na świat",
    "home_intro": (
        "Tu znajdziesz wiadomości o współpracy Krakowa z miastami partnerskimi,"
        " życzenia z okazji świąt narodowych i praktyczne informacje dla cudzoziemców."
        " Piszemy dla mieszkańców, gości i partnerów, którzy chcą poznać międzynarodowe"
        " oblicze miasta."
    ),
    "office_name": "Biuro Współpracy Międzynarodowej",
    "sections": [
        {
            "key": "cooperation",
            "title": "Współpraca międzynarodowa",
            "intro": (
                "Miasta partnerskie, wizyty delegacji, wspólne projekty i programy"
                " stypendialne Krakowa."
            ),
        },
        {
            "key": "living",
            "title": "Życie w Krakowie",
            "intro": (
                "Praktyczne wskazówki dla cudzoziemców, którzy mieszkają w Krakowie lub"
                " planują tu zamieszkać."
            ),
        },
        {
            "key": "about",
            "title": "O biurze",
            "intro": (
                "Biuro Współpracy Międzynarodowej Urzędu Miasta Krakowa: zadania,"
                " zespół i kontakt."
            ),
        },
    ],
    "see_also": [
        {
            "title": "Magiczny Kraków — oficjalny portal miasta",
            "url": "https://www.krakow.pl/",
        },
        {
            "title": "Polska Organizacja Turystyczna",
            "url": "https://www.polska.travel/",
        },
        {"title": "Uniwersytet Jagielloński", "url": "https://www.uj.edu.pl/"},
        {"title": "AGH w Krakowie", "url": "https://www.agh.edu.pl/"},
    ],
}

CATEGORIES = {
    "news": {
        "title": "Aktualności",
        "intro": (
            "Wiadomości z Krakowa ważne dla gości, studentów i cudzoziemców"
            " mieszkających w mieście."
        ),
    },
    "cooperation": {
        "title": "Współpraca międzynarodowa — wiadomości",
        "intro": (
            "Wizyty, porozumienia i wspólne projekty Krakowa z miastami partnerskimi na"
            " całym świecie."
        ),
    },
    "national-days": {
        "title": "Dni narodowe",
        "intro": (
            "Życzenia, które Kraków składa partnerom i przyjaciołom z okazji ich świąt"
            " narodowych."
        ),
    },
}

TOPICS = {
    "culture": "Kultura",
    "education": "Edukacja",
    "business": "Gospodarka",
    "partner-cities": "Miasta partnerskie",
    "diplomacy": "Dyplomacja",
    "ukraine": "Ukraina",
    "tourism": "Turystyka",
    "science": "Nauka",
    "sport": "Sport",
    "environment": "Środowisko",
}

IMAGE_ALTS = {
    "market-square": "Stylizowany rysunek arkad Sukiennic na Rynku Głównym o zmierzchu",
    "wawel": (
        "Stylizowany rysunek wieży zamku na Wzgórzu Wawelskim na tle jasnego nieba"
    ),
    "vistula": (
        "Stylizowany rysunek Wisły płynącej pod Wawelem, z falami w odcieniach błękitu"
    ),
    "tram": "Stylizowany rysunek niebiesko-kremowego tramwaju jadącego ulicą Krakowa",
    "flags": "Stylizowany rysunek rzędu kolorowych flag na masztach",
    "conference": (
        "Abstrakcyjny rysunek okręgów symbolizujących uczestników międzynarodowej"
        " konferencji"
    ),
    "students": "Stylizowane sylwetki studentów na dziedzińcu uczelni",
    "concert": "Abstrakcyjny rysunek kolorowych kręgów światła nad sceną koncertową",
    "handshake": "Stylizowane sylwetki dwóch osób podających sobie ręce",
    "old-town-roofs": "Stylizowany rysunek czerwonych dachów kamienic Starego Miasta",
    "park": "Stylizowany rysunek drzew w parku w ciepłych, jesiennych barwach",
    "museum": "Stylizowany rysunek kolumnady i łukowego wejścia do muzeum",
}

PAGES = [
    PageSpec(
        key="cooperation-principles",
        title="Zasady współpracy międzynarodowej Krakowa",
        intro=(
            "Kraków współpracuje z miastami i instytucjami z całego świata, kierując"
            " się jasnymi zasadami. Poniżej opisujemy, jakie cele sobie stawiamy i jak"
            " podejmujemy decyzje."
        ),
        sections=(
            (
                "Cele współpracy",
                (
                    (
                        "Współpraca międzynarodowa ma służyć mieszkańcom Krakowa."
                        " Dzięki niej miasto zdobywa wiedzę, pozyskuje partnerów do"
                        " wspólnych projektów i promuje swoją kulturę, naukę oraz"
                        " gospodarkę."
                    ),
                    (
                        "Szczególnie ważne są dla nas wymiana młodzieży, rozwój"
                        " uczelni, ochrona dziedzictwa i działania na rzecz klimatu. W"
                        " każdym z tych obszarów szukamy partnerów, od których możemy"
                        " się uczyć i którym możemy coś zaoferować."
                    ),
                ),
            ),
            (
                "Miasta partnerskie i porozumienia",
                (
                    (
                        "Kraków ma kilkadziesiąt miast partnerskich w Europie, Ameryce"
                        " i Azji. Każde partnerstwo opiera się na porozumieniu"
                        " przyjętym przez Radę Miasta Krakowa i na planie konkretnych"
                        " działań."
                    ),
                    (
                        "Oprócz partnerstw miast zawieramy też krótsze porozumienia"
                        " dotyczące pojedynczych projektów. Dzięki temu możemy"
                        " współpracować z ośrodkami, z którymi nie łączy nas formalne"
                        " partnerstwo."
                    ),
                ),
            ),
            (
                "Jak nawiązujemy nowe kontakty",
                (
                    (
                        "Propozycje współpracy mogą zgłaszać miasta, instytucje"
                        " kultury, uczelnie i organizacje pozarządowe. Każdą propozycję"
                        " analizujemy pod kątem korzyści dla mieszkańców, kosztów i"
                        " możliwości jej trwałej realizacji."
                    ),
                    (
                        "Nie nawiązujemy współpracy z podmiotami, które łamią prawa"
                        " człowieka lub prawo międzynarodowe. W 2022 roku, po napaści"
                        " Rosji na Ukrainę, Kraków zawiesił współpracę z partnerami z"
                        " Rosji."
                    ),
                ),
            ),
            (
                "Przejrzystość i ocena",
                (
                    (
                        "Informacje o wizytach zagranicznych, kosztach delegacji i"
                        " zawartych porozumieniach publikujemy na tej stronie. Raz w"
                        " roku przygotowujemy sprawozdanie z realizacji współpracy"
                        " międzynarodowej."
                    ),
                    (
                        "Uwagi dotyczące współpracy można przesyłać do Biura Współpracy"
                        " Międzynarodowej. Każda wiadomość zostanie przeczytana, a na"
                        " pytania odpowiadamy w ciągu czternastu dni."
                    ),
                ),
            ),
        ),
    ),
    PageSpec(
        key="privacy",
        title="Polityka prywatności",
        intro=(
            "Szanujemy prywatność osób odwiedzających ten serwis. Zbieramy tylko te"
            " dane, które są niezbędne do jego działania."
        ),
        sections=(
            (
                "Administrator danych",
                (
                    (
                        "Administratorem danych osobowych jest Urząd Miasta Krakowa,"
                        " Plac Wszystkich Świętych 3-4, 31-004 Kraków. Serwis prowadzi"
                        " Biuro Współpracy Międzynarodowej."
                    ),
                    (
                        "W sprawach ochrony danych można kontaktować się z inspektorem"
                        " ochrony danych pod adresem iod@krakow.example."
                    ),
                ),
            ),
            (
                "Pliki cookie",
                (
                    (
                        "Serwis używa wyłącznie niezbędnych plików cookie, bez których"
                        " strona nie mogłaby działać poprawnie, na przykład plików"
                        " zabezpieczających formularze."
                    ),
                    (
                        "Zapisujemy także jeden plik cookie z Twoją decyzją dotyczącą"
                        " zgody, aby nie pytać o nią przy każdej wizycie. Nie stosujemy"
                        " narzędzi analitycznych, reklamowych ani śledzących."
                    ),
                ),
            ),
            (
                "Jakie dane przetwarzamy",
                (
                    (
                        "Przeglądanie serwisu nie wymaga podawania żadnych danych"
                        " osobowych. Serwer przechowuje przez krótki czas techniczne"
                        " dzienniki zdarzeń, które służą wyłącznie zapewnieniu"
                        " bezpieczeństwa."
                    ),
                    (
                        "Jeśli napiszesz do nas wiadomość, użyjemy Twojego adresu"
                        " e-mail tylko po to, aby odpowiedzieć na pytanie."
                    ),
                ),
            ),
            (
                "Twoje prawa",
                (
                    (
                        "Masz prawo dostępu do swoich danych, ich sprostowania,"
                        " usunięcia lub ograniczenia przetwarzania. Przysługuje Ci"
                        " również prawo wniesienia skargi do Prezesa Urzędu Ochrony"
                        " Danych Osobowych."
                    ),
                ),
            ),
            (
                "Kontakt",
                (
                    (
                        "Pytania dotyczące tej polityki prosimy kierować na adres"
                        " international@krakow.example lub listownie na adres urzędu."
                    ),
                ),
            ),
        ),
    ),
    PageSpec(
        key="accessibility",
        title="Deklaracja dostępności",
        intro=(
            "Chcemy, aby z serwisu mogły korzystać wszystkie osoby, niezależnie od"
            " niepełnosprawności i używanego sprzętu."
        ),
        sections=(
            (
                "Nasze zobowiązanie",
                (
                    (
                        "Serwis jest projektowany zgodnie z wytycznymi WCAG 2.2 na"
                        " poziomie AA. Dbamy o czytelny kontrast, obsługę za pomocą"
                        " klawiatury i teksty alternatywne dla ilustracji."
                    ),
                ),
            ),
            (
                "Zgłaszanie problemów",
                (
                    (
                        "Jeśli napotkasz barierę w korzystaniu z serwisu, napisz do"
                        " nas. Postaramy się usunąć problem lub udostępnić potrzebne"
                        " informacje w innej formie."
                    ),
                ),
            ),
        ),
    ),
    PageSpec(
        key="office",
        title="Biuro Współpracy Międzynarodowej",
        intro=(
            "Biuro koordynuje kontakty Krakowa z zagranicą i pomaga cudzoziemcom,"
            " którzy wybrali nasze miasto. Pracujemy w historycznym Pałacu"
            " Wielopolskich, siedzibie władz miasta."
        ),
        sections=(
            (
                "Czym się zajmujemy",
                (
                    (
                        "Przygotowujemy wizyty delegacji zagranicznych i wyjazdy"
                        " przedstawicieli miasta. Koordynujemy współpracę z miastami"
                        " partnerskimi oraz z konsulatami działającymi w Krakowie."
                    ),
                    (
                        "Prowadzimy programy stypendialne i wymiany, wspieramy"
                        " organizacje pozarządowe działające na rzecz cudzoziemców i"
                        " odpowiadamy na pytania mieszkańców z innych krajów."
                    ),
                ),
            ),
            (
                "Godziny przyjęć",
                (
                    (
                        "Biuro jest czynne od poniedziałku do piątku w godzinach"
                        " 8:00–15:30. Spotkania prosimy umawiać wcześniej drogą"
                        " elektroniczną."
                    ),
                    (
                        "W sprawach pilnych dotyczących delegacji zagranicznych"
                        " pracownik biura pozostaje w kontakcie także poza godzinami"
                        " pracy."
                    ),
                ),
            ),
            (
                "Adres",
                (
                    (
                        "Urząd Miasta Krakowa, Biuro Współpracy Międzynarodowej, Plac"
                        " Wszystkich Świętych 3-4, 31-004 Kraków. Budynek znajduje się"
                        " kilka minut spacerem od Rynku Głównego."
                    ),
                    "Adres e-mail: international@krakow.example.",
                ),
            ),
        ),
    ),
    PageSpec(
        key="foreign-residents",
        title="Informacje dla cudzoziemców",
        intro=(
            "Przeprowadzka do nowego miasta oznacza wiele formalności. Zebraliśmy"
            " najważniejsze informacje dla cudzoziemców, którzy mieszkają w Krakowie."
        ),
        sections=(
            (
                "Meldunek i numer PESEL",
                (
                    (
                        "Osoby, które zamieszkują w Krakowie na dłużej, powinny"
                        " zameldować się w urzędzie miasta. Przy meldunku można"
                        " jednocześnie otrzymać numer PESEL, potrzebny m.in. w"
                        " przychodni, banku i szkole."
                    ),
                    (
                        "Obywatele Unii Europejskiej, którzy przebywają w Polsce dłużej"
                        " niż trzy miesiące, rejestrują swój pobyt w urzędzie"
                        " wojewódzkim."
                    ),
                ),
            ),
            (
                "Zezwolenia na pobyt i pracę",
                (
                    (
                        "Wnioski o zezwolenie na pobyt czasowy lub stały rozpatruje"
                        " Małopolski Urząd Wojewódzki. Warto złożyć je z wyprzedzeniem,"
                        " ponieważ postępowanie może trwać kilka miesięcy."
                    ),
                ),
            ),
            (
                "Gdzie szukać pomocy",
                (
                    (
                        "W Krakowie działają punkty informacyjne dla cudzoziemców, w"
                        " których można bezpłatnie zapytać o urzędowe formalności,"
                        " naukę języka polskiego i zapisy do szkół. Konsultanci mówią"
                        " m.in. po angielsku, ukraińsku i rosyjsku."
                    ),
                    (
                        "Wiele organizacji pozarządowych prowadzi kursy językowe, grupy"
                        " wsparcia i porady prawne. Ich aktualną listę znajdziesz w"
                        " zakładce Życie w Krakowie."
                    ),
                ),
            ),
            (
                "Wsparcie dla obywateli Ukrainy",
                (
                    (
                        "Obywatele Ukrainy, którzy przybyli do Polski po 24 lutego 2022"
                        " roku, mogą otrzymać numer PESEL ze statusem UKR. Daje on"
                        " dostęp do opieki zdrowotnej, edukacji i rynku pracy."
                    ),
                    (
                        "Miasto prowadzi punkt wsparcia z konsultantami mówiącymi po"
                        " ukraińsku. Pomagamy w sprawach mieszkaniowych, zawodowych i"
                        " szkolnych."
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
        title="Festiwal Kultury Żydowskiej wraca na Kazimierz",
        lead=(
            "Przez ponad tydzień ulice, synagogi i podwórza Kazimierza wypełnią"
            " koncerty, warsztaty i spotkania. Wiele wydarzeń odbędzie się z"
            " tłumaczeniem na angielski."
        ),
        paragraphs=(
            (
                "Festiwal Kultury Żydowskiej od lat należy do najważniejszych wydarzeń"
                " kulturalnych w Krakowie. Przyjeżdżają na niego goście z"
                " kilkudziesięciu krajów, a finałowy koncert na ulicy Szerokiej"
                " gromadzi tłumy mieszkańców i turystów."
            ),
            (
                "W programie znalazły się warsztaty kulinarne, nauka tańca, spacery"
                " śladami dawnych mieszkańców dzielnicy oraz wykłady historyków. Część"
                " wydarzeń jest bezpłatna, na pozostałe bilety można kupić w internecie"
                " i w centrum festiwalowym."
            ),
            (
                "Kazimierz najłatwiej odwiedzić pieszo lub tramwajem. Organizatorzy"
                " proszą, by w dniu koncertu finałowego nie przyjeżdżać w okolice ulicy"
                " Szerokiej samochodem."
            ),
        ),
        topics=("culture", "tourism"),
        days_ago=35,
        on=(6, 20),
        heading="Jak dojechać",
    ),
    ArticleSpec(
        category="news",
        title="Punkt wsparcia dla osób z Ukrainy wydłuża godziny pracy",
        lead=(
            "Od przyszłego miesiąca konsultanci przyjmą interesantów także w sobotnie"
            " przedpołudnia. To odpowiedź na prośby osób, które w tygodniu pracują."
        ),
        paragraphs=(
            (
                "W punkcie można uzyskać pomoc w sprawach związanych z numerem PESEL,"
                " zatrudnieniem, szkołą i opieką zdrowotną. Konsultanci mówią po"
                " ukraińsku, polsku i angielsku, a w razie potrzeby kierują do"
                " wyspecjalizowanych instytucji."
            ),
            (
                "Od początku pełnoskalowej wojny Kraków przyjął dziesiątki tysięcy osób"
                " z Ukrainy. Wiele z nich zostało w mieście na dłużej, znalazło pracę i"
                " zapisało dzieci do krakowskich szkół, przedszkoli i żłobków."
            ),
            (
                "Miasto przypomina, że wszystkie porady są bezpłatne. Aktualne godziny"
                " pracy punktu publikujemy w zakładce dla cudzoziemców."
            ),
        ),
        topics=("ukraine",),
        days_ago=12,
        quote=(
            "Chcemy, żeby nikt nie musiał wybierać między pracą a załatwieniem ważnej"
            " sprawy w urzędzie."
        ),
        quote_by="koordynatorka punktu wsparcia",
    ),
    ArticleSpec(
        category="news",
        title="Dzień otwarty dla kandydatów z zagranicy na krakowskich uczelniach",
        lead=(
            "Uniwersytet Jagielloński i AGH zapraszają przyszłych studentów z innych"
            " krajów na wspólny dzień informacyjny."
        ),
        paragraphs=(
            (
                "Kandydaci dowiedzą się, jak wygląda rekrutacja na studia prowadzone po"
                " angielsku, jakie dokumenty trzeba przygotować i ile kosztuje życie w"
                " Krakowie. Studenci z zagranicy opowiedzą o swoich pierwszych"
                " miesiącach w mieście."
            ),
            (
                "Kraków jest jednym z największych ośrodków akademickich w Polsce. Na"
                " tutejszych uczelniach studiują tysiące cudzoziemców, a"
                " zainteresowanie studiami w Krakowie rośnie z roku na rok."
            ),
            (
                "Spotkanie będzie transmitowane w internecie, dlatego mogą w nim"
                " uczestniczyć także osoby, które nie przyjadą do Krakowa. Pytania"
                " można zadawać na czacie."
            ),
        ),
        topics=("education", "science"),
        days_ago=140,
    ),
    ArticleSpec(
        category="news",
        title="Szopki krakowskie znów stanęły pod pomnikiem Adama Mickiewicza",
        lead=(
            "Pierwszy czwartek grudnia to w Krakowie święto szopkarzy. Konkurs, którego"
            " tradycja trafiła na listę niematerialnego dziedzictwa UNESCO, przyciąga"
            " tłumy gości z zagranicy."
        ),
        paragraphs=(
            (
                "Twórcy szopek przez wiele miesięcy budują misterne konstrukcje"
                " inspirowane krakowskimi zabytkami: wieżami kościoła Mariackiego,"
                " Sukiennicami i Wawelem. W konkursie biorą udział zarówno doświadczeni"
                " szopkarze, jak i dzieci ze szkół."
            ),
            (
                "Po ogłoszeniu wyników najpiękniejsze prace można oglądać na wystawie"
                " pokonkursowej w Muzeum Krakowa. Opisy szopek przygotowano po polsku i"
                " po angielsku."
            ),
        ),
        topics=("culture", "tourism"),
        days_ago=350,
        on=(12, 4),
        quote=(
            "Każda szopka opowiada o Krakowie trochę inaczej i właśnie dlatego goście z"
            " całego świata tak chętnie je oglądają."
        ),
        quote_by="kuratorka wystawy pokonkursowej",
    ),
    ArticleSpec(
        category="news",
        title="Wianki nad Wisłą: świętujemy najkrótszą noc roku",
        lead=(
            "Bulwary wiślane pod Wawelem zamienią się w wielką scenę. W programie"
            " koncerty, pokaz sztucznych ogni i tradycyjne puszczanie wianków na wodę."
        ),
        paragraphs=(
            (
                "Wianki to jedno z najstarszych krakowskich świąt, związane z nocą"
                " świętojańską. Dziś łączą dawną tradycję z koncertami artystów z"
                " Polski i z zagranicy."
            ),
            (
                "Na bulwarach staną punkty informacyjne, w których wolontariusze"
                " udzielą wskazówek po polsku, angielsku i ukraińsku. Miasto zachęca do"
                " korzystania z komunikacji miejskiej, bo w rejonie Wawelu obowiązywać"
                " będą ograniczenia w ruchu."
            ),
        ),
        topics=("culture", "tourism"),
        days_ago=180,
        on=(6, 18),
    ),
    ArticleSpec(
        category="news",
        title="Festiwal Muzyki Filmowej zaprasza do ICE Kraków i TAURON Areny",
        lead=(
            "Orkiestry i chóry wykonają muzykę z filmów, seriali i gier komputerowych."
            " Na festiwal przyjadą kompozytorzy z kilku kontynentów."
        ),
        paragraphs=(
            (
                "Festiwal Muzyki Filmowej w Krakowie od ponad piętnastu lat przyciąga"
                " miłośników kina i muzyki symfonicznej. Koncerty odbywają się w"
                " największych salach miasta, a spotkania z twórcami w mniejszych,"
                " kameralnych miejscach."
            ),
            (
                "Dla zagranicznych gości przygotowano anglojęzyczny przewodnik po"
                " festiwalu. Bilety na najpopularniejsze koncerty rozchodzą się szybko,"
                " warto więc zaplanować wizytę z wyprzedzeniem."
            ),
        ),
        topics=("culture",),
        days_ago=300,
        on=(5, 20),
    ),
    ArticleSpec(
        category="news",
        title="Rekrutacja do miejskich żłobków: informacje dla rodziców cudzoziemców",
        lead=(
            "Rodzice mieszkający w Krakowie mogą zapisać dziecko do żłobka niezależnie"
            " od obywatelstwa. Przygotowaliśmy krótki przewodnik po zasadach naboru."
        ),
        paragraphs=(
            (
                "Miejski żłobek przyjmuje dzieci w wieku od 20 tygodni do 3 lat. O"
                " miejsce w miejskim żłobku można się ubiegać przez elektroniczny"
                " system rekrutacji. Wniosek wypełnia się w internecie, a pracownicy"
                " żłobków pomagają osobom, które słabo znają język polski."
            ),
            (
                "W miejskich żłobkach coraz częściej pracują też opiekunki mówiące po"
                " ukraińsku. Dodatkowe punkty w rekrutacji otrzymują między innymi"
                " rodziny rozliczające podatki w Krakowie. Dlatego warto wpisać Kraków"
                " jako miejsce zamieszkania w zeznaniu podatkowym."
            ),
            (
                "Pytania dotyczące rekrutacji do żłobka można zadać telefonicznie lub w"
                " punkcie informacyjnym dla cudzoziemców. Konsultanci pomogą też w"
                " sprawach związanych z przedszkolem i szkołą."
            ),
        ),
        topics=("education", "ukraine"),
        days_ago=95,
        heading="Gdzie szukać pomocy",
    ),
    ArticleSpec(
        category="news",
        title="Cracovia Maraton: biegacze z kilkudziesięciu krajów na ulicach Krakowa",
        lead=(
            "W niedzielę trasa maratonu poprowadzi przez Stare Miasto, wzdłuż Wisły i"
            " przez wiele dzielnic. Kierowców czekają utrudnienia w ruchu."
        ),
        paragraphs=(
            (
                "Na starcie staną zarówno zawodowi biegacze, jak i amatorzy, dla"
                " których maraton jest okazją do poznania miasta. Wielu uczestników"
                " przyjeżdża z Niemiec, Ukrainy, Wielkiej Brytanii i Skandynawii."
            ),
            (
                "Mieszkańcy mogą dopingować zawodników wzdłuż całej trasy. Szczegółowa"
                " mapa objazdów i zmian w komunikacji miejskiej jest dostępna na"
                " stronie organizatora."
            ),
        ),
        topics=("sport", "tourism"),
        days_ago=400,
        on=(4, 24),
    ),
    ArticleSpec(
        category="news",
        title="Unsound po raz kolejny zamieni Kraków w stolicę muzyki eksperymentalnej",
        lead=(
            "Październikowy festiwal prezentuje muzykę elektroniczną, sztukę dźwięku i"
            " dyskusje o kulturze. Wśród publiczności jest wielu gości z zagranicy."
        ),
        paragraphs=(
            (
                "Unsound narodził się w Krakowie, a dziś jest znany w całej Europie."
                " Koncerty odbywają się w nietypowych miejscach, od dawnych hal"
                " przemysłowych po zabytkowe wnętrza."
            ),
            (
                "Festiwal współpracuje z artystami z kilkunastu krajów, a część"
                " programu powstaje razem z zagranicznymi instytutami kultury"
                " działającymi w Krakowie."
            ),
        ),
        topics=("culture",),
        days_ago=520,
        on=(10, 5),
    ),
    ArticleSpec(
        category="news",
        title="Misteria Paschalia: muzyka dawna w Wielkim Tygodniu",
        lead=(
            "Festiwal prezentuje muzykę renesansu i baroku w wykonaniu czołowych"
            " zespołów z Europy. Koncerty odbywają się w krakowskich kościołach i"
            " salach koncertowych."
        ),
        paragraphs=(
            (
                "Misteria Paschalia od początku są związane z okresem Wielkanocy."
                " Program obejmuje oratoria, pasje i mniej znane utwory, które rzadko"
                " można usłyszeć na żywo."
            ),
            (
                "Wielu słuchaczy przyjeżdża do Krakowa specjalnie na festiwal, łącząc"
                " koncerty ze zwiedzaniem miasta. Teksty utworów są drukowane w"
                " programach w oryginale i w przekładzie."
            ),
        ),
        topics=("culture", "tourism"),
        days_ago=600,
        on=(3, 30),
    ),
    # --- cooperation ----------------------------------------------------------
    ArticleSpec(
        category="cooperation",
        title="Krakowskie stoisko na jarmarku miast partnerskich w Norymberdze",
        lead=(
            "Pierniki, ozdoby choinkowe i szopki z Krakowa znów można kupić na słynnym"
            " jarmarku bożonarodzeniowym w Norymberdze."
        ),
        paragraphs=(
            (
                "Norymberga należy do najstarszych miast partnerskich Krakowa. Na"
                " bożonarodzeniowym jarmarku działa osobna część poświęcona miastom"
                " partnerskim, w której Kraków prezentuje się obok gości z innych"
                " krajów."
            ),
            (
                "Przy stoisku dyżurują przedstawiciele krakowskich instytucji kultury i"
                " turystyki. Opowiadają o zimowych atrakcjach Krakowa i zapraszają"
                " mieszkańców Norymbergi do odwiedzenia miasta."
            ),
        ),
        topics=("partner-cities", "culture", "tourism"),
        days_ago=330,
        on=(12, 2),
        quote=(
            "Partnerstwo z Norymbergą to przede wszystkim relacje między ludźmi, a"
            " jarmark pokazuje to najlepiej."
        ),
        quote_by="przedstawiciel Biura Współpracy Międzynarodowej",
    ),
    ArticleSpec(
        category="cooperation",
        title="Kraków wspiera partnerów z Kijowa i Lwowa",
        lead=(
            "Do ukraińskich miast partnerskich trafił kolejny transport sprzętu dla"
            " szpitali i służb komunalnych. Pomoc sfinansowano ze środków miasta i ze"
            " zbiórek mieszkańców."
        ),
        paragraphs=(
            (
                "Od pierwszych dni wojny Kraków utrzymuje stały kontakt z władzami"
                " Kijowa i Lwowa. Potrzeby są ustalane na bieżąco, dzięki czemu pomoc"
                " trafia tam, gdzie jest najbardziej potrzebna."
            ),
            (
                "W transporcie znalazły się generatory prądu, materiały opatrunkowe i"
                " wyposażenie dla oddziałów dziecięcych. Krakowskie firmy przekazały"
                " także narzędzia potrzebne do naprawy zniszczonej infrastruktury."
            ),
            (
                "Współpraca z miastami partnerskimi w Ukrainie obejmuje również wymianę"
                " doświadczeń między urzędnikami, nauczycielami i ratownikami."
            ),
        ),
        topics=("ukraine", "partner-cities"),
        days_ago=60,
    ),
    ArticleSpec(
        category="cooperation",
        title=(
            "Ruszył nabór do programu stypendialnego dla urzędników z miast"
            " partnerskich"
        ),
        lead=(
            "Stypendyści spędzą trzy miesiące w krakowskich instytucjach miejskich."
            " Program jest otwarty dla pracowników samorządów z miast partnerskich"
            " Krakowa."
        ),
        paragraphs=(
            (
                "Każdy stypendysta zostanie przydzielony do wydziału lub jednostki"
                " miejskiej, która zajmuje się tematem bliskim jego pracy. W"
                " poprzednich edycjach stypendyści poznawali między innymi organizację"
                " transportu publicznego, ochronę zabytków i obsługę inwestorów."
            ),
            (
                "Opiekunem każdego uczestnika jest doświadczony pracownik Urzędu Miasta"
                " Krakowa. Z ostatnim stypendystą z Wilna wciąż utrzymujemy kontakt, a"
                " projekt przygotowany w Krakowie jest dziś realizowany w jego"
                " rodzinnym mieście."
            ),
            (
                "Informacje o naborze rozsyłamy do urzędów w miastach partnerskich, a"
                " zgłoszenia przyjmujemy drogą elektroniczną. Wymagana jest"
                " komunikatywna znajomość języka angielskiego lub polskiego. Do tej"
                " pory w programie wzięło udział kilkudziesięciu stypendystów z Europy"
                " i obu Ameryk."
            ),
        ),
        topics=("education", "partner-cities"),
        days_ago=220,
        on=(3, 25),
        heading="Jak się zgłosić",
    ),
    ArticleSpec(
        category="cooperation",
        title="Młodzież z Krakowa i Lipska razem na warsztatach muzycznych",
        lead=(
            "Uczniowie szkół muzycznych z obu miast przygotowali wspólny koncert. Próby"
            " odbywały się najpierw w Lipsku, a potem w Krakowie."
        ),
        paragraphs=(
            (
                "Lipsk kojarzy się z Janem Sebastianem Bachem i jedną z najstarszych"
                " tradycji muzycznych w Europie. Dla młodych krakowskich muzyków"
                " tydzień w tym mieście był okazją do pracy z tamtejszymi pedagogami."
            ),
            (
                "Finałowy koncert odbył się w Krakowie, a młodzi artyści wykonali w nim"
                " utwory kompozytorów polskich i niemieckich. Organizatorzy już planują"
                " kolejną edycję wymiany."
            ),
        ),
        topics=("culture", "education", "partner-cities"),
        days_ago=410,
    ),
    ArticleSpec(
        category="cooperation",
        title="Delegacja Krakowa na święcie Joanny d'Arc w Orleanie",
        lead=(
            "Przedstawiciele Krakowa wzięli udział w majowych uroczystościach ku czci"
            " patronki Orleanu. Wizyta była też okazją do rozmów o wymianie studentów."
        ),
        paragraphs=(
            (
                "Święto Joanny d'Arc to najważniejsze wydarzenie w kalendarzu Orleanu."
                " Miasto zaprasza na nie delegacje ze swoich miast partnerskich, które"
                " uczestniczą w pochodzie i oficjalnych uroczystościach."
            ),
            (
                "Podczas wizyty rozmawiano o współpracy uczelni i szkół średnich."
                " Kraków i Orlean chcą ułatwić młodym ludziom odbywanie praktyk w obu"
                " miastach."
            ),
        ),
        topics=("partner-cities", "diplomacy", "education"),
        days_ago=250,
        on=(5, 10),
    ),
    ArticleSpec(
        category="cooperation",
        title="Krakowscy artyści na sierpniowych festiwalach w Edynburgu",
        lead=(
            "Teatr, taniec i muzyka z Krakowa zaprezentowały się w stolicy Szkocji."
            " Występy wsparło miasto w ramach programu współpracy kulturalnej."
        ),
        paragraphs=(
            (
                "Sierpniowe festiwale w Edynburgu to jedno z największych świąt sztuk"
                " performatywnych na świecie. Dla artystów z Krakowa to szansa na"
                " spotkanie z publicznością i producentami z wielu krajów."
            ),
            (
                "Edynburg to miasto partnerskie Krakowa, a oba miasta łączy tytuł"
                " Miasta Literatury UNESCO. Współpraca obejmuje także wymianę pisarzy i"
                " tłumaczy."
            ),
        ),
        topics=("culture", "partner-cities"),
        days_ago=470,
        on=(8, 28),
    ),
    ArticleSpec(
        category="cooperation",
        title="Tydzień Kioto w Muzeum Manggha",
        lead=(
            "Ceremonia herbaty, pokazy kaligrafii i wykłady o architekturze świątyń"
            " przybliżą krakowianom kulturę dawnej stolicy Japonii."
        ),
        paragraphs=(
            (
                "Muzeum Sztuki i Techniki Japońskiej Manggha powstało z inicjatywy"
                " Andrzeja Wajdy, a jego gmach zaprojektował Arata Isozaki. Od lat jest"
                " najważniejszym miejscem spotkań kultury polskiej i japońskiej w"
                " Krakowie."
            ),
            (
                "W programie tygodnia znalazły się również warsztaty dla dzieci i"
                " spotkanie z japońskimi studentami krakowskich uczelni. Wstęp na"
                " większość wydarzeń jest bezpłatny."
            ),
        ),
        topics=("culture", "partner-cities"),
        days_ago=530,
    ),
    ArticleSpec(
        category="cooperation",
        title="Miasta Europy Środkowej rozmawiają o transporcie przyjaznym klimatowi",
        lead=(
            "Eksperci z Krakowa, Budapesztu, Bratysławy i Zagrzebia spotkali się, by"
            " porozmawiać o tramwajach, rowerach i czystym powietrzu."
        ),
        paragraphs=(
            (
                "Kraków podzielił się doświadczeniami z przygotowania strefy czystego"
                " transportu i rozbudowy sieci tramwajowej. Goście z Budapesztu"
                " opowiadali z kolei o łączeniu transportu miejskiego z żeglugą na"
                " Dunaju."
            ),
            (
                "Spotkanie zakończyło się ustaleniem wspólnej listy tematów na kolejny"
                " rok. Miasta partnerskie chcą razem ubiegać się o środki europejskie"
                " na projekty klimatyczne."
            ),
        ),
        topics=("environment", "partner-cities"),
        days_ago=150,
    ),
    ArticleSpec(
        category="cooperation",
        title="Goście z Kurytyby poznają krakowskie instytucje kultury",
        lead=(
            "Przedstawiciele władz Kurytyby i brazylijskiej Polonii odwiedzili Kraków."
            " Rozmowy dotyczyły wymiany kulturalnej i nauki języka polskiego."
        ),
        paragraphs=(
            (
                "Kurytyba, stolica stanu Parana, jest domem jednej z największych"
                " społeczności polskiego pochodzenia w Ameryce Południowej. Wielu jej"
                " mieszkańców wciąż pielęgnuje język i tradycje przodków."
            ),
            (
                "Goście odwiedzili Nową Hutę, Kazimierz i Międzynarodowe Centrum"
                " Kultury. Spotkali się także z nauczycielami uczącymi polskiego jako"
                " języka obcego."
            ),
        ),
        topics=("culture", "partner-cities"),
        days_ago=690,
    ),
    # --- national days --------------------------------------------------------
    ArticleSpec(
        category="national-days",
        title="Życzenia dla narodu ukraińskiego w Dniu Niepodległości",
        lead=(
            "24 sierpnia Kraków łączy się z Ukrainkami i Ukraińcami w Ukrainie i na"
            " całym świecie. Składamy życzenia pokoju, bezpieczeństwa i wolności."
        ),
        paragraphs=(
            (
                "Dzień Niepodległości Ukrainy obchodzimy w Krakowie razem z tysiącami"
                " ukraińskich rodzin, które zamieszkały w naszym mieście. Ich obecność"
                " zmieniła Kraków i wzbogaciła jego życie społeczne oraz kulturalne."
            ),
            (
                "Szczególne pozdrowienia przesyłamy mieszkańcom Kijowa i Lwowa, naszych"
                " miast partnerskich. Wierzymy, że wkrótce będziemy mogli wspólnie"
                " świętować w wolnej i bezpiecznej Ukrainie."
            ),
        ),
        topics=("ukraine", "diplomacy"),
        days_ago=100,
        on=(8, 24),
        quote="Kraków stoi po stronie Ukrainy dziś i będzie stał jutro.",
        quote_by="Prezydent Miasta Krakowa",
    ),
    ArticleSpec(
        category="national-days",
        title=(
            "Dzień Jedności Niemiec: pozdrowienia dla Norymbergi, Frankfurtu i Lipska"
        ),
        lead=(
            "3 października Niemcy świętują zjednoczenie kraju. Kraków przesyła"
            " serdeczne życzenia swoim trzem niemieckim miastom partnerskim."
        ),
        paragraphs=(
            (
                "Zjednoczenie Niemiec w 1990 roku zmieniło mapę Europy i otworzyło nowe"
                " możliwości także dla współpracy polsko-niemieckiej. Dziś Kraków"
                " utrzymuje bliskie relacje z Norymbergą, Frankfurtem nad Menem i"
                " Lipskiem."
            ),
            (
                "Dziękujemy naszym niemieckim partnerom za wieloletnią przyjaźń,"
                " wspólne projekty kulturalne i solidarność, którą okazali Krakowowi w"
                " trudnych chwilach."
            ),
        ),
        topics=("diplomacy", "partner-cities"),
        days_ago=50,
        on=(10, 3),
    ),
    ArticleSpec(
        category="national-days",
        title="14 lipca: życzenia z okazji Święta Narodowego Francji",
        lead=(
            "W rocznicę zdobycia Bastylii pozdrawiamy Francuzów mieszkających w"
            " Krakowie oraz przyjaciół z Bordeaux i Orleanu."
        ),
        paragraphs=(
            (
                "Francuskie święto narodowe przypomina o ideałach wolności, równości i"
                " braterstwa, bliskich także krakowianom. Związki Krakowa z Francją"
                " sięgają wielu stuleci: już w XVI wieku na Wawelu koronowano Henryka"
                " Walezego."
            ),
            (
                "Nasze miasta partnerskie, Bordeaux i Orlean, są ważnymi partnerami w"
                " wymianie młodzieży i współpracy kulturalnej. Życzymy wszystkim"
                " Francuzkom i Francuzom radosnego świętowania."
            ),
        ),
        topics=("diplomacy", "culture"),
        days_ago=120,
        on=(7, 14),
    ),
    ArticleSpec(
        category="national-days",
        title="Dzień Niepodległości Stanów Zjednoczonych — pozdrowienia z Krakowa",
        lead=(
            "4 lipca składamy życzenia obywatelom Stanów Zjednoczonych, w tym"
            " mieszkańcom naszych amerykańskich miast partnerskich."
        ),
        paragraphs=(
            (
                "Wśród amerykańskich partnerów Krakowa są Rochester w stanie Nowy Jork"
                " i San Francisco. Współpraca z nimi obejmuje kulturę, naukę i wymianę"
                " doświadczeń w zarządzaniu miastem."
            ),
            (
                "W Krakowie działa Konsulat Generalny Stanów Zjednoczonych, a w mieście"
                " mieszka i studiuje wielu Amerykanów. Życzymy im i ich rodakom"
                " radosnego święta."
            ),
        ),
        topics=("diplomacy", "partner-cities"),
        days_ago=130,
        on=(7, 4),
    ),
    ArticleSpec(
        category="national-days",
        title="Święto Republiki Włoskiej: Kraków pozdrawia Florencję i Mediolan",
        lead=(
            "2 czerwca Włosi świętują rocznicę referendum, w którym wybrali republikę."
            " Przesyłamy życzenia naszym włoskim miastom partnerskim."
        ),
        paragraphs=(
            (
                "Związki Krakowa z Włochami mają długą historię: to włoscy architekci"
                " współtworzyli renesansowy Wawel, a krakowskie uczelnie od wieków"
                " utrzymują kontakty z uniwersytetami na Półwyspie Apenińskim."
            ),
            (
                "Florencja i Mediolan są dla Krakowa ważnymi partnerami w dziedzinie"
                " kultury, wzornictwa i ochrony zabytków. Życzymy wszystkim Włoszkom i"
                " Włochom mieszkającym w Krakowie wspaniałego święta."
            ),
        ),
        topics=("diplomacy", "culture", "partner-cities"),
        days_ago=160,
        on=(6, 2),
    ),
    ArticleSpec(
        category="national-days",
        title="Życzenia dla Litwy z okazji Dnia Odrodzenia Państwa",
        lead=(
            "16 lutego Litwini świętują rocznicę Aktu Niepodległości z 1918 roku."
            " Kraków łączy z Wilnem wyjątkowo bliska przyjaźń."
        ),
        paragraphs=(
            (
                "Wspólna historia Polski i Litwy jest w Krakowie szczególnie widoczna."
                " Na Wawelu spoczywają władcy z dynastii Jagiellonów, a nazwa"
                " Uniwersytetu Jagiellońskiego upamiętnia tę dynastię."
            ),
            (
                "Wilno jest jednym z najbliższych partnerów Krakowa. Życzymy"
                " mieszkańcom Litwy oraz Litwinom mieszkającym w naszym mieście"
                " pomyślności i wielu powodów do radości."
            ),
        ),
        topics=("diplomacy", "partner-cities"),
        days_ago=290,
        on=(2, 16),
    ),
    ArticleSpec(
        category="national-days",
        title="Święto Państwowe Węgier: pozdrowienia dla Budapesztu",
        lead=(
            "20 sierpnia, w dniu świętego Stefana, Węgrzy obchodzą rocznicę założenia"
            " swojego państwa. Kraków przesyła serdeczne życzenia węgierskim"
            " przyjaciołom."
        ),
        paragraphs=(
            (
                "Przyjaźń polsko-węgierska ma w Krakowie wiele symboli, od królowej"
                " Jadwigi, córki króla Węgier Ludwika Andegaweńskiego, po wspólne"
                " inicjatywy współczesnych artystów."
            ),
            (
                "Budapeszt jest miastem partnerskim Krakowa, a kontakty między naszymi"
                " uczelniami, teatrami i muzeami rozwijają się od lat. Życzymy Węgrom"
                " radosnego świętowania."
            ),
        ),
        topics=("diplomacy", "partner-cities"),
        days_ago=340,
        on=(8, 20),
    ),
    ArticleSpec(
        category="national-days",
        title="Dzień Założenia Państwa: życzenia dla przyjaciół z Japonii",
        lead=(
            "11 lutego Japonia obchodzi święto upamiętniające założenie państwa. Kraków"
            " pozdrawia mieszkańców Kioto i całą społeczność japońską w mieście."
        ),
        paragraphs=(
            (
                "Kultura japońska jest w Krakowie obecna na co dzień, przede wszystkim"
                " dzięki Muzeum Manggha i studentom japonistyki Uniwersytetu"
                " Jagiellońskiego."
            ),
            (
                "Kioto, dawna stolica cesarska, jest dla Krakowa naturalnym partnerem:"
                " oba miasta strzegą bogatego dziedzictwa i przyciągają gości z całego"
                " świata. Życzymy Japończykom pomyślności."
            ),
        ),
        topics=("diplomacy", "culture"),
        days_ago=700,
        on=(2, 11),
    ),
]
