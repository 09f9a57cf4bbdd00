"""Date rules of national days: a fixed day and month, or dates set per year.

29 February: an occasion fixed on 29 February falls on 28 February in common
years (the last day of February, like the iCalendar rule ``BYMONTHDAY=-1``).
"""

import calendar
import datetime

from django.core.exceptions import ValidationError
from django.utils.dates import MONTHS
from django.utils.translation import gettext_lazy as _

FIXED = "fixed"
MOVABLE = "movable"
# The years the calendar page shows (``?year=``); a movable date outside them
# could never be seen, so it is refused (e.g. 0025 typed for 2025).
FIRST_YEAR, LAST_YEAR = 1900, 2100


def check_day_of_month(month, day):
    """Refuse a day that no year has (30 February, 31 April); allow 29 February."""
    if month is None or day is None:
        raise ValidationError(_("A fixed date needs both a day and a month."))
    if not 1 <= month <= 12:
        raise ValidationError(_("The month must be between 1 and 12."))
    longest = calendar.monthrange(2000, month)[1]  # 2000 is a leap year
    if not 1 <= day <= longest:
        raise ValidationError(
            _("%(month)s has no day %(day)s; it has at most %(longest)s days."),
            params={
                "month": MONTHS[month],
                "day": day,
                "longest": longest,
            },
        )


def validate_calendar_date(value):
    """A date of a movable occasion must fall in a year the calendar shows."""
    if value is not None and not FIRST_YEAR <= value.year <= LAST_YEAR:
        raise ValidationError(
            _(
                "%(date)s is outside the calendar: enter a date from %(first)s to "
                "%(last)s."
            ),
            code="date_out_of_range",
            params={
                "date": value.isoformat(),
                "first": FIRST_YEAR,
                "last": LAST_YEAR,
            },
        )


def fixed_date_in(year, month, day):
    """A fixed occasion's date in a year; 29 February is 28 February in common years."""
    if month == 2 and day == 29 and not calendar.isleap(year):
        return datetime.date(year, 2, 28)
    return datetime.date(year, month, day)


def fixed_dates_between(month, day, start, end):
    dates = []
    for year in range(start.year, end.year + 1):
        when = fixed_date_in(year, month, day)
        if start <= when <= end:
            dates.append(when)
    return dates
