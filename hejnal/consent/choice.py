"""The reader's cookie choice, stored only after the reader makes it."""

COOKIE_NAME = "hejnal_consent"
ACCEPTED = "external"
REJECTED = "essential"
MAX_AGE = 365 * 24 * 3600


def read_choice(request):
    value = request.COOKIES.get(COOKIE_NAME)
    return value if value in {ACCEPTED, REJECTED} else None


# Query parameter naming one embed the reader asked to load, without storing a
# choice (the fallback of the placeholder's button when JavaScript is off).
LOAD_ONE_PARAM = "embed"
