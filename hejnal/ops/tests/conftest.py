import pytest

# A recording stand-in for the HTTP cache (a real HTTP server on loopback).
from hejnal.caching.tests.conftest import cache_server  # noqa: F401
from hejnal.ops.testing import demo_site as _demo_site


@pytest.fixture(scope="package")
def demo_site(tmp_path_factory):
    """One migrated demo site (own database and media) shared by the ops tests
    that run commands against it; each test leaves it as it found it."""
    with _demo_site(tmp_path_factory.mktemp("demo-site")) as env:
        yield env
