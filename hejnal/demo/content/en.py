"""English demo content."""

from . import ArticleSpec, PageSpec

SITE = {
    "city_name": "Kraków",
    "site_name": "Kraków — Open to the World",
    "home_title": "Kraków — Open to the World",
    "home_intro": (
        "News about Kraków's partner cities, greetings on national days and practical"
        " help for people who have made Kraków their home. This is the international"
        " face of a city that has welcomed visitors for more than a thousand years."
    ),
    "office_name": "International Relations Office",
    "sections": [
        {
            "key": "cooperation",
            "title": "International cooperation",
            "intro": (
                "Partner cities, official visits, joint projects and scholarship"
                " programmes run by the City of Kraków."
            ),
        },
        {
            "key": "living",
            "title": "Living in Kraków",
            "intro": (
                "Practical guidance for foreign residents: paperwork, schools, health"
                " care and where to ask for help."
            ),
        },
        {
            "key": "about",
            "title": "About the office",
            "intro": (
                "The International Relations Office of the City of Kraków: what we do"
                " and how to reach us."
            ),
        },
    ],
    "see_also": [
        {
            "title": "Official website of the City of Kraków",
            "url": "https://www.krakow.pl/",
        },
        {
            "title": "Poland — official travel guide",
            "url": "https://www.poland.travel/en",
        },
        {"title": "Jagiellonian University", "url": "https://en.uj.edu.pl/"},
        {"title": "AGH University of Krakow", "url": "https://www.agh.edu.pl/en/"},
    ],
}

CATEGORIES = {
    "news": {
        "title": "News",
        "intro": (
            "What is happening in Kraków for visitors, international students and"
            " foreign residents."
        ),
    },
    "cooperation": {
        "title": "International cooperation news",
        "intro": (
            "Visits, agreements and joint projects between Kraków and its partner"
            " cities around the world."
        ),
    },
    "national-days": {
        "title": "National days",
        "intro": (
            "Kraków's greetings to partners and friends abroad on their national"
            " holidays."
        ),
    },
}

TOPICS = {
    "culture": "Culture",
    "education": "Education",
    "business": "Business",
    "partner-cities": "Partner cities",
    "diplomacy": "Diplomacy",
    "ukraine": "Ukraine",
    "tourism": "Tourism",
    "science": "Science",
    "sport": "Sport",
    "environment": "Environment",
}

IMAGE_ALTS = {
    "market-square": (
        "Stylised drawing of the Cloth Hall arcades on the Main Market Square at dusk"
    ),
    "wawel": "Stylised drawing of a castle tower on Wawel Hill against a pale sky",
    "vistula": (
        "Stylised drawing of the Vistula river flowing below Wawel, with blue waves"
    ),
    "tram": "Stylised drawing of a blue and cream tram on a Kraków street",
    "flags": "Stylised drawing of a row of colourful flags on flagpoles",
    "conference": (
        "Abstract drawing of circles standing for delegates at an international"
        " conference"
    ),
    "students": "Stylised figures of students in a university courtyard",
    "concert": "Abstract drawing of coloured circles of light above a concert stage",
    "handshake": "Stylised figures of two people shaking hands",
    "old-town-roofs": "Stylised drawing of the red roofs of Old Town houses",
    "park": "Stylised drawing of park trees in warm autumn colours",
    "museum": "Stylised drawing of a colonnade and the arched entrance of a museum",
}

PAGES = [
    PageSpec(
        key="cooperation-principles",
        title="Principles of Kraków's international cooperation",
        intro=(
            "Kraków works with cities and institutions all over the world, and it does"
            " so according to clear rules. This page explains our goals and how we make"
            " decisions."
        ),
        sections=(
            (
                "Why we cooperate",
                (
                    (
                        "International cooperation exists to benefit the people of"
                        " Kraków. It brings new knowledge to the city, partners for"
                        " joint projects and an audience abroad for Kraków's culture,"
                        " science and business."
                    ),
                    (
                        "Our priorities are youth exchanges, higher education, heritage"
                        " protection and climate action. In each of these fields we"
                        " look for partners we can learn from and to whom we have"
                        " something to offer."
                    ),
                ),
            ),
            (
                "Partner cities and agreements",
                (
                    (
                        "Kraków has formal partnerships with dozens of cities in"
                        " Europe, the Americas and Asia. Every partnership is based on"
                        " an agreement approved by the City Council and on a plan of"
                        " concrete activities."
                    ),
                    (
                        "Besides city partnerships we sign shorter agreements for"
                        " individual projects. This allows us to work with places that"
                        " are not formal partners of Kraków."
                    ),
                ),
            ),
            (
                "How new contacts are made",
                (
                    (
                        "Cities, cultural institutions, universities and"
                        " non-governmental organisations may propose cooperation. Each"
                        " proposal is assessed for its benefit to residents, its cost"
                        " and whether it can be sustained over time."
                    ),
                    (
                        "We do not cooperate with bodies that violate human rights or"
                        " international law. After Russia's full-scale invasion of"
                        " Ukraine in 2022, Kraków suspended cooperation with its"
                        " Russian partners."
                    ),
                ),
            ),
            (
                "Transparency",
                (
                    (
                        "We publish information on official visits abroad, their costs"
                        " and the agreements signed. Once a year we prepare a report on"
                        " Kraków's international cooperation."
                    ),
                    (
                        "Comments can be sent to the International Relations Office at"
                        " any time. We reply to questions within fourteen days."
                    ),
                ),
            ),
        ),
    ),
    PageSpec(
        key="privacy",
        title="Privacy policy",
        intro=(
            "We respect the privacy of everyone who visits this website. We collect"
            " only the data that the website needs in order to work."
        ),
        sections=(
            (
                "Data controller",
                (
                    (
                        "The controller of personal data is the City of Kraków"
                        " Municipal Office, Plac Wszystkich Świętych 3-4, 31-004"
                        " Kraków. The website is run by the International Relations"
                        " Office."
                    ),
                    (
                        "You can contact the data protection officer at"
                        " iod@krakow.example."
                    ),
                ),
            ),
            (
                "Cookies",
                (
                    (
                        "This website uses only essential cookies, without which it"
                        " could not work properly, for example cookies that protect"
                        " forms against misuse."
                    ),
                    (
                        "We also store one consent cookie that remembers your choice,"
                        " so that we do not have to ask you again on every visit. We do"
                        " not use analytics, advertising or tracking tools of any kind."
                    ),
                ),
            ),
            (
                "What data we process",
                (
                    (
                        "You do not have to give us any personal data to read this"
                        " website. Our server keeps short-lived technical logs, which"
                        " are used only to keep the service secure."
                    ),
                    (
                        "If you write to us, we use your e-mail address solely to"
                        " answer your message."
                    ),
                ),
            ),
            (
                "Your rights",
                (
                    (
                        "You have the right to access, correct or erase your data and"
                        " to restrict its processing. You may also lodge a complaint"
                        " with the President of the Personal Data Protection Office in"
                        " Poland."
                    ),
                ),
            ),
            (
                "Contact",
                (
                    (
                        "Questions about this policy can be sent to"
                        " international@krakow.example or by post to the address of the"
                        " Municipal Office."
                    ),
                ),
            ),
        ),
    ),
    PageSpec(
        key="accessibility",
        title="Accessibility statement",
        intro=(
            "We want this website to be usable by everyone, whatever their abilities"
            " and whatever device they use."
        ),
        sections=(
            (
                "Our commitment",
                (
                    (
                        "The website is designed to meet the WCAG 2.2 guidelines at"
                        " level AA. We pay attention to colour contrast, keyboard"
                        " navigation and text alternatives for images."
                    ),
                ),
            ),
            (
                "Reporting a problem",
                (
                    (
                        "If something on this website is hard to use, please let us"
                        " know. We will try to fix the problem or provide the"
                        " information in another format."
                    ),
                ),
            ),
        ),
    ),
    PageSpec(
        key="office",
        title="The International Relations Office",
        intro=(
            "The office coordinates Kraków's contacts abroad and helps foreigners who"
            " have chosen to live in the city. We work in the historic Wielopolski"
            " Palace, the seat of the city authorities."
        ),
        sections=(
            (
                "What we do",
                (
                    (
                        "We organise visits of foreign delegations and trips by the"
                        " city's representatives. We coordinate relations with partner"
                        " cities and with the consulates based in Kraków."
                    ),
                    (
                        "We also run scholarship and exchange programmes, support"
                        " non-governmental organisations working with migrants and"
                        " answer questions from foreign residents."
                    ),
                ),
            ),
            (
                "Opening hours",
                (
                    (
                        "The office is open Monday to Friday from 8:00 to 15:30. Please"
                        " book meetings in advance by e-mail."
                    ),
                ),
            ),
            (
                "Address",
                (
                    (
                        "City of Kraków Municipal Office, International Relations"
                        " Office, Plac Wszystkich Świętych 3-4, 31-004 Kraków, Poland."
                        " The building is a short walk from the Main Market Square."
                    ),
                    "E-mail: international@krakow.example.",
                ),
            ),
        ),
    ),
    PageSpec(
        key="foreign-residents",
        title="Information for foreign residents",
        intro=(
            "Moving to a new city means a lot of paperwork. Here are the essentials for"
            " foreigners who live in Kraków."
        ),
        sections=(
            (
                "Registering your address and PESEL number",
                (
                    (
                        "If you stay in Kraków for longer, you should register your"
                        " place of residence at the city office. A PESEL number, which"
                        " you will need at the doctor's, at the bank and at school, can"
                        " be issued at the same time."
                    ),
                    (
                        "Citizens of the European Union who stay in Poland for more"
                        " than three months register their residence with the"
                        " voivodeship office."
                    ),
                ),
            ),
            (
                "Residence and work permits",
                (
                    (
                        "Applications for temporary or permanent residence permits are"
                        " handled by the Małopolska Voivodeship Office. Apply early,"
                        " because the procedure can take several months."
                    ),
                ),
            ),
            (
                "Where to get help",
                (
                    (
                        "Kraków has information points for foreigners where you can"
                        " ask, free of charge, about official procedures, Polish"
                        " language courses and school enrolment. Advisers speak English"
                        " and Ukrainian, among other languages."
                    ),
                    (
                        "Many non-governmental organisations offer language courses,"
                        " support groups and legal advice. You will find an up-to-date"
                        " list in the Living in Kraków section."
                    ),
                ),
            ),
            (
                "Support for people from Ukraine",
                (
                    (
                        "Ukrainian citizens who came to Poland after 24 February 2022"
                        " can receive a PESEL number with UKR status. It gives access"
                        " to health care, education and the labour market."
                    ),
                    (
                        "The city runs a support point with Ukrainian-speaking advisers"
                        " who help with housing, work and school matters."
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
        title="Christmas market opens on the Main Market Square",
        lead=(
            "Wooden stalls, mulled wine and handmade decorations are back in the heart"
            " of the Old Town. The market stays open until the beginning of January."
        ),
        paragraphs=(
            (
                "Kraków's Christmas market is one of the best known in Central Europe."
                " Around the Cloth Hall you will find regional food, toys, woollen"
                " clothes and glass baubles made by craftspeople from southern Poland."
            ),
            (
                "A small stage next to the stalls hosts carol singers, folk bands and"
                " school choirs. Many visitors combine a trip to the market with a"
                " visit to the exhibition of Kraków nativity scenes, the famous szopki."
            ),
        ),
        topics=("tourism", "culture"),
        days_ago=20,
        on=(11, 29),
    ),
    ArticleSpec(
        category="news",
        title="Thousands of international students begin the academic year",
        lead=(
            "Kraków's universities have welcomed new students from dozens of countries."
            " For many of them, the first weeks are all about paperwork, flat hunting"
            " and learning a few words of Polish."
        ),
        paragraphs=(
            (
                "The Jagiellonian University, AGH and the Cracow University of"
                " Technology offer a growing number of degree programmes taught in"
                " English. International students now make up a visible part of the"
                " city's student community."
            ),
            (
                "Student organisations run orientation weeks with city walks, language"
                " cafés and help with registering an address. The city's information"
                " points for foreigners answer questions in several languages."
            ),
            (
                "A student card gives a discount on public transport, museum tickets"
                " and many cultural events, so it is worth collecting it early."
            ),
        ),
        topics=("education", "science"),
        days_ago=85,
        on=(10, 2),
        heading="Tips for the first weeks",
    ),
    ArticleSpec(
        category="news",
        title="Nowa Huta walks in English every Saturday",
        lead=(
            "Guides from local cultural centres lead free walks through the district"
            " that was built in the 1950s as a model socialist town."
        ),
        paragraphs=(
            (
                "Nowa Huta surprises many visitors with its wide avenues, green"
                " courtyards and monumental buildings around Central Square. The walks"
                " explain how the district was planned and how its residents shaped its"
                " later history."
            ),
            (
                "The route also includes the Lord's Ark church, which residents fought"
                " for years to be allowed to build and which was consecrated in 1977."
                " Walks start from Central Square and last about two hours."
            ),
        ),
        topics=("tourism", "culture"),
        days_ago=210,
    ),
    ArticleSpec(
        category="news",
        title="Museum Night: dozens of venues open until late",
        lead=(
            "For one night in May, Kraków's museums, galleries and historic buildings"
            " stay open into the small hours, most of them free of charge."
        ),
        paragraphs=(
            (
                "Museum Night is one of the most popular events in the city calendar."
                " Queues form outside the underground museum beneath the Main Market"
                " Square, Oskar Schindler's Factory and the Wawel chambers."
            ),
            (
                "Many venues offer descriptions and short tours in English. Special"
                " tram and bus lines link the main locations throughout the night."
            ),
        ),
        topics=("culture", "tourism"),
        days_ago=260,
        on=(5, 12),
    ),
    ArticleSpec(
        category="news",
        title="Free Polish courses for adults from Ukraine",
        lead=(
            "A new round of evening and weekend classes starts next month. Courses are"
            " available at beginner and intermediate levels."
        ),
        paragraphs=(
            (
                "Learning Polish makes it easier to find work, deal with official"
                " matters and support children at school. The courses are designed for"
                " adults who already have jobs or family duties, so classes are held in"
                " the evenings and on Saturdays, and a volunteer-run nursery room looks"
                " after younger children during lessons."
            ),
            (
                "Enrolment is open at the city's support point for people from Ukraine"
                " and online. Participants who complete the course receive a"
                " certificate."
            ),
        ),
        topics=("ukraine", "education"),
        days_ago=45,
        quote=(
            "Many of our students tell us that the language is the key that opens every"
            " other door."
        ),
        quote_by="a Polish teacher working with the programme",
    ),
    ArticleSpec(
        category="news",
        title="Conrad Festival brings writers from around the world to Kraków",
        lead=(
            "Authors, translators and readers meet in October for a week of talks,"
            " readings and debates about books."
        ),
        paragraphs=(
            (
                "The festival is named after Joseph Conrad, the Polish-born novelist"
                " who wrote in English. It is one of the main events organised by"
                " Kraków as a UNESCO City of Literature."
            ),
            (
                "Many meetings are held in English or with interpretation. The festival"
                " programme includes workshops for translators and events for young"
                " readers."
            ),
        ),
        topics=("culture",),
        days_ago=380,
        on=(10, 20),
    ),
    ArticleSpec(
        category="news",
        title="Cleaner air in Kraków: what visitors driving into the city should know",
        lead=(
            "Kraków is gradually restricting access for the most polluting vehicles."
            " Check the rules before you drive into the city."
        ),
        paragraphs=(
            (
                "Kraków was one of the first Polish cities to ban burning coal and wood"
                " in household stoves, and the air has become noticeably cleaner. The"
                " clean transport zone is the next step."
            ),
            (
                "The simplest way to avoid any doubts is to leave your car at a"
                " park-and-ride car park and continue by tram. Trams reach the Old Town"
                " from every part of the city."
            ),
        ),
        topics=("environment", "tourism"),
        days_ago=160,
    ),
    ArticleSpec(
        category="news",
        title="International Book Fair fills the EXPO Kraków halls",
        lead=(
            "Publishers from Poland and abroad present their new titles, and readers"
            " can meet their favourite authors in person."
        ),
        paragraphs=(
            (
                "The autumn fair is one of the largest book events in Poland. Every"
                " year it attracts tens of thousands of visitors, including many"
                " families with children."
            ),
            (
                "Foreign publishers and cultural institutes run their own stands, and"
                " some of the meetings with authors are held in English, German and"
                " Ukrainian."
            ),
        ),
        topics=("culture", "business"),
        days_ago=420,
        on=(10, 24),
    ),
    ArticleSpec(
        category="news",
        title="Lajkonik rides through the Old Town again",
        lead=(
            "The colourful rider on a hobby horse once again danced his way from"
            " Zwierzyniec to the Main Market Square, to the delight of residents and"
            " tourists."
        ),
        paragraphs=(
            (
                "The Lajkonik procession takes place every year on the Thursday after"
                " Corpus Christi. According to tradition, a tap of the Lajkonik's mace"
                " brings good luck for the whole year."
            ),
            (
                "The custom is one of Kraków's oldest and most cheerful traditions."
                " Visitors who want to see it should follow the procession along its"
                " route, as it moves slowly and stops often."
            ),
        ),
        topics=("culture", "tourism"),
        days_ago=590,
        on=(6, 12),
    ),
    # --- cooperation ----------------------------------------------------------
    ArticleSpec(
        category="cooperation",
        title="Kraków and Kyiv agree on new school partnerships",
        lead=(
            "Twelve schools from each city will be paired up to run joint lessons,"
            " online exchanges and, when it becomes possible, study visits."
        ),
        paragraphs=(
            (
                "The agreement was signed during an online meeting of education"
                " officials from both cities. It builds on the help that Kraków's"
                " schools have given to thousands of Ukrainian pupils since 2022."
            ),
            (
                "Teachers will work together on lesson plans in history, languages and"
                " science. Pupils will meet regularly online, and some classes will be"
                " taught jointly by teachers from Kraków and Kyiv."
            ),
        ),
        topics=("ukraine", "education", "partner-cities"),
        days_ago=70,
    ),
    ArticleSpec(
        category="cooperation",
        title="Scholarship holders from partner cities complete their stay in Kraków",
        lead=(
            "Eight young professionals from Kraków's partner cities have spent three"
            " months working alongside city staff. Each of them is taking a project"
            " back home."
        ),
        paragraphs=(
            (
                "This year's scholarship holders came from Lviv, Vilnius, Zagreb,"
                " Bratislava and Curitiba. They worked in departments dealing with"
                " public transport, heritage, social services and investor relations."
            ),
            (
                "One scholarship holder from Lviv prepared a plan for improving access"
                " to public buildings for wheelchair users. Another, from Curitiba,"
                " studied how Kraków's cultural institutions reach new audiences."
            ),
            (
                "Applications for the next edition of the scholarship programme will"
                " open in the spring."
            ),
        ),
        topics=("education", "partner-cities"),
        days_ago=240,
        on=(11, 20),
        heading="What comes next",
    ),
    ArticleSpec(
        category="cooperation",
        title=(
            "Two UNESCO Cities of Literature: Kraków and Edinburgh launch a translation"
            " fund"
        ),
        lead=(
            "The new fund will support translations of contemporary Scottish books into"
            " Polish and of Polish books into English."
        ),
        paragraphs=(
            (
                "Edinburgh was the first city to receive the UNESCO City of Literature"
                " title, and Kraków joined the network later. The two cities have long"
                " exchanged writers through residency programmes."
            ),
            (
                "Publishers from both countries can apply for grants covering part of"
                " the translator's fee. The first books supported by the fund are"
                " expected to appear next year."
            ),
        ),
        topics=("culture", "partner-cities"),
        days_ago=330,
    ),
    ArticleSpec(
        category="cooperation",
        title="Rochester and Kraków celebrate one of their oldest friendships",
        lead=(
            "A delegation from Rochester, New York, visited Kraków to mark the"
            " anniversary of the partnership between the two cities."
        ),
        paragraphs=(
            (
                "The partnership with Rochester is one of Kraków's longest-standing"
                " ties across the Atlantic. Over the years it has led to exchanges of"
                " students, doctors, artists and city officials."
            ),
            (
                "During the visit the guests met students at the Jagiellonian"
                " University and visited the Cricoteka, the centre devoted to the work"
                " of Tadeusz Kantor. The programme also included a concert of young"
                " musicians from both cities."
            ),
        ),
        topics=("partner-cities", "diplomacy", "culture"),
        days_ago=455,
        quote=(
            "Our friendship began with a handful of enthusiasts and is now carried on"
            " by a new generation."
        ),
        quote_by="a member of the Rochester sister city committee",
    ),
    ArticleSpec(
        category="cooperation",
        title="Start-ups from San Francisco meet Kraków's technology community",
        lead=(
            "Founders and investors from the Bay Area spent two days in Kraków talking"
            " about artificial intelligence, games and health technology."
        ),
        paragraphs=(
            (
                "Kraków has become one of the largest centres of business services and"
                " software development in Central Europe. Many international companies"
                " run their engineering teams here."
            ),
            (
                "The visit, organised with the city's investor relations team, ended"
                " with a pitch session at which young Kraków companies presented their"
                " products to the guests from San Francisco."
            ),
        ),
        topics=("business", "partner-cities", "science"),
        days_ago=120,
    ),
    ArticleSpec(
        category="cooperation",
        title="Florence and Kraków compare notes on protecting historic centres",
        lead=(
            "Conservators and city planners from both cities discussed how to balance"
            " tourism with the everyday life of residents in the old towns."
        ),
        paragraphs=(
            (
                "Both historic centres are on the UNESCO World Heritage List and both"
                " attract millions of visitors a year. The experts talked about"
                " short-term rentals, traffic limits and the care of historic facades."
            ),
            (
                "The meeting was part of a wider exchange between Kraków and its"
                " Italian partner cities, Florence and Milan."
            ),
        ),
        topics=("culture", "tourism", "partner-cities"),
        days_ago=505,
    ),
    ArticleSpec(
        category="cooperation",
        title="Vilnius and Kraków prepare a joint exhibition on the Jagiellonians",
        lead=(
            "Museums from both cities are working on an exhibition about the dynasty"
            " that ruled Poland and Lithuania for almost two centuries."
        ),
        paragraphs=(
            (
                "The Jagiellonian dynasty left a lasting mark on both capitals, from"
                " the royal tombs in Wawel Cathedral to the Palace of the Grand Dukes"
                " in Vilnius."
            ),
            (
                "The exhibition will first be shown in Kraków and then in Vilnius. Its"
                " organisers want to show visitors how closely the history of the two"
                " nations is intertwined."
            ),
        ),
        topics=("culture", "partner-cities", "diplomacy"),
        days_ago=640,
    ),
    ArticleSpec(
        category="cooperation",
        title="Kraków tourism experts learn from Seville",
        lead=(
            "Representatives of Kraków's hotels, guides and the city's tourism"
            " department visited Seville to study how the Andalusian capital manages"
            " large numbers of visitors."
        ),
        paragraphs=(
            (
                "Seville, like Kraków, is a city where tourism matters greatly to the"
                " local economy. The hosts showed how they spread visitor traffic"
                " across different districts and seasons."
            ),
            (
                "The Kraków group also met the organisers of Seville's spring"
                " festivities to talk about safety and transport during large events."
            ),
        ),
        topics=("tourism", "partner-cities", "business"),
        days_ago=715,
    ),
    # --- national days --------------------------------------------------------
    ArticleSpec(
        category="national-days",
        title="Greetings to the people of Ukraine on Independence Day",
        lead=(
            "On 24 August Kraków stands with Ukrainians at home and around the world."
            " We wish you peace, safety and freedom."
        ),
        paragraphs=(
            (
                "Ukrainian families who have settled in Kraków are now part of the"
                " city's everyday life. They work, study and run businesses here, and"
                " their children attend Kraków's schools and nurseries."
            ),
            (
                "We send special greetings to our partner cities of Kyiv and Lviv. We"
                " look forward to the day when we can celebrate together in a free and"
                " peaceful Ukraine."
            ),
        ),
        topics=("ukraine", "diplomacy"),
        days_ago=110,
        on=(8, 24),
        quote="Kraków stands by Ukraine today and will stand by it tomorrow.",
        quote_by="the Mayor of Kraków",
    ),
    ArticleSpec(
        category="national-days",
        title="Happy Fourth of July to our American friends",
        lead=(
            "Kraków sends warm wishes to the people of the United States, and in"
            " particular to our partner cities of Rochester and San Francisco."
        ),
        paragraphs=(
            (
                "Many Americans study, work and live in Kraków, and the city is home to"
                " a Consulate General of the United States. American visitors are among"
                " the most frequent guests in our museums."
            ),
            (
                "We thank our American partners for their friendship and wish everyone"
                " celebrating a happy Independence Day."
            ),
        ),
        topics=("diplomacy", "partner-cities"),
        days_ago=140,
        on=(7, 4),
    ),
    ArticleSpec(
        category="national-days",
        title="Day of German Unity: greetings to Nuremberg, Frankfurt and Leipzig",
        lead=(
            "On 3 October Germany marks the anniversary of its reunification. Kraków"
            " sends its best wishes to its three German partner cities."
        ),
        paragraphs=(
            (
                "Reunification in 1990 opened a new chapter for Europe, including for"
                " Polish-German relations. Youth exchanges between Kraków and its"
                " German partners now involve hundreds of young people each year."
            ),
            (
                "We are grateful to Nuremberg, Frankfurt am Main and Leipzig for"
                " decades of friendship and for the solidarity they showed when Kraków"
                " welcomed refugees from Ukraine."
            ),
        ),
        topics=("diplomacy", "partner-cities"),
        days_ago=60,
        on=(10, 3),
    ),
    ArticleSpec(
        category="national-days",
        title="Bastille Day: best wishes to France",
        lead=(
            "On 14 July we send greetings to the French people, to the French community"
            " in Kraków and to our friends in Bordeaux and Orléans."
        ),
        paragraphs=(
            (
                "Kraków's ties with France go back centuries. Henry of Valois was"
                " crowned King of Poland in Wawel Cathedral in 1574, and French writers"
                " and artists have visited the city ever since."
            ),
            (
                "Today the French Institute in Kraków and the city's partnerships with"
                " Bordeaux and Orléans keep these ties alive. Bonne fête to everyone"
                " celebrating!"
            ),
        ),
        topics=("diplomacy", "culture"),
        days_ago=145,
        on=(7, 14),
    ),
    ArticleSpec(
        category="national-days",
        title="St Andrew's Day: warm wishes to Edinburgh and Scotland",
        lead=(
            "On 30 November Kraków sends greetings to the people of Scotland and to our"
            " partner city of Edinburgh."
        ),
        paragraphs=(
            (
                "Scotland and Poland have a long shared history, from Scottish"
                " merchants who settled in Polish towns centuries ago to Polish"
                " soldiers stationed in Scotland during the Second World War."
            ),
            (
                "Edinburgh and Kraków, both UNESCO Cities of Literature, continue this"
                " story through festivals, writers' residencies and student exchanges."
            ),
        ),
        topics=("diplomacy", "partner-cities", "culture"),
        days_ago=25,
        on=(11, 30),
    ),
    ArticleSpec(
        category="national-days",
        title="Statehood Day in Croatia: greetings to Zagreb",
        lead=(
            "On 30 May Kraków sends warm wishes to the people of Croatia and to our"
            " partner city of Zagreb."
        ),
        paragraphs=(
            (
                "Every summer many Kraków residents spend their holidays on the"
                " Croatian coast, and Croatian students are a familiar presence at"
                " Kraków's universities."
            ),
            (
                "The partnership with Zagreb brings together two Central European"
                " capitals of culture with beautiful historic centres. We wish all"
                " Croatians a joyful holiday."
            ),
        ),
        topics=("diplomacy", "partner-cities"),
        days_ago=185,
        on=(5, 30),
    ),
    ArticleSpec(
        category="national-days",
        title="Ecuador's Independence Day: greetings to Quito",
        lead=(
            "On 10 August Kraków greets the people of Ecuador and our partner city of"
            " Quito, high in the Andes."
        ),
        paragraphs=(
            (
                "In 1978 the historic centres of Kraków and Quito were both included on"
                " the very first UNESCO World Heritage List. This shared distinction is"
                " at the heart of our partnership."
            ),
            (
                "We wish the people of Ecuador and the Ecuadorian community in Poland a"
                " happy national holiday."
            ),
        ),
        topics=("diplomacy", "partner-cities", "culture"),
        days_ago=480,
        on=(8, 10),
    ),
    ArticleSpec(
        category="national-days",
        title="Brazil's Independence Day: greetings to Curitiba",
        lead=(
            "On 7 September we send greetings to the people of Brazil and especially to"
            " Curitiba, home to a large community of Polish descent."
        ),
        paragraphs=(
            (
                "Polish immigrants began settling in the state of Paraná in the"
                " nineteenth century, and their descendants still cultivate Polish"
                " traditions in Curitiba today."
            ),
            (
                "Kraków and Curitiba cooperate in culture, education and urban"
                " planning. We wish all Brazilians a joyful celebration."
            ),
        ),
        topics=("diplomacy", "partner-cities"),
        days_ago=560,
        on=(9, 7),
    ),
]
