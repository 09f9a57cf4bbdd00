"""Who must use two-factor sign-in, as the settings read it from the environment.

``TWO_FACTOR_REQUIRED`` (read by ``hejnal/settings/base.py``; the default is
"off" there and "on" in ``production.py``):

* ``on`` (also ``true``, ``yes``, ``1``, ``publishers``): everyone who may
  publish or administer (``two_factor.may_publish_or_administer``);
* ``all``: everyone with access to the admin;
* ``off`` (also ``false``, ``no``, ``0``): nobody; anyone may still enrol.

Imported by the settings, so it imports nothing of Django's but the exception.
"""

from django.core.exceptions import ImproperlyConfigured

PUBLISHERS = "publishers"

_WORDS = {
    "on": PUBLISHERS,
    "true": PUBLISHERS,
    "yes": PUBLISHERS,
    "1": PUBLISHERS,
    PUBLISHERS: PUBLISHERS,
    "all": True,
    "off": False,
    "false": False,
    "no": False,
    "0": False,
}


def from_env(value):
    """The ``HEJNAL_2FA_REQUIRED`` value for the word in ``TWO_FACTOR_REQUIRED``."""
    word = str(value).strip().lower()
    if word not in _WORDS:
        raise ImproperlyConfigured(
            f"TWO_FACTOR_REQUIRED={value!r}: use on (publishers and "
            "administrators), all (every admin user) or off."
        )
    return _WORDS[word]


def describe(required):
    """One line for people reading a console (load_demo's summary)."""
    if required is False:
        return (
            "Two-factor sign-in: off in these settings (TWO_FACTOR_REQUIRED=on "
            "turns it on; production settings have it on by default)."
        )
    if required is True:
        return "Two-factor sign-in: required for every admin user."
    if required == PUBLISHERS:
        return (
            "Two-factor sign-in: required for everyone who may publish or "
            "administer; they enrol an authenticator app at their first sign-in."
        )
    return f"Two-factor sign-in: required for the groups {', '.join(required)}."
