# ruff: noqa: E501
"""Country pages: code -> language -> (title, intro, paragraphs); slugs
follow the site's rule (``hejnal.core.slugs``)."""

COUNTRY_PAGES = {
    "DE": {
        "pl": (
            "Kraków i Niemcy",
            "Trzy miasta partnerskie, konsulat generalny i tysiące studentów, turystów i przedsiębiorców rocznie.",
            (
                "Współpraca z Norymbergą zaczęła się jeszcze w latach siedemdziesiątych, a po 1990 roku dołączyły Frankfurt nad Menem i Lipsk. Dziś to przede wszystkim wymiany szkół, projekty kulturalne i kontakty uczelni.",
                "Niemcy są jednym z najważniejszych partnerów gospodarczych regionu; wiele niemieckich firm ma w Krakowie centra usług i biura badawcze.",
            ),
        ),
        "en": (
            "Kraków and Germany",
            "Three partner cities, a consulate general and thousands of students, visitors and business people every year.",
            (
                "Cooperation with Nuremberg began in the 1970s; after 1990 Frankfurt am Main and Leipzig joined. Today it is above all school exchanges, cultural projects and links between universities.",
                "Germany is one of the region's most important economic partners, and many German companies run service centres and research offices in Kraków.",
            ),
        ),
        "de": (
            "Krakau und Deutschland",
            "Drei Partnerstädte, ein Generalkonsulat und jedes Jahr Tausende Studierende, Gäste und Geschäftsleute.",
            (
                "Die Zusammenarbeit mit Nürnberg begann schon in den 1970er-Jahren; nach 1990 kamen Frankfurt am Main und Leipzig hinzu. Heute stehen Schüleraustausch, Kulturprojekte und Hochschulkontakte im Vordergrund.",
                "Deutschland ist einer der wichtigsten Wirtschaftspartner der Region; viele deutsche Unternehmen betreiben in Krakau Dienstleistungszentren und Forschungsbüros.",
            ),
        ),
        "uk": (
            "Краків і Німеччина",
            "Три міста-партнери, генеральне консульство і тисячі студентів, туристів і підприємців щороку.",
            (
                "Співпраця з Нюрнбергом почалася ще в 1970-х роках, а після 1990 року до неї долучилися Франкфурт-на-Майні та Лейпциг. Сьогодні це насамперед шкільні обміни, культурні проєкти та зв'язки університетів.",
                "Німеччина – один із найважливіших економічних партнерів регіону; багато німецьких компаній мають у Кракові сервісні центри та дослідницькі офіси.",
            ),
        ),
        "ar": (
            "كراكوف وألمانيا",
            "ثلاث مدن شريكة وقنصلية عامة وآلاف الطلاب والزوار ورجال الأعمال كل عام.",
            (
                "بدأ التعاون مع نورنبرغ في سبعينيات القرن الماضي، وانضمت إليه فرانكفورت ولايبزيغ بعد عام 1990. ويتركز اليوم على تبادل المدارس والمشاريع الثقافية والروابط بين الجامعات.",
                "ألمانيا من أهم الشركاء الاقتصاديين للمنطقة، ولكثير من الشركات الألمانية مراكز خدمات ومكاتب بحثية في كراكوف.",
            ),
        ),
    },
    "UA": {
        "pl": (
            "Kraków i Ukraina",
            "Kijów i Lwów to bliscy partnerzy Krakowa, a ukraińska społeczność jest jedną z największych w mieście.",
            (
                "Od 2022 roku miasto przyjęło dziesiątki tysięcy osób uciekających przed wojną i wysyła pomoc humanitarną do miast partnerskich.",
                "Wspólne projekty obejmują edukację, ochronę zdrowia i odbudowę; Konsulat Generalny Ukrainy w Krakowie pomaga obywatelom Ukrainy na co dzień.",
            ),
        ),
        "en": (
            "Kraków and Ukraine",
            "Kyiv and Lviv are close partners of Kraków, and the Ukrainian community is one of the largest in the city.",
            (
                "Since 2022 the city has taken in tens of thousands of people fleeing the war and sends humanitarian aid to its partner cities.",
                "Joint projects cover education, health care and reconstruction; the Consulate General of Ukraine in Kraków helps Ukrainian citizens every day.",
            ),
        ),
        "de": (
            "Krakau und die Ukraine",
            "Kyjiw und Lwiw sind enge Partner Krakaus, und die ukrainische Gemeinschaft gehört zu den größten der Stadt.",
            (
                "Seit 2022 hat die Stadt Zehntausende Menschen aufgenommen, die vor dem Krieg geflohen sind, und schickt humanitäre Hilfe in ihre Partnerstädte.",
                "Gemeinsame Projekte betreffen Bildung, Gesundheit und Wiederaufbau; das Generalkonsulat der Ukraine in Krakau hilft ukrainischen Staatsangehörigen im Alltag.",
            ),
        ),
        "uk": (
            "Краків і Україна",
            "Київ і Львів – близькі партнери Кракова, а українська громада – одна з найбільших у місті.",
            (
                "З 2022 року місто прийняло десятки тисяч людей, які тікали від війни, і надсилає гуманітарну допомогу містам-партнерам.",
                "Спільні проєкти охоплюють освіту, охорону здоров'я та відбудову; Генеральне консульство України в Кракові щодня допомагає громадянам України.",
            ),
        ),
        "ar": (
            "كراكوف وأوكرانيا",
            "كييف ولفيف شريكتان قريبتان لكراكوف، والجالية الأوكرانية من أكبر الجاليات في المدينة.",
            (
                "منذ عام 2022 استقبلت المدينة عشرات الآلاف من الفارين من الحرب، وهي ترسل المساعدات الإنسانية إلى مدنها الشريكة.",
                "تشمل المشاريع المشتركة التعليم والرعاية الصحية وإعادة الإعمار، وتساعد القنصلية العامة لأوكرانيا في كراكوف المواطنين الأوكرانيين يومياً.",
            ),
        ),
    },
    "FR": {
        "pl": (
            "Kraków i Francja",
            "Bordeaux i Orlean, konsulat generalny przy ul. Stolarskiej i długa tradycja wymiany kulturalnej.",
            (
                "Partnerstwa z Bordeaux i Orleanem zawarto na początku lat dziewięćdziesiątych; co roku odbywają się wymiany uczniów, artystów i urzędników.",
            ),
        ),
        "en": (
            "Kraków and France",
            "Bordeaux and Orléans, a consulate general on Stolarska Street and a long tradition of cultural exchange.",
            (
                "The partnerships with Bordeaux and Orléans were signed in the early 1990s; every year pupils, artists and city officials take part in exchanges.",
            ),
        ),
        "de": (
            "Krakau und Frankreich",
            "Bordeaux und Orléans, ein Generalkonsulat in der Stolarska-Straße und eine lange Tradition des Kulturaustauschs.",
            (
                "Die Partnerschaften mit Bordeaux und Orléans wurden Anfang der 1990er-Jahre geschlossen; jedes Jahr tauschen sich Schüler, Künstler und Verwaltungsmitarbeiter aus.",
            ),
        ),
        "uk": (
            "Краків і Франція",
            "Бордо та Орлеан, генеральне консульство на вулиці Столярській і давня традиція культурного обміну.",
            (
                "Партнерства з Бордо та Орлеаном уклали на початку 1990-х років; щороку відбуваються обміни учнів, митців і службовців.",
            ),
        ),
        "ar": (
            "كراكوف وفرنسا",
            "بوردو وأورليان، وقنصلية عامة في شارع ستولارسكا، وتقليد طويل من التبادل الثقافي.",
            (
                "وُقّعت الشراكتان مع بوردو وأورليان في أوائل التسعينيات، وفي كل عام يشارك التلاميذ والفنانون والموظفون في برامج التبادل.",
            ),
        ),
    },
    "US": {
        "pl": (
            "Kraków i Stany Zjednoczone",
            "Rochester i San Francisco, konsulat generalny i silne więzi z amerykańską Polonią.",
            (
                "Rochester jest miastem siostrzanym Krakowa od 1973 roku; współpraca z San Francisco skupia się na innowacjach i nowych technologiach.",
                "Konsulat Generalny USA w Krakowie obsługuje południową Polskę, a amerykańskie uczelnie i firmy należą do ważnych partnerów miasta.",
            ),
        ),
        "en": (
            "Kraków and the United States",
            "Rochester and San Francisco, a consulate general and strong ties with Polish Americans.",
            (
                "Rochester has been Kraków's sister city since 1973; cooperation with San Francisco focuses on innovation and new technologies.",
                "The US Consulate General in Kraków serves southern Poland, and American universities and companies are among the city's important partners.",
            ),
        ),
        "de": (
            "Krakau und die Vereinigten Staaten",
            "Rochester und San Francisco, ein Generalkonsulat und enge Bindungen zu den Amerikanern polnischer Herkunft.",
            (
                "Rochester ist seit 1973 Krakaus Schwesterstadt; die Zusammenarbeit mit San Francisco gilt Innovation und neuen Technologien.",
                "Das US-Generalkonsulat in Krakau ist für Südpolen zuständig, und amerikanische Hochschulen und Unternehmen gehören zu den wichtigen Partnern der Stadt.",
            ),
        ),
        "uk": (
            "Краків і Сполучені Штати",
            "Рочестер і Сан-Франциско, генеральне консульство та міцні зв'язки з американськими поляками.",
            (
                "Рочестер є містом-побратимом Кракова з 1973 року; співпраця із Сан-Франциско зосереджена на інноваціях і нових технологіях.",
                "Генеральне консульство США в Кракові обслуговує південь Польщі, а американські університети й компанії – важливі партнери міста.",
            ),
        ),
        "ar": (
            "كراكوف والولايات المتحدة",
            "روتشستر وسان فرانسيسكو، وقنصلية عامة، وروابط قوية مع الأمريكيين من أصل بولندي.",
            (
                "روتشستر مدينة شقيقة لكراكوف منذ عام 1973، ويتركز التعاون مع سان فرانسيسكو على الابتكار والتقنيات الجديدة.",
                "تخدم القنصلية العامة الأمريكية في كراكوف جنوب بولندا، والجامعات والشركات الأمريكية من الشركاء المهمين للمدينة.",
            ),
        ),
    },
}
