# ruff: noqa: E501
"""The four directory pages in each language: model key -> language ->
(title, intro); slugs follow the site's rule (``hejnal.core.slugs``)."""

INDEX_PAGES = {
    "calendar": {
        "pl": (
            "Kalendarz świąt narodowych",
            "Święta narodowe krajów, z którymi współpracuje Kraków – miesiąc po miesiącu, z najbliższymi wyróżnionymi.",
        ),
        "en": (
            "Calendar of national days",
            "The national days of the countries Kraków works with, month by month, with the next ones highlighted.",
        ),
        "de": (
            "Kalender der Nationalfeiertage",
            "Die Nationalfeiertage der Länder, mit denen Krakau zusammenarbeitet – Monat für Monat, die nächsten hervorgehoben.",
        ),
        "uk": (
            "Календар національних свят",
            "Національні свята країн, з якими співпрацює Краків, – місяць за місяцем, найближчі виділено.",
        ),
        "ar": (
            "تقويم الأعياد الوطنية",
            "الأعياد الوطنية للدول التي تتعاون معها كراكوف، شهراً بشهر، مع إبراز الأعياد القادمة.",
        ),
    },
    "cities": {
        "pl": (
            "Miasta partnerskie",
            "Miasta, z którymi Kraków podpisał porozumienia o współpracy – na mapie i w tabeli.",
        ),
        "en": (
            "Partner cities",
            "The cities Kraków has signed cooperation agreements with, on a map and in a table.",
        ),
        "de": (
            "Partnerstädte",
            "Die Städte, mit denen Krakau Kooperationsvereinbarungen unterzeichnet hat – auf der Karte und in der Tabelle.",
        ),
        "uk": (
            "Міста-партнери",
            "Міста, з якими Краків підписав угоди про співпрацю, – на карті й у таблиці.",
        ),
        "ar": (
            "المدن الشريكة",
            "المدن التي وقّعت معها كراكوف اتفاقيات تعاون، على الخريطة وفي جدول.",
        ),
    },
    "consulates": {
        "pl": (
            "Korpus konsularny w Krakowie",
            "Konsulaty generalne i honorowe w Krakowie: adresy, godziny przyjęć i kontakt.",
        ),
        "en": (
            "Consular corps in Kraków",
            "Consulates general and honorary consulates in Kraków: addresses, office hours and contacts.",
        ),
        "de": (
            "Konsularisches Korps in Krakau",
            "Generalkonsulate und Honorarkonsulate in Krakau: Adressen, Sprechzeiten und Kontakt.",
        ),
        "uk": (
            "Консульський корпус у Кракові",
            "Генеральні та почесні консульства в Кракові: адреси, години прийому й контакти.",
        ),
        "ar": (
            "السلك القنصلي في كراكوف",
            "القنصليات العامة والفخرية في كراكوف: العناوين وساعات العمل ووسائل الاتصال.",
        ),
    },
    "countries": {
        "pl": (
            "Współpraca z krajami",
            "Relacje Krakowa z poszczególnymi krajami: miasta partnerskie, konsulaty, święta i wiadomości.",
        ),
        "en": (
            "Relations by country",
            "Kraków's relations with each country: partner cities, consulates, national days and news.",
        ),
        "de": (
            "Beziehungen nach Ländern",
            "Krakaus Beziehungen zu einzelnen Ländern: Partnerstädte, Konsulate, Feiertage und Nachrichten.",
        ),
        "uk": (
            "Співпраця з країнами",
            "Відносини Кракова з окремими країнами: міста-партнери, консульства, свята й новини.",
        ),
        "ar": (
            "العلاقات حسب البلد",
            "علاقات كراكوف مع كل بلد: المدن الشريكة والقنصليات والأعياد الوطنية والأخبار.",
        ),
    },
}
