"""English pages and the English admin write dates the European way."""

import datetime

from django.utils import formats, translation


def test_english_dates_are_day_month_year_and_24_hour():
    moment = datetime.datetime(2026, 12, 7, 17, 45)
    with translation.override("en"):
        assert formats.date_format(moment, "DATE_FORMAT") == "7 December 2026"
        assert (
            formats.date_format(moment, "DATETIME_FORMAT") == "7 December 2026, 17:45"
        )
        assert formats.date_format(moment, "SHORT_DATE_FORMAT") == "07/12/2026"
        assert formats.get_format("FIRST_DAY_OF_WEEK") == 1


def test_other_languages_keep_their_own():
    with translation.override("de"):
        assert formats.date_format(datetime.date(2026, 12, 7)) == "7. Dezember 2026"
    with translation.override("pl"):
        assert formats.date_format(datetime.date(2026, 12, 7)) == "7 grudnia 2026"


def test_arabic_moments_put_the_day_first_as_arabic_dates_do():
    moment = datetime.datetime(2026, 11, 3, 10, 0)
    with translation.override("ar"):
        date = formats.date_format(moment, "DATE_FORMAT")
        written = formats.date_format(moment, "DATETIME_FORMAT")
    assert written.startswith(date), written
    assert written.endswith("10:00") and ", " not in written
