from .consulates import Consulate
from .countries import Country
from .national_days import NationalDay, NationalDayDate
from .pages import (
    ConsulateIndexPage,
    CountryIndexPage,
    CountryPage,
    NationalDayCalendarPage,
    PartnerCityIndexPage,
)
from .partner_cities import PartnerCity

__all__ = [
    "Consulate",
    "ConsulateIndexPage",
    "Country",
    "CountryIndexPage",
    "CountryPage",
    "NationalDay",
    "NationalDayCalendarPage",
    "NationalDayDate",
    "PartnerCity",
    "PartnerCityIndexPage",
]
