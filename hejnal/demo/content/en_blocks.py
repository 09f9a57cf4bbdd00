"""English building blocks for generated articles (see generator.py)."""

# city, topic, fact
_CITIES = (
    (
        "Nuremberg",
        "culture",
        (
            "Nuremberg is famous for its Christmas market and for the house of Albrecht"
            " Dürer."
        ),
    ),
    (
        "Frankfurt am Main",
        "business",
        (
            "Frankfurt am Main is a leading financial centre and hosts the world's"
            " largest book fair."
        ),
    ),
    (
        "Leipzig",
        "culture",
        (
            "Leipzig is the city of Bach, of great trade fairs and of one of Germany's"
            " oldest universities."
        ),
    ),
    (
        "Bordeaux",
        "tourism",
        (
            "Bordeaux, on the Garonne, is known for its elegant eighteenth-century"
            " architecture and the vineyards around it."
        ),
    ),
    (
        "Orléans",
        "culture",
        (
            "Every spring Orléans, on the Loire, honours Joan of Arc with a great city"
            " festival."
        ),
    ),
    (
        "Florence",
        "culture",
        (
            "Florence, the cradle of the Renaissance, protects a historic centre that,"
            " like Kraków's, is a UNESCO World Heritage Site."
        ),
    ),
    (
        "Milan",
        "business",
        "Milan is Italy's capital of design, fashion and trade fairs.",
    ),
    (
        "Edinburgh",
        "culture",
        "Edinburgh, like Kraków, holds the title of UNESCO City of Literature.",
    ),
    (
        "Kyiv",
        "ukraine",
        "Kyiv, the capital of Ukraine, is one of Kraków's closest partners.",
    ),
    (
        "Lviv",
        "ukraine",
        (
            "Lviv shares a long history with Kraków and the two cities keep very lively"
            " contacts."
        ),
    ),
    (
        "Vilnius",
        "culture",
        (
            "The Old Town of Vilnius, like that of Kraków, is on the UNESCO World"
            " Heritage List."
        ),
    ),
    (
        "Bratislava",
        "diplomacy",
        (
            "Bratislava, the Slovak capital on the Danube, is one of Kraków's close"
            " neighbours in Central Europe."
        ),
    ),
    (
        "Budapest",
        "tourism",
        "Budapest is famous for its bridges over the Danube and its thermal baths.",
    ),
    (
        "Zagreb",
        "tourism",
        "Zagreb, the capital of Croatia, charms visitors with its Upper Town.",
    ),
    (
        "Rochester",
        "science",
        (
            "Rochester, New York, is known for its photographic heritage and strong"
            " research institutions."
        ),
    ),
    (
        "Kyoto",
        "culture",
        "Kyoto, the former capital of Japan, is famous for its temples and gardens.",
    ),
    (
        "Seville",
        "tourism",
        (
            "Seville, on the Guadalquivir, is known for its cathedral, the Alcázar and"
            " flamenco."
        ),
    ),
    (
        "Quito",
        "culture",
        (
            "The historic centre of Quito was added to the UNESCO list in the same year"
            " as Kraków's."
        ),
    ),
    (
        "Curitiba",
        "environment",
        (
            "Curitiba is known for its pioneering public transport and its large Polish"
            " community."
        ),
    ),
    (
        "San Francisco",
        "business",
        "San Francisco is a city of innovation, start-ups and the Golden Gate Bridge.",
    ),
)

# country, adjective, holiday (title form), holiday (in a sentence),
# month, day, topic, fact
_COUNTRIES = (
    (
        "Ukraine",
        "Ukrainian",
        "Ukraine's Independence Day",
        "Ukraine's Independence Day",
        8,
        24,
        "ukraine",
        (
            "Kraków's partnerships with Kyiv and Lviv and the thousands of Ukrainian"
            " families living in the city bind us closely to Ukraine."
        ),
    ),
    (
        "Germany",
        "German",
        "Day of German Unity",
        "the Day of German Unity",
        10,
        3,
        "partner-cities",
        (
            "Kraków has three partner cities in Germany: Nuremberg, Frankfurt am Main"
            " and Leipzig."
        ),
    ),
    (
        "France",
        "French",
        "Bastille Day",
        "Bastille Day",
        7,
        14,
        "partner-cities",
        "Kraków's French partner cities are Bordeaux and Orléans.",
    ),
    (
        "the United States",
        "American",
        "US Independence Day",
        "Independence Day in the United States",
        7,
        4,
        "partner-cities",
        "Kraków's American partners include Rochester and San Francisco.",
    ),
    (
        "Italy",
        "Italian",
        "Republic Day in Italy",
        "Italy's Republic Day",
        6,
        2,
        "partner-cities",
        "Florence and Milan are Kraków's partner cities in Italy.",
    ),
    (
        "Lithuania",
        "Lithuanian",
        "Lithuania's State Restoration Day",
        "Lithuania's State Restoration Day",
        2,
        16,
        "partner-cities",
        "Kraków and Vilnius share a long history and a partnership of many years.",
    ),
    (
        "Hungary",
        "Hungarian",
        "St Stephen's Day in Hungary",
        "St Stephen's Day, Hungary's national holiday",
        8,
        20,
        "partner-cities",
        (
            "Budapest is Kraków's partner city, and Polish-Hungarian friendship goes"
            " back centuries."
        ),
    ),
    (
        "Japan",
        "Japanese",
        "National Foundation Day in Japan",
        "Japan's National Foundation Day",
        2,
        11,
        "culture",
        (
            "Kraków's partnership with Kyoto and the Manggha Museum link the city with"
            " Japan."
        ),
    ),
    (
        "Slovakia",
        "Slovak",
        "Day of the Establishment of the Slovak Republic",
        "the Day of the Establishment of the Slovak Republic",
        1,
        1,
        "partner-cities",
        (
            "Bratislava is Kraków's partner in Slovakia, and the Tatra Mountains have"
            " long brought our peoples together."
        ),
    ),
    (
        "Croatia",
        "Croatian",
        "Statehood Day in Croatia",
        "Croatia's Statehood Day",
        5,
        30,
        "partner-cities",
        (
            "Zagreb is Kraków's partner city, and the Croatian coast is a favourite"
            " holiday destination for Kraków residents."
        ),
    ),
    (
        "Spain",
        "Spanish",
        "National Day of Spain",
        "Spain's National Day",
        10,
        12,
        "partner-cities",
        (
            "Seville is Kraków's partner in Spain, and many Spanish students study at"
            " Kraków's universities."
        ),
    ),
    (
        "Ecuador",
        "Ecuadorian",
        "Ecuador's Independence Day",
        "Ecuador's Independence Day",
        8,
        10,
        "partner-cities",
        "Quito and Kraków were both on the first UNESCO World Heritage List in 1978.",
    ),
    (
        "Brazil",
        "Brazilian",
        "Brazil's Independence Day",
        "Brazil's Independence Day",
        9,
        7,
        "partner-cities",
        (
            "Kraków's partnership with Curitiba links us with one of the largest"
            " communities of Polish descent in South America."
        ),
    ),
    (
        "Austria",
        "Austrian",
        "Austrian National Day",
        "Austria's National Day",
        10,
        26,
        "culture",
        (
            "Many of Kraków's buildings and institutions still recall the time when the"
            " city belonged to Austrian Galicia."
        ),
    ),
    (
        "Czechia",
        "Czech",
        "Independent Czechoslovak State Day",
        "Independent Czechoslovak State Day, the Czech national holiday",
        10,
        28,
        "culture",
        (
            "Kraków and Czech cities are linked by many cultural contacts and by ever"
            " better rail connections."
        ),
    ),
    (
        "Ireland",
        "Irish",
        "St Patrick's Day",
        "St Patrick's Day",
        3,
        17,
        "culture",
        (
            "Many Poles live in Ireland, and more and more Irish visitors are"
            " discovering Kraków."
        ),
    ),
    (
        "Portugal",
        "Portuguese",
        "Portugal Day",
        "Portugal Day",
        6,
        10,
        "culture",
        (
            "Kraków's universities run many student exchanges with Portuguese"
            " universities."
        ),
    ),
    (
        "Georgia",
        "Georgian",
        "Georgia's Independence Day",
        "Georgia's Independence Day",
        5,
        26,
        "culture",
        "A growing number of people from Georgia live and study in Kraków.",
    ),
)

# theme (usable after "on"/"to"), topic
_THEMES = (
    ("climate protection", "environment"),
    ("public transport", "environment"),
    ("education", "education"),
    ("culture", "culture"),
    ("sustainable tourism", "tourism"),
    ("digital services", "business"),
    ("heritage protection", "culture"),
    ("youth sport", "sport"),
    ("research cooperation", "science"),
    ("urban greenery", "environment"),
    ("entrepreneurship", "business"),
    ("the integration of migrants", "education"),
)

# event (in a sentence), event (title form), topic, its usual (month, day)
_EVENTS = (
    ("the Jewish Culture Festival", "Jewish Culture Festival", "culture", (6, 27)),
    ("the Misteria Paschalia festival", "Misteria Paschalia", "culture", (3, 30)),
    ("the Wianki midsummer festival", "Wianki midsummer festival", "culture", (6, 21)),
    ("the Christmas crib contest", "Kraków Christmas Crib Contest", "culture", (12, 4)),
    ("the Film Music Festival", "Film Music Festival", "culture", (5, 28)),
    ("the Unsound festival", "Unsound", "culture", (10, 18)),
    ("the Conrad Festival", "Conrad Festival", "culture", (10, 22)),
    ("the International Book Fair", "International Book Fair", "culture", (10, 24)),
    ("Museum Night", "Museum Night", "tourism", (5, 17)),
    ("the Kraków Science Festival", "Kraków Science Festival", "science", (5, 22)),
    ("the Christmas market", "Christmas market", "tourism", (11, 29)),
    ("the Lajkonik procession", "Lajkonik procession", "tourism", (6, 12)),
    ("the Cracovia Marathon", "Cracovia Marathon", "sport", (4, 26)),
    ("the Open Eyes Economy Summit", "Open Eyes Economy Summit", "business", (11, 27)),
)

GEN = {
    "cities": tuple(
        {"city": c[0], "city_topic": c[1], "city_fact": c[2]} for c in _CITIES
    ),
    "countries": tuple(
        {
            "country": c[0],
            "country_adj": c[1],
            "holiday": c[2],
            "holiday_text": c[3],
            "month": c[4],
            "day": c[5],
            "country_topic": c[6],
            "country_fact": c[7],
        }
        for c in _COUNTRIES
    ),
    "themes": tuple({"theme": t[0], "theme_topic": t[1]} for t in _THEMES),
    "events": tuple(
        {"event": e[0], "event_title": e[1], "event_topic": e[2], "event_when": e[3]}
        for e in _EVENTS
    ),
    "templates": {
        "news": (
            {
                "title": "{event_title}: practical tips for international visitors",
                "lead": (
                    "Another edition of one of Kraków's best-loved events is about to"
                    " begin. Here is what visitors from abroad should know."
                ),
                "body": (
                    (
                        "Part of the programme of {event} will be available in English,"
                        " and multilingual volunteers will staff the information"
                        " points. The full programme is published on the organisers'"
                        " website."
                    ),
                    (
                        "The city encourages everyone to use public transport during"
                        " {event}. Trams and buses will run more often than usual."
                    ),
                ),
                "topics": ("tourism",),
            },
            {
                "title": "Visitors from {city} join {event}",
                "lead": (
                    "A group of residents and artists from {city} has arrived in"
                    " Kraków. Their visit coincides with one of the highlights of the"
                    " city's calendar."
                ),
                "body": (
                    (
                        "The guests from {city} will take part in {event} and meet the"
                        " Kraków organisers. {city_fact}"
                    ),
                    (
                        "Visits like this help the residents of partner cities get to"
                        " know Kraków, and help Kraków get to know its partners."
                    ),
                ),
                "topics": ("partner-cities",),
            },
            {
                "when": (7, 20),
                "spread": 30,
                "title": "Students from {city} attend a Polish summer school in Kraków",
                "lead": (
                    "A summer school for international students has opened at one of"
                    " Kraków's universities. This year's group includes young people"
                    " from {city}."
                ),
                "body": (
                    (
                        "Classes cover the Polish language, lectures on Polish history"
                        " and culture, and trips around Kraków and the Małopolska"
                        " region. The students live in halls of residence, which makes"
                        " it easy to make friends."
                    ),
                    (
                        "For many of them it is their first visit to Kraków. Some"
                        " return later for a degree or an internship in the city."
                    ),
                ),
                "topics": ("education", "partner-cities"),
            },
            {
                "title": "Consular day for {country_adj} citizens in Kraków",
                "lead": (
                    "Consular officers will receive people who need a passport, a"
                    " certificate or advice. Appointments must be booked in advance."
                ),
                "body": (
                    (
                        "The consular day makes life easier for {country_adj} citizens"
                        " living in Kraków and the surrounding region, who then do not"
                        " have to travel to the embassy. A list of required documents"
                        " is available on the consulate's website."
                    ),
                ),
                "topics": ("diplomacy",),
            },
            {
                "title": "International debate on {theme} at ICE Kraków",
                "lead": (
                    "Experts from several countries met in Kraków to discuss how cities"
                    " can better serve their residents. The debate was open to the"
                    " public."
                ),
                "body": (
                    (
                        "The discussion focused on {theme}. Participants compared"
                        " solutions used in European cities and considered which of"
                        " them could work in Kraków."
                    ),
                    (
                        "The ICE Kraków Congress Centre regularly hosts international"
                        " conferences. A recording of the debate will be available"
                        " online."
                    ),
                ),
                "topics": ("diplomacy",),
            },
            {
                "title": "Multilingual volunteers to help visitors during {event}",
                "lead": (
                    "Students from Kraków's universities will help guests from abroad"
                    " find their way around the city. Look out for their bright badges."
                ),
                "body": (
                    (
                        "During {event} volunteers will be on duty on the Main Market"
                        " Square and at major tram stops. They can help in English,"
                        " German, Ukrainian, Spanish and French."
                    ),
                ),
                "topics": ("tourism", "education"),
            },
            {
                "title": "Kraków universities reach out to students in {city}",
                "lead": (
                    "Representatives of Kraków's universities will visit schools and"
                    " education fairs in {city} to talk about studying in Kraków and"
                    " about scholarships."
                ),
                "body": (
                    (
                        "Kraków is one of Poland's largest academic centres, and the"
                        " number of international students grows every year."
                        " {city_fact}"
                    ),
                    (
                        "Applicants from {city} can apply for scholarships and places"
                        " in halls of residence on the same terms as other"
                        " international students."
                    ),
                ),
                "topics": ("education", "science"),
            },
        ),
        "cooperation": (
            {
                "title": "Delegation from {city} visits Kraków",
                "lead": (
                    "Representatives of the city authorities of {city} came to Kraków"
                    " to discuss the next steps in the partnership between the two"
                    " cities."
                ),
                "body": (
                    (
                        "The guests met the Mayor of Kraków, toured the Wielopolski"
                        " Palace and learned about projects run by the city's"
                        " institutions. {city_fact}"
                    ),
                    (
                        "Kraków has worked with {city} for many years, and the contacts"
                        " involve not only city officials but also schools,"
                        " universities and community groups."
                    ),
                ),
                "topics": ("partner-cities", "diplomacy"),
            },
            {
                "title": "Kraków and {city} step up cooperation on {theme}",
                "lead": (
                    "Experts from both cities have drawn up a plan of joint activities"
                    " for the coming years. The first projects will start this year."
                ),
                "body": (
                    (
                        "Cooperation with {city} on {theme} will include study visits,"
                        " joint workshops and the exchange of data. {city_fact}"
                    ),
                    (
                        "Kraków wants to learn from its partner cities and to share its"
                        " own solutions that have proved themselves in practice."
                    ),
                ),
                "topics": ("partner-cities",),
            },
            {
                "title": "Scholarship holders from {city} begin internships in Kraków",
                "lead": (
                    "Young professionals from {city} will spend several weeks in"
                    " Kraków. Each scholarship holder has a mentor in the city office"
                    " or a municipal institution."
                ),
                "body": (
                    (
                        "The scholarship programme for partner cities offers an inside"
                        " view of how Kraków is run. Participants prepare their own"
                        " projects, which they can put into practice back home."
                    ),
                    "This year the internships focus on {theme}. {city_fact}",
                ),
                "topics": ("education", "partner-cities"),
            },
            {
                "when": (6, 15),
                "spread": 75,
                "title": "Kraków pupils on exchange in {city}",
                "lead": (
                    "Pupils from Kraków schools will spend a week in {city}, staying"
                    " with the families of their hosts."
                ),
                "body": (
                    (
                        "Youth exchanges are one of the oldest forms of cooperation"
                        " between Kraków and its partner cities. Participants visit"
                        " schools and landmarks and get a taste of everyday life."
                        " {city_fact}"
                    ),
                    (
                        "In the autumn, young people from {city} will come to Kraków,"
                        " and Kraków pupils will be their hosts."
                    ),
                ),
                "topics": ("education", "partner-cities"),
            },
            {
                "title": "Kraków officials study the approach of {city} to {theme}",
                "lead": (
                    "A study visit to {city} gave Kraków's officials a close look at"
                    " solutions that could also work at home."
                ),
                "body": (
                    (
                        "Representatives of Kraków's departments and municipal"
                        " companies talked with their hosts about how they plan and"
                        " fund their work on {theme}. {city_fact}"
                    ),
                    (
                        "The conclusions of the visit will be presented in a report for"
                        " all interested city departments."
                    ),
                ),
                "topics": ("partner-cities",),
            },
            {
                "title": "Joint project of Kraków and {city} puts {theme} first",
                "lead": (
                    "The two partner cities have submitted a joint application for"
                    " European funding. The project is planned to last two years."
                ),
                "body": (
                    (
                        "The partners want to develop solutions that improve the"
                        " quality of life of residents. The project is devoted to"
                        " {theme}, and non-governmental organisations will also take"
                        " part."
                    ),
                    "Cooperation with {city} has a long history. {city_fact}",
                ),
                "topics": ("partner-cities", "business"),
            },
            {
                "title": "Kraków artists to perform in {city}",
                "lead": (
                    "Musicians, actors and visual artists from Kraków are heading to"
                    " one of the city's partners as part of a cultural exchange"
                    " programme."
                ),
                "body": (
                    (
                        "The programme was prepared together with cultural institutions"
                        " in {city}. Audiences will see concerts, performances and an"
                        " exhibition about Kraków. {city_fact}"
                    ),
                    "Next year artists from {city} will pay a return visit to Kraków.",
                ),
                "topics": ("culture", "partner-cities"),
            },
            {
                "title": "Scholarships for students from {city}: applications open",
                "lead": (
                    "Students from {city} can apply for a scholarship to spend a"
                    " semester in Kraków. Applications are accepted online."
                ),
                "body": (
                    (
                        "The scholarship covers a room in a hall of residence, a Polish"
                        " language course and a monthly allowance. Scholarship holders"
                        " are chosen by a committee with members from both cities."
                    ),
                    "Projects related to {theme} are especially welcome. {city_fact}",
                ),
                "topics": ("education", "partner-cities"),
            },
        ),
        "national-days": (
            {
                "title": "{holiday}: greetings from Kraków",
                "lead": (
                    "On the occasion of {holiday_text}, Kraków sends warm greetings to"
                    " the people of {country}."
                ),
                "body": (
                    (
                        "A national holiday is a good moment to recall the friendship"
                        " between our communities. {country_fact}"
                    ),
                ),
                "topics": ("diplomacy",),
            },
            {
                "title": "Kraków sends best wishes on {holiday_text}",
                "lead": (
                    "The Mayor of Kraków has sent a letter of congratulations to the"
                    " representatives of {country}."
                ),
                "body": (
                    (
                        "The letter stresses the importance of cooperation between"
                        " cities and their residents. {country_fact}"
                    ),
                ),
                "topics": ("diplomacy",),
            },
            {
                "title": "Greetings to our {country_adj} friends on their national day",
                "lead": (
                    "On {holiday_text} we send our best wishes to everyone from"
                    " {country} who lives, works or studies in Kraków."
                ),
                "body": (
                    (
                        "The {country_adj} community is an important part of"
                        " international Kraków. {country_fact}"
                    ),
                ),
                "topics": ("diplomacy",),
            },
            {
                "title": "{holiday}: a letter from the Mayor of Kraków",
                "lead": (
                    "On behalf of the people of Kraków, the Mayor has sent wishes of"
                    " peace and prosperity."
                ),
                "body": (
                    (
                        "Kraków values its relations with partners in {country}."
                        " {country_fact}"
                    ),
                ),
                "topics": ("diplomacy",),
            },
            {
                "title": "National holiday in {country}: Kraków remembers its friends",
                "lead": (
                    "Today is {holiday_text}. We send our warmest wishes to everyone"
                    " celebrating."
                ),
                "body": (
                    (
                        "Friendship between nations is built through everyday contacts"
                        " between people, schools and institutions. {country_fact}"
                    ),
                ),
                "topics": ("diplomacy",),
            },
            {
                "title": "Best wishes to the {country_adj} community in Kraków",
                "lead": (
                    "On {holiday_text} we greet our neighbours, colleagues and friends"
                    " from {country}."
                ),
                "body": (
                    (
                        "Foreigners living in Kraków enrich the city with their"
                        " culture, languages and traditions. {country_fact}"
                    ),
                ),
                "topics": ("diplomacy",),
            },
            {
                "title": "Kraków greets the people of {country}",
                "lead": (
                    "On {holiday_text} we send our wishes to everyone in {country} and"
                    " to our partners there."
                ),
                "body": (
                    (
                        "Kraków is proud of its good relations with partners in"
                        " {country}. {country_fact}"
                    ),
                ),
                "topics": ("diplomacy",),
            },
            {
                "title": "Kraków joins the celebration of {holiday_text}",
                "lead": (
                    "Representatives of Kraków attended a reception held on the"
                    " occasion of the national holiday."
                ),
                "body": (
                    (
                        "The reception brought together members of the consular corps,"
                        " universities and cultural organisations. {country_fact}"
                    ),
                ),
                "topics": ("diplomacy",),
            },
        ),
    },
    "extra": {
        "news": (
            (
                "We publish up-to-date information about events in Kraków in several"
                " languages. Do check back regularly."
            ),
            (
                "Newcomers to Kraków can get free advice at the city's information"
                " points for foreigners."
            ),
            (
                "Millions of visitors come to Kraków every year, and the city tries to"
                " make as much information as possible available to people who do not"
                " speak Polish."
            ),
            (
                "Kraków's public transport also runs at night. Tickets are sold at"
                " machines, in mobile apps and on board."
            ),
            (
                "For more information, contact the International Relations Office. We"
                " answer questions in Polish, English and Ukrainian."
            ),
        ),
        "cooperation": (
            (
                "Kraków has partner cities in Europe, the Americas and Asia."
                " Cooperation covers culture, education, the economy and the"
                " environment."
            ),
            (
                "Kraków's partner cities regularly share their experience at"
                " conferences and in networks of European cities."
            ),
            (
                "News about upcoming visits and exchange programmes is published in"
                " this section."
            ),
            (
                "Cooperation with partner cities also means support for schools,"
                " universities and non-governmental organisations that want to run"
                " international projects."
            ),
            (
                "A short report on every official visit is submitted to the Kraków City"
                " Council."
            ),
        ),
        "national-days": (
            (
                "Kraków has been open to the world for centuries, and people from many"
                " countries live and work here today."
            ),
            (
                "On behalf of the people of Kraków, we wish you peace, prosperity and"
                " many reasons to celebrate."
            ),
            (
                "Many consulates operate in Kraków and help the city keep close"
                " relations with its partners abroad."
            ),
            (
                "On the national holidays of its partners, Kraków sends greetings and"
                " takes part in celebrations organised by the consulates."
            ),
        ),
    },
    "headings": {
        "news": ("Practical tips", "For visitors from abroad", "More information"),
        "cooperation": ("Next steps", "Partnership in practice", "What comes next"),
        "national-days": ("Friendship between nations", "Greetings from Kraków"),
    },
    "quotes": {
        "news": (
            (
                "We want every visitor to feel at home in Kraków.",
                "a spokesperson for the International Relations Office",
            ),
            (
                (
                    "Kraków's international character is a great asset for all its"
                    " residents."
                ),
                "the Deputy Mayor of Kraków",
            ),
            (
                (
                    "The more information we offer in other languages, the easier life"
                    " in Kraków becomes."
                ),
                "an adviser at an information point for foreigners",
            ),
        ),
        "cooperation": (
            (
                (
                    "A partnership between cities is above all a relationship between"
                    " people."
                ),
                "the director of the International Relations Office",
            ),
            (
                (
                    "We learn a great deal from our partners in {city} and are glad to"
                    " share our own experience."
                ),
                "a representative of the City of Kraków",
            ),
            (
                (
                    "Every exchange leaves behind friendships that last far longer than"
                    " the project itself."
                ),
                "a coordinator of the exchange programme",
            ),
        ),
        "national-days": (
            (
                (
                    "We wish our friends in {country} peace, prosperity and a joyful"
                    " holiday."
                ),
                "the Mayor of Kraków",
            ),
            (
                "Kraków is proud of its friendships around the world.",
                "the Mayor of Kraków",
            ),
        ),
    },
}
