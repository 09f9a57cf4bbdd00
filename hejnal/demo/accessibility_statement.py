"""Demo facts for the accessibility statement of each language version.

The statement's legal wording comes from its template; this supplies what an
office would enter: who, when, how assessed, what is not yet accessible, and
its own description of the building, sign-language interpreting and an
easy-to-read summary, written in each language.
"""

import datetime
import uuid

from hejnal.pages.models import AccessibilityStatementPage

# What is not accessible yet, per language: (content, reason, explanation, alternative)
NON_ACCESSIBLE = {
    "pl": (
        "Archiwalne dokumenty PDF sprzed 2020 roku",
        "disproportionate_burden",
        "Skany dokumentów nie mają warstwy tekstowej.",
        "Na prośbę przygotujemy dokument w formie tekstowej.",
    ),
    "en": (
        "Archived PDF documents from before 2020",
        "disproportionate_burden",
        "The scanned documents have no text layer.",
        "On request we will provide the document as text.",
    ),
    "de": (
        "Archivierte PDF-Dokumente aus der Zeit vor 2020",
        "disproportionate_burden",
        "Die gescannten Dokumente haben keine Textebene.",
        "Auf Anfrage stellen wir das Dokument als Text bereit.",
    ),
    "uk": (
        "Архівні PDF-документи до 2020 року",
        "disproportionate_burden",
        "Скановані документи не мають текстового шару.",
        "На прохання ми надамо документ у текстовій формі.",
    ),
    "ar": (
        "وثائق PDF المؤرشفة قبل عام 2020",
        "disproportionate_burden",
        "الوثائق الممسوحة ضوئيا لا تحتوي على طبقة نصية.",
        "نوفر الوثيقة نصا عند الطلب.",
    ),
}


# The office building, sign language and easy-to-read text, per language:
# (architectural accessibility, Polish Sign Language, easy-to-read information).
# Place names are described, not quoted, so no Polish sits unmarked in them.
ACCESS = {
    "pl": (
        "Biuro mieści się w Pałacu Wielopolskich. Do głównego wejścia od strony"
        " placu prowadzą trzy stopnie. Wejście boczne ma podjazd dla wózków i"
        " dzwonek, którym można wezwać pracownika na pomoc. Winda łączy wszystkie"
        " piętra; Biuro Współpracy Międzynarodowej jest na pierwszym piętrze, w"
        " pokoju 108.\n\n"
        "Toaleta dostosowana do potrzeb osób z niepełnosprawnościami jest na"
        " parterze, obok windy. Przed budynkiem wyznaczono dwa miejsca parkingowe"
        " dla osób z niepełnosprawnościami.\n\n"
        "Do całego budynku można wejść z psem asystującym. Stanowisko obsługi na"
        " parterze ma przenośną pętlę indukcyjną – prosimy poprosić pracownika o"
        " jej włączenie. Na każdym piętrze są krzesła ewakuacyjne, a pracownicy"
        " umieją z nich korzystać.",
        "Osoby głuche i słabosłyszące mogą bezpłatnie skorzystać z pomocy"
        " tłumacza polskiego języka migowego (PJM). Prosimy zgłosić taką potrzebę"
        " co najmniej 3 dni robocze przed wizytą – e-mailem lub SMS-em – i podać"
        " datę, godzinę oraz sprawę. Jeśli wizyta osobista nie jest możliwa,"
        " zorganizujemy rozmowę z tłumaczem przez wideo.\n\n"
        "Sprawę można też załatwić pisemnie, e-mailem; w biurze pracownik"
        " porozumie się z Państwem również na piśmie.",
        "Jesteśmy Biurem Współpracy Międzynarodowej Urzędu Miasta Krakowa.\n"
        "Współpracujemy z miastami w innych krajach.\n"
        "Pomagamy cudzoziemcom, którzy mieszkają w Krakowie.\n"
        "Na tej stronie są wiadomości o naszej pracy.\n"
        "Znajdziesz tu miasta partnerskie Krakowa i konsulaty w Krakowie.\n\n"
        "Możesz do nas napisać: international@krakow.example.\n"
        "Możesz do nas zadzwonić: +48 12 616 12 00.\n"
        "Możesz przyjść do biura od poniedziałku do piątku, od 8:00 do 15:30.",
    ),
    "en": (
        "The office is in the Wielopolski Palace. Three steps lead up to the main"
        " entrance on the square; the side entrance has a ramp and a bell to call"
        " a member of staff for help. A lift serves every floor; the International"
        " Relations Office is on the first floor, in room 108.\n\n"
        "An accessible toilet is on the ground floor, next to the lift. Two"
        " parking spaces for disabled drivers are marked in front of the"
        " building.\n\n"
        "Assistance dogs are welcome throughout the building. The service desk on"
        " the ground floor has a portable induction loop: please ask the staff to"
        " switch it on. Every floor has evacuation chairs, and the staff are"
        " trained to use them.",
        "Deaf and hard-of-hearing visitors can have a Polish Sign Language (PJM)"
        " interpreter free of charge. Please tell us at least 3 working days"
        " before your visit, by e-mail or text message, with the date, the time"
        " and what it is about. If you cannot come in person, we can arrange a"
        " video call with an interpreter.\n\n"
        "You can also deal with your matter in writing, by e-mail; at the office,"
        " the staff will also communicate with you in writing.",
        "We are the International Relations Office of the City of Kraków.\n"
        "We work with cities in other countries.\n"
        "We help people from other countries who live in Kraków.\n"
        "On this website you can read news about our work.\n"
        "You can find Kraków's partner cities and the consulates in Kraków.\n\n"
        "You can write to us: international@krakow.example.\n"
        "You can phone us: +48 12 616 12 00.\n"
        "You can visit the office from Monday to Friday, from 8:00 to 15:30.",
    ),
    "de": (
        "Das Büro befindet sich im Wielopolski-Palast. Zum Haupteingang am Platz"
        " führen drei Stufen; der Seiteneingang hat eine Rampe und eine Klingel,"
        " mit der Sie Hilfe rufen können. Ein Aufzug verbindet alle Etagen; das"
        " Büro für internationale Beziehungen liegt im ersten Stock, Zimmer"
        " 108.\n\n"
        "Eine barrierefreie Toilette gibt es im Erdgeschoss neben dem Aufzug. Vor"
        " dem Gebäude sind zwei Parkplätze für Menschen mit Behinderungen"
        " ausgewiesen.\n\n"
        "Assistenzhunde dürfen in das ganze Gebäude mitkommen. Der Schalter im"
        " Erdgeschoss hat eine mobile Induktionsschleife; die Mitarbeitenden"
        " schalten sie auf Wunsch ein. Auf jeder Etage stehen"
        " Evakuierungsstühle bereit, und das Personal ist darin geschult.",
        "Gehörlose und schwerhörige Menschen können kostenlos eine Dolmetscherin"
        " oder einen Dolmetscher für Polnische Gebärdensprache (PJM) nutzen. Bitte"
        " melden Sie den Bedarf mindestens 3 Werktage vor Ihrem Besuch per E-Mail"
        " oder SMS an und nennen Sie Datum, Uhrzeit und Anliegen. Ist ein Besuch"
        " vor Ort nicht möglich, vermitteln wir ein Videogespräch mit"
        " Dolmetschung.\n\n"
        "Sie können Ihr Anliegen auch schriftlich per E-Mail erledigen; im Büro"
        " verständigen sich die Mitarbeitenden mit Ihnen auch schriftlich.",
        "Wir sind das Büro für internationale Beziehungen der Stadt Krakau.\n"
        "Wir arbeiten mit Städten in anderen Ländern zusammen.\n"
        "Wir helfen Menschen aus anderen Ländern, die in Krakau wohnen.\n"
        "Auf dieser Website stehen Nachrichten über unsere Arbeit.\n"
        "Hier finden Sie die Partnerstädte von Krakau und die Konsulate in"
        " Krakau.\n\n"
        "Sie können uns schreiben: international@krakow.example.\n"
        "Sie können uns anrufen: +48 12 616 12 00.\n"
        "Sie können ins Büro kommen: Montag bis Freitag, von 8 Uhr bis 15:30 Uhr.",
    ),
    "uk": (
        "Бюро розташоване в Палаці Велопольських. До головного входу з боку"
        " площі ведуть три сходинки; бічний вхід має пандус і дзвінок, яким можна"
        " покликати працівника на допомогу. Ліфт сполучає всі поверхи; Бюро"
        " міжнародної співпраці — на другому поверсі (у Польщі його називають"
        " першим), у кімнаті 108.\n\n"
        "Туалет, пристосований для людей з інвалідністю, — на першому поверсі,"
        " поруч із ліфтом. Перед будинком позначено два паркувальні місця для"
        " людей з інвалідністю.\n\n"
        "До всієї будівлі можна заходити із собакою-помічником. Стійка"
        " обслуговування на першому поверсі має переносну індукційну петлю —"
        " попросіть працівника її ввімкнути. На кожному поверсі є евакуаційні"
        " крісла, і працівники вміють ними користуватися.",
        "Глухі та слабочуючі люди можуть безкоштовно скористатися допомогою"
        " перекладача польської жестової мови (PJM). Повідомте нас щонайменше за"
        " 3 робочі дні до візиту — електронною поштою або SMS — і вкажіть дату,"
        " час і справу. Якщо прийти особисто неможливо, ми організуємо"
        " відеорозмову з перекладачем.\n\n"
        "Справу можна також вирішити письмово, електронною поштою; у бюро"
        " працівники спілкуватимуться з вами й письмово.",
        "Ми — Бюро міжнародної співпраці міста Кракова.\n"
        "Ми співпрацюємо з містами в інших країнах.\n"
        "Ми допомагаємо іноземцям, які живуть у Кракові.\n"
        "На цьому сайті є новини про нашу роботу.\n"
        "Тут ви знайдете міста-партнери Кракова і консульства в Кракові.\n\n"
        "Ви можете написати нам: international@krakow.example.\n"
        "Ви можете зателефонувати нам: +48 12 616 12 00.\n"
        "Ви можете прийти до бюро з понеділка по п'ятницю, з 8:00 до 15:30.",
    ),
    "ar": (
        "يقع المكتب في قصر فيلوبولسكي. تؤدي ثلاث درجات إلى المدخل الرئيسي من جهة"
        " الساحة، أما المدخل الجانبي ففيه منحدر للكراسي المتحركة وجرس لطلب"
        " المساعدة من أحد الموظفين. يصل المصعد إلى جميع الطوابق، ومكتب العلاقات"
        " الدولية في الطابق الأول، الغرفة 108.\n\n"
        "توجد دورة مياه مهيّأة للأشخاص ذوي الإعاقة في الطابق الأرضي بجوار"
        " المصعد، وأمام المبنى موقفان مخصصان لسيارات الأشخاص ذوي الإعاقة.\n\n"
        "يُسمح بدخول الكلاب المرافقة إلى المبنى كله. وفي مكتب الاستقبال بالطابق"
        " الأرضي حلقة حثّ سمعية متنقلة، فاطلبوا من الموظفين تشغيلها. وفي كل طابق"
        " كراسٍ للإخلاء، والموظفون مدرَّبون على استخدامها.",
        "يمكن للأشخاص الصم وضعاف السمع الاستعانة مجاناً بمترجم للغة الإشارة"
        " البولندية (PJM). يُرجى إبلاغنا قبل الزيارة بثلاثة أيام عمل على الأقل،"
        " بالبريد الإلكتروني أو برسالة نصية، مع ذكر التاريخ والساعة وموضوع"
        " المعاملة. وإذا تعذّر الحضور شخصياً، نرتّب مكالمة فيديو مع مترجم.\n\n"
        "ويمكن أيضاً إنجاز المعاملة كتابةً بالبريد الإلكتروني، ويتواصل الموظفون"
        " في المكتب معكم كتابةً أيضاً.",
        "نحن مكتب العلاقات الدولية في مدينة كراكوف.\n"
        "نتعاون مع مدن في بلدان أخرى.\n"
        "نساعد الأجانب الذين يعيشون في كراكوف.\n"
        "في هذا الموقع أخبار عن عملنا.\n"
        "تجد هنا المدن الشريكة لكراكوف والقنصليات في كراكوف.\n\n"
        "يمكنك أن تكتب لنا: international@krakow.example\n"
        # The number is isolated left to right (U+2066…U+2069) inside Arabic text.
        "يمكنك أن تتصل بنا: \u2066+48 12 616 12 00\u2069\n"
        "يمكنك أن تأتي إلى المكتب من الاثنين إلى الجمعة، من الساعة 8:00 إلى"
        " الساعة 15:30.",
    ),
}


def statement_page(code, spec, office_name, body):
    """An unsaved statement page for language ``code`` from a demo page spec."""
    content, reason, explanation, alternative = NON_ACCESSIBLE.get(
        code, NON_ACCESSIBLE["en"]
    )
    building, sign_language, easy_to_read = ACCESS.get(code, ACCESS["en"])
    return AccessibilityStatementPage(
        intro=spec.intro,
        organisation=office_name,
        compliance_status="partial",
        non_accessible_content=[
            {
                "type": "item",
                "value": {
                    "content": content,
                    "reason": reason,
                    "explanation": explanation,
                    "alternative": alternative,
                },
                "id": str(uuid.uuid4()),
            }
        ],
        site_published_on=datetime.date(2026, 1, 15),
        site_updated_on=datetime.date(2026, 11, 2),
        prepared_on=datetime.date(2026, 3, 31),
        preparation_method="self",
        last_reviewed_on=datetime.date(2026, 11, 2),
        contact_name="Anna Kowalska",
        contact_email="international@krakow.example",
        contact_phone="+48 12 616 12 00",
        architectural_accessibility=building,
        sign_language=sign_language,
        easy_to_read=easy_to_read,
        body=body,
        prepared_by=office_name,
    )
