"""The default Wagtail ``Site`` names the canonical origin (``SITE_ORIGIN``).

Wagtail builds every page's full URL (``page.full_url``, API v2's
``html_url``, the sitemap's, the cache purges') from the ``Site`` record's
hostname and port; :func:`sync_default_site` sets them from the origin. It
runs after every ``migrate`` (``post_migrate``, so a deployment that changes
``SITE_ORIGIN`` and migrates is in step) and when ``load_demo`` makes the
site. Other sites, if an administrator adds any, are theirs to name.
"""

import logging

from django.db import DEFAULT_DB_ALIAS, connections
from wagtail.models import Site

from .origin import default_site_address

logger = logging.getLogger(__name__)


def sync_default_site(using=DEFAULT_DB_ALIAS):
    """Give the default site the origin's hostname and port. The site, or None
    when there is none yet (or its table is not there)."""
    if Site._meta.db_table not in connections[using].introspection.table_names():
        return None
    site = Site.objects.using(using).filter(is_default_site=True).first()
    if site is None:
        return None
    hostname, port = default_site_address()
    if (site.hostname, site.port) == (hostname, port):
        return site
    taken = (
        Site.objects.using(using)
        .filter(hostname=hostname, port=port)
        .exclude(pk=site.pk)
        .exists()
    )
    if taken:
        logger.warning(
            "SITE_ORIGIN names %s:%s, which another Site record already has; "
            "the default site keeps %s:%s",
            hostname,
            port,
            site.hostname,
            site.port,
        )
        return site
    site.hostname, site.port = hostname, port
    site.save(using=using, update_fields=["hostname", "port"])
    logger.info("The default site now answers as %s:%s (SITE_ORIGIN)", hostname, port)
    return site


def on_post_migrate(sender, using=DEFAULT_DB_ALIAS, **kwargs):
    sync_default_site(using)
