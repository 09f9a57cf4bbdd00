"""Settings shared by every environment.

The environment is read here and only here (django-environ); the other settings
modules adjust behaviour per environment but never read variables of their own.
"""

import datetime
from pathlib import Path

import environ
from django.utils.translation import gettext_lazy as _

from hejnal.core.origin import parse as parse_origin

PROJECT_DIR = Path(__file__).resolve().parent.parent
BASE_DIR = PROJECT_DIR.parent

env = environ.Env()

DEBUG = env.bool("DEBUG", default=False)
SECRET_KEY = env.str("SECRET_KEY", default="")
ALLOWED_HOSTS = env.list("ALLOWED_HOSTS", default=["localhost", "127.0.0.1"])
# The site's canonical origin, scheme://host[:port]: every absolute URL the site
# emits starts with it, whatever address a request came in by
# (hejnal/core/origin.py). Required in production (production.py).
SITE_ORIGIN = parse_origin(env.str("SITE_ORIGIN", default="http://127.0.0.1:8000"))

INSTALLED_APPS = [
    "hejnal.core",
    "hejnal.images",
    "hejnal.pages",
    # Before news: the index is updated before "See also" reads it on publish.
    "hejnal.search",
    "hejnal.news",
    "hejnal.consent",
    "hejnal.ops",
    "hejnal.caching",
    "hejnal.directory",
    "hejnal.importers",
    "hejnal.api",
    "hejnal.demo",
    "hejnal.editorial",
    "wagtail_localize",
    "wagtail_localize.locales",
    "wagtail.api.v2",
    "rest_framework",
    "wagtail.contrib.forms",
    "wagtail.contrib.redirects",
    "wagtail.contrib.settings",
    "wagtail.contrib.sitemaps",
    "wagtail.embeds",
    "wagtail.sites",
    "wagtail.users",
    "wagtail.snippets",
    "wagtail.documents",
    "wagtail.images",
    "wagtail.search",
    "wagtail.admin",
    "wagtail",
    "modelcluster",
    "taggit",
    "django_filters",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.sitemaps",
    "csp",
    "axes",
    "django_ratelimit",
    "django_otp",
    "django_otp.plugins.otp_totp",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "hejnal.caching.policy.CachePolicyMiddleware",
    "django.middleware.http.ConditionalGetMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    # Before anything that asks Wagtail for the request's site.
    "hejnal.core.site_lookup.SharedSiteMiddleware",
    # Lets the visibility rule read the restricted sections once per request.
    "hejnal.core.visibility.VisibilityMiddleware",
    # Django's LocaleMiddleware, with a fallback for browsers asking only for
    # languages the site lacks and no redirects to pages that do not exist.
    "hejnal.core.reader_language.ReaderLanguageMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "hejnal.editorial.two_factor.TwoFactorMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "hejnal.ops.security_headers.HashedCSPMiddleware",
    "hejnal.ops.security_headers.PermissionsPolicyMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
    # Last, as django-axes asks: refuses sign-ins while an account is locked.
    "axes.middleware.AxesMiddleware",
]

ROOT_URLCONF = "hejnal.urls"
WSGI_APPLICATION = "hejnal.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [PROJECT_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.debug",
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "wagtail.contrib.settings.context_processors.settings",
                "hejnal.consent.context_processors.consent",
            ],
        },
    },
]

DATABASES = {
    "default": env.db_url(
        "DATABASE_URL", default=f"sqlite:///{BASE_DIR / 'db.sqlite3'}"
    ),
}
DATABASES["default"]["ATOMIC_REQUESTS"] = False
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    # WAL lets readers carry on while an editor saves; a busy timeout instead of
    # "database is locked" errors under concurrent requests.
    DATABASES["default"].setdefault("OPTIONS", {}).update(
        {
            "timeout": 20,
            "transaction_mode": "IMMEDIATE",
            "init_command": (
                "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;"
                " PRAGMA foreign_keys=ON;"
            ),
        }
    )
else:
    DATABASES["default"]["CONN_MAX_AGE"] = env.int("CONN_MAX_AGE", default=60)
    DATABASES["default"]["CONN_HEALTH_CHECKS"] = True
    # A portal's data sits in RAM or on SSD, where reading a page out of order
    # costs about what reading the next one does; PostgreSQL's default (4) is
    # for spinning disks and makes it scan the whole search table for a common
    # word instead of using the GIN index (76 against 20 ms at 100,000
    # articles, docs/benchmarks.md). An ``options`` in DATABASE_URL replaces it.
    DATABASES["default"].setdefault("OPTIONS", {}).setdefault(
        "options", "-c random_page_cost=1.1"
    )

DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

CACHES = {
    "default": env.cache_url(
        "CACHE_URL",
        default=env.str("REDIS_URL", default="locmemcache://hejnal"),
    ),
}
if CACHES["default"]["BACKEND"] == "django_redis.cache.RedisCache":
    # Redis down must not take the site down: until it is back each process
    # keeps what it computes in its own memory for at most 5 s, a dead server
    # costs at most 0.5 s once a second, and an outage is logged once with a
    # count, not per call (hejnal/ops/cache_health.py).
    CACHES["default"]["BACKEND"] = "hejnal.ops.cache_health.RedisCache"
    # Editors' sessions read from Redis, written through to the database: they
    # survive a Redis restart, and every app process sees the same ones.
    SESSION_ENGINE = "django.contrib.sessions.backends.cached_db"

# HTTP cache in front (Varnish or a CDN), purged on every change: FRONTEND_CACHE_URL
# is where purge requests go, e.g. http://127.0.0.1:6081 (see docs/deploy.md).
FRONTEND_CACHE_URL = env.str("FRONTEND_CACHE_URL", default="")
WAGTAILFRONTENDCACHE = (
    {
        "varnish": {
            "BACKEND": "wagtail.contrib.frontend_cache.backends.HTTPBackend",
            "LOCATION": FRONTEND_CACHE_URL,
        }
    }
    if FRONTEND_CACHE_URL
    else {}
)
# Seconds; see hejnal/caching/policy.py.
HEJNAL_HTTP_CACHE = {
    "MAX_AGE": 60,
    "S_MAXAGE": 600,
    "NOT_FOUND_S_MAXAGE": 60,
    "STALE_WHILE_REVALIDATE": 30,
    "STALE_IF_ERROR": 86_400,
}

# Sign-in lockout (django-axes): after 5 failures for one username from one
# address, that pair is refused for 15 minutes. Kept in the database, so every
# app process sees the same count.
AUTHENTICATION_BACKENDS = [
    "axes.backends.AxesStandaloneBackend",
    "django.contrib.auth.backends.ModelBackend",
]
AXES_FAILURE_LIMIT = 5
AXES_COOLOFF_TIME = datetime.timedelta(minutes=15)
AXES_LOCKOUT_PARAMETERS = [["username", "ip_address"]]
AXES_RESET_ON_SUCCESS = True
AXES_LOCKOUT_TEMPLATE = "ops/locked_out.html"

# Two-factor sign-in (django-otp, TOTP authenticator apps; hejnal/editorial/
# two_factor.py). Anyone can enrol from their account page; from then on the
# admin asks for a code after the password. HEJNAL_2FA_REQUIRED says who must
# enrol before using the admin: False (nobody), True (everyone with admin access),
# "publishers" (everyone who may publish or administer: superusers,
# Administrators, moderators, workflow approvers, user managers) or a list of
# group names, shell patterns allowed, e.g. ["Administrators", "Moderators (*)"];
# superusers count as members of any group. From the environment:
# TWO_FACTOR_REQUIRED=on|all|off (hejnal/editorial/two_factor_setting.py); off
# here and in the demo, on in production.py.
from hejnal.editorial.two_factor_setting import from_env as _two_factor  # noqa: E402

HEJNAL_2FA_REQUIRED = _two_factor(env.str("TWO_FACTOR_REQUIRED", default="off"))
# The name the authenticator app shows next to the code.
OTP_TOTP_ISSUER = "Hejnał"

# The embedded default keeps rate-limit counts in process memory, which is right
# for one process; several processes need Redis (CACHE_URL), and then no check
# is silenced.
SILENCED_SYSTEM_CHECKS = (
    ["django_ratelimit.W001", "django_ratelimit.E003"]
    if CACHES["default"]["BACKEND"].endswith("LocMemCache")
    else []
)

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation." + name}
    for name in (
        "UserAttributeSimilarityValidator",
        "MinimumLengthValidator",
        "CommonPasswordValidator",
        "NumericPasswordValidator",
    )
]

# E-mail: workflow notifications. EMAIL_URL, e.g. smtp+tls://user:pass@host:587;
# without it, messages are printed to the console.
vars().update(env.email_url("EMAIL_URL", default="consolemail://"))
DEFAULT_FROM_EMAIL = env.str("DEFAULT_FROM_EMAIL", default="hejnal@localhost")
WAGTAILADMIN_NOTIFICATION_FROM_EMAIL = DEFAULT_FROM_EMAIL

# Languages -----------------------------------------------------------------
LANGUAGE_CODE = "pl"
LANGUAGES = [
    ("pl", "Polski"),
    ("en", "English"),
    ("de", "Deutsch"),
    ("uk", "Українська"),
    ("ar", "العربية"),
]
WAGTAIL_CONTENT_LANGUAGES = LANGUAGES
# For a browser that asks only for languages not in LANGUAGES (French,
# Spanish …): more of the world reads English than Polish.
HEJNAL_FALLBACK_LANGUAGE = "en"
WAGTAIL_I18N_ENABLED = True
# Page addresses are ASCII in every language (hejnal.core.slugs): the admin
# transliterates the title into the slug instead of keeping Unicode letters.
WAGTAIL_ALLOW_UNICODE_SLUGS = False
LOCALE_PATHS = [PROJECT_DIR / "locale"]
USE_I18N = True
# British-style English dates (hejnal/formats/en/formats.py); other
# languages keep Django's formats.
FORMAT_MODULE_PATH = ["hejnal.formats"]
USE_TZ = True
TIME_ZONE = "Europe/Warsaw"

# Static and media ---------------------------------------------------------------
STATICFILES_DIRS = [PROJECT_DIR / "static"]
STATIC_URL = "/static/"
MEDIA_ROOT = env.path("MEDIA_ROOT", default=BASE_DIR / "media")
MEDIA_URL = "/media/"
# Let Django serve uploads (tests, single-box demos); normally the web server does.
HEJNAL_SERVE_MEDIA = env.bool("SERVE_MEDIA", default=False)
STATIC_ROOT = env.path("STATIC_ROOT", default=BASE_DIR / "staticfiles")
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {
        "BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"
    },
}
# Uploads on S3-compatible storage (django-storages) when MEDIA_S3_BUCKET is set;
# credentials the way boto3 finds them (AWS_ACCESS_KEY_ID and
# AWS_SECRET_ACCESS_KEY, or an instance role). See docs/deploy.md.
MEDIA_S3_BUCKET = env.str("MEDIA_S3_BUCKET", default="")
if MEDIA_S3_BUCKET:
    STORAGES["default"] = {
        "BACKEND": "storages.backends.s3.S3Storage",
        "OPTIONS": {
            "bucket_name": MEDIA_S3_BUCKET,
            "endpoint_url": env.str("MEDIA_S3_ENDPOINT_URL", default="") or None,
            "region_name": env.str("MEDIA_S3_REGION", default="") or None,
            "custom_domain": env.str("MEDIA_S3_CUSTOM_DOMAIN", default="") or None,
            # Access is the bucket policy's business, never per-object ACLs.
            "default_acl": None,
            # Plain, stable URLs: pages that embed them sit in the HTTP cache for
            # minutes to a day, longer than a signed URL lives, and must keep one
            # ETag. Images are public anyway; documents don't use these URLs.
            "querystring_auth": False,
            # An upload under a taken name gets a new name, never replaces a file
            # a cached page still shows.
            "file_overwrite": False,
            "object_parameters": {"CacheControl": "public, max-age=86400"},
        },
    }
# Documents only through Wagtail's view, on local disk and S3 alike: collection
# privacy and the file rule (hejnal/core/file_visibility.py) are checked on
# every download; MEDIA_ROOT/documents and the bucket's documents/ stay private.
WAGTAILDOCS_SERVE_METHOD = "serve_view"
# The password forms for a protected page or document: the site's own page in
# the reader's language, not Wagtail's bare one.
WAGTAIL_PASSWORD_REQUIRED_TEMPLATE = "pages/password_required.html"
WAGTAILDOCS_PASSWORD_REQUIRED_TEMPLATE = "pages/document_password_required.html"
# The CSP allows images and media from the storage's own origin, whatever it is
# (hejnal/ops/security_headers.py asks the storage for it).
WHITENOISE_MAX_AGE = 3600

# Cookies: none for readers. Editors get hardened ones.
SESSION_COOKIE_HTTPONLY = True
SESSION_COOKIE_SAMESITE = "Lax"
CSRF_COOKIE_SAMESITE = "Lax"
LANGUAGE_COOKIE_NAME = "hejnal_language_unused"

# Security headers (hejnal/ops/security_headers.py). Readers' pages allow no
# inline code but the template's own, by hash; embeds only from the two video
# hosts hejnal/core/embeds.py knows. The admin has a policy of its own, below.
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": ["'self'"],
        "script-src": ["'self'"],
        "style-src": ["'self'"],
        "img-src": ["'self'", "data:", *env.list("CSP_IMG_SRC", default=[])],
        "font-src": ["'self'"],
        "connect-src": ["'self'"],
        "frame-src": ["https://www.youtube-nocookie.com", "https://player.vimeo.com"],
        "media-src": ["'self'", *env.list("CSP_IMG_SRC", default=[])],
        "object-src": ["'none'"],
        "base-uri": ["'self'"],
        "form-action": ["'self'"],
        "frame-ancestors": ["'self'"],
    },
}
# Wagtail's admin (and wagtail-localize's editor, the two-factor steps) under
# the URL prefixes below. Scripts only from 'self', plus Wagtail's few inline
# initialiser calls, given the response's nonce once hejnal/ops/admin_csp.py has
# checked each passes nothing but data. Previews keep the readers' policy:
# Wagtail renders them through the middleware as a request for the public URL.
HEJNAL_ADMIN_CONTENT_SECURITY_POLICY = {
    "URL_PREFIXES": ["/admin/"],
    "DIRECTIVES": {
        "default-src": ["'self'"],
        "script-src": ["'self'"],
        # 'unsafe-inline' only because it is necessary: Draftail (the rich text
        # editor) writes <style> elements whose text names a random block key
        # (the "type '/' to insert a block" hint), so no hash can allow them.
        # Injected CSS cannot send anything away: images, fonts and requests go
        # to 'self' only.
        "style-src": ["'self'", "'unsafe-inline'"],
        # data: for Wagtail's icons and the two-factor QR code, blob: for the
        # preview of an image before it is uploaded.
        "img-src": ["'self'", "data:", "blob:", *env.list("CSP_IMG_SRC", default=[])],
        "font-src": ["'self'"],
        "connect-src": ["'self'"],
        # The live preview is the site's own page in a frame.
        "frame-src": ["'self'"],
        "media-src": ["'self'", *env.list("CSP_IMG_SRC", default=[])],
        "object-src": ["'none'"],
        "base-uri": ["'self'"],
        "form-action": ["'self'"],
        "frame-ancestors": ["'self'"],
    },
}
HEJNAL_PERMISSIONS_POLICY_OFF = [
    "accelerometer",
    "camera",
    "geolocation",
    "gyroscope",
    "magnetometer",
    "microphone",
    "payment",
    "usb",
]
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "strict-origin-when-cross-origin"
SECURE_CROSS_ORIGIN_OPENER_POLICY = "same-origin"
X_FRAME_OPTIONS = "SAMEORIGIN"

# Wagtail ---------------------------------------------------------------------------
WAGTAIL_SITE_NAME = "Hejnał"
# Links in e-mails, image renditions' full_url, API v2's detail and download URLs.
WAGTAILADMIN_BASE_URL = SITE_ORIGIN
WAGTAILAPI_BASE_URL = SITE_ORIGIN
WAGTAILIMAGES_IMAGE_MODEL = "images.CityImage"
WAGTAILIMAGES_MAX_UPLOAD_SIZE = 15 * 1024 * 1024
WAGTAILIMAGES_MAX_IMAGE_PIXELS = 40_000_000
WAGTAILIMAGES_EXTENSIONS = ["gif", "jpg", "jpeg", "png", "webp", "avif"]
WAGTAILDOCS_EXTENSIONS = [
    "csv",
    "docx",
    "mp3",
    "ogg",
    "m4a",
    "odt",
    "ods",
    "pdf",
    "pptx",
    "rtf",
    "txt",
    "xlsx",
    "zip",
]
WAGTAILDOCS_MAX_UPLOAD_SIZE = 50 * 1024 * 1024
WAGTAILSEARCH_BACKENDS = {"default": {"BACKEND": "wagtail.search.backends.database"}}
WAGTAILADMIN_RICH_TEXT_EDITORS = {
    "default": {
        "WIDGET": "wagtail.admin.rich_text.DraftailRichTextArea",
        "OPTIONS": {
            "features": ["bold", "italic", "link", "document-link", "ol", "ul"]
        },
    }
}
WAGTAIL_ENABLE_UPDATE_CHECK = False
# Avatars from Gravatar would send a hash of every editor's e-mail address to
# a third party on each admin page (and break where the admin has no internet):
# Wagtail's own default avatar, or an uploaded one, instead.
WAGTAIL_GRAVATAR_PROVIDER_URL = None
WAGTAIL_MODERATION_ENABLED = True
WAGTAILEMBEDS_RESPONSIVE_HTML = True
DATA_UPLOAD_MAX_NUMBER_FIELDS = 10_000

HEJNAL_LANGUAGE_NAMES = {
    "pl": _("Polish"),
    "en": _("English"),
    "de": _("German"),
    "uk": _("Ukrainian"),
    "ar": _("Arabic"),
}
HEJNAL_NEWS_PER_PAGE = 12
# Search: simplemma's dictionaries as memory-mapped tries, built once per machine.
HEJNAL_LEMMA_DIR = str(env.path("LEMMA_DIR", default=BASE_DIR / ".cache" / "lemmas"))
HEJNAL_SEARCH_PER_PAGE = 10
# Ranked by relevance: the most recently indexed matches, this many; older
# matches of a very common word follow newest first (docs/search.md).
HEJNAL_SEARCH_RANKED_WINDOW = env.int("SEARCH_RANKED_WINDOW", default=2000)
# Searches per client address (hejnal/ops/throttle.py); cached answers don't count.
HEJNAL_SEARCH_RATE = env.str("SEARCH_RATE", default="60/m")
# With Redis down the count is unknown: let readers search rather than refuse all.
RATELIMIT_FAIL_OPEN = True
# Wrong page and document passwords (hejnal/ops/password_throttle.py), in
# django-ratelimit's notation ("5/m", "100/h", "10/5m"): per client and
# password restriction (of a page or a collection of documents), and per
# restriction across all clients (that one also holds up readers who know the
# password, until the window ends, so it is kept well above one reader's needs).
HEJNAL_PAGE_PASSWORD_RATE = env.str("PAGE_PASSWORD_RATE", default="5/m")
HEJNAL_PAGE_PASSWORD_PAGE_RATE = env.str("PAGE_PASSWORD_PAGE_RATE", default="100/h")
# Proxies whose X-Forwarded-For is believed (addresses or CIDR ranges); every
# limit and the sign-in lockout count hejnal.ops.throttle.client_ip. Loopback is
# trusted by default because the documented deployment puts the HTTP cache
# (Varnish, which appends the address it saw) on the app host: without it every
# reader would be one address, and anyone could lock an editor out for everyone.
# The price: whatever runs on the host itself can name any address, as can a
# client if a local proxy passes the header on without appending to it. Set
# TRUSTED_PROXIES to exactly your proxies (TRUSTED_PROXIES= trusts none).
HEJNAL_TRUSTED_PROXIES = env.list("TRUSTED_PROXIES", default=["127.0.0.1", "::1"])
AXES_CLIENT_IP_CALLABLE = "hejnal.ops.throttle.client_ip"

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": "WARNING"},
}
