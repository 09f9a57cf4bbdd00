"""Production: every secret comes from the environment, with no default."""

from hejnal.editorial.two_factor_setting import from_env as _two_factor

from .base import *  # noqa: F401,F403
from .base import SILENCED_SYSTEM_CHECKS, env, parse_origin

DEBUG = False
SECRET_KEY = env.str("SECRET_KEY")
ALLOWED_HOSTS = env.list("ALLOWED_HOSTS")
SITE_ORIGIN = parse_origin(env.str("SITE_ORIGIN"))
WAGTAILADMIN_BASE_URL = WAGTAILAPI_BASE_URL = SITE_ORIGIN
CSRF_TRUSTED_ORIGINS = [SITE_ORIGIN, *env.list("CSRF_TRUSTED_ORIGINS", default=[])]
SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
SECURE_SSL_REDIRECT = env.bool("SECURE_SSL_REDIRECT", default=True)
SECURE_HSTS_SECONDS = env.int("SECURE_HSTS_SECONDS", default=31_536_000)
SECURE_HSTS_INCLUDE_SUBDOMAINS = True
SECURE_HSTS_PRELOAD = True
SESSION_COOKIE_SECURE = True
CSRF_COOKIE_SECURE = True
WHITENOISE_MAX_AGE = 31_536_000
# Wagtail's live preview shows the site's own pages in a frame of the admin, so
# framing stays allowed for the same origin (X-Frame-Options and CSP
# frame-ancestors 'self'); other sites still cannot frame it.
SILENCED_SYSTEM_CHECKS = [*SILENCED_SYSTEM_CHECKS, "security.W019"]
# Two-factor sign-in is required of everyone who may publish or administer
# (hejnal/editorial/two_factor.py); TWO_FACTOR_REQUIRED=off turns that off.
HEJNAL_2FA_REQUIRED = _two_factor(env.str("TWO_FACTOR_REQUIRED", default="on"))
