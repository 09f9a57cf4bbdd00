"""Arabic date and time as the Arabic pages write them: 3 نوفمبر، 2026، 10:00.

Django's "ar" formats give a date (day before month) but no DATETIME_FORMAT, so
a moment fell back to the project-wide American pattern and read
"نوفمبر 3, 2026" — month first, with a Latin comma.
"""

DATETIME_FORMAT = "j F، Y، H:i"
SHORT_DATETIME_FORMAT = "d‏/m‏/Y H:i"
