"""English dates as a European city writes them: 7 December 2026, 17:45.

Django's own "en" formats are American (December 7, 2026, 5:45 p.m.), on the
English pages and in an admin set to English alike.
"""

DATE_FORMAT = "j F Y"
TIME_FORMAT = "H:i"
DATETIME_FORMAT = "j F Y, H:i"
YEAR_MONTH_FORMAT = "F Y"
MONTH_DAY_FORMAT = "j F"
SHORT_DATE_FORMAT = "d/m/Y"
SHORT_DATETIME_FORMAT = "d/m/Y H:i"
FIRST_DAY_OF_WEEK = 1  # Monday
DATE_INPUT_FORMATS = [
    "%d/%m/%Y",  # 25/10/2026
    "%d/%m/%y",  # 25/10/26
    "%Y-%m-%d",  # 2026-10-25
    "%d %B %Y",  # 25 October 2026
    "%d %b %Y",  # 25 Oct 2026
]
DATETIME_INPUT_FORMATS = [
    "%d/%m/%Y %H:%M:%S",
    "%d/%m/%Y %H:%M",
    "%d/%m/%y %H:%M",
    "%Y-%m-%d %H:%M:%S",
    "%Y-%m-%d %H:%M",
]
DECIMAL_SEPARATOR = "."
THOUSAND_SEPARATOR = ","
NUMBER_GROUPING = 3
