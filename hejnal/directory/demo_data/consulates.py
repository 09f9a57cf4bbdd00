# ruff: noqa: E501
"""Consulates in Kraków. The consulates general's streets are public facts;
heads of post, phones, e-mails and websites are placeholders."""

GENERAL, HONORARY = "general", "honorary"

HEAD_TITLES = {
    GENERAL: {
        "pl": "konsul generalny",
        "en": "Consul General",
        "de": "Generalkonsul",
        "uk": "генеральний консул",
        "ar": "القنصل العام",
    },
    HONORARY: {
        "pl": "konsul honorowy",
        "en": "Honorary Consul",
        "de": "Honorarkonsul",
        "uk": "почесний консул",
        "ar": "القنصل الفخري",
    },
}

OFFICE_HOURS = {
    GENERAL: (
        "Mo-Fr 09:00-12:00",
        {
            "pl": "Poniedziałek–piątek, 9:00–12:00; sprawy paszportowe i wizowe po wcześniejszym umówieniu.",
            "en": "Monday to Friday, 9:00–12:00; passports and visas by appointment.",
            "de": "Montag bis Freitag, 9:00–12:00 Uhr; Pass- und Visaangelegenheiten nach Terminvereinbarung.",
            "uk": "Понеділок–п'ятниця, 9:00–12:00; паспортні та візові питання за попереднім записом.",
            "ar": "من الاثنين إلى الجمعة، 9:00–12:00؛ جوازات السفر والتأشيرات بموعد مسبق.",
        },
    ),
    HONORARY: (
        "Tu,Th 10:00-13:00",
        {
            "pl": "Wtorki i czwartki, 10:00–13:00, po wcześniejszym umówieniu.",
            "en": "Tuesdays and Thursdays, 10:00–13:00, by appointment.",
            "de": "Dienstags und donnerstags, 10:00–13:00 Uhr, nach Vereinbarung.",
            "uk": "Вівторок і четвер, 10:00–13:00, за попереднім записом.",
            "ar": "يوما الثلاثاء والخميس، 10:00–13:00، بموعد مسبق.",
        },
    ),
}


def consulate(key, country, kind, street, postal, head, phone, names):
    return {
        "key": key,
        "country": country,
        "kind": kind,
        "street_address": street,
        "postal_code": postal,
        "head_of_post": head,
        "phone": phone,
        "email": f"krakow@{country.lower()}.consulate.example",
        "website": f"https://{country.lower()}.consulate.example/krakow",
        "names": dict(zip(("pl", "en", "de", "uk", "ar"), names, strict=True)),
    }


CONSULATES = [
    consulate(
        "de",
        "DE",
        GENERAL,
        "ul. Stolarska 7",
        "31-043",
        "Dr. Katrin Beispiel",
        "+48 12 555 01 01",
        (
            "Konsulat Generalny Republiki Federalnej Niemiec w Krakowie",
            "Consulate General of the Federal Republic of Germany in Kraków",
            "Generalkonsulat der Bundesrepublik Deutschland in Krakau",
            "Генеральне консульство Федеративної Республіки Німеччина в Кракові",
            "القنصلية العامة لجمهورية ألمانيا الاتحادية في كراكوف",
        ),
    ),
    consulate(
        "us",
        "US",
        GENERAL,
        "ul. Stolarska 9",
        "31-043",
        "Jane Example",
        "+48 12 555 01 02",
        (
            "Konsulat Generalny Stanów Zjednoczonych Ameryki w Krakowie",
            "Consulate General of the United States of America in Kraków",
            "Generalkonsulat der Vereinigten Staaten von Amerika in Krakau",
            "Генеральне консульство Сполучених Штатів Америки в Кракові",
            "القنصلية العامة للولايات المتحدة الأمريكية في كراكوف",
        ),
    ),
    consulate(
        "fr",
        "FR",
        GENERAL,
        "ul. Stolarska 15",
        "31-043",
        "Claire Exemple",
        "+48 12 555 01 03",
        (
            "Konsulat Generalny Republiki Francuskiej w Krakowie",
            "Consulate General of France in Kraków",
            "Generalkonsulat der Französischen Republik in Krakau",
            "Генеральне консульство Французької Республіки в Кракові",
            "القنصلية العامة للجمهورية الفرنسية في كراكوف",
        ),
    ),
    consulate(
        "ua",
        "UA",
        GENERAL,
        "ul. Beliny-Prażmowskiego 4",
        "31-514",
        "Ołena Pryklad",
        "+48 12 555 01 04",
        (
            "Konsulat Generalny Ukrainy w Krakowie",
            "Consulate General of Ukraine in Kraków",
            "Generalkonsulat der Ukraine in Krakau",
            "Генеральне консульство України в Кракові",
            "القنصلية العامة لأوكرانيا في كراكوف",
        ),
    ),
    consulate(
        "hu",
        "HU",
        GENERAL,
        "ul. Mikołajska 26",
        "31-027",
        "Péter Példa",
        "+48 12 555 01 05",
        (
            "Konsulat Generalny Węgier w Krakowie",
            "Consulate General of Hungary in Kraków",
            "Generalkonsulat von Ungarn in Krakau",
            "Генеральне консульство Угорщини в Кракові",
            "القنصلية العامة للمجر في كراكوف",
        ),
    ),
    consulate(
        "sk",
        "SK",
        GENERAL,
        "ul. Św. Tomasza 34",
        "31-027",
        "Mária Príkladová",
        "+48 12 555 01 06",
        (
            "Konsulat Generalny Republiki Słowackiej w Krakowie",
            "Consulate General of the Slovak Republic in Kraków",
            "Generalkonsulat der Slowakischen Republik in Krakau",
            "Генеральне консульство Словацької Республіки в Кракові",
            "القنصلية العامة للجمهورية السلوفاكية في كراكوف",
        ),
    ),
    consulate(
        "at",
        "AT",
        HONORARY,
        "ul. Krupnicza 12",
        "31-123",
        "Mag. Thomas Muster",
        "+48 12 555 02 01",
        (
            "Konsulat Honorowy Republiki Austrii w Krakowie",
            "Honorary Consulate of the Republic of Austria in Kraków",
            "Honorarkonsulat der Republik Österreich in Krakau",
            "Почесне консульство Австрійської Республіки в Кракові",
            "القنصلية الفخرية لجمهورية النمسا في كراكوف",
        ),
    ),
    consulate(
        "it",
        "IT",
        HONORARY,
        "ul. Bracka 4",
        "31-005",
        "Marco Esempio",
        "+48 12 555 02 02",
        (
            "Konsulat Honorowy Republiki Włoskiej w Krakowie",
            "Honorary Consulate of Italy in Kraków",
            "Honorarkonsulat der Italienischen Republik in Krakau",
            "Почесне консульство Італійської Республіки в Кракові",
            "القنصلية الفخرية للجمهورية الإيطالية في كراكوف",
        ),
    ),
    consulate(
        "jp",
        "JP",
        HONORARY,
        "ul. Konopnickiej 26",
        "30-302",
        "Hanako Rei",
        "+48 12 555 02 03",
        (
            "Konsulat Honorowy Japonii w Krakowie",
            "Honorary Consulate of Japan in Kraków",
            "Honorarkonsulat von Japan in Krakau",
            "Почесне консульство Японії в Кракові",
            "القنصلية الفخرية لليابان في كراكوف",
        ),
    ),
    consulate(
        "nl",
        "NL",
        HONORARY,
        "ul. Dietla 50",
        "31-039",
        "Jan Voorbeeld",
        "+48 12 555 02 04",
        (
            "Konsulat Honorowy Królestwa Niderlandów w Krakowie",
            "Honorary Consulate of the Kingdom of the Netherlands in Kraków",
            "Honorarkonsulat des Königreichs der Niederlande in Krakau",
            "Почесне консульство Королівства Нідерландів у Кракові",
            "القنصلية الفخرية لمملكة هولندا في كراكوف",
        ),
    ),
]
