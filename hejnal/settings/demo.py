"""``make demo``: the product as deployed, on one machine, over plain HTTP.

As in production: DEBUG off (the site's own 404 and 500 pages), static files
from whitenoise's compressed manifest storage with a year's max-age (the
Makefile runs ``collectstatic``), and ``manage.py serve``, gunicorn with the
publishing scheduler beside it. What production needs HTTPS for (HSTS, secure
cookies, the redirect to https) stays off: the demo's origin is
``http://127.0.0.1:$PORT``, which the Makefile passes as ``SITE_ORIGIN``.
Uploads are served by the app, as nothing else is in front of it.
"""

from urllib.parse import urlsplit

from .base import *  # noqa: F401,F403
from .base import ALLOWED_HOSTS, SITE_ORIGIN, env

DEBUG = False
# A key for the demo only, never a production secret: production.py has no
# default, and this module is for a site on 127.0.0.1.
SECRET_KEY = env.str("SECRET_KEY", default="demo-only-not-secret-hejnal")
HEJNAL_SERVE_MEDIA = True
# Reachable at its own origin whatever ALLOWED_HOSTS says (localhost and
# 127.0.0.1 by default).
ALLOWED_HOSTS = [*ALLOWED_HOSTS, urlsplit(SITE_ORIGIN).hostname]
WHITENOISE_MAX_AGE = 31_536_000
